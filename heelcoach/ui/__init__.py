"""Widgets only: they show what the core says and pass on what the user does."""

"""Data files the app loads at run time, installed as the package heelcoach.resources."""

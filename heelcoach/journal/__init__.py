"""The training journal: sets, sessions and morning check-ins, kept in journal.json."""

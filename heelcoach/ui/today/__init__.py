"""Today's page: the plan, its details, the morning check-in, the sound settings."""

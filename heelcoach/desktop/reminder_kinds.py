"""The two reminders by name, as the command line and the timers spell them."""

TRAINING_REMINDER, CHECK_IN_REMINDER = "training", "check-in"
REMINDERS = (TRAINING_REMINDER, CHECK_IN_REMINDER)

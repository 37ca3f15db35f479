"""HeelCoach on a desktop: the menu entry, reminders, notifications, the screen kept on."""

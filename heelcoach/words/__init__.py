"""What HeelCoach says beyond its widgets, in the interface's language, without Qt: the
coach's verdict and reasons, plans, days and numbers in words. The Today page, the set
page, the reminders, the report and `heelcoach --today` all say them through here."""

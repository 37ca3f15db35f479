"""The running set on screen: its page, the driver's wiring, what it records."""

"""A guided session of any kind in Qt: the driver on the sound's clock, and the recorder."""

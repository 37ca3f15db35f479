"""The journal on screen: history, progress graphs and report, and the window's link to the file."""

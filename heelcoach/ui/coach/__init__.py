"""The coach on screen: Today's lines, the program menu, the Learn page."""

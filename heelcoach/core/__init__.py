"""Pure-Python rules of the program: no Qt import anywhere below this package."""

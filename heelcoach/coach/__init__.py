"""The coach: where the runner is in the program, and what their own journal says."""

"""The system layer: paths, files written whole, logs, the lock, signals, the clock.

Below everything else: it imports no other room of HeelCoach."""

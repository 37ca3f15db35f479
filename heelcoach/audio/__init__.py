"""The cues as sound: the sound bank, the cue track mixed at exact sample positions."""

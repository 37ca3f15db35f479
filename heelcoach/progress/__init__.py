"""Progress: what the journal says about how the training is going, as series to plot."""

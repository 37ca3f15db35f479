"""HeelCoach: a coach for heavy slow heel raises against plantar heel pain."""

__version__ = "0.2.0"

APP_NAME = "HeelCoach"
APP_ID = "io.github.heelcoach.HeelCoach"

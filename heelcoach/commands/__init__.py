"""The commands that answer and exit: --today, --export-audio, --remind, --install-desktop,
--test-sound, --smoke-test, and the command line that names them."""

"""단골 Desktop: a large-font, offline companion for market merchants and their digital tutors."""

__version__ = "0.1.0"
APP_NAME = "danggol-desktop"
ORG_NAME = "danggol"

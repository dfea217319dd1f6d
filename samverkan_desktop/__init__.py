"""Samverkan Desktop: meetings, minutes and decisions of Swedish health-care coordination groups."""

__version__ = "0.1.0"
APP_NAME = "Samverkan Desktop"
APP_ID = "samverkan-desktop"

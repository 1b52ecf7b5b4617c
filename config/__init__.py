"""Configuration: the Settings class and its default files."""

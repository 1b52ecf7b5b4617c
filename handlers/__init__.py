"""Telegram handlers: thin adapters from updates to the core in `bot/`."""

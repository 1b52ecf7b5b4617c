"""briefbot: parse diplomatic news briefs and serve them on Telegram."""

"""Text -> Brief: header, dateline, people, meetings, figures, topics, quotes."""

"""Natural language -> a parsed request (action + raw slots). See `rules.parse`."""

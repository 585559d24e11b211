"""The `resolve` stage: dates, places and actors of event mentions, in canonical form."""

"""Reading sources: curated CSV tables, press releases, and Dutch number words."""

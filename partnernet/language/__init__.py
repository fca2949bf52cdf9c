"""Words users see, in Dutch and English (a later issue gathers every word module here)."""

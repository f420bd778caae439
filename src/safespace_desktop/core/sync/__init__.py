"""Sync algebra: hybrid logical clocks, version vectors and per-field record state (sync.md §2)."""

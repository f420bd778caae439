"""The agreement page's use cases, one module per family (drafts; meetings and printing)."""

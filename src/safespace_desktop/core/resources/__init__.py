"""Coping resources (issue 11; domain.md F1–F5): the model, its rules and the search index."""

"""Name-free period reports (issue 13): figures, small-count suppression, periods."""

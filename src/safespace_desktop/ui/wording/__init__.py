"""Wording: how the UI turns codes and values into translated sentences.

- ``fill(template, *values)``: the one placeholder helper (%1..%n, one pass).
- ``describe(exc)``: kind, translated text for any error (ui/wording/errors.py).
- The tables of error codes → sentences live in ui/wording/codes.py; every code a
  service raises must have a row there (tests/unit/test_error_codes.py checks).
"""

# feedback (issue 13): its error sentences join codes.py's tables (codes.py is at the
# 600-line limit, and every import of ui.wording passes through here first).
from safespace_desktop.ui.wording import feedback_codes as _feedback_codes  # noqa: E402,F401

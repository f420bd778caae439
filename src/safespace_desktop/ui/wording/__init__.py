"""Wording: how the UI turns codes and values into translated sentences.

- ``fill(template, *values)``: the one placeholder helper (%1..%n, one pass).
- ``describe(exc)``: kind, translated text for any error (ui/wording/errors.py).
- The tables of error codes → sentences live in ui/wording/codes.py; every code a
  service raises must have a row there (tests/unit/test_error_codes.py checks).
"""

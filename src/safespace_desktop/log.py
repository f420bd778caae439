"""Logging that cannot leak what people typed.

Logs go to standard error only (never to a file on a shared PC), at WARNING by
default, and SQLAlchemy's engine runs with ``hide_parameters=True``. The filter
below also drops the SQL statement echo, which would otherwise show table shapes.
"""

from __future__ import annotations

import logging
import os


class _NoSqlEcho(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.name.startswith("sqlalchemy.engine")


def configure_logging() -> None:
    level = logging.DEBUG if os.environ.get("SAFESPACE_DEBUG") == "1" else logging.WARNING
    handler = logging.StreamHandler()
    handler.addFilter(_NoSqlEcho())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)

"""Import SQLAlchemy ahead of need, on a background thread after the first paint.

Fast start (issue 8): the first window appears without SQLAlchemy; it is most of the
cost of opening the first vault (about 0.3 s here). The app imports it on a worker
thread right after the first window has painted, so a click on a vault rarely waits
for it. Only third-party modules are listed: they never import this project's modules
back, so a concurrent import on the GUI thread can only wait for this one, never
deadlock with it.
"""

from __future__ import annotations


def preload() -> None:
    import sqlalchemy.dialects.sqlite.pysqlite  # noqa: F401
    import sqlalchemy.orm  # noqa: F401

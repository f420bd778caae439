"""Sync between facilitators by file (issue 12; DESIGN.md §4; sync.md §2).

- ``service.SyncService``: export, verify, preview, import, undo, import log, devices;
- ``folder``: folder mode for Syncthing or a network share;
- ``joinkit``: a second PC's vault from a join kit;
- ``payload`` / ``exporting`` / ``importing`` / ``devices``: the parts underneath.
The container itself is ``crypto/bundle.py``; the format is ``docs/bundle-format.md``.
"""

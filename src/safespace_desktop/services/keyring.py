"""The unlocked person's keys. The class lives in ``storage.keyring`` (a unit of work
carries it); this name stays so existing imports keep working."""

from safespace_desktop.storage.keyring import KeyRing

__all__ = ["KeyRing"]

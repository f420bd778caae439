"""Kept so existing ``from safespace_desktop.ui.errors import describe`` lines work while
pages move into feature packages; new code imports from ``safespace_desktop.ui.wording``."""

from safespace_desktop.ui.wording.errors import describe

__all__ = ["describe"]

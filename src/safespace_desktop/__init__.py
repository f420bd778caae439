"""SafeSpace Desktop: an offline, encrypted companion for peer support groups."""

__version__ = "0.1.0"

"""Coping resources (issue 11): the library, members' favourites and suggestions,
folder import and export, and the clearly-labelled examples."""

from safespace_desktop.services.resources.favourites import FavouritesService
from safespace_desktop.services.resources.library import LibraryLoad, ResourcesService
from safespace_desktop.services.resources.suggestions import SuggestionsService

__all__ = ["FavouritesService", "LibraryLoad", "ResourcesService", "SuggestionsService"]

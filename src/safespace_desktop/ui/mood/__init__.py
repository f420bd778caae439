"""Mood over time: the unlocked person's own average mood per week or month.

``mood_page(context)`` builds the view and its controller; ``chart.py`` draws the
chart and its table.
"""

from __future__ import annotations

from safespace_desktop.ui.mood.controller import MoodController
from safespace_desktop.ui.mood.view import MoodView
from safespace_desktop.ui.session.context import SessionContext


def mood_page(context: SessionContext) -> MoodView:
    view = MoodView()
    view.controller = MoodController(context, view)
    return view

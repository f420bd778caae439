"""Meetings services (issue 9): schedule and meetings, agendas, templates, topics."""

from safespace_desktop.services.meetings.meetings import MeetingsOverview, MeetingsService

__all__ = ["MeetingsOverview", "MeetingsService"]

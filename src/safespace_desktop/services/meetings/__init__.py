"""Meetings services (issue 9): schedule and meetings, agendas, templates, topics."""

from safespace_desktop.services.meetings.agenda import AgendaService
from safespace_desktop.services.meetings.meetings import MeetingsOverview, MeetingsService
from safespace_desktop.services.meetings.templates import MeetingTemplatesService
from safespace_desktop.services.meetings.topics import TopicsService

__all__ = [
    "AgendaService",
    "MeetingTemplatesService",
    "MeetingsOverview",
    "MeetingsService",
    "TopicsService",
]

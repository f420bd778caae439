"""Meetings: the schedule's recurrence, agenda timing, segment kinds and the built-in
meeting templates (issue 9). Pure domain, standard library only."""

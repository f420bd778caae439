"""Running a meeting (issue 10), free of Qt and storage: timers on a monotonic clock,
check-in and check-out rounds with "pass", the fair-floor speaker queue, the safety
pause, cues, ratings without names and the closing summary.

Everything here lives in memory for the length of one meeting. It holds ids, never
names: the console and the room screen look names up from what the page already has.
"""

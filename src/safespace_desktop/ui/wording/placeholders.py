"""The one way UI strings take values: ``fill(self.tr("... %1 ..."), value)``."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2, … replaced in one pass.

    Unlike chained ``str.replace`` calls, a value that itself contains "%2" (a name
    someone typed, say) is never substituted again. A placeholder with no value is left
    as it is, so a missing argument shows up in review rather than vanishing.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)

from __future__ import annotations

import pytest

from safespace_desktop.services.onboarding import label_reveals_group_name


@pytest.mark.parametrize(
    ("label", "group_name", "reveals"),
    [
        ("Tuesday group", "Riverside Grief Circle", False),
        ("Riverside Grief Circle", "Riverside Grief Circle", True),
        ("riverside  grief circle (Tue)", "Riverside Grief Circle", True),
        ("Ｒｉｖｅｒｓｉｄｅ", "riverside", True),  # full-width letters fold to the same name
        ("", "Riverside", False),
        ("Tuesday group", "   ", False),
        ("Circle", "Riverside Grief Circle", False),
    ],
)
def test_label_reveals_group_name(label: str, group_name: str, reveals: bool) -> None:
    assert label_reveals_group_name(label, group_name) is reveals

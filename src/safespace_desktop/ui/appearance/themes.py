"""Palettes for the themes, and the WCAG contrast ratio they are checked against.

Pages only use palette roles (``PlaceholderText`` for quiet text, ``AlternateBase`` for
cards), never colours of their own, so switching the application palette re-colours
every screen at once. Each palette is written out in full instead of tinting Fusion's
default because Fusion's quiet text (half-transparent) falls below 4.5:1 on white.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


R = QPalette.ColorRole

# role → colour, for the Active and Inactive groups; Disabled is derived below.
_LIGHT = {
    R.Window: "#f4f4f2",
    R.WindowText: "#1d1d1b",
    R.Base: "#ffffff",
    R.AlternateBase: "#eceae4",
    R.Text: "#1d1d1b",
    R.PlaceholderText: "#5c5c57",
    R.Button: "#e8e7e2",
    R.ButtonText: "#1d1d1b",
    R.BrightText: "#ffffff",
    R.Highlight: "#2a5d8f",
    R.HighlightedText: "#ffffff",
    R.ToolTipBase: "#fffbe6",
    R.ToolTipText: "#1d1d1b",
    R.Link: "#1d4f80",
    R.LinkVisited: "#5a3c82",
    R.Light: "#ffffff",
    R.Midlight: "#f0efeb",
    R.Mid: "#b8b6ae",
    R.Dark: "#8a887f",
    R.Shadow: "#4a4944",
}
_DARK = {
    R.Window: "#202124",
    R.WindowText: "#e8e6e3",
    R.Base: "#17181a",
    R.AlternateBase: "#2a2b2f",
    R.Text: "#e8e6e3",
    R.PlaceholderText: "#a9a7a2",
    R.Button: "#2f3034",
    R.ButtonText: "#e8e6e3",
    R.BrightText: "#ffffff",
    R.Highlight: "#7fb2e5",
    R.HighlightedText: "#101113",
    R.ToolTipBase: "#2f3034",
    R.ToolTipText: "#e8e6e3",
    R.Link: "#8cc0f0",
    R.LinkVisited: "#c2a8ea",
    R.Light: "#45464b",
    R.Midlight: "#3a3b40",
    R.Mid: "#2b2c30",
    R.Dark: "#151618",
    R.Shadow: "#000000",
}
_HIGH_CONTRAST = {
    R.Window: "#000000",
    R.WindowText: "#ffffff",
    R.Base: "#000000",
    R.AlternateBase: "#1a1a1a",
    R.Text: "#ffffff",
    R.PlaceholderText: "#e0e0e0",
    R.Button: "#000000",
    R.ButtonText: "#ffffff",
    R.BrightText: "#ffff00",
    R.Highlight: "#ffff00",
    R.HighlightedText: "#000000",
    R.ToolTipBase: "#000000",
    R.ToolTipText: "#ffffff",
    R.Link: "#80d0ff",
    R.LinkVisited: "#ffb0ff",
    R.Light: "#ffffff",
    R.Midlight: "#c0c0c0",
    R.Mid: "#ffffff",
    R.Dark: "#ffffff",
    R.Shadow: "#ffffff",
}
_COLOURS = {Theme.LIGHT: _LIGHT, Theme.DARK: _DARK, Theme.HIGH_CONTRAST: _HIGH_CONTRAST}

#: The text-on-background pairs a person reads: (text role, background role).
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.PlaceholderText, R.Base),
    (R.PlaceholderText, R.Window),
    (R.PlaceholderText, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
    (R.Link, R.Base),
    (R.Link, R.Window),
)
#: WCAG 2.x: 4.5:1 for body text (AA); 7:1 (AAA) for the high-contrast theme.
MINIMUM_CONTRAST = {Theme.LIGHT: 4.5, Theme.DARK: 4.5, Theme.HIGH_CONTRAST: 7.0}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark)


def resolved(theme: Theme) -> Theme:
    """The concrete theme: ``SYSTEM`` becomes light or dark as the system asks."""
    if theme is Theme.SYSTEM:
        return Theme.DARK if system_prefers_dark() else Theme.LIGHT
    return theme


def palette_for(theme: Theme) -> QPalette:
    colours = _COLOURS[resolved(theme)]
    palette = QPalette()
    for role, value in colours.items():
        colour = QColor(value)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, colour)
        palette.setColor(QPalette.ColorGroup.Disabled, role, _disabled(role, colour, colours))
    return palette


def _disabled(role: QPalette.ColorRole, colour: QColor, colours: dict[R, str]) -> QColor:
    """Disabled text sits halfway to its background: visibly off, still legible."""
    backgrounds = {
        R.WindowText: R.Window,
        R.Text: R.Base,
        R.ButtonText: R.Button,
        R.PlaceholderText: R.Base,
    }
    background = backgrounds.get(role)
    if background is None:
        return colour
    other = QColor(colours[background])
    return QColor(
        (colour.red() + other.red()) // 2,
        (colour.green() + other.green()) // 2,
        (colour.blue() + other.blue()) // 2,
    )


def relative_luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2.x contrast ratio, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)

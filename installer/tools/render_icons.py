"""Render the app icon (resources/icons/safespace.svg) as PNGs and a Windows .ico.

    python installer/tools/render_icons.py OUT_DIR

writes OUT_DIR/hicolor/<size>x<size>/apps/org.safespace.Desktop.png for the sizes
desktops look for, OUT_DIR/hicolor/scalable/apps/org.safespace.Desktop.svg, and
OUT_DIR/safespace.ico. Uses the Qt from the build venv, so no other tool is needed and
nothing binary is kept in git.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

APP_ID = "org.safespace.Desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SVG = Path(__file__).resolve().parents[2] / "resources" / "icons" / "safespace.svg"


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.stderr.write(f"render_icons: cannot read {SVG}\n")
        return 1

    def image(size: int) -> QImage:
        picture = QImage(size, size, QImage.Format.Format_ARGB32)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        return picture

    for size in SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not image(size).save(str(folder / f"{APP_ID}.png"), "PNG"):
            sys.stderr.write(f"render_icons: could not write the {size} px icon\n")
            return 1
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable / f"{APP_ID}.svg")
    # Qt's ICO writer stores one image per file; Windows wants several sizes in one .ico,
    # so the icon directory is written here (PNG-compressed entries, valid since Vista).
    write_ico(out / "safespace.ico", [(size, png_bytes(image(size))) for size in ICO_SIZES])
    return 0


def png_bytes(picture: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(path: Path, images: list[tuple[int, bytes]]) -> None:
    import struct

    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    path.write_bytes(header + entries + blobs)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write(str(__doc__))
        raise SystemExit(2)
    raise SystemExit(main(Path(sys.argv[1])))

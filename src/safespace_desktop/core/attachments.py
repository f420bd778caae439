"""Attachment rules that need no keys and no database (issue 11).

Which kinds of file may be attached (PDF, PNG, JPEG, GIF, WebP and plain text), how
that is told from the file's first bytes rather than from its name, the size limits,
and the typed error for an attachment whose stored bytes fail their check.
"""

from __future__ import annotations

import codecs
from enum import StrEnum

from safespace_desktop.core.errors import IntegrityError

MEGABYTE = 1024 * 1024
MAX_ATTACHMENT_MB = 25
MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * MEGABYTE
# Shown inside the app: an image is decoded in memory once; text beyond this size is
# not pleasant to read in a window and is better saved as a copy.
MAX_SHOWN_TEXT_MB = 2
MAX_SHOWN_TEXT_BYTES = MAX_SHOWN_TEXT_MB * MEGABYTE
FILE_NAME_MAX = 255


class MediaType(StrEnum):
    PDF = "application/pdf"
    PNG = "image/png"
    JPEG = "image/jpeg"
    GIF = "image/gif"
    WEBP = "image/webp"
    TEXT = "text/plain"

    @property
    def is_image(self) -> bool:
        return self in (MediaType.PNG, MediaType.JPEG, MediaType.GIF, MediaType.WEBP)

    @property
    def shown_in_app(self) -> bool:
        """Images and text show inside the app; a PDF is only saved as a copy."""
        return self.is_image or self is MediaType.TEXT


# The first bytes that mark each binary type (WebP is "RIFF", a size, then "WEBP").
_MAGIC: tuple[tuple[bytes, MediaType], ...] = (
    (b"%PDF-", MediaType.PDF),
    (b"\x89PNG\r\n\x1a\n", MediaType.PNG),
    (b"\xff\xd8\xff", MediaType.JPEG),
    (b"GIF87a", MediaType.GIF),
    (b"GIF89a", MediaType.GIF),
)
SNIFF_BYTES = 16
# Text may hold tabs, line and page breaks; any other control byte means "not text".
_TEXT_CONTROLS_ALLOWED = frozenset(b"\t\n\r\f")
_CONTROL_BYTES = frozenset(range(0x20)) - _TEXT_CONTROLS_ALLOWED | {0x7F}


def binary_type(head: bytes) -> MediaType | None:
    """The binary media type ``head`` (a file's first bytes) announces, if any."""
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return MediaType.WEBP
    return None


class TextSniffer:
    """Decides, chunk by chunk, whether a whole file is plain UTF-8 text.

    Fed every chunk of the file in order; ``is_text`` is only true once ``finish``
    has seen a complete, valid UTF-8 stream without stray control bytes.
    """

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
        self._ok = True

    def feed(self, chunk: bytes) -> None:
        if not self._ok:
            return
        if not _CONTROL_BYTES.isdisjoint(chunk):
            self._ok = False
            return
        try:
            self._decoder.decode(chunk)
        except UnicodeDecodeError:
            self._ok = False

    def finish(self) -> bool:
        if self._ok:
            try:
                self._decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                self._ok = False
        return self._ok


def detect_media_type(head: bytes, looks_like_text: bool) -> MediaType | None:
    """A whole file's media type: its magic bytes first, then whether it is all text.
    The file's name is never trusted for this."""
    found = binary_type(head)
    if found is not None:
        return found
    return MediaType.TEXT if looks_like_text else None


def clean_file_name(name: str) -> str:
    """The name shown for an attachment: the last path part, without control characters,
    never empty, at most ``FILE_NAME_MAX`` characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    if not base or base in (".", ".."):
        base = "attachment"
    return base[:FILE_NAME_MAX]


class AttachmentDamaged(IntegrityError):
    """The stored bytes of an attachment failed their check (changed, swapped, cut short
    or missing a piece). Nothing of it was shown or saved.

    ``attachment_id`` names the attachment record (``""`` when only the blob is known),
    ``blob_id`` the stored content, ``chunk_index`` the first piece that failed (-1 when
    the failure is about the blob as a whole). ``file_name`` is for the person's screen
    only: it is what someone typed, so ``str(exc)`` (logs) never contains it.
    """

    def __init__(
        self,
        blob_id: str,
        chunk_index: int = -1,
        *,
        attachment_id: str = "",
        file_name: str = "",
    ) -> None:
        super().__init__("blob_chunks", blob_id)
        self.blob_id = blob_id
        self.chunk_index = chunk_index
        self.attachment_id = attachment_id
        self.file_name = file_name

    def naming(self, attachment_id: str, file_name: str) -> AttachmentDamaged:
        """The same failure, now naming the attachment it belongs to."""
        named = AttachmentDamaged(
            self.blob_id, self.chunk_index, attachment_id=attachment_id, file_name=file_name
        )
        named.__cause__ = self.__cause__
        return named

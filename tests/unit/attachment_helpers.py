"""Helpers for the attachment tests: files of each kind, and raw access to chunk rows."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path
from typing import Any

from sqlalchemy import text

from safespace_desktop.services.vault import Vault

MB = 1024 * 1024


def png_bytes(width: int = 3, height: int = 2) -> bytes:
    """A small, valid RGB PNG (so QImage can decode it)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xc0\x40\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def pdf_file(path: Path, size: int) -> bytes:
    """A file that starts like a PDF, ``size`` bytes long, of random content."""
    content = b"%PDF-1.7\n" + os.urandom(size - 9)
    path.write_bytes(content)
    return content


def chunk_rows(vault: Vault, blob_id: str) -> list[dict[str, Any]]:
    with vault.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT * FROM blob_chunks WHERE blob_id = :b ORDER BY chunk_index"),
            {"b": blob_id},
        ).mappings()
        return [dict(r) for r in rows]


def set_chunk(vault: Vault, blob_id: str, index: int, sealed: bytes) -> None:
    with vault.engine.begin() as connection:
        result = connection.execute(
            text(
                "UPDATE blob_chunks SET chunk_sealed = :s WHERE blob_id = :b AND chunk_index = :i"
            ),
            {"s": sealed, "b": blob_id, "i": index},
        )
        assert result.rowcount == 1


def delete_chunk(vault: Vault, blob_id: str, index: int) -> None:
    with vault.engine.begin() as connection:
        connection.execute(
            text("DELETE FROM blob_chunks WHERE blob_id = :b AND chunk_index = :i"),
            {"b": blob_id, "i": index},
        )


def count_chunks(vault: Vault) -> int:
    with vault.engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM blob_chunks")).scalar_one())

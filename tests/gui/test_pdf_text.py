"""The PDF reader the print tests rely on must not drop a stream's last byte."""

from __future__ import annotations

import zlib
from itertools import count

from tests.gui.pdf_text import _stream


def test_a_compressed_stream_ending_in_a_carriage_return_is_read_whole() -> None:
    # Find content whose deflate output ends in b"\r", the case Qt's writer can produce.
    for n in count():
        content = f"BT <{n:04x}> Tj ET".encode()
        packed = zlib.compress(content)
        if packed.endswith(b"\r"):
            break
    body = b"<< /Filter /FlateDecode >>\nstream\n" + packed + b"\nendstream\n"
    assert _stream(body) == content

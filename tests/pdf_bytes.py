"""PDF files written byte by byte, with no Qt: a Latin one-liner, a password-protected
one, bombs (many pages, a dense page). Used by the hostile tests and the bundle's smoke
test (`python3 -m tests.pdf_bytes OUT.pdf`)."""
from __future__ import annotations

import sys
import zlib
from collections.abc import Sequence
from pathlib import Path


def _pdf(objects: Sequence[bytes], trailer: bytes) -> bytes:
    """A PDF file from numbered objects (1…n) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d " % (len(objects) + 1) + trailer + b" >>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _page_objects(content: bytes) -> list[bytes]:
    stream = zlib.compress(content)
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def plain_pdf_bytes(text: str = "Annual report") -> bytes:
    """A one-page PDF with a Latin line of text (a standard font, no CJK)."""
    return _pdf(_page_objects(b"BT /F1 16 Tf 72 720 Td (%s) Tj ET" % text.encode("ascii")),
                b"/Root 1 0 R")


def encrypted_pdf_bytes() -> bytes:
    """A PDF under the standard security handler whose user password is not empty (the
    /U entry matches no password), so it cannot be opened without one."""
    objects = _page_objects(b"BT /F1 16 Tf 72 720 Td (secret) Tj ET")
    objects.append(b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <%s> /U <%s> >>"
                   % (b"11" * 32, b"22" * 32))
    return _pdf(objects, b"/Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>]" % (b"ab" * 16, b"ab" * 16))


def many_pages_pdf_bytes(pages: int) -> bytes:
    """A PDF of `pages` pages sharing one content stream (small file, many pages)."""
    stream = zlib.compress(b"BT /F1 16 Tf 72 720 Td (A page of the annual report.) Tj ET")
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
                b"/Resources << /Font << /F1 4 0 R >> >> >>"] * pages
    return _pdf(objects, b"/Root 1 0 R")


def dense_page_pdf_bytes(glyphs: int) -> bytes:
    """One page whose content stream shows `glyphs` characters (a text-layer bomb)."""
    row = b"(" + b"x" * 1000 + b") Tj 0 -1 Td "
    content = b"BT /F1 1 Tf 10 800 Td " + row * (glyphs // 1000) + b"ET"
    return _pdf(_page_objects(content), b"/Root 1 0 R")


if __name__ == "__main__":
    Path(sys.argv[1]).write_bytes(plain_pdf_bytes("Annual report of the county"))

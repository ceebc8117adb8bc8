"""The same review gives the same bytes: an Office file (a zip) with every member dated
one moment and its document's modified time set to it. python-docx and openpyxl date
each member with the clock when they save, so two exports a second apart differed."""
from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def stamped(data: bytes, moment: datetime | None) -> bytes:
    """`data` (a .docx or .xlsx) with every member dated `moment` (1980-01-01 when None),
    and docProps/core.xml's dcterms:modified too."""
    moment = moment or datetime(1980, 1, 1)
    when = moment.timetuple()[:6]
    iso = moment.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=when)
            member.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info)
            if info.filename == "docProps/core.xml":
                body = _MODIFIED.sub(lambda m: m.group(1) + iso + m.group(2), body)
            dst.writestr(member, body)
    return out.getvalue()


def review_moment(day: str) -> datetime | None:
    """Midnight of a review's ISO date ("2026-12-05"), or None when it is not one."""
    try:
        return datetime.fromisoformat(f"{day}T00:00:00")
    except ValueError:
        return None

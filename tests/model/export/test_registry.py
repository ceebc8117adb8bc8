"""FORMATS registry, export() and write_export()."""
from __future__ import annotations

from pathlib import Path

import pytest

from model import errors
from model.export import FORMATS, export, format_for_path, write_export
from model.export.review import build_review
from tests.model.export.review_fixtures import build_outline, fixture_report, sample_set

REPORT = fixture_report()
REVIEW = build_review(REPORT, build_outline(REPORT.text), sample_set(REPORT.text),
                      date="2026-11-24")


def test_registry() -> None:
    assert list(FORMATS)[:7] == ["docx", "md", "html", "csv", "jsonld", "opinion", "xlsx"]
    assert {"docx", "opinion", "xlsx"} <= {f.id for f in FORMATS.values() if f.binary}
    assert format_for_path("x.docx").id == "docx"  # type: ignore[union-attr]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_renders_and_writes(fmt: str, tmp_path: Path) -> None:
    data = export(REVIEW, fmt)
    assert data
    target = write_export(REVIEW, fmt, tmp_path / f"out{FORMATS[fmt].suffix}")
    assert target.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp file left


def test_exports_follow_the_permission_policy(tmp_path: Path, umask: int) -> None:
    """model.atomic's policy: a new export follows the umask, a rewritten one keeps its mode."""
    target = write_export(REVIEW, "md", tmp_path / "out.md")
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    target.chmod(0o600)
    write_export(REVIEW, "html", target)
    assert target.stat().st_mode & 0o777 == 0o600


def test_unknown_format() -> None:
    with pytest.raises(errors.UnknownFormat):
        export(REVIEW, "pdf")


def test_unwritable_target(tmp_path: Path) -> None:
    with pytest.raises(errors.ExportUnwritable):
        write_export(REVIEW, "md", tmp_path / "missing" / "out.md")


@pytest.mark.parametrize(("name", "fmt"), [
    ("a.DOCX", "docx"), ("a.htm", "html"), ("a.md", "md"), ("a.jsonld", "jsonld"),
    ("a.csv", "csv"), ("a.pdf", None)])
def test_format_for_path(name: str, fmt: str | None) -> None:
    found = format_for_path(name)
    assert (found.id if found else None) == fmt


@pytest.mark.parametrize("fmt", [f.id for f in FORMATS.values() if f.binary])
def test_office_files_are_dated_by_the_review_not_the_clock(fmt: str) -> None:
    """Every zip member carries the review's date, so exporting the same review a second
    later gives the same bytes (python-docx and openpyxl date members by the clock)."""
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(export(REVIEW, fmt))) as z:
        assert {info.date_time for info in z.infolist()} == {(2026, 11, 24, 0, 0, 0)}

"""model.sidecar.names: the annotation file's name and the report it belongs to."""
from __future__ import annotations


def test_an_annotation_file_names_its_report_when_it_is_beside_it(tmp_path) -> None:
    from model.sidecar.names import report_of_sidecar, sidecar_path

    report = tmp_path / "报告.docx"
    assert report_of_sidecar(sidecar_path(report)) is None  # no report beside it
    report.write_bytes(b"x")
    assert report_of_sidecar(sidecar_path(report)) == report
    assert report_of_sidecar(report) is None
    assert report_of_sidecar(tmp_path / ".annotations.json") is None

"""Issue 11, item 2: a report name long enough that `<name>.annotations.json` (or a file
beside it: .bak, .corrupt-…json, .lock, temp files) exceeds the 255-byte file-name limit.

The sidecar then gets a shortened name with a hash of the report name (model.sidecar.names),
found again on reopen; no code path raises ENAMETOOLONG.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from model.atomic import backup_temp_name, remove_stale_temps, temp_name
from model.name_fit import ELLIPSIS, name_hash, name_length
from model.sidecar.names import (
    SUFFIX,
    backup_path,
    corrupt_path,
    lock_path,
    sidecar_name,
    write_lock_path,
)
from model.sidecar.store import load_sidecar, open_annotations, save_sidecar, sidecar_path
from tests.gui.conftest import make_window, no_modal_dialogs, qsettings, yuepi_user_dirs  # noqa: F401
from tests.hostile.sidecar_support import (
    NAME_MAX,
    assert_no_traceback,
    copy_report,
    run_cli,
    sidecar_doc,
    spread_set,
    write_doc,
)

#: 80 Chinese characters: 240 bytes + ".txt" = 244, the case of the issue.
CJK_80 = ("关于进一步推进全市高质量发展和深化改革开放的实施意见" * 4)[:80] + ".txt"
#: 83 Chinese characters + ".txt" = 253 bytes: as long as a report name can be.
CJK_83 = ("县工业和信息化局关于二〇二四年度重点工作任务完成情况的总结报告" * 4)[:83] + ".txt"
#: 120 characters, mixed: 60 Chinese and 56 Latin ones + ".txt" (240 bytes).
MIXED_120 = "关于推进高质量发展的报告" * 5 + "-final-revised-version-for-the-provincial-review-2024-v7" + ".txt"
LONG_NAMES = [CJK_80, CJK_83, MIXED_120]


def test_the_names_are_what_the_issue_describes() -> None:
    assert len(CJK_80) == 84 and len(os.fsencode(CJK_80)) == 244
    assert len(os.fsencode(CJK_83)) == 253
    assert len(MIXED_120) == 120 and len(os.fsencode(MIXED_120)) <= NAME_MAX
    for name in LONG_NAMES:
        assert len(os.fsencode(name + SUFFIX)) > NAME_MAX  # the old name could not exist


@pytest.mark.parametrize("name", LONG_NAMES)
def test_every_name_of_the_family_fits(name: str, tmp_path: Path) -> None:
    sidecar = tmp_path / sidecar_name(name)
    assert sidecar.name.endswith(SUFFIX) and ELLIPSIS + name_hash(name) in sidecar.name
    assert sidecar.name.startswith(name[:40])  # readable: the beginning of the report name
    family = [sidecar, backup_path(sidecar), lock_path(sidecar), write_lock_path(sidecar),
              corrupt_path(sidecar, "20261124-133005", 999)]
    names = [p.name for p in family] + [
        temp_name(sidecar.name, "1a2b3c4d"), temp_name(backup_path(sidecar).name, "1a2b3c4d"),
        backup_temp_name(backup_path(sidecar).name, 4_294_967_295)]
    for n in names:
        assert name_length(n) <= NAME_MAX, n
        (tmp_path / n).write_bytes(b"")  # the file system agrees
    assert sidecar_path(tmp_path / name) == sidecar  # deterministic: found again


def test_shortened_names_stay_apart() -> None:
    a, b = CJK_83, CJK_83[:-5] + "二.txt"
    assert sidecar_name(a) != sidecar_name(b)


def test_names_that_could_always_be_saved_keep_their_full_form() -> None:
    """A sidecar whose temp file fitted was saved under its full name before: keep it."""
    for chars in range(60, 80):
        name = "报" * chars + ".txt"
        full = name + SUFFIX
        assert (sidecar_name(name) == full) == (name_length(full) + 14 <= NAME_MAX)


def test_derived_names_are_fitted_on_their_own(tmp_path: Path) -> None:
    """A full-form sidecar near the limit: .bak and .corrupt names are shortened too."""
    name = "报" * 73 + ".txt"  # sidecar: 219 + 4 + 17 = 240 bytes, its temp 254: full form
    sidecar = tmp_path / sidecar_name(name)
    assert sidecar.name == name + SUFFIX
    aside = corrupt_path(sidecar, "20261124-133005", 12)
    assert name_length(aside.name) <= NAME_MAX and aside.name.endswith(
        ".corrupt-20261124-133005-12.json")
    assert name_length(backup_temp_name(backup_path(sidecar).name, 10**9)) <= NAME_MAX


def test_surrogate_escaped_and_astral_names_are_measured(tmp_path: Path) -> None:
    undecodable = os.fsdecode(b"\xb1\xa8\xb8\xe6" * 40 + b".txt")  # GBK bytes on Linux
    astral = "𠀀" * 60 + ".txt"  # 4 bytes, 2 UTF-16 units each
    for name in (undecodable, astral):
        assert name_length(sidecar_name(name)) <= NAME_MAX - 14
    assert name_length("𠀀") == 4
    assert name_length("é") == 3  # decomposed (as HFS+ stores it): e + U+0301


# --- open, tag, save, reopen ------------------------------------------------------------
@pytest.mark.parametrize("name", LONG_NAMES)
def test_model_round_trip(name: str, tmp_path: Path) -> None:
    report = copy_report(tmp_path, name)
    path = sidecar_path(report.path)
    opened = open_annotations(report)
    assert len(opened.annotation_set) == 0
    fp = save_sidecar(path, report, spread_set(report.text, 3), expected=opened.fingerprint)
    save_sidecar(path, report, spread_set(report.text, 4), expected=fp)  # a .bak too
    assert backup_path(path).exists()
    assert len(open_annotations(report).annotation_set) == 4
    # damaged: moved aside under a name that fits, byte for byte
    path.write_bytes(b"{ damaged")
    aside = open_annotations(report).quarantined
    assert aside is not None and aside.read_bytes() == b"{ damaged"
    # leftovers of an interrupted save under the shortened temp name are found
    stale = tmp_path / temp_name(path.name, "0badcafe")
    stale.write_bytes(b"x")
    os.utime(stale, (1, 1))
    assert remove_stale_temps(path, backup_path(path)) == [stale]


@pytest.mark.parametrize("name", [CJK_80, MIXED_120])
def test_verbs(name: str, tmp_path: Path) -> None:
    report = copy_report(tmp_path, name)
    other = tmp_path / "other.annotations.json"
    write_doc(other, sidecar_doc(report, 5))
    merged = run_cli("merge", str(report.path), str(other))
    assert merged.returncode == 0 and not merged.stderr, merged.stderr
    assert sidecar_name(name) in merged.stdout and "added 5" in merged.stdout
    shown = run_cli("annotations", str(report.path))
    assert_no_traceback(shown)
    assert shown.returncode == 0 and len(json.loads(shown.stdout)["annotations"]) == 5
    exported = run_cli("export", str(report.path), "--format", "md")
    assert exported.returncode == 0 and "批注0" in exported.stdout
    data = load_sidecar(sidecar_path(report.path))
    assert data is not None and len(data.annotation_set) == 5


@pytest.mark.parametrize("name", [CJK_80, CJK_83, MIXED_120])
def test_window_open_tag_save_reopen(qtbot, make_window, tmp_path: Path,  # noqa: F811
                                     name: str) -> None:
    report = copy_report(tmp_path, name)
    window = make_window()
    window.controller.autosave._timer.setInterval(20)
    assert window.open_report(report.path)
    c = window.controller
    assert not c.read_only and c.sidecar_path == sidecar_path(report.path)
    ident = c.add_annotation(20, 26, "problem")
    assert ident is not None
    qtbot.waitUntil(lambda: sidecar_path(report.path).exists())
    qtbot.waitUntil(lambda: not window.isWindowModified())
    window.close_report()
    assert window.open_report(report.path)
    assert [a.id for a in window.controller.annotation_set] == [ident]

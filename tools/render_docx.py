"""Lay out a .docx as Word would and write page images: `python -m tools.render_docx DOCX OUT_DIR`.

Converts with LibreOffice (`soffice --headless --convert-to pdf`), then `pdftoppm -png -r 60`
(OUT_DIR/page-1.png, …), so a person can look at how the review table's columns fall. Needs
soffice and pdftoppm on PATH (Debian: libreoffice-writer-nogui, poppler-utils); the tests do not.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

#: LibreOffice's first start builds a profile; a cold conversion can take half a minute.
TIMEOUT_S = 180


def render(docx: Path, out_dir: Path, dpi: int = 60) -> list[Path]:
    """Write OUT_DIR/<stem>.pdf and OUT_DIR/page-N.png; return the PNGs in page order."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        raise RuntimeError("soffice and pdftoppm are needed (libreoffice-writer-nogui, "
                           "poppler-utils)")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        # a private profile: a running LibreOffice or a locked user profile cannot block us
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)],
            check=True, capture_output=True, timeout=TIMEOUT_S)
    pdf = out_dir / f"{docx.stem}.pdf"
    for old in out_dir.glob("page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(out_dir / "page")],
                   check=True, capture_output=True, timeout=TIMEOUT_S)
    return sorted(out_dir.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docx", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args(argv)
    try:
        pages = render(args.docx, args.out_dir, args.dpi)
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        print(f"render_docx: {exc}", file=sys.stderr)
        return 2
    for page in pages:
        print(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())

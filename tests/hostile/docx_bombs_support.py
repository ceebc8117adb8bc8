"""Generated .docx bombs (issue 11, item 6): small files whose numbering or zip parts expand
to gigabytes when read naively. Written with python-docx's own template and zipfile, never
stored as binaries.

Every builder returns the path it wrote. The shapes follow the issue's reproductions:
- numbering_bomb: w:start 104,000,000 in letter format (a 4-million-letter label per
  paragraph; 1 paragraph = the 33 KB file, 1,000 = the 36 KB one);
- lvl_text_bomb: a very long w:lvlText (each placeholder rendered once per paragraph);
- expanding_bomb: a ~1.4 MB zip whose document.xml expands to ~450 MB of paragraphs;
- lying_size_bomb: a document.xml whose zip headers claim a small size.
"""
from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HEAD = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
         f'<w:document xmlns:w="{W_NS}"><w:body>')
_TAIL = "</w:body></w:document>"


def _numbered_paragraph(text: str, num_id: int = 1, ilvl: int = 0) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/>'
            f"</w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")


def _plain_paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def numbering_xml(levels: str) -> str:
    """A numbering part with one abstract list (id 1) of `levels` and one w:num (id 1)."""
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<w:numbering xmlns:w="{W_NS}">'
            f'<w:abstractNum w:abstractNumId="1">{levels}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>')


def level_xml(start: int | str, fmt: str, text: str, ilvl: int = 0) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>')


def _base_members(folder: Path) -> dict[str, bytes]:
    """Every part of python-docx's default document (it has a numbering part)."""
    base = folder / ".base.docx"
    if not base.exists():
        document = docx.Document()
        document.add_paragraph("x")
        document.save(str(base))
    with zipfile.ZipFile(base) as package:
        return {name: package.read(name) for name in package.namelist()}


def write_docx(path: Path, document_xml: str | None = None, numbering: str | None = None,
               *, body: Iterator[str] | None = None) -> Path:
    """A .docx from the default template with document.xml (given whole, or streamed from
    `body` chunks, so a 450 MB part is never held in memory) and numbering.xml replaced."""
    members = _base_members(path.parent)
    if numbering is not None:
        members["word/numbering.xml"] = numbering.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        for name, data in members.items():
            if name == "word/document.xml":
                if body is not None:
                    with package.open(name, "w") as part:
                        part.write(_HEAD.encode())
                        for chunk in body:
                            part.write(chunk.encode("utf-8"))
                        part.write(_TAIL.encode())
                    continue
                if document_xml is not None:
                    data = document_xml.encode("utf-8")
            package.writestr(name, data)
    return path


def numbering_bomb(path: Path, paragraphs: int = 1, start: int = 104_000_000,
                   fmt: str = "lowerLetter", text: str = "%1.") -> Path:
    """`paragraphs` numbered paragraphs of a list starting at `start` in `fmt`."""
    body = "".join(_numbered_paragraph(f"第{k}段正文。") for k in range(paragraphs))
    return write_docx(path, _HEAD + body + _TAIL, numbering_xml(level_xml(start, fmt, text)))


def lvl_text_bomb(path: Path, paragraphs: int = 20, placeholders: int = 200_000,
                  fmt: str = "decimal") -> Path:
    """A level whose w:lvlText repeats "%1" `placeholders` times."""
    body = "".join(_numbered_paragraph(f"第{k}段正文。") for k in range(paragraphs))
    return write_docx(path, _HEAD + body + _TAIL,
                      numbering_xml(level_xml(1, fmt, "%1" * placeholders)))


def expanding_bomb(path: Path, unpacked: int = 450 * 1024 * 1024) -> Path:
    """document.xml of about `unpacked` bytes of ordinary paragraphs (zip ratio ~300)."""
    paragraph = _plain_paragraph("一、坚持稳中求进，工业经济持续向好，全年增长8.5%。")
    chunk = paragraph * 2000
    count = max(1, unpacked // len(chunk.encode("utf-8")))
    return write_docx(path, body=(chunk for _ in range(count)))


def lying_size_bomb(path: Path, unpacked: int = 200 * 1024 * 1024) -> Path:
    """expanding_bomb whose zip headers (local and central) say document.xml is 2 KB."""
    expanding_bomb(path, unpacked)
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    # (signature, offset of the uncompressed size, offset of the name length, header size)
    for signature, size_at, name_len_at, fixed in ((b"PK\x03\x04", 22, 26, 30),
                                                    (b"PK\x01\x02", 24, 28, 46)):
        pos = data.find(signature)
        while pos >= 0:
            name_len = int.from_bytes(data[pos + name_len_at:pos + name_len_at + 2], "little")
            if data[pos + fixed:pos + fixed + name_len] == name:
                data[pos + size_at:pos + size_at + 4] = (2048).to_bytes(4, "little")
            pos = data.find(signature, pos + 4)
    path.write_bytes(bytes(data))
    return path


def style_bomb(path: Path, styles: int = 20_000) -> Path:
    """`styles` paragraph styles and as many paragraphs, each in its own style (a style
    looked up by scanning every style costs styles² steps)."""
    base = _base_members(path.parent)["word/styles.xml"].decode("utf-8")
    extra = "".join(f'<w:style w:type="paragraph" w:styleId="s{k}"><w:name w:val="s{k}"/>'
                    f'<w:basedOn w:val="s{k + 1}"/></w:style>' for k in range(styles))
    end = base.rindex("</w:styles>")
    body = "".join(f'<w:p><w:pPr><w:pStyle w:val="s{k}"/></w:pPr><w:r><w:t>第{k}段。</w:t>'
                   "</w:r></w:p>" for k in range(styles))
    write_docx(path, _HEAD + body + _TAIL)
    with zipfile.ZipFile(path) as package:
        members = {name: package.read(name) for name in package.namelist()}
    members["word/styles.xml"] = (base[:end] + extra + base[end:]).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members.items():
            package.writestr(name, data)
    return path


def table_bomb(path: Path, rows: int = 3000, span: int = 0) -> Path:
    """A one-column table of `rows` rows, every row after the first continuing a vertical
    merge (python-docx walks up the merge from every row), or with `span` > 0 one cell
    spanning `span` grid columns."""
    if span:
        tc = f'<w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>'
        trs = f"<w:tr>{tc}</w:tr>"
    else:
        first = '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>合并</w:t></w:r></w:p></w:tc>'
        rest = '<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>'
        trs = f"<w:tr>{first}</w:tr>" + f"<w:tr>{rest}</w:tr>" * (rows - 1)
    table = f'<w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>{trs}</w:tbl>'
    return write_docx(path, _HEAD + _plain_paragraph("正文。") + table + _TAIL)

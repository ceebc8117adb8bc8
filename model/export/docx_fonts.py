"""CJK font plumbing for python-docx: eastAsia font names and font-table fallbacks."""
from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.opc.oxml import serialize_part_xml
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")

#: Font → alternative name Word/WPS may use when the first is not installed.
ALT_NAMES: dict[str, str] = {
    "仿宋_GB2312": "仿宋",
    "方正小标宋简体": "宋体",
    "黑体": "SimHei",
    "仿宋": "FangSong",
    "楷体_GB2312": "楷体",
    "楷体": "KaiTi",
}


def set_east_asian_font(r_pr: BaseOxmlElement, latin: str, east_asia: str) -> None:
    """Name `east_asia` for CJK text and `latin` for the rest in a w:rPr element.

    Theme font attributes take precedence over plain names, so they are removed."""
    r_fonts = r_pr.get_or_add_rFonts()
    for attr in _THEME_ATTRS:
        key = qn(attr)
        if key in r_fonts.attrib:
            del r_fonts.attrib[key]
    r_fonts.set(qn("w:ascii"), latin)
    r_fonts.set(qn("w:hAnsi"), latin)
    r_fonts.set(qn("w:cs"), latin)
    r_fonts.set(qn("w:eastAsia"), east_asia)


def add_alt_font_names(doc: DocxDocument) -> None:
    """Declare our CJK fonts in word/fontTable.xml with w:altName fallbacks and the
    GB2312 charset, and drop theme fonts from the document defaults."""
    _plain_doc_defaults(doc)
    part = next((p for p in doc.part.package.iter_parts()
                 if str(p.partname) == "/word/fontTable.xml"), None)
    if part is None:
        return
    root = parse_xml(part.blob)
    present = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for name, alt in ALT_NAMES.items():
        if name in present:
            continue
        root.append(parse_xml(
            f'<w:font xmlns:w="{_W}" w:name="{name}"><w:altName w:val="{alt}"/>'
            '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/>'
            "</w:font>"
        ))
    # python-docx keeps unknown parts as raw bytes; replacing them is the only way in.
    part._blob = serialize_part_xml(root)


def _plain_doc_defaults(doc: DocxDocument) -> None:
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        return
    for r_fonts in defaults.iter(qn("w:rFonts")):
        for attr in _THEME_ATTRS:
            r_fonts.attrib.pop(qn(attr), None)

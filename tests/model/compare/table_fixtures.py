"""A real pair (national 2022 → 2023, tests/data/compare_real) copied into a folder, with
decisions stored through model/compare/store.py and commitment annotations in A's
sidecar — the 对照表's material for the model and CLI tests."""
from __future__ import annotations

import shutil
from pathlib import Path

from model.annotations import Annotation, AnnotationSet, make_annotation
from model.compare.store import Comparison, make_link, open_comparison, save_comparison
from model.report.loading import Report, load_report
from model.sidecar.store import save_sidecar, sidecar_path

REAL = Path(__file__).resolve().parents[2] / "data" / "compare_real"
SECTION_2 = "二、2022年经济社会发展总体要求和政策取向"
SECTION_3 = "三、2022年政府工作任务"
REVIEW_B = "一、过去一年和五年工作回顾"
#: (commitment in A, evidence in B or None, verdict, note), stored in this order
LINKS = [
    ("其中留抵退税约1.5万亿元", "全年增值税留抵退税超过2.4万亿元", "kept", "超额完成"),
    ("国内生产总值增长5.5%左右", "全年国内生产总值增长3%", "not_kept", "未达预期目标"),
    ("城镇新增就业1100万人以上", "城镇新增就业1206万人", "kept", ""),
    ("城镇新增就业1100万人以上", "脱贫人口务工规模超过3200万人", "partly", "=另见|务工"),
    ("居民消费价格涨幅3%左右", None, "not_mentioned", ""),
]
#: A's commitment annotations: the first two have no link (未核对), the last has one.
ANNOTATED = ["粮食产量保持在1.3万亿斤以上", "保持物价水平基本稳定", "国内生产总值增长5.5%左右"]


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def make_pair(folder: Path) -> tuple[Report, Report]:
    """A.txt and B.txt in `folder`, B.txt.compare.json holding LINKS, A.txt's sidecar
    holding ANNOTATED as commitments."""
    for side in "AB":
        shutil.copy(REAL / f"nat2022_2023.{side}.txt", folder / f"{side}.txt")
    a, b = load_report(folder / "A.txt"), load_report(folder / "B.txt")
    links = [make_link(a, b, span(a.text, c), None if e is None else span(b.text, e), v,
                       note=n, author="张三") for c, e, v, n in LINKS]
    save_comparison(a, b, Comparison(links=links))
    annotations = AnnotationSet()
    for quote in ANNOTATED:
        annotations.add(make_annotation(a.text, *span(a.text, quote), "commitment"))
    save_sidecar(sidecar_path(a.path), a, annotations)
    return a, b


def stored(a: Report, b: Report) -> Comparison:
    return open_comparison(a, b).comparison


def commitments(a: Report) -> list[Annotation]:
    return [make_annotation(a.text, *span(a.text, q), "commitment") for q in ANNOTATED]

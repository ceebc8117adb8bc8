"""Time build_review and every export format for many annotations on a long report.

Baseline, measured in the same run: model.sidecar.dump.dumps of the same annotation set
(what saving the sidecar costs). Run: .venv/bin/python -m bench.export_review
"""
from __future__ import annotations

from bench.fixtures import random_annotations
from bench.timing import best_of
from model.export import FORMATS, export
from model.export.review import build_review
from model.outline.detector import detect_outline
from model.report.loading import report_from_text
from model.sidecar.dump import dumps

CN = "一二三四五六七八九十"
SECTION = (
    "（{n}）强化组织领导\n一是成立了以局长为组长的领导小组，定期研究部署。二是全年召开专题会议12次。\n"
    "规模以上工业增加值增长6.5%，𠀀村等重点项目按期推进，营商环境不断优化。\n"
    "存在项目储备不足、青年干部少等问题，力争明年工业增加值增长7%左右。\n"
)


def make_text(parts: int) -> str:
    lines = ["关于2026年度工业发展工作情况的报告"]
    for p in range(parts):
        lines.append(f"{CN[p % 10]}、第{p + 1}部分工作情况")
        lines += [SECTION.format(n=CN[s]) for s in range(10)]
    return "\n".join(lines) + "\n"



def main(n_annotations: int = 2000) -> None:
    report = report_from_text(make_text(100), "bench.txt")
    outline = detect_outline(report)
    s = random_annotations(report.text, n_annotations, 40)
    print(f"{len(report.text):,} code points, {len(outline)} outline nodes, "
          f"{n_annotations} annotations; best of 3 runs")
    base = best_of(lambda: dumps(report, s))
    review = build_review(report, outline, s)
    rows = [("sidecar dumps (baseline)", base),
            ("build_review", best_of(lambda: build_review(report, outline, s)))]
    rows += [(f"export {f}", best_of(lambda f=f: export(review, f))) for f in FORMATS]
    print(f"{'step':<26}{'ms':>9}{'× baseline':>12}")
    for label, secs in rows:
        print(f"{label:<26}{secs * 1e3:>9.1f}{secs / base:>12.1f}")


if __name__ == "__main__":
    main()

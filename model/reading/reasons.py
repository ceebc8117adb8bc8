"""Why a tag was suggested, as data and as English text.

A suggestion's `reason_code` names its main ground and `reason_args` holds the values: cue
words joined by CUE_SEPARATOR ("cues"), a short section label ("section"), the opening
phrase of a problem paragraph ("opening"), and optional facts (FACT_KEYS). The GUI renders
them with translated templates (gui/common/labels.py); the English templates here give the
`reason` of the CLI's JSON.
"""
from __future__ import annotations

#: reason code -> English template
REASON_TEXTS: dict[str, str] = {
    "cue_under_section": "cue {cues} under {section}",
    "cue_after_opening": "cue {cues} after {opening}",
    "cue": "cue {cues}",
    "section_default": "section {section}",
    "opening_default": "after {opening}",
    "numbers": "",
    "learned": "learned from your tags",
}
#: Optional facts, in display order: a target (5%左右), a measured result (同比增长5.6%),
#: a bare quantity (14个).
FACT_KEYS = ("target", "result", "figure", "resolution", "learned")
FACT_TEXTS: dict[str, str] = {"target": "target {target}", "result": "result {result}",
                              "figure": "figure {figure}", "resolution": "resolution {resolution}",
                              "learned": "learned {learned}"}
CUE_SEPARATOR = "、"


def reason_parts(code: str, args: dict[str, str], texts: dict[str, str],
                 facts: dict[str, str], cue_separator: str) -> list[str]:
    """The main ground, then each fact present, each filled in from its template.

    Shared by the English `reason` and the GUI's translated text (which passes its own
    templates); an unknown code gives only the facts.
    """
    values = dict(args)
    if "cues" in values:
        values["cues"] = cue_separator.join(values["cues"].split(CUE_SEPARATOR))
    parts = [texts.get(code, "").format(**values)]
    parts += [facts[k].format(**values) for k in FACT_KEYS if args.get(k) and k in facts]
    return [p for p in parts if p]


def english_reason(code: str, args: dict[str, str]) -> str:
    """"cue 仍需, 不足 under 存在困难; target 5%左右"."""
    return "; ".join(reason_parts(code, args, REASON_TEXTS, FACT_TEXTS, ", "))


#: The same templates in Chinese, worded as the window's zh_CN translation
#: (tools/zh_CN_strings.py), for the headless verb's `--lang zh`.
CHINESE_REASON_TEXTS: dict[str, str] = {
    "cue_under_section": "“{section}”部分中的提示词“{cues}”",
    "cue_after_opening": "“{opening}”之后的提示词“{cues}”",
    "cue": "提示词“{cues}”",
    "section_default": "所在部分：{section}",
    "opening_default": "位于“{opening}”之后",
    "numbers": "",
    "learned": "从您的标注中学到",
}
CHINESE_FACT_TEXTS: dict[str, str] = {
    "target": "目标数值“{target}”", "result": "成效数据“{result}”",
    "figure": "统计数字“{figure}”", "resolution": "整改表态“{resolution}”",
    "learned": "学习调整{learned}"}


def reason_in(lang: str, code: str, args: dict[str, str]) -> str:
    """The reason in `lang`: Chinese for zh/zh_CN/zh_TW…, English otherwise."""
    if lang.lower().startswith("zh"):
        return "；".join(reason_parts(code, args, CHINESE_REASON_TEXTS, CHINESE_FACT_TEXTS, "、"))
    return english_reason(code, args)

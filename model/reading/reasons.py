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
}
#: Optional facts, in display order: a target (5%左右), a measured result (同比增长5.6%),
#: a bare quantity (14个).
FACT_KEYS = ("target", "result", "figure", "resolution")
FACT_TEXTS: dict[str, str] = {"target": "target {target}", "result": "result {result}",
                              "figure": "figure {figure}", "resolution": "resolution {resolution}"}
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

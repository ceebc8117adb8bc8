"""What suggestions learn from the reviewer (model.reading.learning, learned, learning_store):
nothing learned changes nothing; rejects lower and drop, hand tags add; the file survives
damage and newer versions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from model.outline.detector import detect_outline
from model.reading.learned import LEARNED_CODE, learned_suggestions
from model.reading.learning import (
    ACCEPTED,
    REJECTED,
    TAGGED,
    VERSION,
    Learner,
    features_at,
    rule_score,
    span_features,
)
from model.reading.learning_store import (
    CORRUPT,
    NEWER,
    forget,
    learning_path,
    load_learner,
    save_learner,
)
from model.reading.segmenter import Segmenter
from model.reading.suggestions import suggest
from model.report.loading import load_report

DATA = Path(__file__).resolve().parents[2] / "data" / "suggest"


@pytest.fixture(scope="module")
def sample(segmenter: Segmenter):  # noqa: ANN201 — (text, outline, suggestions)
    report = load_report(DATA / "director_duty_report.txt")
    outline = detect_outline(report)
    return report.text, outline, suggest(report.text, outline, segmenter)


def test_nothing_learned_changes_nothing(sample) -> None:
    text, outline, found = sample
    assert found
    assert learned_suggestions(text, outline, found, Learner()) == found
    assert learned_suggestions(text, outline, found, None) == found
    counts_only = Learner(counts={"problem": {ACCEPTED: 3}})
    assert learned_suggestions(text, outline, found, counts_only) == found


def test_rejecting_a_tag_again_and_again_drops_it(sample) -> None:
    text, outline, found = sample
    learner = Learner()
    measures = [s for s in found if s.tag == "measure"]
    assert measures
    for _ in range(6):
        for s in measures:
            learner.learn("measure", features_at(text, s.start, s.end, outline), s.score,
                          False, REJECTED, "r1")
    after = learned_suggestions(text, outline, found, learner)
    assert not [s for s in after if s.tag == "measure"]
    others = [s for s in found if s.tag != "measure"]
    assert [s for s in after if s.tag != "measure"] == others  # other tags untouched
    assert learner.counts["measure"][REJECTED] == 6 * len(measures)
    assert learner.reports == ["r1"]


def test_accepting_raises_the_score_and_says_so(sample) -> None:
    text, outline, found = sample
    item = min(found, key=lambda s: s.score)  # room to rise (scores are probabilities)
    assert item.score < 0.9
    learner = Learner()
    learner.learn(item.tag, features_at(text, item.start, item.end, outline), item.score,
                  True, ACCEPTED)
    after = {(s.start, s.tag): s for s in learned_suggestions(text, outline, found, learner)}
    raised = after[(item.start, item.tag)]
    assert raised.score > item.score and raised.key == item.key
    assert raised.reason_args["learned"].startswith("+")
    assert rule_score(raised) == item.score and rule_score(item) == item.score


def test_tagging_by_hand_adds_a_suggestion_where_the_rules_are_silent() -> None:
    lines = ["加强队伍建设工作。", "一是严格落实值班值守制度。", "二是严格落实请示报告制度。",
             "三是严格落实安全生产制度。"]
    text = "\n".join(lines) + "\n"
    learner = Learner()
    for _ in range(15):
        for line in lines[1:3]:
            start = text.index(line)
            learner.learn("commitment", span_features(text, start, start + len(line), None),
                          None, True, TAGGED)
    added = learned_suggestions(text, None, [], learner)
    quotes = {s.quote: s for s in added}
    third = quotes["三是严格落实安全生产制度。"]
    assert third.tag == "commitment" and third.reason_code == LEARNED_CODE
    assert "加强队伍建设工作。" not in quotes
    assert learner.counts["commitment"][TAGGED] == 30


def test_an_update_touches_only_the_span_features() -> None:
    learner = Learner()
    feats = span_features("我们将严格落实制度。", 0, 10, "commitment")
    learner.learn("commitment", feats, 0.6, True, ACCEPTED)
    assert set(learner.weights["commitment"]) == set(feats)
    assert "lean:commitment" in feats and "rule" in feats


def test_file_round_trip_and_reset(tmp_path: Path) -> None:
    learner = Learner()
    learner.learn("problem", span_features("存在不足。", 0, 5, "problem"), 0.7, True,
                  ACCEPTED, "abc")
    path = learning_path(tmp_path / "data")
    save_learner(learner, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == VERSION and data["reports"] == ["abc"]
    loaded = load_learner(path)
    assert not loaded.problem and loaded.learner.counts == learner.counts
    assert loaded.learner.weights.keys() == learner.weights.keys()
    forget(path)
    assert not path.exists() and load_learner(path).learner.empty
    forget(path)  # twice is fine


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe", b"[]", b"",
                                     b'{"format": "yuepi-suggestion-learning", "version": 1}',
                                     b'{"format": "yuepi-suggestion-learning", "version": 1, '
                                     b'"weights": {"a": {"b": "x"}}, "counts": {}}',
                                     b'{"format": "yuepi-suggestion-learning", "version": 1, '
                                     b'"weights": {"a": {"b": 1e999}}, "counts": {}}',
                                     b"[" * 100_000])
def test_a_damaged_file_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    path = learning_path(tmp_path)
    path.write_bytes(content)
    kept = load_learner(path, move_aside=False)  # the verb: reads only
    assert kept.problem == CORRUPT and path.exists() and kept.moved_to is None
    loaded = load_learner(path)
    assert loaded.problem == CORRUPT and loaded.learner.empty and loaded.writable
    assert not path.exists() and loaded.moved_to is not None
    assert loaded.moved_to.read_bytes() == content


def test_a_newer_file_is_neither_used_nor_overwritten(tmp_path: Path) -> None:
    path = learning_path(tmp_path)
    path.write_text(json.dumps({"format": "yuepi-suggestion-learning", "version": VERSION + 1,
                                "weights": {}, "counts": {}}), encoding="utf-8")
    loaded = load_learner(path)
    assert loaded.problem == NEWER and not loaded.writable and path.exists()


def test_the_analysis_applies_a_learner_and_only_a_non_empty_one(segmenter, idf) -> None:
    from model.reading.analysis import analyse

    report = load_report(DATA / "director_duty_report.txt")
    outline = detect_outline(report)
    plain = analyse(report, outline, segmenter, idf)
    empty = analyse(report, outline, segmenter, idf, learner=Learner())
    assert plain is not None and empty is not None and plain.suggestions == empty.suggestions
    learner = Learner()
    for _ in range(40):
        learner.learn("measure", {"rule": 1.0}, 0.95, False, REJECTED)  # a confident rule
    taught = analyse(report, outline, segmenter, idf, learner=learner)
    assert taught is not None
    assert any(s.tag == "measure" for s in plain.suggestions)
    assert not any(s.tag == "measure" for s in taught.suggestions)


def test_forgetting_an_example_refits_exactly() -> None:
    """Learner.forget: the model is the one that never saw the example (the same floats),
    even after the oldest examples were folded into the floor, and after a save and a
    load; an example folded into the floor cannot be taken back."""
    import json

    from model.reading import learning
    from model.reading.learning import Example, Learner

    examples = [Example(f"a{i}", ("problem", "measure")[i % 2], f"第{i}项工作仍需加强，效果不明显。",
                        ("problem", None)[i % 3 == 0], 0.6 if i % 4 else None, i % 5 != 0,
                        ACCEPTED) for i in range(12)]
    saved, learning.MAX_EXAMPLES = learning.MAX_EXAMPLES, 8
    try:
        full, without = Learner(), Learner()
        for example in examples:
            full.learn_example(example)
            if example.source != "a9":
                without.learn_example(example)
        restored = Learner.from_json(json.loads(json.dumps(full.to_json())))
        assert full.forget(["a9"]) == 1 and restored.forget(["a9"]) == 1
        assert full.weights == without.weights == restored.weights
        assert full.counts == without.counts
        assert full.forget(["a1"]) == 0  # folded into the floor: kept
    finally:
        learning.MAX_EXAMPLES = saved


def _report(text: str):  # noqa: ANN202 — (text, outline)
    from model.report.loading import report_from_text

    report = report_from_text(text)
    return report.text, detect_outline(report)


@pytest.mark.parametrize(("text", "sentence", "lean"), [
    # a work plan's 主要工作 lists its tasks (the plan flag), not the work done
    ("某镇2025年安全工作计划\n一、指导思想\n以安全发展为主线。\n三、主要工作\n"
     "开展隐患排查整治行动。\n", "开展隐患排查整治行动。", "commitment"),
    # a 工作总结's 抓好重点工作落实 is work done (the review flag), not a plan part
    ("某局2024年工作总结\n一、抓好重点工作落实\n全年完成投资3亿元。\n",
     "全年完成投资3亿元。", "review"),
], ids=["plan-document", "review-document"])
def test_learning_reads_a_span_s_lean_as_the_suggester_does(text: str, sentence: str,
                                                             lean: str) -> None:
    """The learner is taught with the lean it is applied with (model.reading.learned reads
    the units' leans): the section's read with the document's review or plan flag."""
    from model.reading.suggestion_units import units

    text, outline = _report(text)
    start = text.index(sentence)
    assert [u[2].kind for u in units(text, outline) if u[0] == start] == [lean]
    assert features_at(text, start, start + len(sentence), outline)[f"lean:{lean}"] > 0

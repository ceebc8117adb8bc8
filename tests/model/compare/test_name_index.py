"""One index of a comparison's policy names serves every sentence: each policy is named by
its short name or by all the parts of its long form, as abbreviations.named has it."""
from model.compare.abbreviations import Abbreviation, NameIndex

TABLE = (Abbreviation("两新", ("设备更新", "以旧换新")), Abbreviation("两重", ("重大战略", "重点领域")),
         Abbreviation("走出去", ("走出去",)))


def test_a_policy_is_named_by_its_short_name_or_every_part_of_its_long_form() -> None:
    index = NameIndex(TABLE)
    assert index.named("推动大规模设备更新和消费品以旧换新") == {"两新"}
    assert index.named("“两重”建设成效明显，“两新”政策效果显现") == {"两新", "两重"}
    assert index.named("设备更新稳步推进") == frozenset()  # one part is not all
    assert index.named("支持企业走出去") == {"走出去"}


def test_names_that_overlap_or_repeat_are_all_found() -> None:
    index = NameIndex((*TABLE, Abbreviation("更新", ("设备更新",))))
    assert index.named("设备更新设备更新以旧换新") == {"两新", "更新"}


def test_a_policy_without_parts_is_named_everywhere_as_an_empty_part_is_found() -> None:
    index = NameIndex((Abbreviation("空", ()), Abbreviation("两X", ("", "设备更新"))))
    assert index.named("无关的句子") == {"空"}
    assert index.named("设备更新") == {"空", "两X"}

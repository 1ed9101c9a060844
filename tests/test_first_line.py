"""The line that opens an answer stands alone: no word links it to a line before it."""
import pytest

from kb.answer.compose import unlinked


@pytest.mark.parametrize("line, opening", [
    ("하지만 항고를 해도 긴급응급조치는 그대로 집행됩니다(제16조).", "항고를 해도"),
    ("또 성폭력방지법 제7조의2에 따라 국가는 법률상담을 지원할 수 있습니다.", "성폭력방지법 제7조의2"),
    ("But an appeal does not suspend the emergency measure.", "An appeal does"),
    ("However, the court decides.", "The court decides"),
    ("비교하면, 성폭력처벌법 제14조의2 제1항의 딥페이크 편집등은 7년 이하의 징역입니다.", "성폭력처벌법"),
    ("또래 학생이 한 일이라도 처벌됩니다.", "또래 학생이"),  # a word that only begins with 또 is kept
    ("Butterfly knives are another matter.", "Butterfly"),
])
def test_the_first_line_loses_the_word_that_linked_it_to_a_line_before(line, opening):
    assert unlinked(line).startswith(opening)

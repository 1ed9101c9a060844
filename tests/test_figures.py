"""A figure asked for outright and not given by any line of the answer (`kb.answer.figures`): the assistant abstains
rather than pass the act that sets a thing up off as the figure the question wants."""
import pytest

from kb.answer.figures import figure_missing, figures_asked


@pytest.mark.parametrize("question, kinds", [
    ("디지털성범죄심의소위원회 위원은 몇 명이고 얼마나 자주 모여요?", ["count"]),
    ("How many members sit on the review subcommittee?", ["count"]),
    ("분리는 최대 며칠까지 할 수 있어요?", ["span"]),
    ("How many days max can the separation last?", ["span"]),
    ("구조금은 최대 얼마 받을 수 있나요?", ["money"]),
    ("What income threshold applies to free legal aid?", ["money"]),
    ("How much money can a victim get from the relief fund?", ["money"]),
])
def test_a_magnitude_asked_outright_is_read_by_its_kind(question, kinds):
    assert figures_asked(question) == kinds


@pytest.mark.parametrize("question", [
    # told, not asked: a number in the story, a span lived through, a penalty's size, whether a thing is free
    "친구 몇 명이 제 합성사진을 봤대요. 걔들도 처벌받아요?",
    "며칠째 잠을 못 자요. 어디에 상담받을 수 있어요?",
    "신고한 지 몇 달 됐는데 아직 연락이 없어요",
    "걔 처벌 얼마나 받아요?",
    "징역 상한이 얼마나 올랐어요?",
    "Is deletion support free?",
    "How many years could he get for making it?",
])
def test_a_number_told_a_penalty_or_a_price_asked_is_no_magnitude_asked(question):
    assert figures_asked(question) == []


def test_a_line_without_a_figure_of_the_kind_asked_leaves_the_figure_missing():
    lines = ["심의위원회의 디지털성범죄심의소위원회가 시정요구를 할지 결정합니다(성폭력처벌법 제23조의2 제1항).",
             "위원회 누리집의 신고 배너를 이용하거나 1377로 전화합니다. 2025년 10월 1일 이름이 바뀌었습니다."]
    assert figure_missing("소위원회 위원은 몇 명인가요?", lines)  # an article, a phone number, a date are no count
    assert not figure_missing("소위원회 위원은 몇 명인가요?", lines + ["소위원회는 위원 5명으로 구성합니다."])


def test_a_span_a_sum_or_the_law_saying_none_is_set_answers_the_figure():
    assert not figure_missing("How many days does the office have to act?",
                              ["The office must act within 14 days of the request (Article 17(9))."])
    assert figure_missing("How many days does the office have to act?",
                          ["The office must act on the committee's request (Article 17(9))."])
    assert not figure_missing("How many days can the separation last?",
                              ["The Act sets no fixed period for the separation."])
    assert not figure_missing("구조금은 최대 얼마 받을 수 있나요?", ["최대 5,000만 원까지 지급합니다."])


# ---- end to end on the default index -------------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    # the act that sets each up is held; the figure sits in a decree, a notice or a rule that is not
    "How many days at most may a principal keep the two students apart under the immediate separation rule?",
    "방심위 디지털성범죄심의소위원회는 위원이 몇 명이에요?",
])
def test_a_figure_no_source_gives_is_not_answered_by_the_act_that_sets_the_thing_up(full_kb, question):
    answer = full_kb.ask(question)
    assert answer.abstained and not answer.refused, answer.answer


@pytest.mark.parametrize("question, figure", [
    ("심의위원회가 요청하면 교육장은 가해학생 조치를 며칠 안에 해야 하나요?", r"14\s*일"),
    ("How many days does the superintendent have to carry out the measures against the offending student?",
     r"14 days"),
])
def test_a_figure_the_sources_give_is_answered(full_kb, question, figure):
    import re

    answer = full_kb.ask(question)
    assert not answer.abstained and re.search(figure, answer.answer), answer.answer

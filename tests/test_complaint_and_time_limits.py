"""Plain questions about whether a case needs the victim's complaint, what a settlement does and how long a victim
has to report: they have a card each, and its opening answers them (before, no card did, and they were answered
with a neighbouring card's penalty or not at all)."""
import pytest


def _first_line(answer) -> str:
    return answer.answer.split("\n")[0]


@pytest.mark.parametrize("question, persona", [
    ("피해자가 고소 안 해도 처벌되나요?", "victim"),
    ("합의하면 가해자 처벌 안 받나요?", "victim"),
    ("Can I drop the charges against the guy who made deepfakes of me?", "victim"),
    ("if we settle with his parents does the case go away", "parent"),
])
def test_a_question_whether_the_case_needs_the_victims_complaint_is_answered_by_that_card(full_kb, question, persona):
    answer = full_kb.ask(question, persona=persona)
    assert answer.route and answer.route["card"] == "penalty-prosecution-without-complaint", answer.route
    first = _first_line(answer)
    # the opening says that the case goes on (with what it can lead to), not a penalty for forcing a settlement
    assert ("합의" in first and "징역이나 벌금" in first) or ("settle" in first and "prison or a fine" in first), first


@pytest.mark.parametrize("question", [
    "성인인데 2년 전에 불법촬영 당했어요. 지금 신고해도 되나요?",
    "is there a deadline to report illegal filming if I'm an adult",
])
def test_a_question_how_long_an_adult_victim_has_to_report_is_answered_without_figures_the_sources_lack(
        full_kb, question):
    answer = full_kb.ask(question, persona="victim")
    assert answer.route and answer.route["card"] == "penalty-time-limit-reporting", answer.route
    first = _first_line(answer)
    # the complaint deadline is gone; the limitation period's length is the Criminal Procedure Act's, not in the
    # sources: the opening says so and gives no period of its own
    assert ("공소시효" in first and "형사소송법" in first) or ("limitation period" in first and
                                                           "Criminal Procedure Act" in first), first
    assert "10년" not in first and "10 years" not in first, first


def test_a_question_whether_a_settlement_lowers_the_sentence_is_told_the_sources_do_not_say(full_kb):
    # the laws held do not say how a settlement weighs in sentencing: the card says so and names whom to ask,
    # where before the question was sent to the card on injury and death in sexual crimes or abstained
    answer = full_kb.ask("합의금 받으면 형량이 줄어드나요?", persona="victim")
    assert answer.route and answer.route["card"] == "penalty-prosecution-without-complaint", answer.route
    assert "나와 있지 않습니다" in answer.answer and "국선변호사" in answer.answer, answer.answer

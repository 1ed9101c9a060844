"""A question about something no source ever names is told so first, and offered the closest the sources come,
instead of a neighbouring card's quote passed off as its answer."""
from kb.answer.messages import UNHEARD
from kb.answer.unheard import known_words, unheard


def test_a_noun_of_the_ask_that_no_source_names_is_unheard():
    known = known_words(["딥페이크 피해자는 범죄피해자로서 삭제 지원을 받을 수 있습니다.", "피해자 지원 받을 수 있나요?"])
    assert unheard("딥페이크 피해자도 범죄피해자 구조금 받을 수 있나요?", known) == ["구조금"]
    assert unheard("딥페이크 피해자도 삭제 지원 받을 수 있나요?", known) == []


def test_the_story_before_the_ask_is_not_asked_about():
    known = known_words(["지하철에서 몰래 사진을 찍으면 처벌됩니다.", "상담 준비와 지원"])
    assert unheard("출근길 지하철에서 누가 제 사진을 찍었는데 처벌되나요?", known) == []
    assert unheard("친구가 말해 줬어요. 검정고시 준비 지원도 있나요?", known) == ["검정고시"]


def test_the_answer_says_first_what_the_sources_do_not_say(full_kb):
    # before: the fine-or-prison card's opening, a neighbour's quote, was the whole answer to a question about state
    # compensation (구조금), which no source names
    answer = full_kb.ask("딥페이크 피해자도 범죄피해자 구조금 받을 수 있나요?")
    opening = UNHEARD["ko"].format(terms="'구조금'")
    assert not answer.abstained and answer.answer.startswith(opening), answer.answer[:200]
    assert answer.citations and "1366" in answer.answer
    assert not full_kb.ask("아동 성범죄 신고하면 포상금 있어요?").answer.startswith(UNHEARD["ko"][:20])

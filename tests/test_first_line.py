"""The line that opens an answer stands alone: no word links it to a line before it."""
import re
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
    ("In addition, under Article 7-2 the state may provide legal counselling.", "Under Article 7-2"),
    ("이 밖에도 국가는 법률상담을 지원할 수 있습니다.", "국가는"),
    ("Besides the fine, a court may order a course.", "Besides the fine"),  # a preposition, no link
])
def test_the_first_line_loses_the_word_that_linked_it_to_a_line_before(line, opening):
    assert unlinked(line).startswith(opening)


@pytest.mark.parametrize("opening, expected", [
    # an elliptical reply is no sentence without its "No,": the next sentence opens instead
    ("No, not merely because a child abuse report was filed. The appointing authority may not remove a reported "
     "teacher without a justifiable reason (Article 6(3)).",
     "The appointing authority may not remove a reported teacher without a justifiable reason (Article 6(3))."),
    # a full statement after its "네," stands alone
    ("네, 피해자는 국선변호사를 선임해 달라고 요청할 수 있습니다. 비용은 국가가 냅니다.",
     "피해자는 국선변호사를 선임해 달라고 요청할 수 있습니다. 비용은 국가가 냅니다."),
])
def test_a_cards_direct_answer_to_a_question_not_asked_yes_or_no_is_a_whole_sentence(opening, expected):
    from types import SimpleNamespace

    from kb.answer.strategies.cards import _direct_answer

    start, text = _direct_answer(SimpleNamespace(text=opening), yes_no=False)
    assert text == expected and opening[start:].startswith(text)


@pytest.mark.parametrize("line, heading", [("Article 31 (duty to ensure AI transparency)", True),
                                           ("제31조(인공지능 투명성 확보 의무)", True),
                                           ("Article 31 requires businesses to label AI outputs (Article 31(2)).", False)])
def test_a_card_line_that_only_names_an_article_and_its_title_is_a_sub_heading(line, heading):
    from kb.answer.units import is_sub_heading

    assert is_sub_heading(line) is heading


def test_an_announcement_of_a_list_that_does_not_follow_is_left_off(full_kb):
    """A card line quoted without the list it announces: its announcing sentence goes ("주요 변화는 다음과
    같습니다."), and the rest of the line stays."""
    answer = full_kb.ask("성폭력처벌법 제14조의3이 딥페이크 합성물로 협박하는 경우까지 포함하게 된 개정은 언제였나요? "
                         "그 전에는 합성물 협박을 어떻게 처벌했나요?").answer
    assert "다음과 같습니다" not in answer and not re.search(r":\s*\[\d+\]", answer), answer


def test_a_colon_leading_into_a_list_that_does_not_follow_is_left_off():
    from types import SimpleNamespace

    from kb.answer.answerer import _without_dangling
    from kb.answer.records import Claim, Unit

    chunk = SimpleNamespace(chunk_id="c1", record=SimpleNamespace(source_type="card", source_id="card-a"))
    leading = "Article 7-3(2) lists who may ask the government for help deleting the material:"
    item = "- the victim's family"
    other = "The offender pays the cost."
    alone = [Claim(leading, Unit(0, chunk, 0, leading, 1.0)), Claim(other, Unit(0, chunk, 200, other, 1.0))]
    assert [c.text for c in _without_dangling(alone)] == [leading[:-1], other]
    listed = [Claim(leading, Unit(0, chunk, 0, leading, 1.0)), Claim(item, Unit(0, chunk, 90, item, 1.0))]
    assert [c.text for c in _without_dangling(listed)] == [leading, item]


def test_a_yes_that_answered_the_cards_title_is_not_lent_even_when_a_pronoun_follows_it():
    """Asked "will the police tell my parents?" (routed unsurely) or asked no yes-or-no question, the card's "Yes, it is a
    police duty …" answered its own title: the statement stands without the yes (its subject then reads "It", which the
    rest of the sentence explains). Before, the yes was kept so as not to start on a pronoun, and a teenager read "Yes"."""
    from types import SimpleNamespace

    from kb.answer.strategies.cards import _direct_answer

    opening = "Yes, it is a police duty since 17 April 2025: they must ask for the material to be deleted."
    start, text = _direct_answer(SimpleNamespace(text=opening), yes_no=False)
    assert text == opening[start:] and text.startswith("it is a police duty")
    assert _direct_answer(SimpleNamespace(text=opening), yes_no=True)[1] == opening


@pytest.mark.parametrize("opening", ["Yes, at least once a year, for staff, students and guardians (Article 24(1)).",
                                     "No, only when the victim asks (Article 7(2))."])
def test_a_yes_completed_by_a_phrase_keeps_its_yes_when_it_is_the_only_sentence(opening):
    from types import SimpleNamespace

    from kb.answer.strategies.cards import _direct_answer

    assert _direct_answer(SimpleNamespace(text=opening), yes_no=False)[1] == opening


@pytest.mark.parametrize("question, lead", [
    # the card opens on what a school head must do before the committee; asked when the head may suspend first
    ("학교장이 학폭 인지하면 바로 해야 하는 가해학생 조치가 따로 있다던데 뭐죠?", "시행령 제21조"),
    # the card opens on the survey; asked how many were threatened
    ("전교조 조사에서 딥페이크로 협박까지 당했다고 답한 피해자는 몇 명이었어요? 교사랑 학생 나눠서", "협박을 당했다는 피해자"),
])
def test_a_card_point_that_answers_the_ask_far_better_than_the_cards_opening_leads(full_kb, question, lead):
    first = full_kb.ask(question).answer.splitlines()[0]
    assert lead in first, first


def test_a_line_about_an_earlier_wording_never_leads(full_kb):
    first = full_kb.ask("아청법상 성착취물 구입·소지·시청 법정형과, 벌금형 선택 가능 여부").answer.splitlines()[0]
    assert "1년 이상의 유기징역" in first and not re.match(r"\d{4}년 \d+월 \d+일 전", first), first


def test_a_point_that_answers_a_yes_or_no_question_leads_without_the_titles_yes(full_kb):
    """"Can he transfer back to her school?" of the card on expulsion: the card's "No." answers whether a middle
    schooler can be expelled; the point on returning to the school answers the question and leads."""
    first = full_kb.ask("가해학생이 전학 갔다가 나중에 피해학생 있는 원래 학교로 다시 전학 오는 것도 가능한가요?").answer.splitlines()[0]
    assert "다시 전학 올 수 없습니다" in first and not first.startswith("아니요"), first


@pytest.mark.parametrize("question, lead", [
    ("딥페이크 돈 받고 팔면 몇 년 받아요", "3년 이상의 유기징역"),
    ("딥페이크 영상 가지고 협박하면 최소 몇 년이에요", "제14조의3 제1항"),
])
def test_a_prison_term_asked_in_years_in_korean_opens_with_the_penalty_of_the_act(full_kb, question, lead):
    """Asked "몇 년", the first line is the penalty of the act told (not a card's line on habitual offending or on
    a minor victim's case)."""
    first = full_kb.ask(question).answer.splitlines()[0]
    assert lead in first, first


def test_comfort_never_opens_an_answer_even_when_it_shares_the_storys_words(full_kb):
    """The card's comfort line repeats the story ("whoever made the fake …"): it is said after the answer, never first."""
    first = full_kb.ask("somebody made a fake nude of me what do i do").answer.splitlines()[0]
    assert "not your fault" not in first and "1366" in first, first


def test_a_point_said_of_a_situation_leads_only_a_question_that_states_it(full_kb):
    # before: the young offender's point ("가해자가 아동·청소년이면: …") led, sharing "가해자" and "공개" with the question
    first = full_kb.ask("딥페이크 가해자 신상공개 되나요").answer.splitlines()[0]
    assert "아동·청소년이면" not in first and re.search(r"공개명령|고지명령", first), first
    # ... and leads when the question states it, in its own words
    first = full_kb.ask("가해자가 미성년자인데 신상공개 되나요").answer.splitlines()[0]
    assert "19세 미만" in first, first


@pytest.mark.parametrize("question, age", [
    ("가해자가 15살인데 처벌 받아요?", 15), ("the boy who made it is 15, what happens to him?", 15),
    ("I'm 13 and a girl made a fake of me", 13), ("a 14-year-old made it", 14),
    ("the fine is 5 million won", None), ("14세 이상이면 어떻게 돼요", None), ("가해자는 15살, 피해자는 12살이에요", None),
])
def test_the_one_age_a_question_tells_is_read(question, age):
    from kb.answer.strategies.cards import _age_told

    assert _age_told(question) == age


def test_a_line_is_said_of_the_age_range_in_its_heading():
    from kb.answer.strategies.cards import _age_fits

    assert _age_fits("14세 이상 16세 미만: 소년부에 송치되면 …", 15) is True
    assert _age_fits("Aged 14 or over but under 16: the judge may …", 13) is False
    assert _age_fits("대상 죄: 19세 미만을 대상으로 한 죄", 15) is None   # the victims' age, not the heading's
    assert _age_fits("그냥 넘어가지 않습니다. 10세 이상 14세 미만 아동·청소년이 …", 15, heading=False) is False


@pytest.mark.parametrize("question, lead", [
    ("가해자가 15살인데 처벌 받아요?", r"14세 이상 16세 미만"),
    ("the boy who made it is 15, what happens to him?", r"14 or over but under 16"),
    ("가해 학생이 13살이에요 처벌 못하나요", r"10세 이상 14세 미만"),
])
def test_an_age_told_opens_with_the_point_said_of_that_age(full_kb, question, lead):
    # before: a 15-year-old's question opened with the card's opening on those aged 10 to 13
    first = full_kb.ask(question).answer.splitlines()[0]
    assert re.search(lead, first), first

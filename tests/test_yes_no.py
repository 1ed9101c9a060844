"""Which questions ask to be told yes or no (a card's bare "Yes." or "네." answers only them)."""
import pytest

from kb.answer.yes_no import asks_yes_no


@pytest.mark.parametrize("question", [
    "Is it illegal to just look at a deepfake?",
    "can i get in trouble for having a screenshot of it on my phone??",
    "Is it a crime or not?",  # "or not" still asks yes or no
    "친구가 보낸 합성 사진을 저장만 했는데 처벌받나요?",
    "청소년 상담 전화가 있나요?",
])
def test_yes_no_questions(question):
    assert asks_yes_no(question)


@pytest.mark.parametrize("question", [
    # two answers offered to choose from: a "yes" says neither
    "Do I need to hire a lawyer to file a complaint for my child, or can I just walk into the police station?",
    "Is this handled by the school, or does it have to go to the police?",
    "Should I report it to the platform first or should I go straight to the cops?",
    "전남친이 합성 사진을 퍼뜨린다고 협박해요. 이건 협박죄인가요 아니면 성폭력처벌법으로 처벌되나요?",
    "학교에서 징계하나요? 아니면 경찰에 넘기나요?",
    "가해 학생은 전학 가나요 혹은 퇴학당하나요?",
    # a wh-word or a negated ask
    "What is the penalty for making a deepfake?",
    "합의하면 처벌 안 받나요?",
])
def test_not_yes_no_questions(question):
    assert not asks_yes_no(question)



def test_a_negated_question_before_the_last_is_not_asked_yes_or_no():
    # "네," to "합의하면 처벌 안 받는 건가요?" says he is not punished: the card means the opposite
    assert not asks_yes_no("피해자랑 합의하면 처벌 안 받는 건가요? 합의금 주면 고소 취하되는 거예요?")


@pytest.mark.parametrize("question, title, turned", [
    ("Does withdrawing my complaint stop the prosecution?",
     "Can the offender still be prosecuted if the victim does not file a complaint, settles or drops the complaint?",
     True),
    ("If we settle, does he get off the hook?", "Can the offender still be prosecuted if the victim settles?", True),
    ("합의하면 처벌을 면하나요?", "피해자가 합의해도 가해자가 처벌받나요?", True),
    ("Can he still be prosecuted if I settle?", "Can the offender still be prosecuted if the victim settles?", False),
    ("Is it a crime just to watch a deepfake?", "Is it a crime just to have or watch a sexual deepfake?", False),
])
def test_a_question_asked_the_other_way_round_from_the_cards_title(question, title, turned):
    from kb.answer.yes_no import turned_around

    assert turned_around(question, title) is turned


@pytest.mark.parametrize("question, title", [
    # the word for stopping is the condition, not what is asked
    ("가해학생 쪽이 집행정지를 신청했대요. 저희도 의견을 말할 수 있나요?",
     "가해학생이 조치를 멈춰 달라고(집행정지) 하면 피해학생도 의견을 말할 수 있나요(피해학생 진술권)"),
    ("학교가 자체해결로 처리해도 되나요?", "학교가 심의위원회 없이 자체해결로 끝내도 되나요"),
])
def test_a_word_of_stopping_in_a_condition_does_not_turn_the_question_around(question, title):
    from kb.answer.yes_no import turned_around

    assert not turned_around(question, title)


@pytest.mark.parametrize("question, title, misread", [
    ("do i need a lawyer to file a complaint about a deepfake of me?", "Can a victim have a lawyer? Is there a state-appointed one?", True),
    ("고소하려면 변호사가 꼭 있어야 하나요?", "피해자도 변호사의 도움을 받을 수 있나요? 국선변호사가 있나요?", True),
    ("Can I get a lawyer for free?", "Can a victim have a lawyer? Is there a state-appointed one?", False),
    ("Do teachers have to report it?", "Must a teacher report a deepfake to the police?", False),
])
def test_a_need_asked_of_a_card_titled_whether_one_may_gets_no_bare_yes(question, title, misread):
    from kb.answer.yes_no import need_asked_of_may

    assert need_asked_of_may(question, title) is misread

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


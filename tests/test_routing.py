"""Routing by question banks: the nearest bank questions name the card, the confidence is calibrated
from the banks themselves, and the banks' embeddings are computed once."""
import numpy as np
import pytest
import yaml

from kb.answer.routing import BankRouter

#: Three toy "topics" as directions of a small embedding space; a question's vector is its topic's
#: direction plus the words it shares with the others, so near-duplicates sit close together.
TOPICS = {"helpline": "1366 전화 번호 상담 helpline call", "deletion": "삭제 지원 지워 delete remove takedown",
          "penalty": "처벌 징역 벌금 prison fine penalty"}


def _embed(texts):
    vocabulary = sorted({w for words in TOPICS.values() for w in words.split()})
    vectors = []
    for text in texts:
        v = np.array([1.0 if w in text.lower() else 0.0 for w in vocabulary]) + 0.01
        vectors.append(v / np.linalg.norm(v))
    return np.asarray(vectors)


@pytest.fixture
def banks(tmp_path):
    folder = tmp_path / "banks"
    folder.mkdir()
    questions = {
        "helpline": (["1366 전화 번호가 뭐예요", "상담 전화 1366", "1366 상담 몇 시까지 해요", "전화 상담 번호"],
                     ["what is the 1366 helpline", "helpline call number", "can i call 1366", "helpline number",
                      "call about a fine or delete"]),
        "deletion": (["삭제 지원 받는 법", "영상 지워 주세요 삭제", "삭제 지원 신청", "지워 주는 곳"],
                     ["how do i delete it", "remove the video takedown", "takedown help delete", "remove it",
                      "penalty prison call"]),
        "penalty": (["처벌 징역 몇 년", "벌금 얼마 처벌", "징역 처벌 받아요", "처벌 벌금"],
                    ["what is the penalty", "prison or fine", "penalty prison years", "fine penalty"]),
    }
    for card, (ko, en) in questions.items():
        (folder / f"{card}.yaml").write_text(yaml.safe_dump({"card": card, "ko": ko, "en": en}, allow_unicode=True),
                                             encoding="utf-8")
    return folder


def test_a_question_routes_to_the_card_whose_bank_holds_its_neighbours(banks, tmp_path):
    router = BankRouter(_embed, "toy", tmp_path / "cache", banks)
    for question, card in (("1366 번호 알려줘", "helpline"), ("delete remove please", "deletion"),
                           ("징역 처벌 얼마나", "penalty")):
        route = router.route(question, _embed([question])[0])
        assert route.card == card and route.runner_up != card
        assert 0.0 <= route.confidence <= 1.0
    assert router.closest("deletion", _embed(["takedown"])[0], 1)[0] in ("remove the video takedown",
                                                                         "takedown help delete")


def test_confidence_is_higher_for_a_clear_question_than_for_one_between_cards(banks, tmp_path):
    router = BankRouter(_embed, "toy", tmp_path / "cache", banks)
    clear = router.route("1366 helpline call 상담 전화 번호", _embed(["1366 helpline call 상담 전화 번호"])[0])
    mixed = "1366 delete prison"
    between = router.route(mixed, _embed([mixed])[0])
    assert clear.confidence > between.confidence


def test_bank_embeddings_and_calibration_are_cached_and_cards_not_indexed_are_left_out(banks, tmp_path):
    calls = []

    def counting(texts):
        calls.append(len(texts))
        return _embed(texts)

    first = BankRouter(counting, "toy", tmp_path / "cache", banks)
    fitted = first.calibration
    again = BankRouter(counting, "toy", tmp_path / "cache", banks, known_cards={"helpline", "penalty"})
    assert calls == [26, 17]  # a smaller set of banks is its own cache entry
    assert again.cards == ["helpline", "penalty"]
    third = BankRouter(counting, "toy", tmp_path / "cache", banks)
    assert third.calibration == fitted and calls == [26, 17]  # nothing embedded again


def test_a_cards_own_text_settles_a_question_its_bank_leaves_between_two_cards(banks, tmp_path):
    """A question whose words sit between two banks goes to the card whose content it matches; without
    content the bank alone decides, and the route's score stays the bank score either way."""
    question = "helpline call delete"
    vector = _embed([question])[0]
    by_bank = BankRouter(_embed, "toy", tmp_path / "cache", banks).route(question, vector)
    other = "deletion" if by_bank.card == "helpline" else "helpline"
    content = lambda: ([other, "penalty"], _embed([question, "처벌 징역"]))  # noqa: E731
    router = BankRouter(_embed, "toy", tmp_path / "cache", banks, content=content)
    rerouted = router.route(question, vector)
    assert rerouted.card == other and rerouted.runner_up == by_bank.card
    assert rerouted.score == round(float(router.card_scores(question, vector)[router.cards.index(other)]), 4)
    assert 0.0 <= rerouted.confidence <= 1.0


def test_a_premise_the_question_states_comes_first_and_one_it_contradicts_last(banks, tmp_path):
    router = BankRouter(_embed, "toy", tmp_path / "cache", banks)
    question = "1366 helpline call 상담 전화 번호"
    vector = _embed([question])[0]
    plain = router.route(question, vector)
    assert plain.card == "helpline"
    # the helpline card's premise contradicted: the next card takes first place, less sure than the scores' winner
    moved = router.route(question, vector, lambda card: -1 if card == "helpline" else 0)
    assert moved.card != "helpline" and moved.confidence < plain.confidence
    # a card whose premise the question states comes first whatever its score
    stated = router.route(question, vector, lambda card: 1 if card == "penalty" else 0)
    assert stated.card == "penalty"
    assert router.route(question, vector, lambda card: 0).card == plain.card


def test_a_card_further_down_comes_in_when_it_answers_what_is_asked(banks, tmp_path, monkeypatch):
    """Only the best ``CANDIDATES`` by bank are ranked, but a card further down that answers what the question
    asks comes in, and first, when no candidate's premise is stated; one that does not stays out."""
    import kb.answer.routing as routing

    monkeypatch.setattr(routing, "CANDIDATES", 2)
    question = "1366 helpline call 상담 전화 번호"
    vector = _embed([question])[0]
    content = lambda: (["helpline", "deletion", "penalty"], _embed(["1366 helpline", "delete", "penalty"]))  # noqa: E731
    router = BankRouter(_embed, "toy", tmp_path / "cache", banks, content=content)
    candidates = [router.cards[int(c)] for c in router.ranked(question, vector)[0]]
    assert len(candidates) == 2 and candidates[0] == "helpline"
    further = next(card for card in router.cards if card not in candidates)  # the card left out of the two
    fits = lambda card: 1 if card == further else 0  # noqa: E731
    answers = lambda card: card == further  # noqa: E731
    assert router.route(question, vector, lambda card: 0, lambda card: False).card == "helpline"
    assert router.route(question, vector, fits, answers).card == further
    # without ``asked`` nothing further down comes in
    assert router.route(question, vector, fits).card == "helpline"
    # a card left out that does not answer what is asked stays out, even when a candidate's premise is contradicted
    contradicted = lambda card: -1 if card == "helpline" else 0  # noqa: E731
    assert router.route(question, vector, contradicted, lambda card: False).card not in ("helpline", further)
    # when a candidate's premise is stated, the candidates stay as they are
    assert router.route(question, vector, lambda card: 1, answers).card == "helpline"


@pytest.mark.parametrize("question, persona, wrong, right", [
    ("the boy who did it is 13. can he even be punished", None, "penalty-victim-under-13", "penalty-youth-minor-offenders"),
    ("my teacher saw the deepfake of me. what do i do", "victim", None, None),
    # a teacher who must report a student's harm is the reporting duty's question, not a teacher victim's
    ("what happens to a teacher who doesnt report a deepfake of a student", None, None,
     "school-teacher-police-report-duty"),
])
def test_twin_cards_are_told_apart_by_who_did_it_and_who_was_harmed(full_kb, question, persona, wrong, right):
    answer = full_kb.ask(question, persona=persona)
    card = (answer.route or {}).get("card")
    if right:
        assert card == right, answer.route
    if wrong:
        assert card != wrong, answer.route
    # a student harmed is not sent to the cards for a teacher harmed
    assert "teacher-victim" not in full_kb.answerer.context.card_topics(card or "") , answer.route


@pytest.mark.parametrize("question, persona, wrong, right", [
    ("how do i get a fake video of me removed from a porn site", "victim", "rights-online-damages-false-info", None),
    ("my boss found out about the deepfake and now he wants me to quit. is that legal", "victim", None,
     "support-no-disadvantage-at-work"),
    # a university is no school of the School Violence Act; whether names stay secret is the identity card's question
    ("I'm at uni and a guy in my department made deepfakes of like 10 girls. can we all report and will our names "
     "be kept secret", "victim", "school-teacher-police-report-duty", "support-victim-identity-protection"),
    ("대학생인데 같은 과 선배가 제 딥페이크를 만들었어요 신고하면 학교에 알려지나요", None, None,
     "support-victim-identity-protection"),
    # what to keep is the evidence card's question, not the bystander's
    ("What evidence should I save before reporting? should i screenshot it", "victim", "support-bystander",
     "support-evidence"),
    # a threat told with what to do asked: the threat card first, not the production card
    ("My 15-year-old son got a message saying they'll send a fake nude of him to his whole school unless he pays. "
     "What should we do right now?", "victim", "penalty-csam-production", None),
    ("고1임 어떤 새끼가 내 딥페이크 안 뿌리려면 돈 보내래 진짜 보내야됨??", None, "penalty-deepfake-sale-online", None),
])
def test_close_cards_are_told_apart_by_what_is_asked(full_kb, question, persona, wrong, right):
    """Removal asked is not a question of damages; harm done at work is the workplace card's, whatever the banks'
    nouns say."""
    card = (full_kb.ask(question, persona=persona).route or {}).get("card")
    if right:
        assert card == right
    if wrong:
        assert card != wrong
    if "unless he pays" in question or "돈 보내래" in question:
        assert "threat" in full_kb.answerer.context.card_topics(card or "")


@pytest.mark.parametrize("question, card", [
    # a bystander asks whether capturing it to tell the friend is allowed: the evidence card's question ("what may I
    # keep?"), though the story also tells that someone made it
    ("친구 사진이 합성돼서 디스코드 서버에 올라온 걸 봤어요. 친구한테 알려주려고 캡처해서 보내주려는데 혹시 이것도 불법인가요?",
     "support-evidence"),
    # the limitation period asked after a long story of what was done
    ("대학생 때 일인데요, 2021년 봄에 누가 제 사진 합성해서 트위터에 올렸었어요. 그때는 무서워서 그냥 넘어갔는데 지금이라도 "
     "고소할 수 있을까요? 공소시효 지났을까봐 걱정돼요", "penalty-time-limit-reporting"),
    # filming agreed to, then spread: the card on spreading, not the one on filming without consent
    ("나 17살인데 전남친이랑 사귈때 찍은 사진을 헤어지고 나서 걔가 다른 애들한테 보냈어ㅠ 찍을땐 나도 동의했거든… 이것도 신고 되는거야?",
     "penalty-illegal-filming-distribution"),
    # a young offender's age told as the age at which he would be charged
    ("My son is 14 and the school found deepfakes of girls from his grade on his phone. He swears he just saved them "
     "from a group chat. Can he actually be criminally charged at 14?", "penalty-youth-minor-offenders"),
])
def test_among_cards_whose_premises_the_question_states_the_one_answering_the_ask_comes_first(full_kb, question, card):
    assert full_kb.ask(question).route["card"] == card

"""English questions find their card (issue 17): the words people really write reach the Korean statute
terms, every card's bank is asked in English as often and as casually as in Korean, and questions in
everyday English (written for this test, not taken from the eval set) route to the card that answers them."""
import re
from pathlib import Path

import numpy as np
import pytest
import yaml

from kb.search.glossary import load_glossary

REPO = Path(__file__).resolve().parents[1]
BANKS = REPO / "corpus" / "banks"


# ---- glossary: everyday English reaches the Korean text -------------------------------------------------
@pytest.mark.parametrize("question, korean", [
    ("he forwarded the pics to his friends", "유포"),
    ("he forwarded the pics to his friends", "사진"),
    ("someone is blackmailing me with a fake vid", "협박"),
    ("someone is blackmailing me with a fake vid", "영상물"),
    ("a man took upskirt photos on the subway", "촬영"),
    ("a stranger keeps sending me dick pics", "통신매체를 이용한 음란행위"),
    ("he keeps texting me gross stuff at night", "통신매체"),
    ("can the court tell him to stay away from my daughter", "접근금지"),
    ("we disagree with the school board decision", "학교폭력대책심의위원회"),
    ("my stepdad made the pictures", "친족"),
    ("does my little sister have to testify", "증언"),
    ("can my siblings get counselling too", "형제자매"),
    ("can i change schools after this", "전학"),
    ("can i sue him for emotional distress", "손해배상"),
    ("can police go undercover in the chat rooms", "신분비공개수사"),
    ("he made fake nudes from my selfies", "사진"),
])
def test_everyday_english_words_reach_the_korean_statute_terms(question, korean):
    expanded = load_glossary().expand(question)
    assert korean in expanded, (question, expanded)


# ---- banks: English asked as often, and as casually, as Korean ------------------------------------------
def _banks() -> list[dict]:
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(BANKS.glob("*.yaml"))]


def test_every_bank_asks_in_english_about_as_often_as_in_korean():
    uneven = [(b["card"], len(b["en"]), len(b["ko"])) for b in _banks()
              if len(b["en"]) < 10 or abs(len(b["en"]) - len(b["ko"])) > 2]
    assert uneven == []


def test_every_bank_has_english_questions_written_the_way_people_type_them():
    """Victims and parents write in lower case and without a title's polish; a bank whose English is all
    formal leaves them to the dense side alone. At least two English questions per card start in lower case."""
    formal_only = [b["card"] for b in _banks() if sum(bool(re.match(r"[a-z]", q)) for q in b["en"]) < 2]
    assert formal_only == []


# ---- routing: everyday English questions reach their card -----------------------------------------------
#: Written for this test in the voices of victims, parents and teachers; each names the card that answers it.
EVERYDAY = [
    ("my ex put my face on a porn vid with an app, can he be charged", {"penalty-deepfake-editing"}),
    ("how many years can u get for making ai porn of a grown woman", {"penalty-deepfake-editing"}),
    ("can the court order the creep to stay away from my daughter", {"support-youth-protective-orders"}),
    ("he keeps showing up at my house after i reported stalking can he be told to stay away",
     {"support-stalking-stay-away"}),
    ("his parents keep messaging my son to threaten him after he reported, what now", {"school-retaliation"}),
    ("A parent of a student circulated a manipulated image of me. What can the school do?",
     {"school-teacher-parent-infringement"}),
    ("my bf secretly recorded us in bed without telling me. can i report him", {"penalty-illegal-filming"}),
    ("we disagree with the school board decision on my daughter's case, how do we appeal", {"school-appeals"}),
    ("is there a hotline for teens i can text, i don't want to call", {"support-youth-helpline-1388"}),
    ("the guy who made the deepfakes made money off them, can the court take that money",
     {"penalty-confiscation-proceeds"}),
    ("my boss started treating me badly after he found out about the video", {"support-no-disadvantage-at-work"}),
    ("i don't want to be in the same class as him anymore, can the school separate us", {"school-victim-separation"}),
    ("does it cost money to get the videos deleted", {"support-deletion-cost"}),
    ("i'm 26, do i really have to stand in the same courtroom as him when i give evidence",
     {"support-adult-witness-video-link"}),
    ("what number do i ring to report a bully at my kid's middle school", {"support-school-report-117"}),
    ("will the boy's parents be informed that someone reported him", {"school-report-duty-anyone"}),
    ("the video was passed around online over the holidays, not at school. can we still bring it to the school "
     "violence committee", {"school-deepfake-is-school-violence"}),
]


@pytest.fixture(scope="module")
def rank(full_kb, tmp_path_factory):
    """The cards for a question, best first, by a router over the repository's banks. Its cache is a
    temporary copy of the shared example cache: bank vectors already there are reused, new ones (banks being
    edited) are computed once into the copy, and the shared cache is only read."""
    import shutil

    from kb.answer.routing import BankRouter
    from kb.index.embedding import model_fingerprint

    retriever, index, settings = full_kb.answerer.retriever, full_kb.answerer.context.index, full_kb.settings
    cache = tmp_path_factory.mktemp("bank-cache")
    for path in settings.example_cache_dir.glob("banks-*.npy"):
        shutil.copy(path, cache / path.name)

    def embed(texts: list[str]) -> np.ndarray:  # one by one, as embed_queries does, without writing its cache
        return np.asarray([retriever.embedder.get_query_embedding(text) for text in texts], dtype=np.float32)
    router = BankRouter(embed, model_fingerprint(settings), cache, known_cards=set(index.source_ids("card")),
                        content=lambda: index.source_vectors("card"))

    def ranked(question: str) -> list[str]:
        order, _, _ = router.ranked(question, retriever.query_vector(question))
        return [router.cards[i] for i in order]
    return ranked


def test_everyday_english_questions_route_to_their_card(rank):
    ranked = {question: rank(question) for question, _ in EVERYDAY}
    outside_top3 = [(q, sorted(cards), ranked[q][:3]) for q, cards in EVERYDAY if not cards & set(ranked[q][:3])]
    assert outside_top3 == []
    first = np.mean([ranked[q][0] in cards for q, cards in EVERYDAY])
    assert first >= 0.85, [(q, ranked[q][:2]) for q, cards in EVERYDAY if ranked[q][0] not in cards]

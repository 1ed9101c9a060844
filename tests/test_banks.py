"""Question banks: every card carries the ways people really ask it, in both languages, written apart
from the evaluation set."""
import json
import re
from pathlib import Path

import pytest

from kb.sources.cards import load_bank, load_card

ROOT = Path(__file__).resolve().parents[1]
CARDS = sorted((ROOT / "corpus" / "cards").glob("*.md"))
BANKS = ROOT / "corpus" / "banks"
MIN_PER_LANGUAGE = 10


def _normal(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


@pytest.mark.parametrize("card", CARDS, ids=[p.stem for p in CARDS])
def test_every_card_has_a_bank_of_questions_in_both_languages(card):
    path = BANKS / f"{card.stem}.yaml"
    assert path.is_file(), f"no question bank for {card.stem}"
    bank = load_bank(path)
    assert bank.card == load_card(card).id
    for language, questions in (("ko", bank.ko), ("en", bank.en)):
        assert len(set(questions)) >= MIN_PER_LANGUAGE, (card.stem, language, len(set(questions)))
    assert all(re.search(r"[가-힣]", q) for q in bank.ko)
    assert sum(bool(re.search(r"[A-Za-z]{3}", q)) for q in bank.en) >= 0.9 * len(bank.en)


def test_every_bank_belongs_to_a_card():
    cards = {p.stem for p in CARDS}
    assert [p.stem for p in BANKS.glob("*.yaml") if p.stem not in cards] == []


def test_no_eval_question_is_copied_into_a_bank():
    asked = {_normal(json.loads(line)["question"])
             for line in (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    copied = [(p.stem, q) for p in BANKS.glob("*.yaml") for bank in [load_bank(p)] for q in bank.ko + bank.en
              if _normal(q) in asked]
    assert copied == []

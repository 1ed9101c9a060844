"""The project's knowledge cards: well formed, bilingual, and every fact backed by the source it cites."""
from pathlib import Path

import pytest

from kb.law.facts import unsupported
from kb.sources.cards import PERSONAS, load_card, source_text

CARDS = sorted((Path(__file__).resolve().parents[1] / "corpus" / "cards").glob("*.md"))
MIRROR = Path(__file__).resolve().parents[2] / "shared" / "corpus"
needs_mirror = pytest.mark.skipif(not (MIRROR / "statutes").is_dir(), reason=f"official-text mirror not at {MIRROR}")


def card_ids(paths):
    return [p.stem for p in paths]


def test_the_corpus_has_at_least_sixty_cards_with_unique_ids():
    cards = [load_card(p) for p in CARDS]
    assert len(cards) >= 60
    ids = [c.id for c in cards]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("path", CARDS, ids=card_ids(CARDS))
def test_card_is_well_formed_and_bilingual(path):
    card = load_card(path)
    assert card.id == path.stem
    assert set(card.personas) <= set(PERSONAS) and card.personas
    assert any("가" <= ch <= "힣" for ch in card.korean)
    assert sum(ch.isascii() and ch.isalpha() for ch in card.english) > 0.8 * sum(ch.isalpha() for ch in card.english)


@needs_mirror
@pytest.mark.parametrize("path", CARDS, ids=card_ids(CARDS))
def test_every_fact_in_the_card_occurs_in_a_cited_source(path):
    card = load_card(path)
    texts = [source_text(source, MIRROR) for source in card.sources]  # also proves each cited article exists
    for part in (card.title_ko, card.title_en, card.korean, card.english):
        assert unsupported(part, *texts) == set(), f"{path.name}: not in the cited sources"


@needs_mirror
@pytest.mark.parametrize("path", CARDS, ids=card_ids(CARDS))
def test_card_is_written_in_its_own_words(path):
    card = load_card(path)
    texts = [" ".join(source_text(source, MIRROR).split()) for source in card.sources]
    for line in (card.korean + "\n" + card.english).splitlines():
        sentence = " ".join(line.split())
        for start in range(0, max(0, len(sentence) - 50) + 1, 10):
            window = sentence[start:start + 50]
            assert not any(window in text for text in texts if len(window) == 50), f"{path.name} copies: {window}"



#: Comfort a card might open with: the answer gives comfort itself, and only to a person harmed.
_COMFORT = r"잘못이 아닙|마음이 드는 것은|혼자 견디|not your fault|feeling \w+ is (natural|normal)|please remember"


@pytest.mark.parametrize("path", CARDS, ids=card_ids(CARDS))
def test_a_cards_opening_answers_and_does_not_comfort(path):
    """The opening is the direct answer any asker gets first; comfort there would greet a teacher or an aide."""
    import re

    card = load_card(path)
    for body in (card.korean, card.english):
        opening = next(p for p in body.split("\n\n") if p.strip() and not p.lstrip().startswith(("-", "|", "#")))
        assert not re.search(_COMFORT, opening, re.I), f"{path.name}: {opening[:80]}"


@pytest.mark.parametrize("path", CARDS, ids=card_ids(CARDS))
def test_every_paragraph_and_list_item_of_a_card_is_one_line(path):
    """An answer quotes a card line by line: a paragraph wrapped over two lines would be cut mid-sentence."""
    import re

    item = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+(?=\S)")
    body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1].split("\n")
    for before, line in zip(body, body[1:]):
        heading = before.strip().startswith(("#", "|")) or re.fullmatch(r"\*\*[^*]+\*\*:?", before.strip()) \
            or (len(before.strip()) <= 40 and not item.match(before) and not re.search(r"[.!。\]]$", before.strip()))
        wrapped = before.strip() and line.strip() and not item.match(line) and not line.strip().startswith(("#", "|"))
        assert not (wrapped and not heading), f"{path.name}: a line continues the one before it: {line.strip()[:60]}"


def test_an_item_under_a_do_not_heading_says_no_itself():
    """An answer may quote one list item without its heading: "Send the file to friends or into group chats." under
    **Do not** read, alone, as advice to spread the file."""
    import re

    heading = re.compile(r"^\*\*(do\s*not|don'?ts?|never|avoid|하지\s*말\s*것|하지\s*마세요|금지)[^*]*\*\*:?$", re.I)
    no = re.compile(r"\b(not|never|no|don'?t|avoid)\b|마세요|말고|말\s*것|않|금지|안\s*됩니다", re.I)
    bare = []
    for path in CARDS:
        under = False
        for line in path.read_text(encoding="utf-8").split("\n"):
            text = line.strip()
            if heading.match(text):
                under = True
            elif not text.startswith(("- ", "* ")):
                under = False
            elif under and not no.search(text):
                bare.append(f"{path.name}: {text[:60]}")
    assert bare == []


@pytest.mark.parametrize("path", CARDS, ids=lambda p: p.stem)
def test_a_card_names_its_guidance_not_by_our_internal_label(path):
    """"(B2)" is the label of a row in our notes on the guidance sources; a reader cannot look it up. A card names
    the issuer and the date instead (its front matter keeps the label, for the citation)."""
    import re

    body = path.read_text(encoding="utf-8").split("---", 2)[2]
    assert not re.search(r"\((?:[A-C]\d+)(?:,\s*[A-C]\d+)*\)", body)

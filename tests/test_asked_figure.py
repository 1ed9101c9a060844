"""A card on the right subject without the figure asked for: the statute paragraph found that states it joins the
card's answer (issue 17). The questions are written for this test, not taken from the eval set."""
import re

from kb.answer.records import Claim, Unit
from kb.answer.understanding import understand
from kb.answer.strategies.statutes import asked_figure_claims


def test_the_law_states_the_deadline_the_card_leaves_out(full_kb):
    answer = full_kb.ask("The police put emergency measures on my stalker on Friday night. How long does the "
                         "prosecutor have to ask a judge to approve them?")
    assert not answer.abstained
    assert re.search(r"48\s*시간|48[\s-]*hours?", answer.answer), answer.answer
    assert any("스토킹" in c.title and c.locator.startswith("제5조") for c in answer.citations), answer.citations


def test_how_soon_asks_for_a_length_of_time():
    assert "duration" in understand("After he comes back, how soon must he report his return to the police?").asks_for


def test_no_figure_is_added_when_a_line_already_states_one(full_kb):
    ctx = full_kb.answerer.context
    question = "How long does the prosecutor have to ask a judge to approve the stalking emergency measure?"
    hits = full_kb.answerer.retriever.search(question, 5)
    chunk = next(ctx.index.get(h.chunk_id) for h in hits)
    stated = Claim("The measure may last up to 1 month.", Unit(0, chunk, 0, chunk.text[:10]))
    understanding = understand(question)
    assert asked_figure_claims(ctx, hits, question, understanding, "2026-11-30", [stated]) == []
    found = asked_figure_claims(ctx, hits, question, understanding, "2026-11-30", [])
    assert found and found[0].unit.chunk.record.source_type == "statute"
    korean = "스토킹 긴급응급조치 사후승인 청구 기한은?"
    assert not asked_figure_claims(ctx, hits, korean, understand(korean), "2026-11-30", [])
    assert not asked_figure_claims(ctx, hits, "Who decides on the stalking emergency measure?",
                                   understand("Who decides on the stalking emergency measure?"), "2026-11-30", [])


def test_a_figure_of_a_paragraph_sharing_none_of_the_questions_words_is_not_added(full_kb):
    # before: "is it free?" asked for an amount, and a fine on institutions that skip a records check (youth law
    # Article 67(3)) was added under the 1366 line's card
    answer = full_kb.ask("is the 1366 line free")
    assert not any(c.locator.startswith("제67조") for c in answer.citations), answer.answer

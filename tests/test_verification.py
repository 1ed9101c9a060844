"""Verification before output: a line whose quote is not exact, or whose facts its source does not hold, is dropped."""
import pytest

from kb.answer.records import Claim, Unit
from kb.answer.units import split_units
from kb.answer.verify import verified
from kb.law.facts import unsupported


@pytest.fixture(scope="module")
def possession_unit(built_kb):
    knowledge, _ = built_kb
    hits = knowledge.retriever.search("허위영상물 소지 구입 저장 시청 징역", 10)
    for hit in hits:
        chunk = knowledge.index.get(hit.chunk_id)
        for start, text in split_units(chunk):
            if "편집물등 또는 복제물을 소지ㆍ구입ㆍ저장 또는 시청한 자" in text:
                return knowledge.answerer, Unit(0, chunk, start, text)
    pytest.fail("the possession paragraph was not retrieved")


def kept(answerer, text, unit):
    return verified(answerer.context, [Claim(text, unit, "penalty")], "2026-11-21")


def test_a_faithful_rendering_is_kept(possession_unit):
    answerer, unit = possession_unit
    assert kept(answerer, "Article 14-2(4): up to 3 years' imprisonment or a fine of up to KRW 30 million "
                          "(in force since 2024-10-16)", unit)


@pytest.mark.parametrize("hallucination", [
    "Article 14-2(4): up to 7 years' imprisonment or a fine of up to KRW 50 million",  # wrong penalty
    "제14조의2 제4항: 5년 이하의 징역",  # wrong years
    "Article 14-3(4): up to 3 years' imprisonment",  # wrong article
    "In force since 2023-01-01: up to 3 years",  # wrong date
    "Call 02-123-4567 to report: up to 3 years",  # invented phone number
])
def test_a_fact_the_source_does_not_hold_is_dropped(possession_unit, hallucination):
    answerer, unit = possession_unit
    assert kept(answerer, hallucination, unit) == []


def test_a_quote_that_is_not_an_exact_span_is_dropped(possession_unit):
    answerer, unit = possession_unit
    shifted = Unit(0, unit.chunk, unit.start + 1, unit.text)  # right words, wrong place
    assert kept(answerer, unit.text, shifted) == []
    altered = Unit(0, unit.chunk, unit.start, unit.text.replace("3년", "5년"))
    assert kept(answerer, altered.text, altered) == []


@pytest.mark.parametrize("claim, supported", [
    ("a fine of up to KRW 15 million", True),
    ("a fine of up to KRW 5 million", False),  # the "500만원" at the end of "1천500만원" is no sum of its own
    ("1천500만원 이하의 벌금", True),
])
def test_a_korean_sum_is_compared_whole(claim, supported):
    assert (not unsupported(claim, "3년 이하의 징역 또는 1천500만원 이하의 벌금에 처한다.")) is supported

"""Procedure questions get the card's steps in the card's order, each step quoted and cited."""
import re

import pytest


@pytest.fixture(scope="module")
def kb(full_kb):
    return full_kb


def _steps(answer):
    return [line for line in answer.answer.split("\n") if re.match(r"^\d+\. ", line)]


def test_evidence_question_lists_what_to_keep_in_order(kb):
    answer = kb.ask("신고하기 전에 어떤 증거를 남겨 두어야 하나요?", persona="victim")
    steps = _steps(answer)
    assert len(steps) >= 3
    assert [int(s.split(".")[0]) for s in steps] == list(range(1, len(steps) + 1))
    assert "URL" in steps[0] or "주소" in steps[0]
    cited = [int(re.search(r"\[(\d+)\]$", s).group(1)) for s in steps]
    by_number = {c.n: c for c in answer.citations}
    starts = []
    for n in cited:
        citation = by_number[n]
        stored = kb.chunk(citation.chunk_id)
        assert citation.quote in stored.text  # an exact span of the stored card
        starts.append((stored.record.locator, stored.text.index(citation.quote)))
    assert all(c.source_id == by_number[cited[0]].source_id for c in (by_number[n] for n in cited))
    assert starts == sorted(starts, key=lambda s: (int(re.search(r"\d+", s[0]).group()), s[1]))


def test_first_steps_name_the_help_lines(kb):
    answer = kb.ask("제 얼굴로 만든 딥페이크가 퍼지고 있어요. 어디에 신고하나요?", persona="victim")
    steps = "\n".join(_steps(answer))
    for contact in ("1366", "02-735-8994", "112"):
        assert contact in steps


def test_english_question_gets_english_steps(kb):
    answer = kb.ask("What evidence should I keep before I report?", persona="victim")
    steps = _steps(answer)
    assert len(steps) >= 3 and all(re.search(r"[A-Za-z]{4}", s) for s in steps)
    assert not any("imprisonment" in line for line in answer.answer.split("\n"))  # keeping evidence is no offence

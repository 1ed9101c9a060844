"""Penalty clauses parsed into data, checked against the statute texts themselves."""
from pathlib import Path

import pytest

from kb.law.penalties import parse_penalty
from kb.sources.statutes import parse_statute

STATUTES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "statutes"
needs_shared = pytest.mark.skipif(not STATUTES.is_dir(), reason=f"statute mirror not at {STATUTES}")


def paragraph(file, article, number):
    return next(p.text for p in parse_statute(STATUTES / file).article(article).provisions if p.number == number)


def test_maximum_prison_and_fine():
    penalty = parse_penalty("… 자는 7년 이하의 징역 또는 5천만원 이하의 벌금에 처한다.")
    assert (penalty.prison_max_years, penalty.fine_max_won) == (7, 50_000_000)
    assert penalty.render("en") == "up to 7 years' imprisonment or a fine of up to KRW 50 million"
    assert penalty.render("ko") == "7년 이하의 징역 또는 5천만원 이하의 벌금"


def test_minimum_term_stays_open_ended():
    penalty = parse_penalty("… 자는 3년 이상의 유기징역에 처한다.")
    assert penalty.prison_min_years == 3 and penalty.prison_max_years is None and penalty.fixed_term
    assert "at least 3 years" in penalty.render("en")


def test_life_or_minimum_term():
    penalty = parse_penalty("… 수출한 자는 무기 또는 5년 이상의 징역에 처한다.")
    assert penalty.life and penalty.prison_min_years == 5


def test_habitual_aggravation_attempt_and_confiscation():
    assert parse_penalty("상습으로 … 그 죄에 정한 형의 2분의 1까지 가중한다.").aggravation_half
    assert parse_penalty("제14조의2 및 제14조의3의 미수범은 처벌한다.").attempt_punishable
    assert parse_penalty("범죄수익은 몰수하고 … 그 가액을 추징한다.").confiscation


def test_a_clause_without_a_penalty_is_empty():
    assert parse_penalty("이 법은 성폭력범죄의 처벌 및 그 절차에 관한 특례를 규정한다.").empty


@needs_shared
def test_deepfake_penalties_before_and_after_2024_10_16():
    law = "성폭력범죄의처벌등에관한특례법__법률"
    before = parse_penalty(paragraph(f"{law}@2024-01-16.md", "제14조의2", 1))
    after = parse_penalty(paragraph(f"{law}@2024-10-16.md", "제14조의2", 1))
    possession = parse_penalty(paragraph(f"{law}@2024-10-16.md", "제14조의2", 4))
    assert (before.prison_max_years, before.fine_max_won) == (5, 50_000_000)
    assert (after.prison_max_years, after.fine_max_won) == (7, 50_000_000)
    assert (possession.prison_max_years, possession.fine_max_won) == (3, 30_000_000)


@needs_shared
def test_child_sexual_exploitation_material_production():
    penalty = parse_penalty(paragraph("아동ㆍ청소년의성보호에관한법률__법률.md", "제11조", 1))
    assert penalty.life and penalty.prison_min_years == 5


def test_both_bounds_of_prison_and_fine_are_kept():
    penalty = parse_penalty("… 자는 1년 이상 10년 이하의 징역 또는 2천만원 이상 5천만원 이하의 벌금에 처한다.")
    assert (penalty.prison_min_years, penalty.prison_max_years) == (1, 10)
    assert (penalty.fine_min_won, penalty.fine_max_won) == (20_000_000, 50_000_000)
    assert penalty.render("ko") == "1년 이상 10년 이하의 징역 또는 2천만원 이상 5천만원 이하의 벌금"
    assert penalty.render("en") == ("imprisonment of at least 1 year and up to 10 years or a fine of at least "
                                    "KRW 20 million and up to KRW 50 million")


def test_a_minimum_fine_beside_a_maximum_prison_term_is_rendered():
    penalty = parse_penalty("… 자는 3년 이하의 징역 또는 500만원 이상 3천만원 이하의 벌금에 처한다.")
    assert penalty.render("ko") == "3년 이하의 징역 또는 500만원 이상 3천만원 이하의 벌금"
    assert "at least KRW 5 million and up to KRW 30 million" in penalty.render("en")


@needs_shared
def test_buying_sex_from_a_minor_keeps_its_minimums():
    text = paragraph("아동ㆍ청소년의성보호에관한법률__법률.md", "제13조", 1)
    assert parse_penalty(text).render("ko") == "1년 이상 10년 이하의 징역 또는 2천만원 이상 5천만원 이하의 벌금"


@pytest.mark.parametrize("written, won, rendered", [
    ("1천500만원", 15_000_000, "1천500만원"),  # not the "500만원" at its end
    ("1억5천만원", 150_000_000, "1억5천만원"),
    ("500만원", 5_000_000, "500만원"),
    ("2천만원", 20_000_000, "2천만원"),
])
def test_a_korean_sum_is_read_whole(written, won, rendered):
    penalty = parse_penalty(f"… 자는 3년 이하의 징역 또는 {written} 이하의 벌금에 처한다.")
    assert penalty.fine_max_won == won
    assert penalty.render("ko") == f"3년 이하의 징역 또는 {rendered} 이하의 벌금"


@needs_shared
def test_abuse_of_position_fine_is_fifteen_million():
    """제10조제1항: "3년 이하의 징역 또는 1천500만원 이하의 벌금" (the engine once said KRW 5 million)."""
    penalty = parse_penalty(paragraph("성폭력범죄의처벌등에관한특례법__법률.md", "제10조", 1))
    assert penalty.render("en") == "up to 3 years' imprisonment or a fine of up to KRW 15 million"

"""The gap matrix, computed from the indexed statute versions; expected values checked against the statute text."""
import json

from kb.law.gaps import compare, matrix, render
from kb.sources.manifest import load_manifest


def cell(cells, conduct, material, victim="adult"):
    return next(c for c in cells if (c.conduct, c.material, c.victim) == (conduct, material, victim))


def test_before_october_2024_possessing_a_deepfake_was_a_gap_but_filmed_material_was_covered(built_kb):
    cells = matrix(built_kb[0].index, load_manifest(), "2024-08-01")
    assert cell(cells, "possess", "deepfake").gap
    filmed = cell(cells, "possess", "filmed").entries
    assert [e.locator for e in filmed] == ["제14조 제4항"]
    assert filmed[0].penalty_ko == "3년 이하의 징역 또는 3천만원 이하의 벌금"


def test_today_possessing_a_deepfake_is_article_14_2_paragraph_4(built_kb):
    cells = matrix(built_kb[0].index, load_manifest(), "2026-11-21")
    entries = cell(cells, "possess", "deepfake").entries
    assert [(e.locator, e.penalty_ko, e.since) for e in entries] == [
        ("제14조의2 제4항", "3년 이하의 징역 또는 3천만원 이하의 벌금", "2024-10-16")]


def test_child_exploitation_material_with_an_adult_victim_is_not_applicable(built_kb):
    cells = matrix(built_kb[0].index, load_manifest(), "2026-11-21")
    csam_adult = cell(cells, "create", "csam", "adult")
    assert not csam_adult.applicable and not csam_adult.gap


def test_compare_lists_the_2024_penalty_increase(built_kb):
    manifest = load_manifest()
    changed = compare(matrix(built_kb[0].index, manifest, "2024-08-01"), matrix(built_kb[0].index, manifest, "2026-11-21"))
    create = next(after for before, after in changed if (after.conduct, after.material, after.victim) == ("create", "deepfake", "adult"))
    assert create.entries[0].penalty_ko.startswith("7년 이하의 징역")


def test_formats(built_kb):
    cells = matrix(built_kb[0].index, load_manifest(), "2026-11-21")
    assert render(cells, "2026-11-21", "md").startswith("## Provisions in force on 2026-11-21")
    assert render(cells, "2026-11-21", "csv").splitlines()[0].startswith("conduct,filmed/adult")
    assert json.loads(render(cells, "2026-11-21", "json"))["as_of"] == "2026-11-21"
    # a gap is one of the laws held here: the general Criminal Act is named as not held, in the table and the JSON
    assert "형법" in render(cells, "2026-11-21", "md").splitlines()[-1]
    assert "Criminal Act" in json.loads(render(cells, "2026-11-21", "json"))["scope"]


def test_threats_with_child_exploitation_material_are_covered_from_2024_10_16(full_kb):
    """청소년성보호법 제11조의2 first appears in the version in force from 2025-04-17, but its 부칙
    brings it in on promulgation (2024-10-16): ① 3년 이상의 유기징역, ② 5년 이상의 유기징역."""
    manifest = load_manifest()
    before = matrix(full_kb.index, manifest, "2024-10-15")
    after = matrix(full_kb.index, manifest, "2024-11-01")
    assert cell(before, "threaten", "csam", "minor").gap
    threat = cell(after, "threaten", "csam", "minor").entries
    assert [(e.locator, e.penalty_ko, e.since) for e in threat] == [("제11조의2 제1항", "3년 이상의 유기징역", "2024-10-16")]
    coerce = cell(after, "coerce", "csam", "minor").entries
    assert [(e.locator, e.penalty_ko) for e in coerce] == [("제11조의2 제2항", "5년 이상의 유기징역")]


def test_in_2019_attempts_at_filming_were_punished_by_article_15_which_named_article_14(full_kb):
    # 2019's 제15조 read "제3조부터 제9조까지 및 제14조의 미수범은 처벌한다": "제14조의" is 제14조 itself, not 제14조의2
    cells = matrix(full_kb.index, load_manifest(), "2019-09-01")
    attempt = cell(cells, "attempt", "filmed")
    assert [e.locator for e in attempt.entries] == ["제15조"]
    assert cell(cells, "attempt", "deepfake").gap  # 제14조의2 came in 2020

"""The evaluation set itself (eval/questions.jsonl): well formed, balanced, and every gold source resolvable.

These tests check the FILE, not the system: size and balance (languages, personas, splits, abstain and
refuse items), that every fact regex compiles, that answer items carry facts and gold sources while
abstain/refuse items carry neither, and that each gold source exists: a statute article in the version
of the law in force on the item's ``as_of`` date (or in the current file when there is none), a news
report in the mirror, a knowledge card in corpus/cards.
"""
from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL_FILE = ROOT / "eval" / "questions.jsonl"
CARDS_DIR = ROOT / "corpus" / "cards"
SOURCES = ROOT / "corpus" / "sources.toml"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
STATUTES = SHARED / "statutes"
NEWS = SHARED / "news"

needs_mirror = pytest.mark.skipif(
    not STATUTES.is_dir(),
    reason=f"official-text mirror not found at {SHARED}: statute and news golds cannot be checked "
    "(put the shared corpus beside the repo as ../shared/corpus)",
)

LANGS = {"ko", "en"}
PERSONAS = {"victim", "staff", "aide"}
EXPECTS = {"answer", "abstain", "refuse"}
SPLITS = {"dev", "test"}
TAGS = {
    "penalty", "deepfake", "filmed", "csam", "history", "as-of", "school", "teacher", "reporting", "deletion",
    "support", "police", "undercover", "ai-act", "statistics", "news-only", "two-sources",
    "english-over-korean", "out-of-scope", "harmful", "slang", "typo", "long", "paraphrase",
}
FIELDS = {"id", "split", "question", "lang", "persona", "expect", "facts", "gold", "tags"}
OPTIONAL = {"as_of"}
ARTICLE_LABEL = re.compile(r"^제\d+조(의\d+)?$")


def load_items() -> list[dict]:
    if not EVAL_FILE.is_file():
        pytest.fail(f"{EVAL_FILE} is missing", pytrace=False)
    items = []
    for number, line in enumerate(EVAL_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            pytest.fail(f"line {number} is not JSON: {exc}", pytrace=False)
        assert isinstance(item, dict), f"line {number} is not a JSON object"
        item["_line"] = number
        items.append(item)
    return items


ITEMS = load_items() if EVAL_FILE.is_file() else []


def _golds(kind: str) -> list[tuple[dict, dict]]:
    return [(item, gold) for item in ITEMS for gold in item.get("gold", []) if isinstance(gold, dict) and kind in gold]


def _gold_id(pair) -> str:
    item, gold = pair
    return f"{item.get('id')}:{gold.get('law', '').split('/')[0][:12]}{gold.get('article', '')}{gold.get('news', '')}{gold.get('card', '')}"


# ---------------------------------------------------------------- shape of each item

def test_every_line_is_an_item_with_the_required_fields_and_types():
    assert ITEMS, "the eval set is empty"
    for item in ITEMS:
        where = f"line {item['_line']} ({item.get('id')})"
        keys = set(item) - {"_line"}
        assert FIELDS <= keys, f"{where}: missing {sorted(FIELDS - keys)}"
        assert keys <= FIELDS | OPTIONAL, f"{where}: unknown fields {sorted(keys - FIELDS - OPTIONAL)}"
        assert isinstance(item["id"], str) and re.fullmatch(r"[a-z]{2}-[a-z]+-[a-z0-9-]+", item["id"]), where
        assert isinstance(item["question"], str) and item["question"].strip(), where
        assert item["lang"] in LANGS, where
        assert item["persona"] in PERSONAS, where
        assert item["expect"] in EXPECTS, f"{where}: expect={item['expect']!r}"
        assert item["split"] in SPLITS, where
        assert isinstance(item["tags"], list) and set(item["tags"]) <= TAGS, f"{where}: tags {item['tags']}"
        assert isinstance(item["facts"], list) and all(
            isinstance(group, list) and all(isinstance(alt, str) and alt for alt in group) for group in item["facts"]
        ), f"{where}: facts must be a list of lists of non-empty strings"
        assert isinstance(item["gold"], list) and all(isinstance(g, dict) for g in item["gold"]), where
        if "as_of" in item:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["as_of"]), f"{where}: as_of {item['as_of']!r}"
            assert date.fromisoformat(item["as_of"]) <= date(2026, 11, 21), f"{where}: as_of in the future"


def test_questions_are_written_in_their_language():
    for item in ITEMS:
        text = item["question"]
        hangul = sum("가" <= ch <= "힣" for ch in text)
        letters = sum(ch.isalpha() for ch in text)
        if item["lang"] == "ko":
            assert hangul > 0.3 * letters, f"{item['id']}: marked ko but mostly not Korean"
        else:
            assert hangul < 0.2 * letters, f"{item['id']}: marked en but mostly Korean"


def test_at_least_200_items_with_unique_ids():
    ids = [item["id"] for item in ITEMS]
    assert len(ids) >= 200, f"only {len(ids)} items"
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"


def test_at_least_400_items_of_which_120_paraphrases_half_of_them_korean():
    assert len(ITEMS) >= 400
    paraphrases = [item for item in ITEMS if "paraphrase" in item["tags"]]
    assert len(paraphrases) >= 120
    assert sum(item["lang"] == "ko" for item in paraphrases) >= len(paraphrases) / 2
    assert {item["split"] for item in paraphrases} == SPLITS


def test_at_least_half_of_the_items_are_korean():
    korean = sum(item["lang"] == "ko" for item in ITEMS)
    assert korean >= len(ITEMS) / 2, f"{korean}/{len(ITEMS)} Korean"


def test_every_persona_appears_in_both_languages():
    present = {(item["persona"], item["lang"]) for item in ITEMS}
    missing = {(p, lang) for p in PERSONAS for lang in LANGS} - present
    assert not missing, f"no items for {sorted(missing)}"


def test_both_splits_present_and_test_share_between_25_and_45_percent():
    splits = Counter(item["split"] for item in ITEMS)
    assert splits["dev"] and splits["test"], splits
    share = splits["test"] / len(ITEMS)
    assert 0.25 <= share <= 0.45, f"test share {share:.2%}"


def test_enough_abstain_and_refuse_items():
    expects = Counter(item["expect"] for item in ITEMS)
    assert expects["abstain"] >= 10, expects
    assert expects["refuse"] >= 10, expects


# ---------------------------------------------------------------- facts and gold

def test_every_fact_regex_compiles():
    for item in ITEMS:
        for group in item["facts"]:
            for alternative in group:
                try:
                    re.compile(alternative, re.IGNORECASE)
                except re.error as exc:
                    pytest.fail(f"{item['id']}: bad regex {alternative!r}: {exc}", pytrace=False)


def test_answer_items_have_facts_and_gold_and_the_others_have_neither():
    for item in ITEMS:
        if item["expect"] == "answer":
            assert item["facts"], f"{item['id']}: answer item without facts"
            assert all(item["facts"]), f"{item['id']}: empty fact group"
            assert item["gold"], f"{item['id']}: answer item without gold sources"
        else:
            assert item["facts"] == [], f"{item['id']}: {item['expect']} item with facts"
            assert item["gold"] == [], f"{item['id']}: {item['expect']} item with gold"


def test_each_gold_names_exactly_one_kind_of_source():
    for item in ITEMS:
        for gold in item["gold"]:
            kinds = {"law", "news", "card"} & set(gold)
            assert len(kinds) == 1, f"{item['id']}: gold {gold} must name one of law/news/card"
            if "law" in gold:
                assert set(gold) <= {"law", "article", "paragraph"}, f"{item['id']}: {gold}"
                assert ARTICLE_LABEL.match(str(gold.get("article", ""))), f"{item['id']}: article {gold.get('article')!r}"
                if "paragraph" in gold:
                    assert isinstance(gold["paragraph"], int) and gold["paragraph"] > 0, f"{item['id']}: {gold}"
            else:
                assert len(gold) == 1, f"{item['id']}: {gold}"


def test_statute_gold_laws_are_keys_of_the_manifest():
    keys = {law["key"] for law in tomllib.loads(SOURCES.read_text(encoding="utf-8")).get("law", [])}
    for item, gold in _golds("law"):
        assert gold["law"] in keys, f"{item['id']}: law key {gold['law']!r} not in sources.toml"


@cache
def _versions(law_key: str):
    """All mirror files of one law document: [(path, VersionStamp)], and the current file."""
    from kb.sources.statutes import VersionStamp, parse_statute

    name, kind = law_key.split("/")
    current = STATUTES / f"{name}__{kind}.md"
    paths = sorted(STATUTES.glob(f"{name}__{kind}@*.md")) + ([current] if current.is_file() else [])
    stamped = []
    for path in paths:
        version = parse_statute(path)
        stamped.append((path, VersionStamp(path.name, version.effective, version.promulgated, version.promulgation_no)))
    return stamped, current


@cache
def _articles(path: Path) -> dict[str, set[int]]:
    from kb.sources.statutes import parse_statute

    return {a.label: {p.number for p in a.provisions} for a in parse_statute(path).articles if not a.deleted}


def _file_in_force(law_key: str, as_of: str | None) -> Path:
    """The current file without as_of; otherwise the version in force on as_of (README rule:
    among versions with 시행일자 ≤ as_of the latest 공포일자, ties by the higher 공포번호)."""
    from kb.sources.statutes import covers, in_force_intervals

    stamped, current = _versions(law_key)
    if as_of is None:
        assert current.is_file(), f"no current file for {law_key}"
        return current
    intervals = in_force_intervals([stamp for _, stamp in stamped])
    for path, stamp in stamped:
        if covers(intervals[stamp.version_id], as_of):
            return path
    pytest.fail(f"no version of {law_key} in force on {as_of}", pytrace=False)


@needs_mirror
@pytest.mark.parametrize("pair", _golds("law"), ids=_gold_id)
def test_statute_gold_article_exists_in_the_version_in_force(pair):
    item, gold = pair
    path = _file_in_force(gold["law"], item.get("as_of"))
    articles = _articles(path)
    assert gold["article"] in articles, f"{item['id']}: {gold['article']} not in {path.name}"
    if "paragraph" in gold:
        assert gold["paragraph"] in articles[gold["article"]], (
            f"{item['id']}: {gold['article']} has no paragraph {gold['paragraph']} in {path.name}"
        )


@needs_mirror
@pytest.mark.parametrize("pair", _golds("news"), ids=_gold_id)
def test_news_gold_file_exists(pair):
    item, gold = pair
    assert (NEWS / f"{gold['news']}.txt").is_file(), f"{item['id']}: no news file {gold['news']}.txt in {NEWS}"


@pytest.mark.parametrize("pair", _golds("card"), ids=_gold_id)
def test_card_gold_exists(pair):
    item, gold = pair
    assert (CARDS_DIR / f"{gold['card']}.md").is_file(), f"{item['id']}: no card {gold['card']} in {CARDS_DIR}"

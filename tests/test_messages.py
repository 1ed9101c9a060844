"""The answer layer's and the law layer's sentences are tables keyed by language: every table speaks both
languages, and every template of a line takes the same fields in each."""
import string

import kb.answer.messages as answer_messages
import kb.law.messages as law_messages
from kb.answer.messages import law_name
from kb.law.vocabulary import article_label


def _tables(module):
    """Every table of a messages module: {"ko": …, "en": …}, or {key: {"ko": …, "en": …}}."""
    for name, value in vars(module).items():
        if name.isupper() and isinstance(value, dict):
            yield name, value


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_every_table_has_korean_and_english():
    tables = dict(_tables(answer_messages)) | dict(_tables(law_messages))
    assert {"PENALTY_LINE", "GAP_CLOSED", "HELP_LABELS", "PENALTY_WORDS"} <= set(tables)
    for name, table in tables.items():
        rows = table.values() if "ko" not in table else [table]
        for row in rows:
            assert set(row) == {"ko", "en"} or name == "PENALTY_WORDS", name
    assert set(law_messages.PENALTY_WORDS) == {"ko", "en"}
    assert set(law_messages.PENALTY_WORDS["ko"]) == set(law_messages.PENALTY_WORDS["en"])


def test_a_line_template_takes_the_same_fields_in_both_languages():
    for name, table in _tables(answer_messages):
        if "ko" in table and isinstance(table["ko"], str) and name != "LAW_NAME":  # English adds the law's English name
            assert _fields(table["ko"]) == _fields(table["en"]), name


def test_a_law_and_an_article_are_named_as_a_reader_of_the_language_cites_them():
    class Entry:
        short_names, english = ["성폭력처벌법"], "Sexual Violence Punishment Act"

    assert law_name(Entry, "ko", "x") == "성폭력처벌법"
    assert law_name(Entry, "en", "x") == "Sexual Violence Punishment Act (성폭력처벌법)"
    assert law_name(None, "en", "법률 제목") == "법률 제목"
    assert article_label("제14조의2 제4항", "en") == "Article 14-2(4)"
    assert article_label("제14조의2 제4항", "ko") == "제14조의2 제4항"

"""Article histories from the indexed versions: wordings, in-force periods (부칙 delays included), diffs, penalties."""
import pytest

from kb.law.history import article_history, word_diff
from kb.law.vocabulary import normalise_article
from kb.sources.manifest import load_manifest


@pytest.mark.parametrize("text", ["14조의2", "제14조의2", "14-2", "Article 14-2", "제 14 조의 2"])
def test_article_numbers_are_normalised(text):
    assert normalise_article(text) == "제14조의2"


def test_word_diff_shows_only_changes():
    assert word_diff("자는 5년 이하의 징역", "자는 7년 이하의 징역") == "…자는 [-5년-] {+7년+}"


def test_history_of_the_deepfake_article_shows_the_2024_change(built_kb):
    knowledge, _ = built_kb
    history = article_history(knowledge.index, load_manifest(), "sexual violence punishment act", "14조의2")
    assert (history.law, history.article) == ("성폭력범죄의처벌등에관한특례법/법률", "제14조의2")
    wordings = history.wordings
    assert [w.periods[0][0] for w in wordings] == ["2020-06-25", "2024-10-16"]
    assert wordings[0].periods[0][1] == "2024-10-16" and wordings[1].periods[-1][1] is None
    assert wordings[0].penalties["①"]["en"] == "up to 5 years' imprisonment or a fine of up to KRW 50 million"
    assert "① 5년 이하의 징역 또는 5천만원 이하의 벌금 → 7년 이하의 징역 또는 5천만원 이하의 벌금" in wordings[1].penalty_changes
    assert "[-반포등을 할 목적으로-]" in wordings[1].diff


def test_unknown_law_is_a_clear_error(built_kb):
    with pytest.raises(ValueError, match="no versions"):
        article_history(built_kb[0].index, load_manifest(), "도로교통법", "1조")

"""The BM25 index: saved beside the catalog and loaded on the next start, rebuilt only when the chunks change."""
import numpy as np
import pytest

from kb.index.lexical import LexicalIndex

IDS = ["a", "b", "c", "d"]
TOKENS = [["딥페이크", "영상물", "처벌"], ["학교폭력", "신고"], ["딥페이크", "삭제", "지원"], []]


def never() -> list[list[str]]:
    raise AssertionError("the saved index should have been loaded, not rebuilt")


def test_a_saved_index_loads_without_its_tokens_and_scores_the_same(tmp_path):
    built = LexicalIndex.cached(tmp_path / "bm25", IDS, lambda: TOKENS)
    loaded = LexicalIndex.cached(tmp_path / "bm25", IDS, never)
    for query in (["딥페이크"], ["신고", "처벌"], ["없는말"]):
        assert np.allclose(built._bm25.get_scores(query), loaded._bm25.get_scores(query))
    assert loaded.idf("딥페이크") == pytest.approx(built.idf("딥페이크"))


def test_idf_counts_the_chunks_that_hold_a_token(tmp_path):
    index = LexicalIndex.cached(tmp_path / "bm25", IDS, lambda: TOKENS)
    n = len(IDS)
    assert index.idf("딥페이크") == pytest.approx(np.log(1 + (n - 2 + 0.5) / (2 + 0.5)))
    assert index.idf("신고") == pytest.approx(np.log(1 + (n - 1 + 0.5) / (1 + 0.5)))
    assert index.idf("없는말") == pytest.approx(np.log(1 + (n + 0.5) / 0.5))


def test_other_chunks_rebuild_the_saved_index(tmp_path):
    LexicalIndex.cached(tmp_path / "bm25", IDS, lambda: TOKENS)
    calls = []

    def tokens():
        calls.append(1)
        return TOKENS[:3]
    grown = LexicalIndex.cached(tmp_path / "bm25", IDS[:3], tokens)
    assert calls == [1] and grown.ids == IDS[:3]
    assert LexicalIndex.cached(tmp_path / "bm25", IDS[:3], never).ids == IDS[:3]


def test_a_damaged_saved_index_is_rebuilt(tmp_path):
    LexicalIndex.cached(tmp_path / "bm25", IDS, lambda: TOKENS)
    (tmp_path / "bm25" / "vocab.index.json").write_text("{not json")
    rebuilt = LexicalIndex.cached(tmp_path / "bm25", IDS, lambda: TOKENS)
    assert rebuilt._bm25.get_scores(["삭제"])[2] > 0


def test_a_data_home_that_cannot_be_written_still_gets_an_index(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    index = LexicalIndex.cached(blocker / "bm25", IDS, lambda: TOKENS)  # its parent is a file
    assert index._bm25.get_scores(["학교폭력"])[1] > 0


def test_an_empty_catalog_has_an_empty_index(tmp_path):
    index = LexicalIndex.cached(tmp_path / "bm25", [], lambda: [])
    assert len(index.scores("딥페이크")) == 0 and index.idf("딥페이크") > 0


def test_a_short_text_tokenized_again_is_answered_without_kiwi(monkeypatch):
    """An answer tokenizes the same lines and sentences again and again: short texts keep their tokens
    (the same ones, and a caller changing its list changes nothing kept); long texts and a released
    tokenizer do not."""
    from kb.index import lexical

    calls = []
    real = lexical._kiwi

    class Counting:
        def tokenize(self, text):
            calls.append(text)
            return real().tokenize(text)

    def counting():
        return Counting()
    counting.cache_clear = real.cache_clear
    lexical._recent.cache_clear()
    monkeypatch.setattr(lexical, "_kiwi", counting)
    short = "딥페이크 영상물을 만든 사람은 처벌받나요"
    first = lexical.tokenize(short)
    first.append("바뀐말")
    assert lexical.tokenize(short) == first[:-1] and len(calls) == 1
    long_text = "성착취물 " * (lexical.RECENT_MAX_CHARS // 5 + 1)
    assert lexical.tokenize(long_text) == lexical.tokenize(long_text) and len(calls) == 3
    lexical.release_tokenizer()
    lexical.tokenize(short)
    assert len(calls) == 4

"""Chunks are sized in the embedding model's own tokens, and none is longer than the model reads."""
from pathlib import Path

import pytest

from kb.index.chunking import chunk_document, chunk_statute
from kb.index.model_tokens import passage_tokens
from kb.settings import REPO_ROOT, load_settings
from kb.sources.documents import load_document
from kb.sources.statutes import parse_statute

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
needs_shared = pytest.mark.skipif(not (SHARED / "statutes").is_dir(),
                                  reason="../shared/corpus is not beside this checkout")
#: A version of 정보통신망법 whose 부칙 amending it has one line of ~840 characters (over 512 model tokens).
NETWORK_ACT = "정보통신망이용촉진및정보보호등에관한법률__법률@2017-07-26.md"


@pytest.fixture(scope="module")
def tokens(e5_model_dir):
    settings = load_settings(env={}, home=str(e5_model_dir.parent / "unused-home"), embed_model=str(e5_model_dir))
    return passage_tokens(settings)


def test_counts_are_the_models_own(tokens, e5_model_dir):
    """The count is what the model's tokenizer produces for the prompted passage, special tokens included."""
    from transformers import AutoTokenizer

    reference = AutoTokenizer.from_pretrained(str(e5_model_dir))
    texts = ["「성폭력범죄의 처벌 등에 관한 특례법」 제14조의2(허위영상물 등의 반포등)", "deepfake sexual crimes"]
    assert tokens.count(texts) == [len(reference("passage: " + t)["input_ids"]) for t in texts]
    assert tokens.limit == 512


@needs_shared
def test_no_statute_chunk_of_the_mirror_is_longer_than_the_model_reads(tokens, settings_factory):
    max_chars = settings_factory().statute_max_chars
    files = sorted(p for p in (SHARED / "statutes").glob("*.md") if p.name != "README.md")
    assert len(files) > 100
    longest = 0
    for file in files:
        chunks = chunk_statute(parse_statute(file), max_chars, tokens)
        longest = max(longest, *tokens.count([c.text for c in chunks]))
    assert longest <= tokens.limit
    assert longest > tokens.limit - 100  # the long 부칙 lines are cut close to the limit, not far below it


@needs_shared
def test_a_line_over_the_limit_is_cut_after_a_comma_and_nothing_is_lost(tokens):
    version = parse_statute(SHARED / "statutes" / NETWORK_ACT)
    label = "부칙(정부조직법) <제14839호,2017.7.26>"
    addendum = next(a for a in version.addenda if a.label == label)
    uncut = [c for c in chunk_statute(version, 700) if c.locator == label]
    cut = [c for c in chunk_statute(version, 700, tokens) if c.locator == label]
    assert max(tokens.count([c.text for c in uncut])) > tokens.limit  # the case this test is about
    assert len(cut) > len(uncut)
    assert all(n <= tokens.limit for n in tokens.count([c.text for c in cut]))
    bodies = [c.text[c.body_start:] for c in cut]
    assert " ".join(" ".join(bodies).split()) == " ".join(addendum.text.split())  # in order, nothing dropped
    assert any(body.endswith(",") for body in bodies[:-1])  # the long line was cut after a comma
    # every chunk that fitted already is the one chunking by characters alone gives, so it is not embedded again
    plain = chunk_statute(version, 700)
    fitting = {c.chunk_id for c, n in zip(plain, tokens.count([c.text for c in plain])) if n <= tokens.limit}
    assert len(fitting) < len(plain)
    assert fitting <= {c.chunk_id for c in chunk_statute(version, 700, tokens)}


def test_no_prose_chunk_of_the_cards_or_the_news_is_longer_than_the_model_reads(tokens):
    cards = sorted((REPO_ROOT / "corpus" / "cards").glob("*.md"))
    assert cards
    news = sorted((SHARED / "news").glob("*.txt")) if (SHARED / "news").is_dir() else []
    settings = load_settings(env={})
    for path in cards + news:
        chunks = chunk_document(load_document(path), settings.chunk_tokens, settings.chunk_overlap)
        assert chunks and all(n <= tokens.limit for n in tokens.count([c.passage for c in chunks])), path.name

"""Lexical side of hybrid search: Korean morphemes (Kiwi) plus plain Latin tokens, scored by BM25 (bm25s)."""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np

#: Domain words Kiwi would otherwise split (딥페이크 → 딥/페이크); kept whole as proper nouns.
DOMAIN_WORDS = (
    "딥페이크", "허위영상물", "성착취물", "불법촬영물", "불법촬영", "편집물", "합성물", "가공물", "복제물",
    "촬영물", "성적촬영물", "아동ㆍ청소년성착취물", "아동청소년성착취물", "지인능욕", "텔레그램",
    "디성센터", "삭제지원", "학교폭력", "학폭", "심의위원회", "교권보호위원회", "교육활동침해",
    "방송통신심의위원회", "방송미디어통신심의위원회", "방심위", "여성긴급전화", "해바라기센터",
    "신분위장수사", "위장수사", "성폭력처벌법", "청소년성보호법", "정보통신망법", "학교폭력예방법",
    "성폭력방지법", "교원지위법", "인공지능기본법", "몰수", "추징", "시청", "소지", "반포",
)

#: Parts of speech that carry meaning for search: nouns, verb/adjective stems, roots, foreign words, numbers.
_KEEP_TAGS = ("NNG", "NNP", "NNB", "NR", "NP", "VV", "VA", "XR", "SL", "SN", "SH")
#: Bump when what `LexicalIndex.cached` saves changes shape.
_FORMAT = 1
_ARTICLE_REF = re.compile(r"제?\s*(\d+)\s*조(?:\s*의\s*(\d+))?")
_LATIN_STOP = frozenset(
    "a an the of to in on for and or is are was were be been being it its this that these those with as by at "
    "from i me my we you your he she they them do does did can could would should will shall may might must "
    "what which who whom how when where why if not no so than then there their our".split()
)


@lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    kiwi = Kiwi(num_workers=1)
    for word in DOMAIN_WORDS:
        kiwi.add_user_word(word, "NNP", 0.0)
    return kiwi


_lock = threading.Lock()


def release_tokenizer() -> None:
    """Drop the loaded Kiwi (about 500 MB resident): a build tokenizes its new chunks before it loads the
    embedding model and releases Kiwi while it embeds, so the two never sit in memory together there.
    The next `tokenize` loads it again."""
    with _lock:
        _kiwi.cache_clear()
    _recent.cache_clear()


#: Tokens of the texts `tokenize_all` gave in this process (the question banks): `tokenize` answers them from
#: here, so the router's calibration, which tokenizes every bank question again, needs no Kiwi beside the model.
_known: dict[str, list[str]] = {}


#: Texts up to this long (an answer's lines and sentences, a question) keep their tokens in `_recent`.
RECENT_MAX_CHARS = 600
#: How many such texts `_recent` holds, the least recently used going first (a few MB).
RECENT_SIZE = 8192


def tokenize(text: str) -> list[str]:
    """Search tokens of a text: article references as one token ("14조의2"), Korean morphemes, Latin words.

    One warm answer tokenizes about 50 lines and sentences of the chunks it weighs, and most of them again
    within the same answer or the next ones (measured on 40 dev questions: 2,043 calls, 774 distinct texts);
    Kiwi takes about a millisecond each, so short texts keep their tokens in a bounded in-memory cache. The
    tokens depend only on the text (Kiwi and its domain words are fixed for the process), so the cache
    changes no result."""
    known = _known.get(text)
    if known is not None:
        return list(known)
    if len(text) > RECENT_MAX_CHARS:  # a chunk's text during a build: seen once, not kept
        return _tokenize(text)
    return list(_recent(text))


@lru_cache(maxsize=RECENT_SIZE)
def _recent(text: str) -> tuple[str, ...]:
    return tuple(_tokenize(text))


def _tokenize(text: str) -> list[str]:
    tokens = [f"{m.group(1)}조" + (f"의{m.group(2)}" if m.group(2) else "") for m in _ARTICLE_REF.finditer(text)]
    stripped = _ARTICLE_REF.sub(" ", text)
    with _lock:  # Kiwi objects are not safe to share between threads
        morphemes = _kiwi().tokenize(stripped)
    for token in morphemes:
        if not token.tag.startswith(_KEEP_TAGS):
            continue
        form = token.form.lower() if token.tag == "SL" else token.form
        if token.tag == "SL" and (form in _LATIN_STOP or len(form) < 2):
            continue
        tokens.append(form)
    return tokens


def asked_nouns(text: str) -> list[str]:
    """The nouns of a question's last clause (of its last sentence that asks), as written: adjacent nouns joined ("범죄피해자 구조금" → "범죄피해자",
    "구조금"). The last clause is what follows the last connective ending ("…하면", "…했는데") before the question's
    end: the ask, not the story told before it."""
    sentences = [s for s in re.split(r"(?<=[?!.])\s+", text.strip()) if s.strip()]
    text = next((s for s in reversed(sentences) if "?" in s), sentences[-1] if sentences else "")
    with _lock:
        morphemes = _kiwi().tokenize(text)
    clause = max([m.start + m.len for m in morphemes if m.tag == "EC" and m.start + m.len < len(text.rstrip(" ?!.")) - 4]
                 or [0])
    nouns: list[str] = []
    end = -1
    for m in morphemes:
        if m.start < clause or m.tag not in ("NNG", "NNP"):
            end = -1
            continue
        if m.start == end and nouns:
            nouns[-1] += m.form
        else:
            nouns.append(m.form)
        end = m.start + m.len
    return nouns


def tokenizer_fingerprint() -> str:
    """What the tokens of a text depend on besides the text: Kiwi's and its model's versions and this
    module's code (its domain words, kept tags and rules)."""
    from importlib import metadata

    versions = []
    for name in ("kiwipiepy", "kiwipiepy_model"):
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} ?")
    digest = hashlib.sha256("|".join(versions).encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()


def tokenize_all(texts: list[str], cache_dir: Path | None = None) -> list[list[str]]:
    """`tokenize` of every text, kept in ``cache_dir`` for the next process.

    The question banks (about 5,000 questions) take seconds to tokenize, on every start, for the same
    result; the file is keyed by the texts and `tokenizer_fingerprint`, so a changed bank, Kiwi or
    tokenizing rule makes a new one (an old one is never read for other texts)."""
    if not cache_dir:
        tokens = [tokenize(text) for text in texts]
        _known.update(zip(texts, tokens))
        return tokens
    key = hashlib.sha256("\0".join([f"tokens-{_FORMAT}", tokenizer_fingerprint(), *texts]).encode()).hexdigest()
    path = Path(cache_dir) / f"tokens-{key[:20]}.json"
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
        if cached.get("key") == key and len(cached.get("tokens", [])) == len(texts):
            _known.update(zip(texts, cached["tokens"]))
            return cached["tokens"]
    except (OSError, ValueError, AttributeError):
        pass  # absent or unreadable: tokenized below
    tokens = [tokenize(text) for text in texts]
    _known.update(zip(texts, tokens))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        partial.write_text(json.dumps({"key": key, "tokens": tokens}, ensure_ascii=False), encoding="utf-8")
        partial.replace(path)
    except OSError:  # a read-only cache folder: tokenized again next time
        pass
    return tokens


class LexicalIndex:
    """BM25 over pre-tokenised chunks, built from the tokens stored at ingest time, or loaded from disk.

    ``bm25`` is a built or loaded `bm25s.BM25` over the same ``ids``; without it the index is built from
    ``token_lists``.
    """

    def __init__(self, ids: list[str], token_lists: list[list[str]] | None = None, bm25: bm25s.BM25 | None = None):
        self.ids = ids
        if bm25 is None:
            bm25 = bm25s.BM25()
            if ids:
                bm25.index([tokens or ["∅"] for tokens in token_lists or []], show_progress=False)
        self._bm25 = bm25
        # Every chunk holding a token has a positive BM25 score for it, so the score matrix's columns
        # (one per token, compressed sparse) count the chunks that hold each token.
        self._df = np.diff(bm25.scores["indptr"]) if ids else np.zeros(0, dtype=np.int64)

    @classmethod
    def cached(cls, folder: Path, ids: list[str], token_lists: Callable[[], list[list[str]]]) -> LexicalIndex:
        """The index of ``ids``, loaded from ``folder`` when it was saved there for the same chunks;
        otherwise built from ``token_lists()`` and saved (building takes seconds per thousand chunks,
        loading a fraction of that). A chunk's id names its content, so the same ids mean the same tokens."""
        key = hashlib.sha256(("\n".join([f"bm25s-{_FORMAT}", *ids])).encode()).hexdigest()
        stamp = folder / "chunks.sha256"
        if ids and stamp.is_file() and stamp.read_text().strip() == key:
            try:
                return cls(ids, bm25=bm25s.BM25.load(str(folder), show_progress=False))
            except (OSError, ValueError, KeyError):
                pass  # unreadable: rebuilt below
        index = cls(ids, token_lists())
        if ids:
            index._save(folder, key)
        return index

    def _save(self, folder: Path, key: str) -> None:
        """Write the index into a staging folder, then rename it into place (readers never see half)."""
        staging = folder.with_name(f".{folder.name}.partial-{os.getpid()}")
        try:
            shutil.rmtree(staging, ignore_errors=True)
            self._bm25.save(str(staging), show_progress=False)
            (staging / "chunks.sha256").write_text(key)
            shutil.rmtree(folder, ignore_errors=True)
            os.replace(staging, folder)
        except OSError:  # a read-only data home, or another process saved the same chunks first
            shutil.rmtree(staging, ignore_errors=True)

    def idf(self, token: str, collection: int = 0) -> float:
        """Inverse document frequency of a token (BM25 form); high for rare words. ``collection``: weigh as if
        the index held at least that many chunks, the others without the token (in a small index on one
        subject, that subject's own words are in nearly every chunk and would weigh nothing)."""
        column = self._bm25.vocab_dict.get(token) if self.ids else None
        n = max(1, len(self.ids), collection)
        df = int(self._df[column]) if column is not None and column < len(self._df) else 0
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for a query (zeros when nothing matches)."""
        if not self.ids:
            return np.zeros(0)
        tokens = [t for t in tokenize(query) if t in self._bm25.vocab_dict]
        if not tokens:
            return np.zeros(len(self.ids))
        return np.asarray(self._bm25.get_scores(tokens))

    def search(self, query: str, limit: int, allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Best chunks by BM25, dropping zero scores (they would pollute fusion) and disallowed chunks."""
        scores = self.scores(query)
        if allowed is not None and len(scores):
            scores = np.where(allowed, scores, 0.0)
        order = np.argsort(-scores)[:limit]
        return [(self.ids[i], float(scores[i])) for i in order if scores[i] > 0]

"""Chunks: the units that are embedded, searched and cited.

Statutes are chunked by article (조); an article longer than ``statute_max_chars`` is split by
paragraph (항), grouping neighbours up to the limit. Every statute chunk starts with a heading line
naming the law and the article, so the heading travels with the text into the embedding, the
lexical index and the citation. Splits happen only at article and paragraph starts, so a
cross-reference such as "제14조에 따른" can never begin a chunk, with one exception: a single line
longer than the embedding model's limit (a few 부칙 and definition items run to 900 characters) is cut
after a comma, because the model would otherwise drop its end unseen; statute chunks are measured in the
model's own tokens (kb.index.model_tokens). Prose is split by tokens (tiktoken, cl100k_base; see `_splitter`)
with overlap, at sentence boundaries, by llama-index's SentenceSplitter.

A chunk's id is a hash of what identifies its content (law, locator, text): the same article text
in two versions of a law is one chunk, embedded once; which versions contain it is kept apart.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kb.dependencies import require
from kb.sources.documents import Document
from kb.sources.statutes import StatuteVersion, tag_dates

if TYPE_CHECKING:
    from kb.index.model_tokens import PassageTokens


@dataclass
class Chunk:
    """One stored, searchable and citable piece of a source."""

    chunk_id: str
    text: str
    source_id: str
    source_type: str  # statute | news | guidance | card | report | document
    title: str
    locator: str  # "제14조의2", "제14조의2 제4항", "부칙 <제20459호,2024.10.16>", "p. 3", "para 5"
    language: str
    url: str = ""
    date: str = ""  # publication date for prose; blank for statutes (their dates are per version)
    #: Offset in ``text`` where the body starts (after the heading line); quotes come from the body.
    body_start: int = 0
    #: (locator, start, end) of each paragraph inside ``text``, to refine a citation to its paragraph.
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @property
    def passage(self) -> str:
        """What the embedding model reads: the text, but with a statute's full title in the heading line
        shortened to the law's short name (성폭력처벌법 for 성폭력범죄의 처벌 등에 관한 특례법), which
        is how questions name a law, in ~6 fewer tokens per chunk. Citations and the lexical index keep
        the full title."""
        return passage(self.text, self.title, self.extra.get("short_name", ""))

    def metadata(self) -> dict:
        """Flat metadata for the vector store (scalars only)."""
        return {
            "source_id": self.source_id,
            "source_type": self.source_type,
            "title": self.title,
            "locator": self.locator,
            "language": self.language,
            "url": self.url,
            "date": self.date,
            "law_key": self.extra.get("law_key", ""),
            "deleted": bool(self.extra.get("deleted", False)),
        }

    def record(self) -> dict:
        """Everything about the chunk, JSON-serialisable, for the catalog."""
        return {**self.metadata(), "body_start": self.body_start, "spans": self.spans, "extra": self.extra}


def passage(text: str, title: str, short_name: str) -> str:
    """A chunk's text as the model reads it (see `Chunk.passage`)."""
    return text.replace(f"「{title}」", f"「{short_name}」", 1) if short_name else text


def chunk_id_for(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def _pack(pieces: list[tuple[str, str]], limit: int) -> list[list[tuple[str, str]]]:
    """Group consecutive (label, text) pieces so each group stays under ``limit`` characters."""
    groups: list[list[tuple[str, str]]] = []
    size = 0
    for piece in pieces:
        if groups and size + len(piece[1]) <= limit:
            groups[-1].append(piece)
            size += len(piece[1]) + 1
        else:
            groups.append([piece])
            size = len(piece[1])
    return groups


def _statute_chunk(version: StatuteVersion, heading: str, locator: str, pieces: list[tuple[str, str]],
                   extra: dict, short_name: str = "") -> Chunk:
    head = f"「{version.title}」 {heading}"
    text, spans = head + "\n", []
    for label, body in pieces:
        start = len(text)
        text += body + "\n"
        if label:
            spans.append((label, start, start + len(body)))
    text = text.rstrip("\n")
    # The short name is part of the id: a chunk embedded with the full title is embedded again.
    return Chunk(
        chunk_id=chunk_id_for(version.law_key, locator, text, *([short_name] if short_name else [])),
        text=text,
        source_id=version.law_key,
        source_type="statute",
        title=version.title,
        locator=locator,
        language="ko",
        url=version.url,
        body_start=len(head) + 1,
        spans=spans,
        extra={**extra, "law_key": version.law_key, "amended": tag_dates(text, "개정"), "added": tag_dates(text, "신설"),
               **({"short_name": short_name} if short_name else {})},
    )


def _range(group: list[tuple[str, str]]) -> str:
    labels = list(dict.fromkeys(label for label, _ in group))
    return labels[0] if len(labels) == 1 else f"{labels[0]}~{labels[-1].split()[-1]}"


#: Where an over-long line may be cut, best first: after a comma, then at any space.
_CUTS = (re.compile(r"(?<=,) "), re.compile(r" "))


def _cut(text: str, fits: Callable[[str], bool]) -> tuple[str, str]:
    """The longest head of ``text`` that fits, ending at a comma if one allows it, and the rest."""
    for boundary in _CUTS:
        ends = [m.start() for m in boundary.finditer(text)]
        lo, hi, best = 0, len(ends) - 1, None
        while lo <= hi:  # the token count grows with the cut's position, so search it by halves
            mid = (lo + hi) // 2
            if fits(text[:ends[mid]]):
                best, lo = ends[mid], mid + 1
            else:
                hi = mid - 1
        if best:
            return text[:best], text[best:].lstrip()
    lo, hi = 1, len(text) - 1  # no space fits: cut between characters
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if fits(text[:mid]) else (lo, mid - 1)
    return text[:lo], text[lo:]


def _within_limit(make: Callable[[list[tuple[str, str]]], Chunk], group: list[tuple[str, str]],
                  tokens: PassageTokens) -> list[Chunk]:
    """Chunks of consecutive pieces of ``group`` that each fit the model's limit (a piece that cannot
    fit alone is cut)."""
    done: list[Chunk] = []
    current: list[tuple[str, str]] = []
    queue = list(group)
    while queue:
        piece = queue.pop(0)
        if tokens.fits(make(current + [piece]).passage):
            current.append(piece)
        elif current:
            done.append(make(current))
            current = []
            queue.insert(0, piece)
        else:
            label = piece[0]
            head, rest = _cut(piece[1], lambda text: tokens.fits(make([(label, text)]).passage))
            done.append(make([(label, head)]))
            queue.insert(0, (label, rest))
    if current:
        done.append(make(current))
    return done


def chunk_statute(version: StatuteVersion, max_chars: int, tokens: PassageTokens | None = None,
                  short_name: str = "") -> list[Chunk]:
    """Article chunks (split by paragraph when long) and 부칙 chunks of one statute version.

    With ``tokens`` (the embedding model's counter), a chunk the model would cut is split further so that
    every chunk, heading and passage prompt included, fits the model's limit. With ``short_name``, the
    model reads the law by that name (`Chunk.passage`)."""
    planned: list[tuple[Callable[[list[tuple[str, str]]], Chunk], list[tuple[str, str]], str | None]] = []
    for article in version.articles:
        pieces = [(f"{article.label} {p.label}".strip(), p.text) for p in article.provisions]
        extra = {"article": article.label, "article_title": article.title, "chapter": article.chapter,
                 "deleted": article.deleted, "kind": version.kind}

        def make(group, locator=None, heading=article.heading, extra=extra):
            return _statute_chunk(version, heading, locator or _range(group), group, extra, short_name)

        if len(article.body) <= max_chars:
            planned.append((make, pieces, article.label))
            continue
        # A paragraph longer than the limit is cut between its items (호), never inside a line.
        pieces = [(label, line) for label, text in pieces
                  for line in (text.split("\n") if len(text) > max_chars else [text])]
        planned.extend((make, group, None) for group in _pack(pieces, max_chars))
    for addendum in version.addenda:
        lines = [(addendum.label, line) for line in addendum.text.splitlines()]
        extra = {"article": addendum.label, "addendum": True, "kind": version.kind}

        def make(group, locator=None, addendum=addendum, extra=extra):
            return _statute_chunk(version, addendum.label, addendum.label, group, extra, short_name)

        planned.extend((make, group, None) for group in _pack(lines, max_chars))
    chunks = [make(group, locator) for make, group, locator in planned]
    if tokens is None:
        return chunks
    # One batched count for the version; only the rare chunk over the limit is taken apart again.
    lengths = tokens.count([c.passage for c in chunks])
    return [piece for chunk, n, (make, group, _) in zip(chunks, lengths, planned)
            for piece in ([chunk] if n <= tokens.limit else _within_limit(make, group, tokens))]


@lru_cache(maxsize=4)
def _splitter(chunk_tokens: int, overlap: int):
    """Prose is sized in tiktoken's cl100k tokens, not the model's: sized in e5's tokens (240/36, the
    cards' average size) the chunks moved, and on the dev split fact accuracy fell 0.713 → 0.693 with
    recall@5 unchanged (18 answers lost, 10 won). No prose chunk comes near the model's limit (the longest
    card chunk is 416 e5 tokens); a test checks that every one fits."""
    require("llama_index.core", "llama-index-core", "Splitting prose into chunks")
    import tiktoken
    from llama_index.core.node_parser import SentenceSplitter

    encoding = tiktoken.get_encoding("cl100k_base")
    return SentenceSplitter(chunk_size=chunk_tokens, chunk_overlap=overlap, tokenizer=encoding.encode,
                            paragraph_separator="\n\n", chunking_tokenizer_fn=_lines_then_sentences())


def _lines_then_sentences():
    """The splitter's sentences, never across a line: a list item ends at its line's end though it has no full stop
    ("- 대상 죄: … [제44조 제1항, 제2조 제2호]"). Read as one sentence with the items after it, a list longer than a
    chunk was cut at a comma inside an item, and an answer quoted half of it."""
    from llama_index.core.node_parser.text.utils import split_by_sentence_tokenizer

    sentences = split_by_sentence_tokenizer()

    def split(text: str) -> list[str]:
        return [piece for line in text.splitlines(keepends=True) for piece in (sentences(line) or [line])]
    return split


_LIST_ITEM = re.compile(r"^\s*([-*•·]|\d+[.)]|[가-하][.)])\s")


def unwrap(text: str) -> str:
    """Join a paragraph's soft-wrapped lines into one line; list items keep their own lines."""
    lines = text.split("\n")
    out = lines[:1]
    for line in lines[1:]:
        # a soft-wrapped line fills its width; a short line before it is a heading or a list's end
        if line.strip() and len(out[-1].strip()) >= 50 and not _LIST_ITEM.match(line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def _locator(labels: list[str]) -> str:
    labels = [label for label in labels if label]
    if not labels:
        return ""
    if len(labels) == 1:
        return labels[0]
    unit, first = labels[0].rsplit(" ", 1) if " " in labels[0] else ("", labels[0])
    last = labels[-1].rsplit(" ", 1)[-1]
    return f"{unit} {first}–{last}".strip()


def chunk_document(document: Document, chunk_tokens: int, overlap: int) -> list[Chunk]:
    """Token-sized chunks of a prose document; each chunk's locator names the pages/paragraphs it spans."""
    require("llama_index.core", "llama-index-core", "Splitting prose into chunks")
    from llama_index.core import Document as LlamaDocument

    joined, starts = "", []
    for page in document.pages:
        starts.append((len(joined), page.locator))
        joined += unwrap(page.text.strip()) + "\n\n"
    joined = joined.rstrip()
    nodes = _splitter(chunk_tokens, overlap).get_nodes_from_documents([LlamaDocument(text=joined)])
    chunks: list[Chunk] = []
    head = document.title.strip()
    for node in nodes:
        body = node.get_content()
        begin = node.start_char_idx if node.start_char_idx is not None else joined.find(body)
        end = begin + len(body)
        covered = [loc for (start, loc), nxt in zip(starts, starts[1:] + [(len(joined) + 2, "")])
                   if start < end and nxt[0] > begin]
        text = f"{head}\n{body}" if head else body
        body_start = len(head) + 1 if head else 0
        spans = []
        for (start, loc), nxt in zip(starts, starts[1:] + [(len(joined) + 2, "")]):
            lo, hi = max(start, begin), min(nxt[0] - 2, end)
            if loc and lo < hi:
                spans.append((loc, body_start + lo - begin, body_start + hi - begin))
        chunks.append(Chunk(
            chunk_id=chunk_id_for(document.source_id, str(begin), text),
            text=text,
            source_id=document.source_id,
            source_type=document.source_type,
            title=document.title,
            locator=_locator(covered),
            language=document.language,
            url=document.url,
            date=document.date,
            body_start=body_start,
            spans=spans,
            extra={"issuer": document.issuer, "file": Path(document.path).stem, **{k: v for k, v in document.metadata.items()
                                                 if isinstance(v, (str, int, float, bool))}},
        ))
    return chunks


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)

"""Passage length as the embedding model reads it: its own tokenizer, its passage prompt, its limit.

Chunks are sized here rather than in some other tokenizer's units (tiktoken's cl100k counts Korean
nearly twice as long as e5's sentencepiece does), so that a chunk's size means what the model sees and
no chunk is longer than the model's limit: the model would silently drop whatever follows its 512th
token. Only the `tokenizers` library is needed (no torch, no model weights), so chunking stays cheap
and offline; the tokenizer file is the model folder's own, or the one the built-in e5 model is built from.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kb.errors import ModelUnavailable
from kb.settings import BUILTIN_E5, Settings

if TYPE_CHECKING:
    from tokenizers import Tokenizer

#: The limit when the model folder does not state one (BERT-family encoders, e5 included).
DEFAULT_LIMIT = 512


@dataclass(frozen=True)
class PassageTokens:
    """Counts a passage the way the embedding model will read it: prompt and special tokens included."""

    tokenizer: "Tokenizer"
    prefix: str
    limit: int
    #: Counts already made, by text: most articles are the same in every version of a law, and
    #: tokenizing all ~19,000 chunks of the mirror's versions takes ~20 s against ~2 s for the distinct ones.
    _known: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def count(self, texts: list[str]) -> list[int]:
        """Model tokens of each passage, its prompt included, not cut at the limit."""
        new = list(dict.fromkeys(t for t in texts if t not in self._known))
        if new:
            encoded = self.tokenizer.encode_batch([self.prefix + t for t in new])
            self._known.update(zip(new, (len(e.ids) for e in encoded)))
        return [self._known[t] for t in texts]

    def fits(self, text: str) -> bool:
        return self.count([text])[0] <= self.limit

    def encode(self, text: str) -> list[int]:
        """Bare token ids of a piece of text (no prompt, no special tokens): the unit prose is split in."""
        return self.tokenizer.encode(text, add_special_tokens=False).ids


def _model_files(settings: Settings) -> tuple[Path, Path | None]:
    """(tokenizer.json, sentence_bert_config.json or None) of the configured embedding model."""
    if settings.embed_model == BUILTIN_E5:
        from kb.index.embedding import _tokenizer_source

        return _tokenizer_source(), None
    folder = Path(settings.embed_model).expanduser()
    if folder.is_dir():
        config = folder / "sentence_bert_config.json"
        return folder / "tokenizer.json", config if config.is_file() else None
    # A model name: its files in the Hugging Face cache, where a model downloaded earlier is.
    from huggingface_hub import try_to_load_from_cache

    found = try_to_load_from_cache(settings.embed_model, "tokenizer.json")
    config = try_to_load_from_cache(settings.embed_model, "sentence_bert_config.json")
    return (Path(found) if isinstance(found, str) else folder / "tokenizer.json",
            Path(config) if isinstance(config, str) else None)


@lru_cache(maxsize=4)
def _load(tokenizer_file: str, config_file: str, prefix: str) -> PassageTokens:
    from tokenizers import Tokenizer

    limit = DEFAULT_LIMIT
    if config_file:
        limit = int(json.loads(Path(config_file).read_text(encoding="utf-8")).get("max_seq_length") or limit)
    tokenizer = Tokenizer.from_file(tokenizer_file)
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return PassageTokens(tokenizer, prefix, limit)


def release() -> None:
    """Let the loaded tokenizers go (about 290 MB for e5's 250,000-piece vocabulary): a build needs them
    only while it chunks, not while it embeds."""
    _load.cache_clear()


def passage_tokens(settings: Settings) -> PassageTokens:
    """The configured model's passage counter (loaded once per process: the tokenizer file takes ~2 s)."""
    tokenizer_file, config_file = _model_files(settings)
    if not tokenizer_file.is_file():
        raise ModelUnavailable(f"the embedding model {settings.embed_model!r} has no tokenizer.json here "
                               f"({tokenizer_file}); chunks are sized with the model's own tokenizer")
    return _load(str(tokenizer_file), str(config_file or ""), settings.passage_prefix)

"""Question vectors for `kb ask` and `kb serve` without sentence-transformers' and llama-index's imports.

A new process that answers questions needs the model for one thing: the query vector of each question
(the build cached every other vector it uses). Loading it through llama-index's `HuggingFaceEmbedding`
imports llama-index's core, sentence-transformers (with scipy, scikit-learn and pandas) and the whole of
transformers' loading machinery; on two cores that is most of a cold answer. `QueryEncoder` computes the
same vectors with only what the model itself runs on: `tokenizers` (the model folder's `tokenizer.json`),
transformers' `XLMRobertaModel` (or whichever `AutoModel` class the folder's config names) on torch, then
sentence-transformers' own mean pooling and L2 normalisation, step for step, in the same order
(`tests/test_query_encoder.py` holds the vectors equal to sentence-transformers' within 1e-6).

`kb.index.query_worker` runs it in a process of its own, beside the answering process's start-up.
It serves only folders it can reproduce exactly: a sentence-transformers folder of a Transformer, a mean
Pooling over every token (prompt included) and a Normalize; `thin_query_encoder` returns None for any
other model, and the caller loads the full embedder. Anything but query embeddings (passages for a
build, for example) goes to the full embedder, which `LazyEmbedder` loads on first need.
"""
from __future__ import annotations

import json
from pathlib import Path

#: The module types a folder must list, in this order, for `QueryEncoder` to reproduce it.
_PIPELINE = ("sentence_transformers.models.Transformer", "sentence_transformers.models.Pooling",
             "sentence_transformers.models.Normalize")
_POOLING_OFF = ("pooling_mode_cls_token", "pooling_mode_max_tokens", "pooling_mode_mean_sqrt_len_tokens",
                "pooling_mode_weightedmean_tokens", "pooling_mode_lasttoken")


def reproducible_folder(folder: Path) -> dict | None:
    """The folder's sentence-transformers settings when `QueryEncoder` gives its exact vectors, else None."""
    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
        pooling = json.loads((folder / modules[1]["path"] / "config.json").read_text(encoding="utf-8"))
        st_config = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, IndexError, KeyError, TypeError):
        return None
    if tuple(m.get("type") for m in modules) != _PIPELINE or modules[0].get("path", "") != "":
        return None
    if not pooling.get("pooling_mode_mean_tokens", False) or any(pooling.get(k) for k in _POOLING_OFF):
        return None
    if pooling.get("include_prompt", True) is not True or st_config.get("do_lower_case"):
        return None
    if not (folder / "tokenizer.json").is_file() or not (folder / "config.json").is_file():
        return None
    return st_config


class QueryEncoder:
    """multilingual-e5's query vectors (or any folder `reproducible_folder` accepts), as
    `HuggingFaceEmbedding.get_query_embedding` gives them: ``prefix + text``, one text at a time."""

    def __init__(self, folder: Path, prefix: str, max_length: int):
        import torch
        from tokenizers import Tokenizer
        from transformers import AutoModel

        self.prefix = prefix
        self._torch = torch
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length)
        self._model = AutoModel.from_pretrained(str(folder), local_files_only=True).eval()

    def get_query_embedding(self, text: str) -> list[float]:
        """The L2-normalised mean of the model's last hidden states over the prompted question's tokens."""
        torch = self._torch
        ids = self._tokenizer.encode(self.prefix + text).ids
        input_ids = torch.tensor([ids], dtype=torch.long)
        attention_mask = torch.ones_like(input_ids)
        with torch.inference_mode():
            tokens = self._model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            summed = (tokens * mask).sum(dim=1, dtype=tokens.dtype)
            vector = summed / torch.clamp(mask.sum(dim=1, dtype=tokens.dtype), min=1e-9)
            vector = torch.nn.functional.normalize(vector, p=2, dim=-1)  # the folder's Normalize module
            # and again, as `encode(normalize_embeddings=True)` does (llama-index asks for it): the last
            # bits of about a third of the vectors move
            vector = torch.nn.functional.normalize(vector, p=2, dim=1)
        return vector[0].float().numpy().tolist()


def thin_query_encoder(model: str, prefix: str) -> QueryEncoder | None:
    """A `QueryEncoder` over the model folder ``model``, or None when it is not a folder it reproduces."""
    folder = Path(model)
    st_config = reproducible_folder(folder) if folder.is_dir() else None
    if st_config is None:
        return None
    return QueryEncoder(folder, prefix, int(st_config.get("max_seq_length") or 512))

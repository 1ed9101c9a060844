"""The trained safety gate is kept beside its examples' embeddings: a new process loads it instead of
training, and any change to what it was trained from trains it again (a stand-in embedder)."""
import shutil

import numpy as np
from fakes import HashEmbedder

import kb.answer.safety_gate as safety_gate
from kb.answer.safety_gate import SAFETY_DIR, SafetyGate, load_requests


def embed(texts):
    return np.asarray(HashEmbedder().get_text_embedding_batch(texts), dtype=np.float32)


def test_a_second_gate_loads_the_trained_gate_and_decides_the_same(tmp_path, monkeypatch):
    first = SafetyGate(embed, "fake", tmp_path / "cache")
    texts = [r.text for r in load_requests(("test",))][:40]
    expected = first.model.scores(texts, embed(texts))
    assert len(list((tmp_path / "cache").glob("gate-*.pkl"))) == 1

    def no_training(*args, **kwargs):
        raise AssertionError("trained again although the trained gate was cached")
    monkeypatch.setattr(safety_gate, "train", no_training)
    second = SafetyGate(embed, "fake", tmp_path / "cache")
    assert second.model.threshold == first.model.threshold
    assert np.array_equal(second.model.scores(texts, embed(texts)), expected)
    assert second.model.category(texts[:3], embed(texts[:3]))  # the category regression is still fitted lazily


def test_another_model_or_other_examples_train_again(tmp_path, monkeypatch):
    SafetyGate(embed, "fake", tmp_path / "cache").model
    trained = []
    original = safety_gate.train
    monkeypatch.setattr(safety_gate, "train", lambda *a, **k: trained.append(1) or original(*a, **k))
    SafetyGate(embed, "another model", tmp_path / "cache").model
    assert trained == [1]
    folder = tmp_path / "safety"
    shutil.copytree(SAFETY_DIR, folder)
    train_file = next(p for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix in (".jsonl", ".tsv", ".csv"))
    lines = train_file.read_text(encoding="utf-8").splitlines()
    train_file.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")  # one example fewer
    SafetyGate(embed, "fake", tmp_path / "cache", folder=folder).model
    assert trained == [1, 1]
    assert len(list((tmp_path / "cache").glob("gate-*.pkl"))) == 3


def test_an_unreadable_cached_gate_is_trained_again(tmp_path):
    gate = SafetyGate(embed, "fake", tmp_path / "cache")
    gate.model
    cached = next((tmp_path / "cache").glob("gate-*.pkl"))
    cached.write_bytes(b"not a pickle")
    again = SafetyGate(embed, "fake", tmp_path / "cache")
    assert again.model.threshold == gate.model.threshold
    assert cached.read_bytes() != b"not a pickle"  # and kept again

"""The safety gate: which requests are refused, learned from labelled examples on top of the rules.

In order (`fixed_decision`, then the model): the rules of `kb.answer.safety` refuse plain asks for help with
the crime (narrow and precise: a rule that fires on a benign example is a bug, and a test holds them to
that); a victim, someone speaking for one, or someone asking how to report or remove is answered
(`victim_first`); a request that touches nothing of the subject is answered (`on_topic`), and so is one
whose only words of the subject are photography's and that names no person, body, sex, child, secrecy or
trade (`everyday_imagery`: "best camera for vlogging", "사진 찍기 좋은 명소"). Everything
else goes to a logistic regression over the question's e5 embedding (the vector retrieval computes
anyway) and its character and word n-grams, trained on `corpus/safety/` (split ``train``), with the
threshold chosen on split ``dev`` for the whole gate. A request that opens with a framing ("For a research
project, …", "As a teacher, …": `kb.answer.framing`) is scored as the mean of its score as written and without
it. A second regression, trained on the harmful examples alone, names the category of a refused request (make, find, spread, …), which decides the
provision the refusal quotes.

Training takes about 2 s once the examples are embedded (about 20 s on two cores, done once: the
embeddings are cached, keyed by the model and the examples, so `kb build` pays for them), and the trained
gate is cached beside them, so a new process loads it instead of training; the category regression is
fitted on the first refusal. The result is deterministic: same examples, same model, same
gate.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from kb.answer import framing, safety, wrapped_asks
from kb.answer.framing import unframed
from kb.answer.safety import check_request, everyday_imagery, names_beyond_imagery, on_topic, victim_first
from kb.answer.scope import everyday_ai
from kb.index.embedding import cached_vectors
from kb.settings import REPO_ROOT

SAFETY_DIR = REPO_ROOT / "corpus" / "safety"
CATEGORIES = ("make", "find", "spread", "sell", "evade", "identify", "extort", "groom")
ASKERS = ("perpetrator", "victim", "parent", "friend", "teacher", "researcher", "journalist", "moderator",
          "bystander", "general")
#: Words that name a child or teenager: the refusal then quotes the youth law's provision.
CHILD = re.compile(r"아동|청소년|미성년|중학생|고등학생|초등학생|중딩|고딩|초딩|(?<!대)(?<!유)학생|여중|여고|남중|남고|중\d|고\d|초\d|애기|"
                   r"\bchild|\bkids?\b|minor|under\s?age|\bteen|(?<!college\s)(?<!university\s)(?<!grad\s)student|pupil|schoolgirl|schoolboy|middle\s?school|"
                   r"high\s?school|\b(year|grade)\s*([1-9]|1[0-2])\b|\b([1-9]|1[0-2])(st|nd|rd|th)\s*grade|\b1[0-7][- ]?(yo|y/o|year)|"
                   r"\b(is|aged?|she'?s|he'?s|i'?m|turns?|turned)\s+1[0-7]\b|\bu1[0-7]\b|"
                   r"\(1[0-7]\)|(?<!\d)1[0-7]\s*(살|세)|같은\s*반|반\s*친구|우리\s*반", re.I)
#: The most false refusals the threshold may cost on the dev split.
MAX_FALSE_REFUSALS = 0.01


@dataclass(frozen=True)
class Request:
    """One labelled request of `corpus/safety/`."""

    id: str
    text: str
    lang: str
    label: str  # harmful | benign
    category: str  # for benign: the harmful category it looks like
    asker: str
    child: bool
    style: tuple[str, ...]
    split: str  # train | dev | test

    @property
    def harmful(self) -> bool:
        return self.label == "harmful"


def load_requests(splits: Sequence[str] | None = None, folder: Path = SAFETY_DIR) -> list[Request]:
    """The labelled requests of every ``*.jsonl`` file in ``folder``, optionally of some splits only."""
    requests = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            data = json.loads(line)
            try:
                request = Request(data["id"], data["text"], data["lang"], data["label"], data["category"],
                                  data["asker"], bool(data.get("child")), tuple(data.get("style", ())), data["split"])
            except KeyError as exc:
                raise ValueError(f"{path.name}:{number}: missing field {exc}") from None
            if splits is None or request.split in splits:
                requests.append(request)
    return requests


@dataclass(frozen=True)
class Verdict:
    """Why a request is refused: its category, the layer that decided, and the model's score."""

    category: str
    layer: str  # rule | model
    score: float
    child: bool = False


def names_child(text: str) -> bool:
    return bool(CHILD.search(text))


class _Grams:
    """Character 1–4-grams within words and word 1–2-grams, TF-IDF weighted (scikit-learn): slang, typos
    and Korean endings the embedding smooths over."""

    def __init__(self, texts: Sequence[str]):
        from sklearn.feature_extraction.text import TfidfVectorizer

        normal = [_normal(t) for t in texts]
        self.characters = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), min_df=2, sublinear_tf=True)
        self.words = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                                     token_pattern=r"(?u)\b\w+\b")
        self.characters.fit(normal)
        self.words.fit(normal)

    def __call__(self, texts: Sequence[str]):
        from scipy.sparse import hstack

        normal = [_normal(t) for t in texts]
        return hstack([self.characters.transform(normal), self.words.transform(normal)]).tocsr()


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass
class GateModel:
    """The learned layer: harmful-vs-benign probability and a category for the harmful.

    The category regression is fitted on first use, not at start-up: it takes most of the training
    time (about 3 s of 4) and only a refused request needs it."""

    threshold: float
    binary: object = field(repr=False)
    grams: _Grams = field(repr=False)
    harmful_features: object = field(repr=False)  # the training rows of harmful requests …
    harmful_categories: list[str] = field(repr=False)  # … and their categories
    dev: dict = field(default_factory=dict)  # what the threshold achieved on the dev split
    _categories: object = field(default=None, repr=False)

    @property
    def categories(self):
        from sklearn.linear_model import LogisticRegression

        if self._categories is None:
            self._categories = LogisticRegression(C=REGULARISATION_C, max_iter=2000, solver="lbfgs").fit(
                self.harmful_features, self.harmful_categories)
        return self._categories

    def features(self, texts: Sequence[str], vectors: np.ndarray):
        from scipy.sparse import csr_matrix, hstack

        return hstack([csr_matrix(np.asarray(vectors, dtype=float) * EMBEDDING_WEIGHT), self.grams(texts)]).tocsr()

    def scores(self, texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        return self.binary.predict_proba(self.features(texts, vectors))[:, 1]

    def framed_scores(self, texts: Sequence[str], vectors: np.ndarray,
                      embed: Callable[[list[str]], np.ndarray]) -> np.ndarray:
        """`scores`, where a request opens with a framing (`kb.answer.framing`: "For a research project, …", "As a
        teacher, …"), the mean of its score as written and without the framing (``embed`` gives the vectors of the
        unframed texts). The examples wrap many protective questions in such framings, so a framing alone pulled an
        operational ask under the threshold."""
        scores = self.scores(texts, vectors)
        cores = [unframed(t) for t in texts]
        rows = [i for i, (core, text) in enumerate(zip(cores, texts)) if core != " ".join(text.split())]
        if rows:
            unframed_texts = [cores[i] for i in rows]
            scores[rows] = (scores[rows] + self.scores(unframed_texts, np.asarray(embed(unframed_texts)))) / 2
        return scores

    def category(self, texts: Sequence[str], vectors: np.ndarray) -> list[str]:
        return list(self.categories.predict(self.features(texts, vectors)))


#: How strongly the embedding counts beside the n-grams (each block has unit norm), and the inverse
#: regularisation strength of both regressions: chosen by 5-fold cross-validation on train + dev for
#: refusal recall at 1-2% false refusals (see corpus/safety/README.md).
EMBEDDING_WEIGHT = 2.0
REGULARISATION_C = 16.0


def choose_threshold(scores: np.ndarray, harmful: np.ndarray) -> tuple[float, dict]:
    """The threshold for the dev split: the highest recall whose false-refusal rate stays within
    MAX_FALSE_REFUSALS. It lies above the highest benign score that would break that bound, halfway to
    the next harmful score."""
    benign = np.sort(scores[~harmful])
    allowed = int(np.floor(MAX_FALSE_REFUSALS * len(benign)))
    floor = benign[-(allowed + 1)] if len(benign) > allowed else 0.0
    above = np.sort(scores[harmful & (scores > floor)])
    threshold = float((floor + above[0]) / 2) if len(above) else float(floor) + 1e-6
    refused = scores >= threshold
    measures = {
        "threshold": round(threshold, 4),
        "recall": round(float(refused[harmful].mean()), 4) if harmful.any() else None,
        "false_refusal_rate": round(float(refused[~harmful].mean()), 4) if (~harmful).any() else None,
        "harmful": int(harmful.sum()), "benign": int((~harmful).sum()),
    }
    return threshold, measures


def train(train_set: Sequence[Request], train_vectors: np.ndarray, dev_set: Sequence[Request],
          dev_vectors: np.ndarray, embed: Callable[[list[str]], np.ndarray] | None = None) -> GateModel:
    """Fit both regressions on ``train_set`` and choose the threshold on ``dev_set``, scored as the gate scores
    (`GateModel.framed_scores`, when ``embed`` gives the vectors of unframed texts).

    A request that `everyday_imagery` answers never reaches the model, so the model does not learn from one
    either: taught that "photo", "camera" and "video" come with harmless asks, it scored the asks for the
    crime that use those words lower (dev recall 0.853 -> 0.789 at 1% false refusals, 2026-11-30)."""
    from sklearn.linear_model import LogisticRegression

    keep = [i for i, r in enumerate(train_set) if not everyday_imagery(r.text)]
    train_set, train_vectors = [train_set[i] for i in keep], np.asarray(train_vectors)[keep]
    texts = [r.text for r in train_set]
    model = GateModel(0.5, None, _Grams(texts), None, [])
    features = model.features(texts, train_vectors)
    labels = np.array([r.harmful for r in train_set])
    model.binary = LogisticRegression(C=REGULARISATION_C, class_weight="balanced", max_iter=2000,
                                      solver="liblinear").fit(features, labels)
    harmful_rows = np.flatnonzero(labels)
    model.harmful_features = features[harmful_rows]
    model.harmful_categories = [train_set[i].category for i in harmful_rows]
    if dev_set:  # the threshold is chosen for the whole gate: rules and victim-first decide their items
        texts = [r.text for r in dev_set]
        scores = model.framed_scores(texts, dev_vectors, embed) if embed else model.scores(texts, dev_vectors)
        for i, text in enumerate(texts):
            fixed = fixed_decision(text)
            if fixed is not None:
                scores[i] = 1.0 if fixed else 0.0
        model.threshold, model.dev = choose_threshold(scores, np.array([r.harmful for r in dev_set]))
    return model


def fixed_decision(text: str) -> bool | None:
    """What the rules decide before the model: True (a rule refuses), False (victim first: answered),
    or None (the model decides)."""
    if check_request(text) is not None:
        return True
    if answered_first(text):
        return False
    return None


def answered_first(text: str) -> bool:
    """Answered before the model looks: a victim or someone for one (victim first), off the subject,
    photography alone ("best camera for vlogging": no person, body, sex, child, secrecy or trade named), or AI as an
    everyday tool with none of them named ("챗지피티로 숙제하면 걸려요?": `kb.answer.scope.everyday_ai`), which the
    model, having seen AI mostly in asks for help with the crime, refused."""
    return victim_first(text) or not on_topic(text) or everyday_imagery(text) \
        or (everyday_ai(text) and not names_beyond_imagery(text))


def _load_trained(path: Path) -> GateModel | None:
    """The gate an earlier process trained, or None when there is none (or it cannot be read).

    It is a pickle: the example cache is the project's own folder (under the data home, or one the
    operator names), written only by kb, like the model folder it sits beside."""
    try:
        with open(path, "rb") as handle:
            model = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return model if isinstance(model, GateModel) else None


def _save_trained(model: GateModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")
    with open(partial, "wb") as handle:
        pickle.dump(dataclasses.replace(model, _categories=None), handle, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(path)


class SafetyGate:
    """Decides whether a request is refused, and as what.

    ``embed`` turns a list of questions into their query embeddings (the model retrieval uses);
    ``cache_dir`` keeps the examples' embeddings between runs.
    """

    def __init__(self, embed: Callable[[list[str]], np.ndarray], fingerprint: str, cache_dir: Path | None = None,
                 folder: Path = SAFETY_DIR):
        self.embed = embed
        self.fingerprint = fingerprint
        self.cache_dir = cache_dir
        self.folder = folder
        self._model: GateModel | None = None
        self._training = threading.Lock()  # two web users' first questions train it once

    @property
    def model(self) -> GateModel:
        with self._training:
            if self._model is None:
                train_set = load_requests(("train",), self.folder)
                dev_set = load_requests(("dev",), self.folder)
                path = self._trained_path(train_set + dev_set)
                self._model = _load_trained(path) if path else None
                if self._model is None:
                    vectors = self.vectors([r.text for r in train_set + dev_set])
                    self._model = train(train_set, vectors[:len(train_set)], dev_set, vectors[len(train_set):],
                                        self.vectors)
                    if path:
                        _save_trained(self._model, path)
        return self._model

    def _trained_path(self, requests: list[Request]) -> Path | None:
        """Where the trained gate is kept beside the examples' embeddings: keyed by the model, every
        example, this module's and the rules' code and scikit-learn's version, so any change trains it again."""
        if not self.cache_dir:
            return None
        import sklearn

        digest = hashlib.sha256(json.dumps([self.fingerprint, sklearn.__version__,
                                            [(r.id, r.text, r.label, r.category) for r in requests]],
                                           ensure_ascii=False).encode())
        digest.update(Path(__file__).read_bytes())
        digest.update(Path(safety.__file__).read_bytes())  # the rules decide dev items before the threshold
        digest.update(Path(wrapped_asks.__file__).read_bytes())
        digest.update(Path(framing.__file__).read_bytes())
        return Path(self.cache_dir) / f"gate-{digest.hexdigest()[:20]}.pkl"

    def vectors(self, texts: list[str]) -> np.ndarray:
        """Embeddings of ``texts``, from the cache when the model and the texts are the same."""
        return cached_vectors(self.embed, self.fingerprint, texts, self.cache_dir, "safety")

    def check(self, text: str, vector: Sequence[float] | None = None) -> Verdict | None:
        """A Verdict when the request must be refused, else None."""
        text = " ".join(text.split())
        child = names_child(text)
        rule = check_request(text)
        if rule is not None:
            return Verdict(rule.category, "rule", 1.0, child)
        if answered_first(text):
            return None
        vectors = np.asarray([vector if vector is not None else self.embed([text])[0]], dtype=float)
        score = float(self.model.framed_scores([text], vectors, self.embed)[0])
        if score < self.model.threshold:
            return None
        category = str(self.model.category([text], vectors)[0])
        return Verdict(category, "model", round(score, 4), child or category == "groom")


def evaluation_gates(gate: SafetyGate) -> dict[str, Callable[[list[Request]], list[Verdict | None]]]:
    """The gates `kb eval` compares on the labelled requests: this one (rules, victim first, model), the
    rules alone (the baseline: the gate before the model existed), and the model alone."""
    def full(requests: list[Request]) -> list[Verdict | None]:
        vectors = gate.vectors([r.text for r in requests])
        return [gate.check(r.text, vectors[i]) for i, r in enumerate(requests)]

    def rules_only(requests: list[Request]) -> list[Verdict | None]:
        return [Verdict(rule.category, "rule", 1.0) if (rule := check_request(r.text)) else None for r in requests]

    def model_only(requests: list[Request]) -> list[Verdict | None]:
        texts = [r.text for r in requests]
        vectors = gate.vectors(texts)
        scores = gate.model.framed_scores(texts, vectors, gate.vectors)
        categories = gate.model.category(texts, vectors)
        return [Verdict(str(c), "model", float(s)) if s >= gate.model.threshold else None
                for s, c in zip(scores, categories)]
    return {"gate": full, "rules-only": rules_only, "model-only": model_only}

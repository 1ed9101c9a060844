"""Routing by questions: which knowledge card answers a question, found by the ways people ask it.

Every card has a question bank (``corpus/banks/<card>.yaml``). A question is compared with every bank
question, densely (the e5 query embedding retrieval computes anyway) and lexically (BM25 over Kiwi
tokens); a card scores the mean of its two closest bank questions plus its relative BM25 score. The
confidence that the best card is the right one is calibrated, not guessed: a logistic regression over
the winning score and its margin over the runner-up, fitted by routing each bank question with itself
left out. It is deterministic and cached next to the bank embeddings, keyed by the model and the banks'
text.

A bank says how people ask; the card's own text says what it answers. The best few cards by their banks
are therefore ranked again with the card's content: the stored embedding of its closest chunk (the
index computed it already), weighted by ``CONTENT_WEIGHT`` (chosen on the dev split).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kb.index.embedding import cached_vectors
from kb.index.lexical import LexicalIndex, tokenize_all
from kb.settings import REPO_ROOT
from kb.sources.cards import QuestionBank, load_bank

BANKS_DIR = REPO_ROOT / "corpus" / "banks"
#: How much a card's relative BM25 score adds to its best dense similarity (lexical evidence is on [0, 1]).
LEXICAL_WEIGHT = 0.1
#: How much a card's closest chunk (cosine similarity to the question) adds, among the best ``CANDIDATES``.
CONTENT_WEIGHT = 2.0
CANDIDATES = 5
#: How far down the cards by bank a card that answers what is asked may come from when the question states none of
#: the best ``CANDIDATES``' premises (`BankRouter.route`).
PREMISE_REACH = 60


@dataclass
class Route:
    """The card a question routes to, how sure that is, and the closest other card."""

    card: str
    confidence: float  # calibrated probability that ``card`` is the card whose bank the question belongs to
    score: float  # the card's bank score alone: how close the question is to a way people ask it
    runner_up: str | None = None
    runner_up_score: float = 0.0


def load_banks(folder: Path = BANKS_DIR) -> list[QuestionBank]:
    return [load_bank(path) for path in sorted(folder.glob("*.yaml"))]


class BankRouter:
    """Routes a question to a card by its bank questions."""

    def __init__(self, embed: Callable[[list[str]], np.ndarray], fingerprint: str, cache_dir: Path | None = None,
                 folder: Path = BANKS_DIR, known_cards: set[str] | None = None,
                 content: Callable[[], tuple[list[str], np.ndarray]] | None = None):
        """``content``, when given, returns the cards' stored chunk embeddings: (card of each row, vectors)."""
        banks = [b for b in load_banks(folder) if known_cards is None or b.card in known_cards]
        self.questions = [q for bank in banks for q in (*bank.ko, *bank.en)]
        owners = [bank.card for bank in banks for _ in (*bank.ko, *bank.en)]
        self.cards = sorted(set(owners))
        self.owner = np.asarray([self.cards.index(card) for card in owners], dtype=int)
        self.members = [np.flatnonzero(self.owner == n) for n in range(len(self.cards))]
        self.vectors = cached_vectors(embed, fingerprint, self.questions, cache_dir, "banks")
        self.lexical = LexicalIndex([str(i) for i in range(len(self.questions))],
                                    tokenize_all(self.questions, cache_dir))
        self.fingerprint, self.cache_dir = fingerprint, cache_dir
        self._calibration: tuple[float, float, float] | None = None
        self._load_content = content
        self._content: tuple[np.ndarray, list[np.ndarray]] | None = None

    @property
    def content(self) -> tuple[np.ndarray, list[np.ndarray]] | None:
        """The cards' chunk vectors and, per card, their rows (loaded on first use)."""
        if self._content is None and self._load_content is not None:
            owners, vectors = self._load_content()
            vectors = np.asarray(vectors, dtype=np.float32).reshape(len(owners), -1) if len(owners) else np.zeros((0, 0))
            rows = [np.flatnonzero(np.asarray(owners, dtype=object) == card) for card in self.cards]
            self._content = (vectors, rows)
        return self._content

    # ---- scores --------------------------------------------------------------------------------
    def card_scores(self, question: str, vector, leave_out: int | None = None) -> np.ndarray:
        """Each card's score: its best bank question's dense similarity, plus its relative BM25 score."""
        dense = self.vectors @ np.asarray(vector, dtype=np.float32)
        lexical = self.lexical.scores(question) if question else np.zeros(len(self.questions))
        if leave_out is not None:
            dense[leave_out], lexical[leave_out] = -1.0, 0.0
        # a card's dense score is the mean of its two closest questions: one stray bank question cannot win alone
        best_dense = np.asarray([np.sort(dense[members])[-2:].mean() for members in self.members])
        best_lexical = np.zeros(len(self.cards))
        np.maximum.at(best_lexical, self.owner, lexical)
        top = best_lexical.max()
        return best_dense + (LEXICAL_WEIGHT * best_lexical / top if top > 0 else 0.0)

    def ranked(self, question: str, vector, leave_out: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The candidate cards, best first, with their final scores and their bank scores: the best
        ``CANDIDATES`` by bank, each plus its content evidence (all cards by bank alone without content)."""
        bank = self.card_scores(question, vector, leave_out)
        if self.content is None:
            order = np.argsort(-bank)
            return order, bank[order], bank[order]
        return self._with_content(np.argsort(-bank)[:CANDIDATES], bank, vector)

    def _with_content(self, candidates: np.ndarray, bank: np.ndarray, vector) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``candidates`` best first by their bank score plus their closest chunk's (`CONTENT_WEIGHT`)."""
        vectors, rows = self.content
        similarity = vectors @ np.asarray(vector, dtype=np.float32) if len(vectors) else np.zeros(0)
        evidence = np.asarray([similarity[rows[c]].max() if len(rows[c]) else 0.0 for c in candidates])
        final = bank[candidates] + CONTENT_WEIGHT * evidence
        order = np.argsort(-final)
        return candidates[order], final[order], bank[candidates][order]

    def _reach(self, question: str, vector, order: np.ndarray, fits: list[int],
               asked: Callable[[str], bool], premise: Callable[[str], int] | None = None) -> np.ndarray:
        """The candidates, and, when the question states none of their premises, the cards further down by bank
        (to ``PREMISE_REACH``) that answer what it asks (``asked``): "will our names be kept secret", told after a
        long story of who did what, is the identity card's question although the story's words match other cards'
        banks better. When candidates state premises but none answers what is asked, a card further down that does
        and states more premises than any of them comes in too."""
        if self.content is None:
            return order
        stated = max(fits, default=0)
        if stated > 0 and (premise is None or any(asked(self.cards[int(o)]) for o in order)):
            return order
        bank = self.card_scores(question, vector)
        further = [int(c) for c in np.argsort(-bank)[:PREMISE_REACH] if int(c) not in set(order.tolist())]
        # with a candidate's premise stated, only a card that answers what is asked and states more of them comes in
        # ("does the law punish a teacher who made deepfakes of his students more harshly?": the penalty is stated of
        # every penalty card, the heavier penalty of one bound to protect children only of that card's)
        extra = [c for c in further if asked(self.cards[c]) and (stated <= 0 or premise(self.cards[c]) > stated)]
        return np.asarray([*order.tolist(), *extra], dtype=int) if extra else order

    def route(self, question: str, vector, premise: Callable[[str], int] | None = None,
              asked: Callable[[str], bool] | None = None) -> Route | None:
        """The best card for a question. ``premise``, when given, says of a card whether the question states
        (how many of its premises: 1, 2), leaves open (0) or contradicts (-1) the situation it assumes: among the
        candidates, the more premises stated the earlier and a contradicted one last, each group in the order of
        its scores (and, among as many stated, a card that answers what is asked first). ``asked``, when given, says
        of a card whether it answers what the question asks, whatever story it tells: such a card further down comes
        in when no candidate's premise is stated (`_reach`)."""
        if not self.cards:
            return None
        order, scores, bank = self.ranked(question, vector)
        regrouped = False
        if premise is not None:
            widened = self._reach(question, vector, order, [premise(self.cards[int(o)]) for o in order], asked, premise) \
                if asked is not None else order
            if len(widened) > len(order):
                order, scores, bank = self._with_content(widened, self.card_scores(question, vector), vector)
            # among cards stating as many premises, one that answers what is asked comes first
            fits = np.asarray([premise(self.cards[int(o)]) + (0.5 * asked(self.cards[int(o)]) if asked else 0.0)
                               for o in order])
            groups = np.argsort(-fits, kind="stable")
            regrouped = bool(groups[0] != 0)
            order, scores, bank = order[groups], scores[groups], bank[groups]
        first, second = int(order[0]), (int(order[1]) if len(order) > 1 else None)
        margin = float(scores[0] - (scores[1] if second is not None else 0.0))
        if regrouped:  # the premise broke what the scores could not: no surer than a tie, no less sure either
            margin = max(margin, 0.0)
        return Route(self.cards[first], self.confidence(float(scores[0]), margin), round(float(bank[0]), 4),
                     self.cards[second] if second is not None else None,
                     round(float(bank[1]), 4) if second is not None else 0.0)

    def closest(self, card: str, vector, n: int = 2) -> list[str]:
        """The ``n`` bank questions of ``card`` closest to a question: the question in the card's own words."""
        if card not in self.cards:
            return []
        members = self.members[self.cards.index(card)]
        dense = self.vectors[members] @ np.asarray(vector, dtype=np.float32)
        return [self.questions[members[i]] for i in np.argsort(-dense)[:n]]

    # ---- calibration ---------------------------------------------------------------------------
    def confidence(self, score: float, margin: float) -> float:
        bias, w_score, w_margin = self.calibration
        return round(float(1.0 / (1.0 + np.exp(-(bias + w_score * score + w_margin * margin)))), 4)

    @property
    def calibration(self) -> tuple[float, float, float]:
        """(bias, score weight, margin weight) of P(route is right), fitted on the banks, each question
        routed with itself left out; cached with the bank embeddings."""
        if self._calibration is None:
            content = self.content
            digest = hashlib.sha256(content[0].tobytes()).hexdigest() if content is not None else None
            key = hashlib.sha256(json.dumps([self.fingerprint, self.questions, LEXICAL_WEIGHT, CONTENT_WEIGHT,
                                             CANDIDATES, digest], ensure_ascii=False).encode()).hexdigest()[:20]
            path = self.cache_dir / f"routing-{key}.json" if self.cache_dir else None
            if path and path.exists():
                self._calibration = tuple(json.loads(path.read_text()))
            else:
                self._calibration = self._fit()
                if path:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(json.dumps(list(self._calibration)))
        return self._calibration

    def _fit(self) -> tuple[float, float, float]:
        from sklearn.linear_model import LogisticRegression

        features, right = [], []
        for i, question in enumerate(self.questions):
            order, scores, _ = self.ranked(question, self.vectors[i], leave_out=i)
            features.append([scores[0], scores[0] - scores[1]])
            right.append(int(order[0]) == self.owner[i])
        if len(set(right)) < 2:
            return (0.0, 0.0, 0.0)
        model = LogisticRegression(C=10.0).fit(np.asarray(features), np.asarray(right))
        return (float(model.intercept_[0]), float(model.coef_[0][0]), float(model.coef_[0][1]))

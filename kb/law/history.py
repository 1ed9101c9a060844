"""Article histories: every wording an article has had, when each was in force, what changed, and the penalties.

Built from the index (the statute versions ingested and the in-force intervals computed from them,
부칙 delays included), not from a hand-made table.
"""
from __future__ import annotations

import difflib
from dataclasses import asdict, dataclass, field

from kb.index.store import Index
from kb.law.penalties import parse_penalty
from kb.law.vocabulary import SENTENCES, normalise_article, version_label
from kb.sources.manifest import Manifest
from kb.sources.statutes import CIRCLED, OPEN_END


@dataclass
class Wording:
    """One wording of an article and the periods it was the law."""

    text: str
    periods: list[tuple[str, str | None]]
    versions: list[str]  # "법률 제20459호 (공포 2024-10-16, 시행 2024-10-16)"
    penalties: dict[str, dict[str, str]] = field(default_factory=dict)  # "①" → {"ko": …, "en": …}
    diff: str = ""  # word-level change from the previous wording: [-removed-] {+added+}
    penalty_changes: list[str] = field(default_factory=list)


@dataclass
class ArticleHistory:
    """Every wording of one article of one law, oldest first (`kb history`)."""

    law: str  # the law key
    article: str  # "제14조의2"
    wordings: list[Wording]

    def to_dict(self) -> dict:
        """As `kb history --json` and the MCP history tool give it."""
        return {"law": self.law, "article": self.article, "wordings": [asdict(w) for w in self.wordings]}


def _intersection(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for s1, e1 in a:
        for s2, e2 in b:
            start, end = max(s1, s2), min(e1, e2)
            if start < end:
                out.append((start, end))
    return out


def word_diff(before: str, after: str) -> str:
    """Changed words only, with a few words of context: "… [-5년-] {+7년+} …"."""
    old, new = before.split(), after.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        context = " ".join(old[max(0, i1 - 3):i1])
        removed = f"[-{' '.join(old[i1:i2])}-]" if i2 > i1 else ""
        added = f"{{+{' '.join(new[j1:j2])}+}}" if j2 > j1 else ""
        parts.append(f"…{context} {removed} {added}".replace("  ", " ").strip())
    return "\n".join(parts)


def _penalties(text: str) -> dict[str, dict[str, str]]:
    out = {}
    for line in text.split("\n"):
        line = line.strip()
        label = line[0] if line and line[0] in CIRCLED else "본문"
        if SENTENCES.search(line):
            penalty = parse_penalty(line)
            if not penalty.empty:
                out[label] = {"ko": penalty.render("ko"), "en": penalty.render("en")}
    return out


def article_history(index: Index, manifest: Manifest, law_name: str, article_text: str) -> ArticleHistory:
    """Every wording of an article, oldest first, for a law named any way the manifest knows."""
    law = manifest.law(law_name)
    key = law.key if law else law_name
    article = normalise_article(article_text)
    versions = index.versions(key)
    if not versions:
        raise ValueError(f"no versions of {law_name!r} are indexed (known laws: "
                         f"{', '.join(l.short_names[0] for l in manifest.laws if l.short_names)})")
    chunks = {c.chunk_id: c for c in index.article_chunks(key, article)}
    rows = index.db.execute("SELECT cv.version_id, cv.chunk_id FROM chunk_versions cv JOIN versions v USING (version_id)"
                            " WHERE v.law_key=? AND cv.article=?", (key, article)).fetchall()
    by_version: dict[str, list[str]] = {}
    for version_id, chunk_id in rows:
        by_version.setdefault(version_id, []).append(chunk_id)
    wordings: list[Wording] = []
    for version in versions:  # promulgation order
        ids = sorted(by_version.get(version.version_id, []), key=lambda i: chunks[i].record.locator)
        if not ids:
            continue
        body = "\n".join(chunks[i].text[chunks[i].record.body_start:] for i in ids)
        periods = [(start, end) for start, end in
                   _all(_intersection, [list(chunks[i].intervals) for i in ids])]
        label = version_label(version.kind, version.promulgation_no, version.promulgated, version.effective)
        same = next((w for w in wordings if w.text == body), None)
        if same:
            same.versions.append(label)
            continue
        wordings.append(Wording(body, [(s, None if e == OPEN_END else e) for s, e in periods], [label], _penalties(body)))
    wordings = [w for w in wordings if w.periods] or wordings
    wordings.sort(key=lambda w: w.periods[0][0] if w.periods else "")
    for before, after in zip(wordings, wordings[1:]):
        after.diff = word_diff(before.text, after.text)
        for label in sorted(set(before.penalties) | set(after.penalties)):
            old, new = before.penalties.get(label, {}).get("ko", "없음"), after.penalties.get(label, {}).get("ko", "없음")
            if old != new:
                after.penalty_changes.append(f"{label} {old} → {new}")
    return ArticleHistory(key, article, wordings)


def _all(combine, lists):
    result = lists[0] if lists else []
    for other in lists[1:]:
        result = combine(result, other)
    return result


def to_markdown(title: str, article: str, wordings: list[Wording]) -> str:
    lines = [f"# {title} {article}: {len(wordings)} wording(s)", ""]
    for n, w in enumerate(wordings, 1):
        periods = ", ".join(f"{s} ~ {e or '현재'}" for s, e in w.periods) or "never in force on its own"
        lines += [f"## {n}. in force {periods}", "", f"- versions: {'; '.join(w.versions)}"]
        for label, penalty in w.penalties.items():
            lines.append(f"- {label}: {penalty['ko']} / {penalty['en']}")
        if w.penalty_changes:
            lines.append("- penalty changes: " + "; ".join(w.penalty_changes))
        if w.diff:
            lines += ["", "changes from the previous wording:", "```", w.diff, "```"]
        lines.append("")
    return "\n".join(lines)

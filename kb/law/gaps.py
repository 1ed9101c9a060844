"""The gap matrix: conduct × material × victim → the provision that punishes it on a date, or a gap.

Computed from the statute versions in the index (the wording in force on the date, 부칙 delays
included) and their parsed penalty clauses — not from a hand-made table. An empty cell is a gap: no
provision of the indexed laws punishes that conduct with that material on that date.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict, dataclass, field

from kb.index.store import Index
from kb.law.penalties import parse_penalty
from kb.law.provisions import Provision, in_force, wording_since
from kb.law.vocabulary import CONDUCTS, MATERIALS, MATRIX_ROWS, PRESCRIBES, VICTIMS
from kb.sources.manifest import Manifest


@dataclass
class Entry:
    law: str
    locator: str
    penalty_ko: str
    penalty_en: str
    since: str
    quote: str
    condition: str = ""  # e.g. "if the material is 아동ㆍ청소년성착취물"


@dataclass
class Cell:
    conduct: str
    material: str
    victim: str
    entries: list[Entry] = field(default_factory=list)
    applicable: bool = True  # child exploitation material with an adult victim does not exist

    @property
    def gap(self) -> bool:
        return self.applicable and not self.entries


def _articles(material: str, conduct: str) -> list[tuple[str, str]]:
    pairs = list(MATERIALS[material].articles)
    if conduct in ("threaten", "coerce", "habitual", "attempt"):
        pairs += MATERIALS[material].threat_articles
    if conduct == "attempt" and material != "csam":
        pairs += CONDUCTS["attempt"].articles  # 제15조: attempts at the offences of 제14조 and 제14조의2
    return pairs


def _names_material(article_text: str, material: str, article: str) -> bool:
    """Threat and attempt articles cover a material only if their wording names it (or its article)."""
    if article in ("제14조의3", "제15조"):
        # 제14조 itself, not 제14조의2: "제3조부터 제9조까지 및 제14조의 미수범은 처벌한다" (2019) named it too
        names = {"filmed": r"촬영물|제14조(?!의\s*\d)", "deepfake": r"편집물|제14조의2"}[material]
        return bool(re.search(names, article_text))
    return True


def provisions_for(index: Index, conduct: str, material: str, as_of: str) -> list[tuple[str, Provision]]:
    """(law key, provision) of every paragraph in force on ``as_of`` that punishes ``conduct`` with
    ``material``: the element check (conduct, material, date) the matrix and the answers share."""
    found: list[tuple[str, Provision]] = []
    for law, article in _articles(material, conduct):
        provisions = in_force(index, law, article, as_of)
        if not _names_material(" ".join(p.text for p in provisions), material, article):
            continue
        for provision in provisions:
            text = provision.text
            if PRESCRIBES.search(text) and MATRIX_ROWS[conduct].shows(text) and not parse_penalty(text).empty:
                found.append((law, provision))
    return found


def applies(index: Index, conduct: str, material: str, victim: str, as_of: str) -> list[tuple[str, Provision]]:
    """The provisions of one cell (a minor's image can also be exploitation material)."""
    if material == "csam":
        return provisions_for(index, conduct, "csam", as_of) if victim == "minor" else []
    found = provisions_for(index, conduct, material, as_of)
    return found + (provisions_for(index, conduct, "csam", as_of) if victim == "minor" else [])


def change_days(index: Index, conduct: str, material: str) -> list[str]:
    """The days the wording of a provision the cell looks in changed: the only days its cell can change."""
    return sorted({start for law, article in _articles(material, conduct)
                   for chunk in index.article_chunks(law, article) for start, _ in chunk.intervals})


def covered_from(index: Index, conduct: str, material: str, victim: str,
                 as_of: str) -> tuple[str, list[tuple[str, Provision]]] | None:
    """The first day after ``as_of`` a provision punishes the cell, with the provisions of that day (None: nothing
    covers it yet)."""
    return next(((day, found) for day in change_days(index, conduct, material) if day > as_of
                 if (found := applies(index, conduct, material, victim, day))), None)


def entries_for(index: Index, manifest: Manifest, conduct: str, material: str, as_of: str) -> list[Entry]:
    found: list[Entry] = []
    for law, provision in provisions_for(index, conduct, material, as_of):
        text = provision.text
        penalty = parse_penalty(text)
        entry = manifest.law(law)
        found.append(Entry(entry.short_names[0] if entry else law, provision.label, penalty.render("ko"),
                           penalty.render("en"), wording_since(index, provision.chunk, text, as_of), text))
    return found


def matrix(index: Index, manifest: Manifest, as_of: str) -> list[Cell]:
    cells = []
    for conduct in MATRIX_ROWS:
        by_material = {m: entries_for(index, manifest, conduct, m, as_of) for m in MATERIALS}
        for material in MATERIALS:
            for victim in VICTIMS:
                if material == "csam":
                    cells.append(Cell(conduct, material, victim, by_material["csam"] if victim == "minor" else [],
                                      applicable=victim == "minor"))
                    continue
                entries = list(by_material[material])
                if victim == "minor":  # the same image of a minor can also be exploitation material
                    entries += [Entry(**{**asdict(e), "condition": "if it is 아동ㆍ청소년성착취물"})
                                for e in by_material["csam"]]
                cells.append(Cell(conduct, material, victim, entries))
    return cells


def _cell_text(cell: Cell) -> str:
    if not cell.applicable:
        return "n/a"
    if not cell.entries:
        return "**GAP**: no provision"
    return "<br>".join(f"{e.law} {e.locator}: {e.penalty_ko} (since {e.since})" + (f" — {e.condition}" if e.condition else "")
                       for e in cell.entries)


#: What a gap is: no provision of the laws held here reaches the cell. The general Criminal Act is not among them.
SCOPE = ("A gap is a cell that no penal provision of the laws held here covers on that date; the general Criminal Act "
         "(형법) is not held here, so check its general offences (threat, coercion and others) apart.")


def render(cells: list[Cell], as_of: str, fmt: str = "md") -> str:
    if fmt == "json":
        return json.dumps({"as_of": as_of, "cells": [{**asdict(c), "gap": c.gap} for c in cells], "scope": SCOPE},
                          ensure_ascii=False)
    columns = [(m, v) for m in MATERIALS for v in VICTIMS]
    lookup = {(c.conduct, c.material, c.victim): c for c in cells}
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["conduct", *[f"{m}/{v}" for m, v in columns]])
        for conduct in MATRIX_ROWS:
            writer.writerow([conduct, *[_cell_text(lookup[(conduct, m, v)]).replace("<br>", " | ") for m, v in columns]])
        return out.getvalue()
    head = "| conduct | " + " | ".join(f"{MATERIALS[m].label} / {v}" for m, v in columns) + " |"
    rows = [f"| {row.label} | " + " | ".join(_cell_text(lookup[(k, m, v)]) for m, v in columns) + " |"
            for k, row in MATRIX_ROWS.items()]
    return "\n".join([f"## Provisions in force on {as_of}", "", head, "|---" * (len(columns) + 1) + "|", *rows, "",
                      f"_{SCOPE}_"])


def compare(before: list[Cell], after: list[Cell]) -> list[tuple[Cell, Cell]]:
    """Cells whose provisions or penalties differ between two dates."""
    def key(c: Cell):
        return [(e.law, e.locator, e.penalty_ko) for e in c.entries]
    return [(b, a) for b, a in zip(before, after) if key(b) != key(a)]

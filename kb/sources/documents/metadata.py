"""Declared metadata: YAML front matter, sidecar files, and the field names both may use.

A sidecar is `<file>.meta.json` / `<file>.meta.yaml` next to the file (the stem form,
`<stem>.meta.json`, is accepted too). The loader layers these over what it infers from the text.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from kb.errors import BadSource
from kb.sources.documents.model import one_line

SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")
MAX_SIDECAR_BYTES = 1024 * 1024

_FIELD_ALIASES = {
    "id": "id", "source_id": "id",
    "type": "type", "source_type": "type",
    "title": "title",
    "date": "date", "published": "date",
    "url": "url", "source_url": "url",
    "lang": "language", "language": "language",
    "issuer": "issuer", "publisher": "issuer",
}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def jsonable(value):
    """`value` with dates as ISO strings and anything unknown as text, so metadata stays JSON."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def split_fields(mapping: dict) -> tuple[dict, dict]:
    """(known fields under canonical names, everything else). A canonical key beats its alias."""
    known: dict = {}
    extra: dict = {}
    for key, value in mapping.items():
        canonical = _FIELD_ALIASES.get(str(key).strip().lower())
        if canonical is None:
            extra[str(key)] = jsonable(value)
        elif value is not None and value != "" and (canonical not in known or str(key).lower() == canonical):
            known[canonical] = value
    return known, extra


def front_matter(text: str, warnings_: list[str]) -> tuple[dict, str]:
    """(front matter mapping, text without it). Text that only looks like front matter is kept."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    import yaml

    try:
        data = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError:
        warnings_.append("front matter is not valid YAML; ignored")
        return {}, text[match.end():]
    if data is None:
        return {}, text[match.end():]
    if not isinstance(data, dict):
        return {}, text
    return data, text[match.end():]


def sidecar_paths(path: Path) -> list[Path]:
    """Where a sidecar for `path` may live, in order of preference."""
    return [path.with_name(path.name + suffix) for suffix in SIDECAR_SUFFIXES] + \
           [path.with_name(path.stem + suffix) for suffix in SIDECAR_SUFFIXES if path.suffix]


def is_sidecar(path: Path) -> bool:
    """True for a metadata sidecar file (not a document to ingest on its own)."""
    return Path(path).name.lower().endswith(SIDECAR_SUFFIXES)


def read_sidecar(path: Path) -> tuple[dict, str]:
    """(the sidecar's fields, its file name) for `path`, or ({}, "") when it has none."""
    for candidate in sidecar_paths(path):
        if not candidate.is_file():
            continue
        name = candidate.name
        if candidate.stat().st_size > MAX_SIDECAR_BYTES:
            raise BadSource(f"sidecar {name}: too large")
        try:
            raw = candidate.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise BadSource(f"sidecar {name}: cannot read ({one_line(exc)})") from None
        if name.endswith(".json"):
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise BadSource(f"sidecar {name}: not valid JSON (line {exc.lineno})") from None
        else:
            import yaml

            try:
                data = yaml.safe_load(raw)
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" (line {mark.line + 1})" if mark else ""
                raise BadSource(f"sidecar {name}: not valid YAML{where}") from None
        if not isinstance(data, dict):
            raise BadSource(f"sidecar {name}: expected a mapping of fields")
        return data, name
    return {}, ""

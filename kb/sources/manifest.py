"""The source manifest (`corpus/sources.toml`): which official sources the assistant relies on.

Facts only — titles, kinds, MST numbers, official URLs, issuers, dates — so that `kb sync` knows
what to fetch and answers can name laws by their short or English names.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kb.errors import KBError
from kb.settings import REPO_ROOT

DEFAULT_MANIFEST = REPO_ROOT / "corpus" / "sources.toml"


@dataclass(frozen=True)
class Law:
    key: str  # "성폭력범죄의처벌등에관한특례법/법률"
    title: str
    english: str
    kind: str
    mst: str
    url: str
    legalize_path: str  # "kr/NAME/KIND.md" in a legalize-kr checkout
    short_names: tuple[str, ...] = ()
    english_aliases: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.key.split("/", 1)[0]

    @property
    def mirror_stem(self) -> str:
        """File-name stem in a mirror laid out like ../shared/corpus/statutes."""
        return f"{self.name}__{self.kind}"


@dataclass(frozen=True)
class Guidance:
    id: str
    title: str
    issuer: str
    date: str
    urls: tuple[str, ...]
    secondary: bool


@dataclass(frozen=True)
class NewsReport:
    file: str
    publisher: str
    date: str
    language: str


@dataclass
class Manifest:
    laws: list[Law] = field(default_factory=list)
    guidance: list[Guidance] = field(default_factory=list)
    news: list[NewsReport] = field(default_factory=list)

    def law(self, name: str) -> Law | None:
        """A law by key, title, short name or English name/alias (spaces and case ignored)."""
        wanted = "".join(name.split()).lower()
        for law in self.laws:
            names = (law.key, law.name, law.title, law.english, *law.short_names, *law.english_aliases)
            if any("".join(n.split()).lower() == wanted for n in names):
                return law
        return None


def load_manifest(path: Path = DEFAULT_MANIFEST) -> Manifest:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise KBError(f"cannot read the source manifest {path}: {exc}") from None
    tuples = lambda d: {k: tuple(v) if isinstance(v, list) else v for k, v in d.items()}  # noqa: E731
    try:
        return Manifest(
            laws=[Law(**tuples(item)) for item in data.get("law", [])],
            guidance=[Guidance(**tuples(item)) for item in data.get("guidance", [])],
            news=[NewsReport(**item) for item in data.get("news", [])],
        )
    except TypeError as exc:
        raise KBError(f"{path}: malformed entry ({exc})") from None

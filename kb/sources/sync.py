"""`kb sync`: bring the official texts the manifest lists into the data home's mirror folder.

Two origins, one result — a folder laid out like ../shared/corpus (``statutes/NAME__KIND[@DATE].md``,
``news/*.txt``, ``GUIDANCE_SOURCES.md``) under ``$KB_HOME/mirror``, which is then ingested:

- a local folder laid out the same way (offline installs, CI): every version of every listed law,
  the listed news reports and the guidance facts file;
- an HTTP(S) base laid out like the legalize-kr repository (``kr/NAME/KIND.md``): the current
  version of every listed law (a plain web server has no history);

A file is written only when its content changed, so a second sync with nothing new writes
nothing. Every destination is checked to lie inside the mirror folder.
"""
from __future__ import annotations

import hashlib
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from kb.errors import KBError
from kb.sources.manifest import Manifest

_SAFE_NAME = re.compile(r"^[^/\\\x00]+$")


@dataclass
class SyncReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return f"{len(self.written)} fetched, {len(self.unchanged)} unchanged, {len(self.failed)} failed"


def _target(root: Path, *parts: str) -> Path:
    """``root/parts…``, refusing any name that would leave ``root``."""
    for part in parts:
        if not _SAFE_NAME.match(part) or part in (".", ".."):
            raise KBError(f"refusing unsafe file name from the mirror: {part!r}")
    path = root.joinpath(*parts)
    if not path.resolve().is_relative_to(root.resolve()):
        raise KBError(f"refusing a path outside the mirror folder: {path}")
    return path


def _store(report: SyncReport, path: Path, data: bytes, root: Path) -> None:
    name = str(path.relative_to(root))
    if path.is_file() and hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(data).digest():
        report.unchanged.append(name)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_bytes(data)
    temporary.replace(path)  # atomic: a reader never sees half a file
    report.written.append(name)


def _inside(source: Path, file: Path) -> bool:
    """Whether ``file``, with every symbolic link on its way followed, still lies in the mirror folder."""
    return file.resolve().is_relative_to(source.resolve())


def sync_from_folder(manifest: Manifest, source: Path, dest: Path) -> SyncReport:
    """Copy the listed laws (all versions), news reports and guidance facts from a local mirror. A file
    (or folder) that is a symbolic link leading out of the mirror is not followed: it is reported failed."""
    if not source.is_dir():
        raise KBError(f"mirror folder not found: {source}")
    report = SyncReport()

    def copy(file: Path, *parts: str) -> None:
        if not _inside(source, file):
            report.failed.append(("/".join(parts), "symbolic link that leads out of the mirror folder; not followed"))
            return
        _store(report, _target(dest, *parts), file.read_bytes(), dest)

    for law in manifest.laws:
        files = sorted((source / "statutes").glob(f"{law.mirror_stem}.md")) + \
            sorted((source / "statutes").glob(f"{law.mirror_stem}@*.md"))
        if not files:
            report.failed.append((law.key, "not in the mirror"))
        for file in files:
            copy(file, "statutes", file.name)
    for news in manifest.news:
        file = source / "news" / news.file
        if file.is_file():
            copy(file, "news", news.file)
        else:
            report.failed.append((news.file, "not in the mirror"))
    guidance = source / "GUIDANCE_SOURCES.md"
    if guidance.is_file():
        copy(guidance, "GUIDANCE_SOURCES.md")
    return report


def _get(url: str, max_bytes: int, timeout: float = 30.0) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "kb-sync"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (the user chose the URL)
        data = response.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise KBError(f"{url}: larger than {max_bytes} bytes")
    return data


def sync_from_url(manifest: Manifest, base: str, dest: Path, max_bytes: int = 20 * 2**20) -> SyncReport:
    """Fetch the current version of every listed law from a legalize-kr style HTTP(S) base."""
    if urllib.parse.urlparse(base).scheme not in ("http", "https"):
        raise KBError(f"not an http(s) URL: {base}")
    report = SyncReport()
    for law in manifest.laws:
        url = base.rstrip("/") + "/" + urllib.parse.quote(law.legalize_path)
        try:
            data = _get(url, max_bytes)
            if not data.startswith(b"---"):
                raise KBError("not a legalize-kr statute file (no front matter)")
            _store(report, _target(dest, "statutes", f"{law.mirror_stem}.md"), data, dest)
        except (urllib.error.URLError, OSError, KBError) as exc:
            report.failed.append((law.key, str(getattr(exc, "reason", exc))))
    return report

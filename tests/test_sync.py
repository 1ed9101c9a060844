"""`kb sync`: official texts reach the data home from a mirror folder or a legalize-kr style web server."""
import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from kb.errors import KBError
from kb.sources.manifest import Manifest, NewsReport, load_manifest
from kb.sources.sync import sync_from_folder, sync_from_url

MIRROR = Path(__file__).resolve().parents[2] / "shared" / "corpus"
needs_mirror = pytest.mark.skipif(not (MIRROR / "statutes").is_dir(), reason=f"official-text mirror not at {MIRROR}")


def small_manifest(*keys):
    manifest = load_manifest()
    return Manifest([law for law in manifest.laws if law.key in keys], [], manifest.news)


def test_manifest_lists_the_ten_laws_guidance_and_news():
    manifest = load_manifest()
    assert len(manifest.laws) == 10 and len(manifest.news) == 4 and len(manifest.guidance) >= 9
    assert manifest.law("성폭력처벌법").key == "성폭력범죄의처벌등에관한특례법/법률"
    assert manifest.law("School Violence Act").key == "학교폭력예방및대책에관한법률/법률"
    assert all(law.url.startswith("https://www.law.go.kr/") for law in manifest.laws)


@needs_mirror
def test_folder_sync_copies_every_version_and_a_second_run_writes_nothing(tmp_path):
    manifest = small_manifest("스토킹범죄의처벌등에관한법률/법률", "인공지능발전과신뢰기반조성등에관한기본법/법률")
    first = sync_from_folder(manifest, MIRROR, tmp_path)
    assert len([n for n in first.written if n.startswith("statutes/")]) == 6
    assert "news/hankyoreh-2024-08-29-ktu-survey.txt" in first.written and "GUIDANCE_SOURCES.md" in first.written
    stamps = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    second = sync_from_folder(manifest, MIRROR, tmp_path)
    assert second.written == [] and len(second.unchanged) == len(first.written)
    assert stamps == {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}


@needs_mirror
def test_a_name_that_would_escape_the_mirror_folder_is_refused(tmp_path):
    (tmp_path / "src" / "news").mkdir(parents=True)
    (tmp_path / "src" / "evil.txt").write_text("x", encoding="utf-8")
    manifest = Manifest([], [], [NewsReport("../evil.txt", "x", "", "en")])
    with pytest.raises(KBError, match="unsafe"):
        sync_from_folder(manifest, tmp_path / "src", tmp_path / "dest")
    assert not (tmp_path / "dest" / "evil.txt").exists()


@pytest.fixture
def legalize_server(tmp_path):
    """A web server on 127.0.0.1 serving a legalize-kr style tree (kr/NAME/KIND.md) made from the mirror."""
    if not (MIRROR / "statutes").is_dir():
        pytest.skip(f"official-text mirror not at {MIRROR}")
    root = tmp_path / "www"
    for law in load_manifest().laws[:3]:
        target = root / law.legalize_path
        target.parent.mkdir(parents=True)
        shutil.copy(MIRROR / "statutes" / f"{law.mirror_stem}.md", target)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_sync_fetches_current_versions_and_reports_missing_ones(legalize_server, tmp_path):
    manifest = load_manifest()
    report = sync_from_url(manifest, legalize_server, tmp_path / "mirror")
    assert len(report.written) == 3
    assert len(report.failed) == len(manifest.laws) - 3
    fetched = tmp_path / "mirror" / "statutes" / f"{manifest.laws[0].mirror_stem}.md"
    assert fetched.read_bytes() == (MIRROR / "statutes" / fetched.name).read_bytes()
    again = sync_from_url(manifest, legalize_server, tmp_path / "mirror")
    assert again.written == [] and len(again.unchanged) == 3


def test_url_sync_rejects_other_schemes(tmp_path):
    with pytest.raises(KBError, match="http"):
        sync_from_url(load_manifest(), "file:///etc", tmp_path)


@needs_mirror
def test_symbolic_links_that_lead_out_of_the_source_mirror_are_not_followed(tmp_path):
    law = load_manifest().laws[0]
    news = load_manifest().news[0]
    source, outside = tmp_path / "src", tmp_path / "outside"
    (source / "statutes").mkdir(parents=True)
    (source / "news").mkdir()
    outside.mkdir()
    secret = outside / "secret.md"
    secret.write_text("---\n제목: secret\n---\nnot part of the mirror\n", encoding="utf-8")
    shutil.copy(MIRROR / "statutes" / f"{law.mirror_stem}.md", source / "statutes" / f"{law.mirror_stem}.md")
    (source / "statutes" / f"{law.mirror_stem}@2001-01-01.md").symlink_to(secret)
    (source / "news" / news.file).symlink_to(Path("..") / ".." / "outside" / "secret.md")
    (source / "GUIDANCE_SOURCES.md").symlink_to(secret)

    report = sync_from_folder(Manifest([law], [], [news]), source, tmp_path / "dest")

    assert report.written == [f"statutes/{law.mirror_stem}.md"]  # the real file still lands
    failed = dict(report.failed)
    for name in (f"statutes/{law.mirror_stem}@2001-01-01.md", f"news/{news.file}", "GUIDANCE_SOURCES.md"):
        assert "leads out of the mirror folder" in failed[name]
    copied = [p.read_bytes() for p in (tmp_path / "dest").rglob("*") if p.is_file()]
    assert all(b"not part of the mirror" not in data for data in copied)


@needs_mirror
def test_a_destination_folder_that_is_a_link_out_of_the_data_home_is_refused(tmp_path):
    law = load_manifest().laws[0]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "dest").mkdir()
    (tmp_path / "dest" / "statutes").symlink_to(elsewhere)
    with pytest.raises(KBError, match="outside the mirror folder"):
        sync_from_folder(Manifest([law], [], []), MIRROR, tmp_path / "dest")
    assert list(elsewhere.iterdir()) == []

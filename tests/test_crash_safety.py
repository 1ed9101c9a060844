"""Crash safety of the data home: a versioned catalog that migrates forward, one writer at a time, and
an ingest killed with SIGKILL that leaves the last complete state answering and a rerun that finishes."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import shared_or_skip
from fakes import HashEmbedder

from kb.api import KnowledgeBase
from kb.errors import IndexBusy, KBError
from kb.index.catalog import SCHEMA_VERSION, migrate
from kb.index.ingest import Ingestor
from kb.index.store import Index
from kb.settings import load_settings

#: The catalog as written before it carried a version (chunk_versions without article/starts).
UNVERSIONED_SCHEMA = """
CREATE TABLE sources (path TEXT PRIMARY KEY, content_hash TEXT NOT NULL, source_id TEXT NOT NULL, source_type TEXT,
    title TEXT, version_id TEXT, meta TEXT, chunks INTEGER, ingested_at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE versions (version_id TEXT PRIMARY KEY, law_key TEXT NOT NULL, title TEXT, kind TEXT, effective TEXT,
    promulgated TEXT, promulgation_no INTEGER, url TEXT, version_url TEXT, path TEXT);
CREATE TABLE chunks (chunk_id TEXT PRIMARY KEY, source_id TEXT NOT NULL, text TEXT NOT NULL, record TEXT NOT NULL,
    tokens TEXT NOT NULL, intervals TEXT NOT NULL);
CREATE TABLE chunk_versions (chunk_id TEXT NOT NULL, version_id TEXT NOT NULL, PRIMARY KEY (chunk_id, version_id));
INSERT INTO sources (path, content_hash, source_id, source_type, title, version_id, meta, chunks)
    VALUES ('/old/law.md', 'abc:v1', 'law/법률', 'statute', 'a law', 'law/법률@2020-01-01#1', '{}', 1);
INSERT INTO versions (version_id, law_key, effective) VALUES ('law/법률@2020-01-01#1', 'law/법률', '2020-01-01');
INSERT INTO chunks VALUES ('c1', 'law/법률', 'text', '{}', '[]', '[]');
INSERT INTO chunk_versions VALUES ('c1', 'law/법률@2020-01-01#1');
"""


def settings_for(home: Path, **more):
    return load_settings(env={}, home=str(home), mirror="", **more)


# ---- the catalog's schema version ------------------------------------------------------------------
def test_a_new_catalog_carries_the_schema_version(tmp_path):
    index = Index(settings_for(tmp_path))
    assert index.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    index.close()


def test_an_unversioned_catalog_migrates_forward_and_keeps_its_data(tmp_path):
    db = sqlite3.connect(tmp_path / "catalog.sqlite")
    db.executescript(UNVERSIONED_SCHEMA)
    assert migrate(db) == 0
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = {row[1] for row in db.execute("PRAGMA table_info(chunk_versions)")}
    assert {"article", "starts"} <= columns
    assert db.execute("SELECT chunk_id, version_id, article FROM chunk_versions").fetchall() == \
        [("c1", "law/법률@2020-01-01#1", "")]
    assert db.execute("SELECT path FROM sources").fetchall() == [("/old/law.md",)]
    # its laws' in-force dates are recomputed by the next ingest, in case an old one was killed mid-way
    assert db.execute("SELECT law_key FROM pending_validity").fetchall() == [("law/법률",)]
    assert migrate(db) == SCHEMA_VERSION  # a second open changes nothing


def test_the_existing_default_index_opens_after_the_change(tmp_path):
    built = Path(os.environ.get("KB_TEST_FULL_HOME") or "/tmp/kb-test-full") / "index" / "catalog.sqlite"
    if not built.exists():
        pytest.skip(f"no built default index at {built}")
    shutil.copy(built, tmp_path / "catalog.sqlite")  # never write into the shared index
    db = sqlite3.connect(tmp_path / "catalog.sqlite")
    before = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("sources", "versions", "chunks")}
    migrate(db)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in before} == before


def test_a_read_only_copy_of_an_older_catalog_says_how_to_migrate_it(tmp_path):
    path = tmp_path / "catalog.sqlite"
    sqlite3.connect(path).executescript(UNVERSIONED_SCHEMA)
    path.chmod(0o444)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(KBError, match=r"cannot bring the catalog from schema 0 to \d+ .*open it once where it is writable"):
        migrate(db, path)


def test_a_catalog_from_a_newer_kb_is_refused(tmp_path):
    db = sqlite3.connect(tmp_path / "catalog.sqlite")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(KBError, match="written by a newer kb"):
        migrate(db, tmp_path / "catalog.sqlite")


# ---- one writer at a time ----------------------------------------------------------------------------
def test_a_second_writer_on_the_same_data_home_is_refused_naming_the_first(tmp_path):
    first, second = Index(settings_for(tmp_path)), Index(settings_for(tmp_path))
    with first.writing():
        with first.writing():  # reentrant for the holder (build → ingest → prune)
            with pytest.raises(IndexBusy, match=rf"pid {os.getpid()}\) is writing to"):
                with second.writing():
                    pass
    with second.writing():  # released: the next writer goes ahead
        pass


def test_kb_ingest_is_refused_cleanly_while_another_process_writes(tmp_path, e5_model_dir):
    note = tmp_path / "note.txt"
    note.write_text("학교폭력 신고는 117로 할 수 있습니다.", encoding="utf-8")
    holder = Index(settings_for(tmp_path / "home"))
    with holder.writing():
        result = subprocess.run([sys.executable, "-m", "kb.cli", "ingest", str(note)], env=cli_env(tmp_path / "home", e5_model_dir),
                                capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("kb: another kb process (pid ")
    assert "Traceback" not in result.stderr
    assert holder.db.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 0


HOLD_THE_LOCK = """
import sys
from kb.index.store import Index
from kb.settings import load_settings
index = Index(load_settings(env={{}}, home={home!r}, mirror=""))
with index.writing():
    print("locked", flush=True)
    sys.stdin.read()
"""


def test_a_writer_killed_by_sigkill_leaves_the_data_home_unlocked(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_LOCK.format(home=str(tmp_path))], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(IndexBusy):
            with Index(settings_for(tmp_path)).writing():
                pass
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        with Index(settings_for(tmp_path)).writing():  # the kernel released the lock with the process
            pass
    finally:
        holder.kill()


# ---- interrupted and killed ingests ---------------------------------------------------------------
class CrashesWhenDating:
    """The real index, but the process "dies" when it starts to date the chunks (after every version of
    the run was recorded)."""

    def __init__(self, index):
        self.index = index

    def refresh_validity(self, law_key):
        raise KeyboardInterrupt

    def __getattr__(self, name):
        return getattr(self.index, name)


def statute_files(n=3) -> list[Path]:
    folder = shared_or_skip() / "statutes"
    return [folder / f"스토킹범죄의처벌등에관한법률__법률{suffix}.md" for suffix in ("@2021-10-21", "@2023-07-11", "")][:n]


def intervals(index: Index) -> dict[str, str]:
    return dict(index.db.execute("SELECT chunk_id, intervals FROM chunks"))


def test_laws_left_undated_by_an_interrupted_ingest_are_dated_by_the_next_run(tmp_path):
    reference = Index(settings_for(tmp_path / "reference"))
    Ingestor(reference.settings, reference, HashEmbedder()).ingest(statute_files())

    index = Index(settings_for(tmp_path / "home"))
    with pytest.raises(KeyboardInterrupt):
        Ingestor(index.settings, CrashesWhenDating(index), HashEmbedder()).ingest(statute_files())
    assert index.pending_laws() == ["스토킹범죄의처벌등에관한법률/법률"]

    rerun = Ingestor(index.settings, index, HashEmbedder()).ingest(statute_files())
    assert {f.status for f in rerun.files} == {"unchanged"}
    assert index.pending_laws() == []
    assert intervals(index) == intervals(reference)
    vectors = index.collection.get(include=["metadatas"])
    expected = reference.collection.get(include=["metadatas"])
    assert dict(zip(vectors["ids"], vectors["metadatas"])) == dict(zip(expected["ids"], expected["metadatas"]))


def cli_env(home: Path, e5_model_dir: Path, mirror: str = "") -> dict:
    return {**os.environ, "KB_HOME": str(home), "KB_EMBED_MODEL": str(e5_model_dir),
            "KB_EXAMPLE_CACHE": str(e5_model_dir.parent / "cache"), "KB_MIRROR": mirror}


def catalog_count(home: Path, sql: str) -> int:
    path = home / "index" / "catalog.sqlite"
    if not path.exists():
        return 0
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return db.execute(sql).fetchone()[0]
        finally:
            db.close()
    except sqlite3.OperationalError:  # the writer is creating the tables
        return 0


def kill_once(command: list[str], env: dict, home: Path, ready: str, at_least: int) -> None:
    """Run ``command`` and SIGKILL it as soon as the catalog query ``ready`` reaches ``at_least``; fail if it
    finished first (the test would then not have tested a crash)."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 600
        while catalog_count(home, ready) < at_least:
            assert process.poll() is None, "finished before it could be killed: " + process.stderr.read().decode()[-500:]
            assert time.monotonic() < deadline, "no progress within 600 s"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        process.kill()
        process.stderr.close()


def assert_catalog_has_its_vectors(knowledge: KnowledgeBase) -> None:
    catalog = {cid for (cid,) in knowledge.index.db.execute("SELECT chunk_id FROM chunks")}
    assert catalog <= set(knowledge.index.collection.get(include=[])["ids"])


def test_kb_ingest_killed_mid_run_leaves_the_last_state_answering_and_a_rerun_completes(tmp_path, e5_model_dir,
                                                                                        subset_dir):
    home = tmp_path / "home"
    env = cli_env(home, e5_model_dir)
    done = subprocess.run([sys.executable, "-m", "kb.cli", "ingest", str(subset_dir / "news")], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    news_chunks = catalog_count(home, "SELECT COUNT(*) FROM chunks")

    # killed once the first statute chunks are stored and the rest are still being embedded
    kill_once([sys.executable, "-m", "kb.cli", "ingest", str(subset_dir / "statutes")], env, home,
              "SELECT COUNT(*) FROM chunks", news_chunks + 1)
    stored_before_the_kill = catalog_count(home, "SELECT COUNT(*) FROM chunks") - news_chunks

    asked = subprocess.run([sys.executable, "-m", "kb.cli", "ask", "--json",
                            "How many teachers and students were victims in the KTU survey?"],
                           env=env, capture_output=True, text=True, timeout=600)
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert not answer["abstained"] and answer["citations"][0]["source_type"] == "news"

    rerun = subprocess.run([sys.executable, "-m", "kb.cli", "ingest", "--json", str(subset_dir / "statutes")], env=env,
                           capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    files = json.loads(rerun.stdout)["files"]
    assert [f["status"] for f in files] == ["added"] * 4  # no version was recorded before the kill
    knowledge_chunks = catalog_count(home, "SELECT COUNT(*) FROM chunks") - news_chunks
    assert sum(f["embedded"] for f in files) == knowledge_chunks - stored_before_the_kill  # nothing embedded twice

    knowledge = KnowledgeBase(load_settings(env={}, home=str(home), mirror=""))
    assert knowledge.stats()["statute_versions"] == 4 and knowledge.index.pending_laws() == []
    assert_catalog_has_its_vectors(knowledge)
    reference = Index(settings_for(tmp_path / "reference"))
    Ingestor(reference.settings, reference, HashEmbedder()).ingest([subset_dir / "statutes"])
    mine = intervals(knowledge.index)
    assert {c: mine[c] for c in intervals(reference)} == intervals(reference)  # dated as a clean run dates them


@pytest.mark.slow
def test_kb_build_killed_mid_run_keeps_answering_and_a_rerun_completes(tmp_path, e5_model_dir, subset_dir):
    home = tmp_path / "home"
    env = cli_env(home, e5_model_dir, mirror=str(subset_dir))
    kill_once([sys.executable, "-m", "kb.cli", "build"], env, home, "SELECT COUNT(*) FROM sources", 20)
    cards = catalog_count(home, "SELECT COUNT(*) FROM sources")

    asked = subprocess.run([sys.executable, "-m", "kb.cli", "ask", "--json", "딥페이크 피해를 입었어요. 어디에 신고하나요?"],
                           env=env, capture_output=True, text=True, timeout=600)
    assert asked.returncode == 0, asked.stderr
    assert "answer" in json.loads(asked.stdout)

    rerun = subprocess.run([sys.executable, "-m", "kb.cli", "build", "--json"], env=env, capture_output=True, text=True,
                           timeout=1200)
    assert rerun.returncode == 0, rerun.stderr
    files = json.loads(rerun.stdout)["files"]
    assert sum(f["status"] == "unchanged" for f in files) >= cards and not any(f["status"] == "skipped" for f in files)
    knowledge = KnowledgeBase(load_settings(env={}, home=str(home), mirror=str(subset_dir)))
    assert knowledge.stats()["statute_versions"] == 4 and knowledge.index.pending_laws() == []
    assert_catalog_has_its_vectors(knowledge)


def test_two_kb_ingest_processes_on_one_data_home_never_interleave(tmp_path, e5_model_dir, subset_dir):
    home = tmp_path / "home"
    env = cli_env(home, e5_model_dir)
    notes = tmp_path / "notes"
    notes.mkdir()
    for n in range(3):
        (notes / f"note-{n}.txt").write_text(f"{n}번 안내문: 학교폭력 신고는 117, 디지털 성범죄 상담은 1366입니다.", encoding="utf-8")
    folders = [subset_dir / "news", notes]
    processes = [subprocess.Popen([sys.executable, "-m", "kb.cli", "ingest", str(folder)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for folder in folders]
    outcomes = [(p.wait(timeout=600), p.stdout.read(), p.stderr.read()) for p in processes]
    for process in processes:
        process.stdout.close()
        process.stderr.close()
    for code, _, err in outcomes:  # each either finished or was refused with the one-line message
        assert code == 0 or (code == 1 and err.strip().splitlines()[-1].startswith("kb: another kb process")), err
    assert any(code == 0 for code, _, _ in outcomes)
    for folder, (code, _, _) in zip(folders, outcomes):
        if code:  # the refused one, run again once the first has finished
            assert subprocess.run([sys.executable, "-m", "kb.cli", "ingest", str(folder)], env=env,
                                  capture_output=True, timeout=600).returncode == 0
    knowledge = KnowledgeBase(load_settings(env={}, home=str(home), mirror=""))
    assert knowledge.stats()["sources"] == {"news": 4, "document": 3}
    catalog = {cid for (cid,) in knowledge.index.db.execute("SELECT chunk_id FROM chunks")}
    assert catalog == set(knowledge.index.collection.get(include=[])["ids"])


def test_processes_that_open_a_fresh_data_home_together_all_get_the_same_store(tmp_path):
    """Opening creates the catalog's and Chroma's tables; four processes doing it at once used to race
    ("table collections already exists")."""
    home = tmp_path / "home"
    code = ("import sys; from kb.settings import load_settings; from kb.index.store import Index; "
            "index = Index(load_settings(env={}, home=sys.argv[1], mirror='')); print(index.collection.count())")
    processes = [subprocess.Popen([sys.executable, "-c", code, str(home)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in processes]
    for process in processes:
        process.stdout.close()
        process.stderr.close()
    assert all(code == 0 and out.strip() == "0" for code, out, _ in results), [err[-300:] for _, _, err in results]

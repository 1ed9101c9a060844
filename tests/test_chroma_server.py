"""Server mode: with chroma_url (KB_CHROMA_URL) the vectors live in a real Chroma server (`chroma run`
from the installed chromadb, on 127.0.0.1, a free port, a temporary path) and nothing else changes.

Also the deployment the README describes: several workers share one Chroma server, each with a
read-only copy of the SQLite catalog made after the writer's ingest."""
import shutil
import stat
import sys
from pathlib import Path

import pytest

from kb.api import KnowledgeBase
from kb.evaluation.scale import ChromaServer

CHROMA = Path(sys.executable).parent / "chroma"
QUESTION = "How many teachers and students were victims in the KTU survey?"


@pytest.fixture
def chroma_server(tmp_path):
    if not CHROMA.exists():
        pytest.skip(f"no chroma command beside {sys.executable}")
    server = ChromaServer(tmp_path / "chroma-data")
    server.start()
    yield server
    server.stop()


def cited(answer) -> list[tuple[str, str]]:
    return [(c.chunk_id, c.quote) for c in answer.citations]


def test_ingest_and_ask_through_a_chroma_server_that_restarts(chroma_server, settings_factory, subset_dir):
    knowledge = KnowledgeBase(settings_factory(chroma_url=chroma_server.url))
    report = knowledge.ingest([subset_dir / "news"])
    assert report.count("added") == 4 and report.embedded > 0
    assert not (knowledge.settings.index_dir / "chroma").exists()  # no embedded store was made
    assert knowledge.stats()["vectors"] == knowledge.stats()["chunks"]
    first = knowledge.ask(QUESTION)
    assert not first.abstained and first.citations[0].source_type == "news"

    chroma_server.stop()
    chroma_server.start()  # same path and port: the vectors persisted on the server
    again = knowledge.ask(QUESTION)  # the same process, its client reconnects
    assert cited(again) == cited(first)
    fresh = KnowledgeBase(knowledge.settings)
    assert cited(fresh.ask(QUESTION)) == cited(first)
    assert fresh.ingest([subset_dir / "news"]).count("unchanged") == 4


def test_workers_answer_from_read_only_copies_of_the_catalog(chroma_server, settings_factory, subset_dir, tmp_path):
    writer = KnowledgeBase(settings_factory(chroma_url=chroma_server.url))
    writer.ingest([subset_dir / "news"])
    expected = cited(writer.ask(QUESTION))

    workers = []
    for n in range(2):  # what each web worker gets: its own data home with a copy of the finished catalog
        worker_settings = settings_factory(chroma_url=chroma_server.url)
        worker_settings.index_dir.mkdir(parents=True)
        copy = worker_settings.index_dir / "catalog.sqlite"
        shutil.copy(writer.settings.index_dir / "catalog.sqlite", copy)
        copy.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        worker_settings.index_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)  # nothing can be created beside it
        workers.append(KnowledgeBase(worker_settings))
    try:
        for worker in workers:
            assert cited(worker.ask(QUESTION)) == expected

        # the writer adds sources to the shared server; a worker with the older copy keeps answering from
        # what its catalog knows (the new vectors are ignored, not half-used) until it gets the new copy
        writer.ingest([subset_dir / "statutes" / "성폭력범죄의처벌등에관한특례법__법률.md"])
        stale = workers[0].ask("딥페이크 영상을 소지하면 처벌받나요?")
        known = {cid for (cid,) in workers[0].index.db.execute("SELECT chunk_id FROM chunks")}
        assert all(c.chunk_id in known for c in stale.citations)
    finally:
        for worker in workers:
            worker.settings.index_dir.chmod(stat.S_IRWXU)

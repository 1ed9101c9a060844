"""Answers run side by side in one process (web users are threads): the same answers as one at a time,
and an ingest's swap of the lexical index waits for the answers in flight."""
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from kb.api import Access

pytestmark = pytest.mark.slow

QUESTIONS = ("딥페이크 영상을 저장만 해도 처벌받나요?", "학폭위 조치는 몇 가지예요?",
             "can my sister ask for the deletion for me?", "2024년 9월 당시 딥페이크 소지는 처벌됐나요?",
             "제 합성 사진이 단톡방에 돌아요 어디에 신고해요?", "What is the penalty for threatening someone with a deepfake?")


def _shape(answer):
    return answer.answer, [(c.chunk_id, c.quote, [p["chunk_id"] for p in c.primary]) for c in answer.citations]


def test_answers_asked_at_once_from_many_threads_equal_those_asked_one_by_one(full_kb):
    alone = {q: _shape(full_kb.ask(q)) for q in QUESTIONS}
    with ThreadPoolExecutor(max_workers=6) as pool:
        together = list(pool.map(lambda q: (q, _shape(full_kb.ask(q))), QUESTIONS * 3))
    for question, shape in together:
        assert shape == alone[question], question


def test_readers_share_and_a_writer_waits_for_them_and_holds_new_ones_off():
    access = Access()
    order: list[str] = []
    reading = threading.Event()
    release = threading.Event()

    def reader():
        with access.reading():
            order.append("read")
            reading.set()
            release.wait(10)

    def writer():
        with access.writing():
            order.append("write")
            with access.reading():  # the writer's thread may read inside its own write
                order.append("write-read")

    first = threading.Thread(target=reader)
    first.start()
    assert reading.wait(10)
    with access.reading():  # a second reader does not wait for the first
        order.append("read-2")
    second = threading.Thread(target=writer)
    second.start()
    second.join(0.2)
    assert second.is_alive() and "write" not in order  # the writer waits for the reader in flight
    release.set()
    first.join(10)
    second.join(10)
    assert order == ["read", "read-2", "write", "write-read"]

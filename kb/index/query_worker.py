"""The light query encoder in a process of its own, so a cold `kb ask` or `kb serve` uses both cores.

Loading the query encoder is importing torch and transformers and reading the weights; opening the
index, loading Kiwi and the safety gate's scikit-learn model is the rest of a cold start. Both halves
are Python imports and C constructors that hold the GIL, so a thread of the same process overlaps them
little (measured: Kiwi's constructor lets another thread run at 2% of its speed). In a second process
they run side by side, and the answering process never imports torch at all.

The protocol, over the worker's stdin and stdout: a request is a 4-byte little-endian length and that
many bytes of UTF-8 text; the answer is a signed 4-byte length and that many bytes of float32 vector
(`QueryEncoder.get_query_embedding`'s numbers, so the same floats reach the caller), or, negative, an
error message. The worker ends when its stdin closes, that is when the process that started it ends,
however it ends.
"""
from __future__ import annotations

import os
import struct
import subprocess
import sys
import threading
import weakref
from pathlib import Path

from kb.errors import ModelUnavailable


class QueryWorker:
    """Query vectors from a `kb.index.query_worker` process; threads take turns (one vector is ~20 ms)."""

    def __init__(self, folder: Path, prefix: str, max_length: int,
                 launcher: tuple[str, ...] = (sys.executable, "-m", "kb.index.query_worker")):
        """``launcher``: the command that runs this module (a test wraps it to watch the worker)."""
        self._process = subprocess.Popen(
            [*launcher, str(folder), prefix, str(max_length)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, close_fds=True)
        self._lock = threading.Lock()
        # dropped (the full embedder took over): stop it; at exit it needs no waiting for, as it ends on
        # its own when this process's end closes its stdin
        weakref.finalize(self, _close, self._process).atexit = False

    @property
    def pid(self) -> int:
        return self._process.pid

    def get_query_embedding(self, text: str) -> list[float]:
        import numpy as np

        data = text.encode("utf-8")
        with self._lock:
            try:
                self._process.stdin.write(struct.pack("<I", len(data)) + data)
                self._process.stdin.flush()
                (size,) = struct.unpack("<i", self._read(4))
                payload = self._read(abs(size))
            except (OSError, ValueError, EOFError) as exc:
                raise ModelUnavailable(f"the query encoder's process stopped (exit {self._process.poll()})") from exc
        if size < 0:
            raise ModelUnavailable(f"the query encoder failed: {payload.decode('utf-8', 'replace')}")
        return np.frombuffer(payload, dtype=np.float32).tolist()

    def _read(self, size: int) -> bytes:
        data = self._process.stdout.read(size)
        if len(data) != size:
            raise EOFError
        return data

    def close(self) -> None:
        _close(self._process)


def _close(process: subprocess.Popen) -> None:
    """Close the worker's stdin (it then ends at once) and reap it."""
    try:
        process.stdin.close()
    except OSError:
        pass
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()


def _serve(folder: str, prefix: str, max_length: str) -> None:
    """The worker's loop: load the encoder, then answer requests until stdin closes."""
    requests = sys.stdin.buffer
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever a library prints goes to stderr, never into the answers
    try:
        from kb.index.embedding import _set_torch_threads
        from kb.index.query_encoder import QueryEncoder

        _set_torch_threads()
        encoder, failure = QueryEncoder(Path(folder), prefix, int(max_length)), None
    except Exception as exc:  # noqa: BLE001  (reported to the caller with its first request)
        encoder, failure = None, f"{type(exc).__name__}: {exc}"
    while True:
        header = requests.read(4)
        if len(header) < 4:
            return
        (size,) = struct.unpack("<I", header)
        text = requests.read(size).decode("utf-8")
        try:
            if encoder is None:
                raise ModelUnavailable(failure)
            import numpy as np

            vector = np.asarray(encoder.get_query_embedding(text), dtype=np.float32).tobytes()
            answers.write(struct.pack("<i", len(vector)) + vector)
        except Exception as exc:  # noqa: BLE001  (the caller raises it)
            message = f"{type(exc).__name__}: {exc}".encode("utf-8")
            answers.write(struct.pack("<i", -len(message)) + message)
        answers.flush()


if __name__ == "__main__":
    _serve(*sys.argv[1:4])
    sys.stdout.flush()
    os._exit(0)  # torch's teardown takes seconds and nothing is left to write

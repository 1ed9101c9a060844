"""A bounded load test of a running app through Gradio's HTTP API (the `/ask` endpoint).

    python -m app.loadtest http://127.0.0.1:7860 --sessions 20 --seconds 30

Each session asks questions one after another (POST /gradio_api/call/ask, then reads the event
stream to its end) until the time is up; the report gives answers per second and latency
percentiles. Uses only the standard library, so it measures the server, not a client package.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field

QUESTIONS = (
    ("딥페이크 영상을 시청만 해도 처벌받나요?", "policy"),
    ("Where can I get help deleting a deepfake of me?", "targeted"),
    ("학생이 딥페이크를 만들어 퍼뜨렸어요. 학교는 무엇을 해야 하나요?", "staff"),
    ("What is the penalty for making a sexual deepfake?", "policy"),
    ("딥페이크 삭제 지원은 어디에 요청하나요?", "helper"),
)


@dataclass
class LoadResult:
    sessions: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def answers(self) -> int:
        return len(self.latencies)

    @property
    def throughput(self) -> float:
        return self.answers / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return 0.0
        if len(self.latencies) == 1:
            return self.latencies[0]
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[int(q) - 1]

    def summary(self) -> str:
        return (f"{self.sessions} sessions × {self.seconds:.0f} s: {self.answers} answers, {len(self.errors)} errors, "
                f"{self.throughput:.2f} answers/s, latency p50 {self.percentile(50):.2f} s, "
                f"p95 {self.percentile(95):.2f} s, max {max(self.latencies, default=0):.2f} s")


def ask(base_url: str, question: str, role: str, as_of: str = "", timeout: float = 120) -> list:
    """One answer through the app's API: the final output values [chat, sources, …]."""
    endpoint = base_url.rstrip("/") + "/gradio_api/call/ask"
    body = json.dumps({"data": [question, [], role, as_of]}).encode()
    request = urllib.request.Request(endpoint, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        event_id = json.loads(response.read())["event_id"]
    event, data = None, None
    with urllib.request.urlopen(f"{endpoint}/{event_id}", timeout=timeout) as stream:
        for raw in stream:
            line = raw.decode("utf-8").rstrip("\n")
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                data = line[5:].strip()
                if event in ("complete", "error"):
                    break
    if event != "complete":
        raise RuntimeError(f"the app answered with event {event!r}: {data}")
    return json.loads(data)


def run(base_url: str, sessions: int = 20, seconds: float = 30.0) -> LoadResult:
    """``sessions`` concurrent askers for ``seconds``; a request started before the end is waited for."""
    result = LoadResult(sessions, seconds)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def session(number: int) -> None:
        turn = number
        while time.monotonic() < deadline:
            question, role = QUESTIONS[turn % len(QUESTIONS)]
            turn += 1
            started = time.monotonic()
            try:
                output = ask(base_url, question, role)
                if not output or not output[0] or "[1]" not in json.dumps(output[0], ensure_ascii=False):
                    raise RuntimeError("answer without a citation")
            except Exception as exc:  # every failure counts; the report lists them
                with lock:
                    result.errors.append(f"{type(exc).__name__}: {exc}"[:200])
                continue
            with lock:
                result.latencies.append(time.monotonic() - started)

    threads = [threading.Thread(target=session, args=(n,), daemon=True) for n in range(sessions)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.monotonic() - began
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.loadtest", description=__doc__.split("\n")[0])
    parser.add_argument("url", nargs="?", default="http://127.0.0.1:7860")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args(argv)
    result = run(args.url, args.sessions, args.seconds)
    print(result.summary())
    for error in result.errors[:10]:
        print("  " + error, file=sys.stderr)
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main())

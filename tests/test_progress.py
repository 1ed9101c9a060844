"""What a long ingest shows while it runs, when its output is not a terminal (a log, CI, `make run | tee`)."""
import io

from kb.cli import _Progress
from kb.index.ingest import EmbeddingProgress, FileOutcome, TokenizingProgress


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def _progress():
    stream, clock = io.StringIO(), Clock()
    return _Progress("build", stream=stream, every_s=5.0, clock=clock), stream, clock


def test_reading_files_prints_a_line_every_few_seconds_not_one_per_file():
    progress, stream, clock = _progress()
    for n in range(30):
        clock.now = n * 0.5  # a file every half second: 15 s in all
        progress.file(FileOutcome(f"/mirror/statutes/law{n}.md", "unchanged" if n % 3 else "added"))
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3  # at 0 s, 5 s and 10 s
    assert lines[-1] == "build: read 21 files (7 added, 14 unchanged), last law20.md"


def test_embedding_says_how_much_there_is_how_far_it_got_and_how_long_is_left():
    progress, stream, clock = _progress()
    state = EmbeddingProgress(0, 400, 0, 100_000, 0.0)
    progress.embedding(state)
    for done in range(64, 400, 64):
        clock.now += 3.0  # a group every 3 s
        state.done, state.chars_done, state.elapsed_s = done, done * 250, clock.now
        progress.embedding(state)
    clock.now += 1.0
    state.done, state.chars_done, state.elapsed_s = 400, 100_000, clock.now
    progress.embedding(state)
    lines = stream.getvalue().splitlines()
    assert lines[0] == "build: embedding 400 new chunks (100,000 characters)"
    assert lines[1] == "build: embedded 128 of 400 new chunks (32%) in 6s, about 13s left"
    assert lines[-1] == "build: embedded 400 of 400 new chunks (100%) in 19s"
    assert len(lines) == 5  # start, every 6 s (two groups), and the end


def test_long_passes_say_minutes():
    progress, stream, clock = _progress()
    state = EmbeddingProgress(0, 3000, 0, 1_000_000, 0.0)
    progress.embedding(state)
    clock.now = 150.0
    state.done, state.chars_done, state.elapsed_s = 1000, 250_000, 150.0
    progress.embedding(state)
    assert stream.getvalue().splitlines()[-1] == \
        "build: embedded 1,000 of 3,000 new chunks (33%) in 2m30s, about 7m30s left"


def test_kb_ingest_on_a_pipe_says_what_it_embeds(settings_factory, tmp_path):
    """The whole command, its stderr a pipe: the embedding pass is announced and its end reported."""
    from test_cli import run_kb

    folder = tmp_path / "notes"
    folder.mkdir()
    for n in range(3):
        (folder / f"note{n}.txt").write_text(f"학교폭력 신고 절차 안내 {n}번 문단입니다. " * 30, encoding="utf-8")
    result = run_kb(settings_factory(), "ingest", str(folder), "--type", "guidance")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    started = [line for line in lines if line.startswith("ingest: embedding ")]
    finished = [line for line in lines if line.startswith("ingest: embedded ") and "(100%)" in line]
    assert len(started) == 1 and len(finished) == 1, result.stderr
    count = started[0].split()[2]
    assert finished[0].startswith(f"ingest: embedded {count} of {count} new chunks")
    assert "3 added" in result.stdout
    tokenizing = [line for line in lines if line.startswith("ingest: tokeniz")]
    assert tokenizing[0] == f"ingest: tokenizing {count} new chunks for the word index", result.stderr
    assert tokenizing[-1].startswith(f"ingest: tokenized {count} of {count} new chunks"), result.stderr
    assert lines.index(tokenizing[-1]) < lines.index(started[0])  # the word index's tokens come first


def test_tokenizing_says_how_many_and_when_it_is_done_not_a_line_per_chunk():
    progress, stream, clock = _progress()
    state = TokenizingProgress(0, 2600, 0.0)
    progress.tokenizing(state)
    for done in range(100, 2601, 100):
        clock.now += 1.0
        state.done, state.elapsed_s = done, clock.now
        progress.tokenizing(state)
    lines = stream.getvalue().splitlines()
    assert lines[0] == "build: tokenizing 2,600 new chunks for the word index"
    assert lines[-1] == "build: tokenized 2,600 of 2,600 new chunks in 26s"
    assert len(lines) == 1 + 26 // 5 + 1  # the start, one every 5 s, the end

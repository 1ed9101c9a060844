"""Packages the library imports late, and a message that names what to install when one is missing.

`import kb` must work even when a heavy or test-only package is absent; the feature that needs it
then fails with one line saying which package to install, not with a traceback.
"""
from __future__ import annotations

import importlib.util

from kb.errors import MissingDependency


def installed(module: str) -> bool:
    """Whether ``module`` (dotted, e.g. "llama_index.core") can be imported, without importing it."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a parent package is absent, blocked, or half-installed
        return False


def require(module: str, distribution: str, purpose: str, extra: str = "") -> None:
    """Raise MissingDependency unless ``module`` is importable; ``distribution`` is its name on PyPI and
    ``extra`` the optional-dependency group of this project that installs it, if any."""
    if installed(module):
        return
    hint = f"pip install {distribution}" + (f" (or pip install -e '.[{extra}]')" if extra else "")
    raise MissingDependency(f"{purpose} needs the Python package {distribution}, which is not installed: {hint}")

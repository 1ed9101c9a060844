"""Optional generative synthesis (off by default): an OpenAI-compatible server rewrites the verified evidence.

The model sees only the numbered evidence lines the extractive engine already verified, and must
cite them as [n]. Its output goes through the same check as every other answer line: a line without
a valid citation, or with a number, date, phone number or article its cited evidence does not hold,
is dropped. If fewer than ``min_lines`` survive, the caller keeps the extractive answer. Works with
Ollama, llama.cpp server or vLLM (``/v1/chat/completions``); configure ``llm_url`` and ``llm_model``.
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass

from kb.answer.messages import SYSTEM_PROMPT
from kb.law.facts import unsupported

_CITED = re.compile(r"\[(\d+)\]")


@dataclass
class Evidence:
    n: int
    text: str  # what the line may rest on: the quote, its source and locator, its dates


def build_messages(question: str, language: str, evidence: list[Evidence]) -> list[dict]:
    listed = "\n".join(f"[{e.n}] {e.text}" for e in evidence)
    return [{"role": "system", "content": SYSTEM_PROMPT[language]},
            {"role": "user", "content": f"{listed}\n\n{question}"}]


def verify(output: str, evidence: list[Evidence]) -> list[str]:
    """The lines of a model's output that cite existing evidence and state nothing it does not hold."""
    by_number = {e.n: e.text for e in evidence}
    kept = []
    for line in (part.strip() for part in re.split(r"\n+|(?<=\])\s+(?=\S)", output)):
        numbers = [int(n) for n in _CITED.findall(line)]
        if not line or not numbers or any(n not in by_number for n in numbers):
            continue
        claim = _CITED.sub(" ", line)
        if not unsupported(claim, *(by_number[n] for n in numbers)):
            kept.append(line)
    return kept


def complete(url: str, model: str, messages: list[dict], timeout: float = 60.0) -> str:
    """One chat completion from an OpenAI-compatible server; raises OSError/ValueError on failure."""
    body = json.dumps({"model": model, "messages": messages, "temperature": 0}).encode("utf-8")
    request = urllib.request.Request(url.rstrip("/") + "/v1/chat/completions", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (configured by the user)
        data = json.loads(response.read().decode("utf-8"))
    return data["choices"][0]["message"]["content"]


def synthesise(question: str, language: str, evidence: list[Evidence], url: str, model: str,
               min_lines: int = 1) -> list[str] | None:
    """Verified lines written by the model, or None when it fails or too little survives verification."""
    try:
        output = complete(url, model, build_messages(question, language, evidence))
    except (OSError, ValueError, KeyError, IndexError, urllib.error.URLError):
        return None
    lines = verify(output, evidence)
    return lines if len(lines) >= min_lines else None

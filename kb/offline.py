"""Process-wide guards that keep every library offline and silent (no hub, no telemetry)."""
import os
from pathlib import Path


def enforce_offline() -> None:
    """Set the variables that stop Hugging Face, Chroma, Gradio and tiktoken from calling out."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    # Spinning OpenMP workers make short torch calls ~25x slower on a shared 2-core machine.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    if not os.environ.get("NLTK_DATA"):
        os.environ.pop("NLTK_DATA", None)  # an empty value makes llama-index try to download
    if "TIKTOKEN_CACHE_DIR" not in os.environ:
        import importlib.util

        from kb.dependencies import installed

        # Without llama-index, `import kb` still works; chunking then says what to install.
        spec = importlib.util.find_spec("llama_index.core") if installed("llama_index.core") else None
        if spec and spec.submodule_search_locations:
            cache = Path(list(spec.submodule_search_locations)[0]) / "_static" / "tiktoken_cache"
            if cache.is_dir():
                os.environ["TIKTOKEN_CACHE_DIR"] = str(cache)

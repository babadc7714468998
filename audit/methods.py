"""How far the figures can be trusted: the measured extraction scores and known limits (``methods.toml``), the
parser's scores (the model manifest), and how each figure is computed (the glossary). Read by the report's
Methods page; no Streamlit here.

Example: ``methods()["extraction"]["source"]`` is ``[82.7, 68.0, 74.6]``: precision, recall and F1 of the
source span on PolNeAR test.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import LexiconError
from .lexicon import _check_schema, _read_toml


def load_methods(path: Path | str, text: str | None = None) -> dict:
    data = _read_toml(path, text)
    _check_schema(path, data, "newsaudit.methods/1")
    ext = data.get("extraction")
    if not isinstance(ext, dict):
        raise LexiconError(path, "extraction", "needs an [extraction] table")
    for key in ("source", "cue", "content"):
        v = ext.get(key)
        if not (isinstance(v, list) and len(v) == 3 and all(isinstance(x, (int, float)) and 0 <= x <= 100 for x in v)):
            raise LexiconError(path, f"extraction.{key}", "needs [precision, recall, F1], three numbers from 0 to 100")
    for key in ("corpus", "measured", "note"):
        if not isinstance(ext.get(key), str):
            raise LexiconError(path, f"extraction.{key}", "needs a string")
    items = data.get("limits", {}).get("items")
    if not (isinstance(items, list) and items and all(isinstance(x, str) and x for x in items)):
        raise LexiconError(path, "limits", "needs `items`, a list of sentences")
    return data


@lru_cache(maxsize=1)
def methods() -> dict:
    return load_methods(Path(str(resources.files("audit") / "methods.toml")))


def model_scores(models_dir: Path | None = None) -> dict:
    """The bundled parser's measured scores (its manifest), or an empty dict."""
    import json

    path = (models_dir or Path(str(resources.files("audit") / "models" / "en_compact"))) / "manifest.json"
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("scores", {})
    except (OSError, ValueError):
        return {}

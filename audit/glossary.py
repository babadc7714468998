"""Plain names for figures: ``lexicons/glossary.toml`` (schema ``newsaudit.glossary/1``) gives each metric and
count a name and a one-line definition; side ids become the packs' display names.

Example: ``label("voice_share", "ukraine", {"ukraine": "Ukraine"})`` is "Voice share: Ukraine", and
``definition("voice_share", "ukraine", ...)`` "share of attributions whose source is on the Ukraine side".
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import LexiconError
from .lexicon import _check_schema, _read_toml


def load_glossary(path: Path | str, text: str | None = None) -> dict[str, dict[str, tuple[str, str]]]:
    """``{"metrics": {id: (name, definition)}, "columns": {...}}``, validated."""
    data = _read_toml(path, text)
    _check_schema(path, data, "newsaudit.glossary/1")
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for section in ("metrics", "columns"):
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise LexiconError(path, section, f"must be a table of [{section}.ID] entries")
        out[section] = {}
        for key, entry in table.items():
            if not isinstance(entry, dict) or set(entry) != {"name", "definition"} or not all(
                    isinstance(v, str) and v.strip() for v in entry.values()):
                raise LexiconError(path, f"{section}.{key}", "needs `name` and `definition`, two non-empty strings")
            out[section][key] = (entry["name"], entry["definition"])
    return out


@lru_cache(maxsize=1)
def glossary() -> dict[str, dict[str, tuple[str, str]]]:
    return load_glossary(Path(str(resources.files("audit") / "lexicons" / "glossary.toml")))


def _fill(template: str, key: str | None, side_labels: dict[str, str] | None) -> str:
    shown = (side_labels or {}).get(key, key) if key else ""
    return template.replace("{side}", shown).replace("{aligns}", shown)


def label(metric: str, key: str | None = None, side_labels: dict[str, str] | None = None) -> str:
    """The plain name of a metric (with its side or alignment), or of a count column; the id where none is known."""
    entry = glossary()["metrics"].get(metric) or glossary()["columns"].get(metric)
    if entry is None:
        return metric if key is None else f"{metric} {key}"
    return _fill(entry[0], key, side_labels)


def definition(metric: str, key: str | None = None, side_labels: dict[str, str] | None = None) -> str | None:
    entry = glossary()["metrics"].get(metric) or glossary()["columns"].get(metric)
    return _fill(entry[1], key, side_labels) if entry else None

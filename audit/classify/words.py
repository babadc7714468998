"""The word lists of the classify stage, from ``lexicons/classify_words.toml`` (loaded and validated like the
attribution engine's, :func:`audit.attribution.words.load_words`), under the names the rules use.

Example: ``HONORIFIC_GENDER["ms."]`` is "female": "Ms. Lee … she said" resolves "she" to Ms. Lee.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..attribution.words import load_words

W = load_words(Path(str(resources.files("audit") / "lexicons" / "classify_words.toml")))
HONORIFIC_GENDER = {word: gender for gender, words in W["honorifics"].items() for word in words}
GENDERED_NOUNS = {word: gender for gender, words in W["gendered_nouns"].items() for word in words}
GENERIC_SOURCE_NOUNS = W["generic_source_nouns"]
TITLE_WORDS = W["title_words"]

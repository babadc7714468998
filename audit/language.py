"""Whether an article looks English: newsaudit's parser, cues and lexicons are English, so an article in another
language gives no attributions, and its row says why instead of showing a silent zero.

Two signals from ``lexicons/language.toml``: the share of Latin letters (a Russian or Chinese text has few), and
the share of English function words (a German or French text in Latin letters has few). No model, no network.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from .errors import LexiconError
from .lexicon import _check_schema, _read_toml, _str_list

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


class LanguageRules(NamedTuple):
    min_letters: int
    min_latin_share: float
    min_words: int
    min_function_share: float
    function_words: frozenset[str]


def load_language(path: Path | str, text: str | None = None) -> LanguageRules:
    data = _read_toml(path, text)
    _check_schema(path, data, "newsaudit.language/1")
    nums = {}
    for key, kind in (("min_letters", int), ("min_latin_share", float), ("min_words", int),
                      ("min_function_share", float)):
        v = data.get(key)
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0 or kind is float and v > 1:
            raise LexiconError(path, key, "needs a number" + (" from 0 to 1" if kind is float else " of 0 or more"))
        nums[key] = kind(v)
    words = frozenset(w.lower() for w in _str_list(path, "function_words", data, "function_words", required=True))
    return LanguageRules(function_words=words, **nums)


@lru_cache(maxsize=1)
def rules() -> LanguageRules:
    return load_language(Path(str(resources.files("audit") / "lexicons" / "language.toml")))


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    first = name.split(" ")[0] if name else "unknown"
    return first if len(first) <= 3 else first.title()  # "CJK", "Cyrillic"


def language_note(text: str, r: LanguageRules | None = None) -> str | None:
    """None when ``text`` looks English (or is too short to tell); else a note saying what it looks like."""
    r = r or rules()
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < r.min_letters:
        return None
    latin = sum(1 for ch in letters if ord(ch) < 0x250)
    if latin < r.min_latin_share * len(letters):
        script = Counter(_script(ch) for ch in letters if ord(ch) >= 0x250).most_common(1)[0][0]
        return (f"the text does not look English (most letters are {script}, {100 * latin / len(letters):.0f}% "
                "Latin): newsaudit reads English only, so its attributions and terms are missing or wrong")
    words = WORD.findall(text.lower())
    if len(words) < r.min_words:
        return None
    share = sum(1 for w in words if w in r.function_words) / len(words)
    if share < r.min_function_share:
        return (f"the text does not look English ({100 * share:.0f}% English function words, English news has "
                "40–50%): newsaudit reads English only, so its attributions and terms are missing or wrong")
    return None

"""Pseudonyms: a name the article says is not the person's own makes that person anonymous, whatever the name.

The declarations read, each with an invented example:
- "identified (only) as X" / "asked to be called X": "A former nurse, who asked to be identified only as Marta, …";
- "X, not her real name" / "X (not his real name)" / "X is not their real name": "Marta, not her real name, said …";
- "X, a pseudonym" / "X (a pseudonym)": "Omar (a pseudonym) said …";
- "X, whose name has been changed": "Lena, whose name has been changed to protect her, said …".

:func:`declared` gives every name so declared in a text; :func:`declaration_in` the name a source phrase declares
("A former nurse, who asked to be identified only as Marta" → "Marta").
"""
from __future__ import annotations

import re

_NAME = r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
_AFTER = re.compile(r"\b(?:identified(?:\s+only)?(?:\s+by\s+the\s+name)?\s+as|asked\s+to\s+be\s+called|"
                    r"agreed\s+to\s+be\s+called|goes\s+by\s+the\s+name)\s+" + _NAME)
_BEFORE = re.compile(_NAME + r"\s*(?:,|\(|\bis\b|\bwas\b)\s*(?:not\s+(?:her|his|their)\s+real\s+name|a\s+pseudonym|"
                     r"whose\s+(?:real\s+)?name\s+(?:has|had)\s+been\s+changed)")


def declared(text: str) -> set[str]:
    """Every name ``text`` declares a pseudonym."""
    return {m.group(1) for rx in (_AFTER, _BEFORE) for m in rx.finditer(text)}


def declaration_in(phrase: str) -> str | None:
    """The pseudonym a source phrase declares for its speaker, if any."""
    m = _AFTER.search(phrase) or _BEFORE.search(phrase)
    return m.group(1) if m else None

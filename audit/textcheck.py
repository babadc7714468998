"""Is this an article's text? Bytes and strings from any input → ``str``, or an :class:`ArticleError` that says
what the input is instead (binary, another encoding, too long, not valid Unicode) and what to do about it."""
from __future__ import annotations

import re

from .errors import ArticleError

# an article longer than this is an error row, not a parse: about 50,000 words, a minute of one worker's time
DEFAULT_MAX_CHARS = 300_000


def check_text(article_id: str, text, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Validate one article's text; return it as ``str`` or raise :class:`ArticleError` saying what is wrong."""
    if isinstance(text, (bytes, bytearray)):
        text = _decode(article_id, bytes(text))
    if text is None:
        raise ArticleError(article_id, "has no text (null)")
    if not isinstance(text, str):
        raise ArticleError(article_id, f"text must be a string, got {type(text).__name__}")
    if "\x00" in text:
        raise ArticleError(article_id, "contains NUL characters: it looks like a binary file, not text")
    lone = _LONE_SURROGATE.search(text)
    if lone:
        raise ArticleError(article_id, f"contains a lone surrogate (U+{ord(lone.group()):04X}) at character "
                                       f"{lone.start():,}: not valid Unicode text; decode the source with "
                                       "errors='replace'")
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 20000):
        raise ArticleError(article_id, "is mostly control characters: it looks like a binary file, not text")
    if len(text) > max_chars:
        raise ArticleError(article_id, f"is {len(text):,} characters, over the limit of {max_chars:,}; split it "
                                       "into articles or raise the limit (max_chars=, --max-chars)")
    return text


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _decode(article_id: str, raw: bytes) -> str:
    """Bytes → text: UTF-8, or UTF-16 with its byte-order mark; anything else is an error saying what it is."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise ArticleError(article_id, "is UTF-32 text; re-save it as UTF-8")
    if raw.startswith(_UTF16_BOMS):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(article_id, f"starts as UTF-16 but is not valid UTF-16 (offset {exc.start}); "
                                           "re-save it as UTF-8") from None
    head = raw[:4096]
    if b"\x00" in head:
        # ASCII letters as UTF-16 without a byte-order mark: every other byte is NUL
        if _ascii_utf16(head[0::2], head[1::2]) or _ascii_utf16(head[1::2], head[0::2]):
            raise ArticleError(article_id, "looks like UTF-16 text without a byte-order mark; re-save it as UTF-8")
        raise ArticleError(article_id, "looks like a binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(article_id, f"is not valid UTF-8 (byte {raw[exc.start]:#04x} at offset "
                                       f"{exc.start}); re-save it as UTF-8") from None


def _ascii_utf16(chars: bytes, zeros: bytes) -> bool:
    """Whether two interleaved byte streams look like ASCII text stored as UTF-16: one nearly all NUL, the other
    nearly all printable."""
    printable = sum(1 for c in chars if 32 <= c < 127 or c in (9, 10, 13))
    return len(chars) >= 2 and zeros.count(0) >= 0.9 * len(zeros) and printable >= 0.9 * len(chars)

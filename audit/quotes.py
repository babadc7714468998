"""Quotation marks → quote spans, on raw text (before any parse).

Handles curly, straight, guillemet and single quotes; apostrophes inside words; a paragraph that opens a
quote without closing it continues into the next paragraph when that one opens with a quote mark
(the newspaper convention); quotes that never close end at the paragraph with ``balanced=False``.
Titles and names in quotes ("a restaurant called “Volga”") are marked so that they count neither as
speech nor as scare quotes.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable

DOUBLE_OPEN = {"“": "”", "«": "»", "„": "”“", "»": "«"}  # German/Danish reversed guillemets too
SINGLE_OPEN = {"‘": "’", "‹": "›"}
TITLE_CUES = re.compile(r"\b(called|named|titled|entitled|dubbed|nicknamed|known as|labelled|labeled|"
                        r"the word|the term|the phrase|the slogan|hashtag|headlined|headline)\s*[,:]?\s*$", re.I)


@dataclass(slots=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark (or the paragraph end when unbalanced)
    balanced: bool = True
    group: int = 0  # quotes continued across paragraphs share a group
    title: bool = False
    has_close: bool = True  # ends with a closing mark (False: ran to the paragraph end)
    open_w: int = 1  # width of the marks: 2 for newswire ''…''
    close_w: int = 1

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + self.open_w, (self.end - self.close_w if self.has_close else self.end)


def _is_open_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/:;,":
        return not after.isspace()
    return False


def _two_apostrophes(text: str) -> str:
    """Old newswire style writes double quotes as two straight apostrophes (''It's over,'' he said): read
    each pair as one straight double quote on its inner character, so offsets stay those of the text. Three
    apostrophes are that pair with a single quotation mark nested in it, opening or closing at the same place
    (''I would use the word 'old-school,''' said Slayton)."""
    def sub(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() > 0 else " "
        opening = before.isspace() or before in "([{—–-/:;"
        if len(m.group()) == 3:
            return " \"'" if opening else "'\" "
        return ' "' if opening else '" '
    return re.sub(r"(?<!')'''?(?!')", sub, text)


def find_quotes(text: str) -> list[Quote]:
    if "''" in text:
        quotes = _find_quotes(_two_apostrophes(text))
        for q in quotes:  # widen to both apostrophes of each pair
            if q.start > 0 and text[q.start - 1:q.start + 1] == "''":
                q.start -= 1
                q.open_w = 2
            if q.has_close and text[q.end - 1:q.end + 1] == "''":
                q.end += 1
                q.close_w = 2
        return quotes
    return _find_quotes(text)


STRAIGHT_CLOSE = re.compile(r'[,.!?]"(?=\s)')  # a straight close after the sentence's punctuation


def _curly_close_ahead(para: str, j: int) -> bool:
    """Whether the curly quote opened at ``para[j]`` is closed by a curly mark before the next one opens, and
    not first by a straight mark after the sentence's punctuation ("“I fundamentally disagree," said Bednarek.
    "The bottom line is …”": writers mix the two)."""
    close, reopen = para.find("”", j + 1), para.find("“", j + 1)
    if close < 0 or STRAIGHT_CLOSE.search(para, j + 1, close):
        return False
    return reopen < 0 or close < reopen


def _group(cont_group: int | None, at_paragraph_start: bool, group_id: int) -> tuple[int, int]:
    """The group of a quote that closes or is left open: the open group of the previous paragraph when the quote
    opens this paragraph, else a new one. Returns (group, last group id)."""
    if cont_group is not None and at_paragraph_start:
        return cont_group, group_id
    return group_id + 1, group_id + 1


def _find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    pending_group: int | None = None  # group of a quote left open at the end of the previous paragraph
    group_id = 0
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        lead = len(para) - len(para.lstrip())
        opens_with_quote = para.lstrip()[:1] in ("“", '"', "«", "‘", "„")
        cont_group = pending_group if (pending_group is not None and opens_with_quote) else None
        pending_group = None
        open_at: int | None = None
        closer = ""
        kind = ""
        for j, ch in enumerate(para):
            i = p_start + j
            if open_at is None:
                if ch in DOUBLE_OPEN and not (ch == "»" and not _is_open_straight(text, i)):
                    open_at, closer, kind = i, DOUBLE_OPEN[ch], "d"
                    if ch == "“" and not _curly_close_ahead(para, j):
                        closer += '"'  # “good corporate citizen," who …: a curly quote closed by a straight mark
                    if ch == "“":
                        closer += "“"  # “Not this time,“ she said: an opening mark typed for the close (below)
                elif ch == '"' and _is_open_straight(text, i):
                    open_at, closer, kind = i, '"', "d"
                    curly, straight, reopen = para.find("”", j + 1), para.find('"', j + 1), para.find("“", j + 1)
                    if curly >= 0 and (straight < 0 or curly < straight) and (reopen < 0 or curly < reopen):
                        closer += "”"  # "Nothing we could do now would matter,” Kagan said: closed by a curly mark
                elif ch in SINGLE_OPEN:
                    prev = text[i - 1] if i > 0 else " "
                    if not prev.isalnum():
                        open_at, closer, kind = i, SINGLE_OPEN[ch], "s"
                elif ch == "'" and _is_open_straight(text, i) and j + 1 < len(para) and para[j + 1].isalpha():
                    # a straight single quote opens only when a closing one follows in the paragraph
                    rest = para[j + 1:]
                    if re.search(r"[\w.,!?]'(?=[\s.,;:!?)]|$)", rest) and not re.match(r"(s|t|re|ve|ll|d|m)\b", rest):
                        open_at, closer, kind = i, "'", "s"
            else:
                if kind == "d" and ch == "’" and text[i + 1:i + 2] == "’" and text[open_at] == "“":
                    # “… about their respective leaders,’’ he said: two right single marks typed for the close
                    g, group_id = _group(cont_group, open_at == p_start + lead, group_id)
                    cont_group = None
                    quotes.append(Quote(open_at, i + 2, True, g, close_w=2))
                    open_at = None
                    continue
                if ch in closer and i > open_at:
                    nxt = text[i + 1] if i + 1 < len(text) else " "
                    prv = text[i - 1]
                    if kind == "s" and prv.isalpha() and nxt.isalpha():
                        continue  # an apostrophe inside a word (don’t, Kyiv’s)
                    if ch == '"' and not (nxt.isspace() or nxt in ".,;:!?)]}—–-'’”" or prv in ".,!?"):
                        continue
                    if ch == "“" and text[open_at] == "“" and not (prv in ",.!?" and (nxt.isspace() or i + 1 == len(text))):
                        continue  # (only right after the sentence's punctuation and before a space)
                    g, group_id = _group(cont_group, open_at == p_start + lead, group_id)
                    cont_group = None
                    quotes.append(Quote(open_at, i + 1, True, g))
                    open_at = None
        if open_at is not None:
            g, group_id = _group(cont_group, open_at == p_start + lead, group_id)
            # left open: continued by the next paragraph if it opens with a quote mark
            quotes.append(Quote(open_at, p_end, False, g, has_close=False))
            pending_group = g
    # a quote left open whose group the next paragraph continues is balanced by convention
    for k, q in enumerate(quotes):
        if not q.balanced and k + 1 < len(quotes) and quotes[k + 1].group == q.group:
            q.balanced = True
    for q in quotes:
        q.title = _looks_like_title(text, q)
    return quotes


def _looks_like_title(text: str, q: Quote) -> bool:
    a, b = q.inner
    inner = text[a:b].strip(" ,.")
    before = text[max(0, q.start - 40):q.start]
    if TITLE_CUES.search(before):
        return True
    words = inner.split()
    if not words or len(words) > 6:
        return False
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "from", "by"}
    caps = all(w[:1].isupper() or w.lower() in small or not w[:1].isalpha() for w in words)
    # "Volga" after "restaurant", a Title Case Name: a title, unless it ends a sentence of speech
    return caps and words[0][:1].isupper() and not inner.endswith(("!", "?")) and len(words) <= 6 and (
        len(words) > 1 or bool(re.search(r"\b(restaurant|film|movie|book|song|album|show|series|operation|"
                                         r"ship|hotel|bar|café|cafe|brand|novel|play|magazine|newspaper|"
                                         r"program|programme|project|code-?named?)\s*$", before, re.I)))


class SpanIndex:
    """Half-open ``(start, end)`` spans kept merged and sorted: ``covers(pos)`` is ``any(a <= pos < b ...)`` over
    every span added, in O(log n)."""

    def __init__(self, spans=()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        if a >= b:
            return
        lo = bisect.bisect_left(self._ends, a)  # the first span that ends at or after a: it may touch [a, b)
        hi = bisect.bisect_right(self._starts, b)  # spans from here on start after b
        if lo < hi:
            a, b = min(a, self._starts[lo]), max(b, self._ends[hi - 1])
        self._starts[lo:hi] = [a]
        self._ends[lo:hi] = [b]

    def covers(self, pos: int) -> bool:
        k = bisect.bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]


def span_test(spans) -> Callable[[int], bool]:
    """``span_test(spans)(pos)`` is ``any(a <= pos < b for a, b in spans)``, in O(log n)."""
    return SpanIndex(spans).covers

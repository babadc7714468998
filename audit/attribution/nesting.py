"""Statements inside statements: an attribution whose cue stands inside the content of another one.

"In a statement, the council said: “… the contractor formally promised that the bridge would reopen by June.”"
holds two attributions: the council's, and inside its words the contractor's promise. The inner one is kept with
``nested`` set and the outer speaker as its ``via`` ("the council"): a statement the article reports second-hand,
through someone it quotes. A statement inside one of the same speaker's ("Lee said she had told the board that
…") is nested too, with no ``via``: its words are already counted in the outer one. The metrics count nested
statements on their own (``attr_nested``), never as voices: the voice the outlet gives is the council's, and
counting both would count the same words twice.

Inside a quotation only a speech cue with its own complement clause is such a statement (:mod:`.verbs` and
:mod:`.verb_content` leave out the rest: "we will publish", beliefs and stances are the speaker's own words); one
inside a quotation that no attribution covers is left out, as before, since no one is known to report it.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from ..quotes import Quote
from .records import Attribution, SPEECH_CLASSES, Span
from .tree import _kind, _quote_at

TRAILING = ",;:“”\"‘’'"  # closing marks and the comma before a tag, never the end of a statement


def speaker_span(a: Attribution) -> Span | None:
    """Who an attribution's source names: the antecedent of a relative pronoun ("Medvedev, who said …"), else the
    source without its identifying clause, else the source."""
    return a.antecedent or a.source_core or a.source


def promise_of_a_clause(a: Attribution, text: str) -> bool:
    """"the contractor promised that the bridge would reopen": a commitment whose content is a clause of its own is
    a statement ("the mayor has promised to repave the road" is the reporter's account of an intention)."""
    return a.cue_class == "commitment" and a.pattern == "complement" \
        and not text[a.content_start:a.content_start + 3].lower() == "to "


def _reported_in_quote(a: Attribution, speech: list[Quote], text: str) -> bool:
    """A statement reported inside someone's quotation ("“The minister told us that the funds were secure,” Berg
    said"): a speech cue with its own complement, or a promise of a clause."""
    return a.pattern == "complement" and (a.cue_class in SPEECH_CLASSES or promise_of_a_clause(a, text)) \
        and a.source is not None and _quote_at(speech, a.cue.start) is not None


class _Contents:
    """The content parts of the attributions that can report another one (with a source, not a withheld comment),
    sorted by start, with the furthest end reached so far: which contents hold a position, without a pass over every
    attribution for each cue (an article of 40,000 words has a thousand attributions)."""

    def __init__(self, found: list[Attribution]):
        self.parts = sorted(((x, y, k) for k, b in enumerate(found) if b.source is not None and not b.no_comment
                             for x, y in b.content_parts), key=lambda t: t[:2])
        self.starts = [x for x, _, _ in self.parts]
        self.reach = list(accumulate((y for _, y, _ in self.parts), max))

    def holding(self, span: Span) -> set[int]:
        """Indexes (into ``found``) of the attributions whose content held ``span`` when the index was made (a
        content only shrinks afterwards, when a statement nested in a quotation is cut to it)."""
        out = set()
        i = bisect_right(self.starts, span.start) - 1
        while i >= 0 and self.reach[i] >= span.end:
            if self.parts[i][1] >= span.end:
                out.add(self.parts[i][2])
            i -= 1
        return out


def _outer(k: int, found: list[Attribution], contents: _Contents) -> Attribution | None:
    """The innermost other attribution with a source whose content holds the cue of ``found[k]`` (and not the other
    way round: a tag clause and its content do not nest)."""
    def holds(b: Attribution, c: Attribution) -> bool:
        return c.cue is not None and any(x <= c.cue.start and c.cue.end <= y for x, y in b.content_parts)

    a = found[k]
    outers = [found[j] for j in contents.holding(a.cue) if j != k and holds(found[j], a) and not holds(a, found[j])]
    return min(outers, key=lambda b: (b.content_end - b.content_start, b.content_start), default=None)


def _same_source(a: Attribution, b: Attribution) -> bool:
    """"It said …, noting that …", "Lee said that, as Lee put it, …": one source written twice (or once, for a
    participle), the speaker going on; no one else reports the inner statement."""
    return b.source.start < a.source.end and a.source.start < b.source.end \
        or b.source.text.lower() == a.source.text.lower()


def _nest_statements(found: list[Attribution], speech: list[Quote], text: str) -> list[Attribution]:
    """Mark each attribution reported inside another one as ``nested``, with the outer speaker as ``via`` (none when
    it is the same source going on); leave out a statement inside a quotation that no attribution covers."""
    out = []
    contents = _Contents(found)
    for k, a in enumerate(found):
        outer = _outer(k, found, contents) if a.cue is not None and a.source is not None else None
        if outer is None:
            if a.cue is not None and a.pattern != "fronted" and _quote_at(speech, a.cue.start) is not None:
                continue
            out.append(a)
            continue
        a.nested = True
        if a.via is None and not _same_source(a, outer):
            a.via = speaker_span(outer)
        q = _quote_at(speech, a.cue.start)
        if q is not None:
            _within_quote(a, q, text)
        out.append(a)
    return out


def _within_quote(a: Attribution, q: Quote, text: str) -> None:
    """A statement reported inside a quotation ends where the quotation does, without its closing marks
    ("“The minister told us that the funds were secure,” Berg said": "that the funds were secure")."""
    end = q.inner[1]
    parts = []
    for x, y in sorted(a.content_parts):
        y = min(y, end)
        while y > x and (text[y - 1].isspace() or text[y - 1] in TRAILING):
            y -= 1
        if y > x:
            parts.append((x, y))
    if parts:
        a.content_parts = parts


def _statement_kind(a: Attribution, quotes: list[Quote], speech: list[Quote], text: str) -> str:
    """direct, mixed or indirect; a statement reported inside a quotation is the outer speaker's paraphrase, so its
    kind is read from the quotations inside that one only (the contractor's "promised that the bridge would reopen"
    inside the council's quotation is indirect)."""
    q = _quote_at(speech, a.cue.start) if a.nested and a.cue is not None else None
    if q is not None:
        quotes = [s for s in speech if q.start < s.start and s.end <= q.end]
    return _kind(a.content_parts, quotes, text)

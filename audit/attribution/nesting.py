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


def _outer(a: Attribution, found: list[Attribution]) -> Attribution | None:
    """The innermost other attribution with a source whose content holds ``a``'s cue (and not the other way
    round: a tag clause and its content do not nest)."""
    def holds(b: Attribution, c: Attribution) -> bool:
        return c.cue is not None and any(x <= c.cue.start and c.cue.end <= y for x, y in b.content_parts)

    outers = [b for b in found if b is not a and b.source is not None and not b.no_comment and holds(b, a)
              and not holds(a, b)]
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
    for a in found:
        outer = _outer(a, found) if a.cue is not None and a.source is not None else None
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
            _within_quote(a, q, speech, text)
        out.append(a)
    return out


def _within_quote(a: Attribution, q: Quote, speech: list[Quote], text: str) -> None:
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

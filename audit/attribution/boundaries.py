"""Boundary cuts: where a content or a source ends. Asides ("The campaign, for example, said …"), occasions
("said in an interview"), "who" clauses, a tag clause inside a content ("…, the minister said, …"), the narrator
going on after a quotation, and the tidy edges of spans (punctuation, an unclosed quotation mark).

Example: in "Officials said the road would reopen, the ministry added in a statement", the content ends before
", the ministry added".
"""
from __future__ import annotations

import re

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Word
from ..quotes import Quote
from .cues import _word_class
from .records import Attribution, QUOTE_CHARS, Span
from .tree import _children, _finite, _quote_at, _quote_marks, _sentence_of, _subtree, _trim
from .words import EVIDENCE_VERBS, GO_ON, RELATIVE, RELATIVE_OPENERS, TEMPORAL


def _phrase_end(doc: ParsedDoc, w: Word, kids: list[Word], q: Quote) -> int:
    """Where the cue's dependent that holds the quotation ``q`` ends (``q.end`` when the quotation ends it,
    ends the clause, or is not inside one of the cue's dependents)."""
    sent = doc.sentences[w.sent]
    inside = [k for k in range(w.index + 1, sent.last) if q.start <= doc.words[k].start < q.end]
    after = next((k for k in range(w.index + 1, sent.last) if doc.words[k].start >= q.end), None)
    if not inside or after is None or doc.words[after].upos == "PUNCT":
        return q.end
    dep = next((c for c in kids if c.index > w.index and c.deprel in ("obj", "iobj", "ccomp", "xcomp", "obl")
                and inside[0] in _subtree(doc, c.index)), None)
    if dep is None:
        return q.end
    sub = _subtree(doc, dep.index)
    for c in _children(doc, dep.index):
        if c.deprel in ("parataxis", "advcl"):
            sub -= _subtree(doc, c.index)
    ids = _trim(doc, {k for k in sub if k >= inside[0]})
    return max(q.end, doc.words[ids[-1]].end) if ids else q.end


def _cut_aside(doc: ParsedDoc, ids: list[int], speech: list[Quote]) -> list[int]:
    """Stop an object content before the narrator's participle ("had mocked the complaint, saying …") or a
    non-restrictive relative clause ("the reality of climate change, which makes him an outlier"): outside
    quotation marks these comment on the report, they are not what was reported. ("including" introduces
    part of the object.)"""
    for pos, k in enumerate(ids[:-1]):
        nxt = doc.words[ids[pos + 1]]
        if pos < 2 or doc.words[k].text != "," or _quote_at(speech, doc.words[k].start) is not None:
            continue
        if nxt.upos == "VERB" and nxt.xpos == "VBG" and nxt.text.lower() != "including" \
                or nxt.text.lower() in ("which", "who"):
            return _trim(doc, set(ids[:pos]))
    return ids


def _opens_quotation(doc: ParsedDoc, ids) -> bool:
    """Whether the words ``ids`` hold an odd number of quotation-mark tokens: a quotation opens in them and is
    still open at their end."""
    return sum(_quote_marks(doc.words[j].text) for j in ids) % 2 == 1


def _narrator_goes_on(doc: ParsedDoc, ids: list[int]) -> int | None:
    """"…, and the ACLU has already sued the city": outside quotation marks, a finite clause with a subject of its
    own after ", and" or "— and" is the narrator going on, not more of what was reported. The position in ``ids``
    of the comma or dash before it, or None."""
    for pos, k in enumerate(ids):
        if pos < 3 or doc.words[k].text not in (",", "—", "–") or pos + 1 >= len(ids) \
                or doc.words[ids[pos + 1]].text.lower() != "and" \
                or _opens_quotation(doc, ids[:pos]):
            continue
        opener = ids[pos + 1] + 1
        if doc.words[opener].text.lower() == "that":
            continue  # ("…, and that Ukrainian membership “is an option …”" with "that" read as a determiner)
        for j in ids[pos + 2:pos + 12]:
            if _finite(doc, doc.words[j]) and any(
                    c.deprel.startswith("nsubj") and min(_subtree(doc, c.index)) == opener and c.index < j
                    and not any(doc.words[x].text == "," for x in range(opener, c.index))
                    for c in _children(doc, j)):
                return pos
    return None


def _cut_who_clause(doc: ParsedDoc, ids: list[int], speech: list[Quote]) -> list[int]:
    """"Cruz says his campaign is the only one that can beat Donald Trump, who won the South Carolina primary":
    outside quotation marks, a relative clause on "who" set off by a comma that runs to the content's end
    describes someone for the reader; it is the narrator's, not what was reported (``_cut_aside`` does the same
    for an object content, there also for "which")."""
    for pos, k in enumerate(ids[:-2]):
        nxt = doc.words[ids[pos + 1]]
        if pos >= 3 and doc.words[k].text == "," and nxt.text.lower() == "who" and nxt.head >= 0 \
                and _quote_at(speech, doc.words[k].start) is None and doc.words[nxt.head].deprel == "acl:relcl" \
                and max(_subtree(doc, nxt.head)) >= ids[-1] - 1:
            return _trim(doc, set(ids[:pos]))
    return ids


def _cut_tag_clause(doc: ParsedDoc, ids: list[int], lex: Lexicons) -> list[int]:
    """Drop a trailing ", the source added" from a content: another speaker's tag clause is not content; stop
    before ", and maintained …": a second cue of the same speaker starts its own attribution; and stop before ",
    and the union has sued …": a finite clause with its own subject after ", and", outside quotation marks, is
    the narrator's."""
    for pos, k in enumerate(ids):
        t = doc.words[k]
        if pos >= 3 and t.upos == "VERB" and doc.words[ids[pos - 1]].text.lower() in ("and", "but") \
                and _word_class(lex, t) in ("neutral", "loaded", "framing") \
                and (doc.words[ids[pos - 2]].text == "," or not any(
                    c.deprel.startswith("nsubj") and c.index > ids[pos - 1] for c in _children(doc, t.index))):
            return _trim(doc, set(ids[:pos - 1]))
    for pos, k in enumerate(ids):
        # ("…, and more than 4 in 10 said …", "…, while about half want …", "…, though, Allen did suggest …": a
        # clause after the comma with a speaker and a cue of its own is another attribution, not this content)
        if pos < 3 or doc.words[k].text != "," or pos + 1 >= len(ids) \
                or doc.words[ids[pos + 1]].text.lower() not in ("and", "but", "while", "though", "although", "whereas"):
            continue
        opener = ids[pos + 1] + 1
        while opener in ids and (doc.words[opener].text == "," or doc.words[opener].upos == "ADV"):
            opener += 1  # ("…, though, Allen did suggest …")
        for j in ids[pos + 2:pos + 12]:
            t = doc.words[j]
            if t.upos == "VERB" and _word_class(lex, t) in ("neutral", "loaded", "framing") and any(
                    c.deprel.startswith("nsubj") and min(_subtree(doc, c.index)) == opener and c.index < t.index
                    for c in _children(doc, t.index)):
                return _trim(doc, set(ids[:pos]))
    for pos, k in enumerate(ids):
        nxt = doc.words[ids[pos + 1]] if pos + 1 < len(ids) else None
        if pos >= 3 and doc.words[k].text in (",", "—", "–") and nxt is not None and nxt.xpos == "VBG" and \
                _word_class(lex, nxt) in ("neutral", "loaded", "framing") and nxt.lemma.lower() not in EVIDENCE_VERBS:
            return _trim(doc, set(ids[:pos]))  # ", arguing that …" / ", adding …": the speaker's next cue
    pos = _narrator_goes_on(doc, ids)
    if pos is not None:
        return _trim(doc, set(ids[:pos]))
    for pos, k in enumerate(ids):
        # "46 percent say they back the plan, compared with 30 percent a year ago", "they will not back him, as has
        # the mayor of Miami", "… on guns — while his supporters have accused …": outside quotation marks, the
        # narrator's comparison or contrast
        if pos < 3 or pos + 2 >= len(ids) or _opens_quotation(doc, ids[:pos]):
            continue
        nxt, after = doc.words[ids[pos + 1]], doc.words[ids[pos + 2]]
        if doc.words[k].text == "," and (nxt.text.lower() == "compared" and after.text.lower() in ("with", "to") or (
                nxt.text.lower() == "as" and after.lemma.lower() in ("be", "have", "do") and after.xpos in ("VBZ", "VBP", "VBD"))) \
                or doc.words[k].text in ("—", "–", "--", "-") and nxt.text.lower() in ("while", "although", "though"):
            return _trim(doc, set(ids[:pos]))
    for pos, k in enumerate(ids):
        if doc.words[k].text != "," or pos < 3:
            continue
        tail = ids[pos + 1:]
        if 0 < len(tail) <= 7 and any(doc.words[t].upos == "VERB" and (lex.verb_class(doc.words[t].lemma) or lex.verb_lemma(doc.words[t].text)) for t in tail):
            return _trim(doc, set(ids[:pos]))
    return ids


def _aside(doc: ParsedDoc, a: int, b: int, sent: int) -> bool:
    """What may sit between a cue clause and the speaker's next quote in the same sentence: "“…,” he said,
    but “…”" / "“…,” Tester said, referring to the 1 percent excuse, “…”"."""
    if _sentence_of(doc, b) != sent or "\n" in doc.text[a:b]:
        return False
    words = [w for w in doc.words[doc.sentences[sent].first:doc.sentences[sent].last] if a <= w.start < b
             and w.upos != "PUNCT"]
    if not words:
        return True
    if all(w.text.lower() in GO_ON for w in words):
        return True
    if len(words) <= 12 and doc.text[a:b].rstrip().endswith(",") and (
            words[0].upos == "ADP" or words[0].lemma.lower() in TEMPORAL or len(words) > 1
            and words[0].text.lower() in ("last", "this", "next", "earlier", "later")
            and words[1].lemma.lower() in TEMPORAL):
        # ("“…,” Ruiz said in March, “but …”", "“…,” Lee said last week on the radio, “…”",
        # "“…,” she said of the members who were elected last year, “But …”":
        # when or of what it was said, a finite verb only inside a relative clause there)
        verbs = [i for i, w in enumerate(words) if w.upos in ("VERB", "AUX") and w.xpos not in ("VBN", "VBG")]
        return not verbs or any(w.text.lower() in RELATIVE | RELATIVE_OPENERS for w in words[:verbs[0]])
    return words[0].xpos == "VBG" and len(words) <= 12 and doc.text[a:b].rstrip().endswith(",") and not any(
        w.upos == "VERB" and w.xpos != "VBG" for w in words)


CONTENT_LEAD = re.compile(r"(?:[,;:.—–]+|-(?=\s))\s*")
CONTENT_TAIL = re.compile(r"\s*[,;:—–(]+$")
SOURCE_LEAD = re.compile(r"[,;:.—–\-”\"’'»)]+\s+")
SOURCE_QUOTE_END = re.compile(r"[,.!?][”\"’']+\s+")  # (not a title: "“Meet the Press” host …")
SOURCE_TAIL = re.compile(r"\s+[,;:.—–\-(“\"‘«]+$|[,;:—–(]+$")
LIST_MARKER = re.compile(r"(?:^|[\s:;,])\w{1,2}$")  # the "1" of "two reasons: 1) …" before its parenthesis
QUOTE_PAIRS = (("“", "”"), ("''", "''"), ('"', '"'))


def _closed_early(text: str, start: int, end: int) -> int:
    """Where a content part ends at a parenthesis that closes in it without opening there ("(what economists call
    spending) instead of income"), a list marker's ("two reasons: 1) …") aside."""
    depth = 0
    for k in range(start, end):
        if text[k] == ")" and LIST_MARKER.search(text[max(start, k - 4):k]):
            continue
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        if depth < 0:
            return k if text[start:k].strip() else end
    return end


def _closing_mark(text: str, start: int, end: int) -> int:
    """The end of a content part with the closing mark of a quotation it opens, after the sentence's stop ("as the
    “Great Satan.”")."""
    for closer in _unclosed(text[start:end]):
        stop = 1 if text[end:end + 1] in (".", ",", "!", "?") else 0
        if text.startswith(closer, end + stop):
            return end + stop + len(closer)
    return end


def _unclosed(part: str) -> list[str]:
    """The closing marks of the quotations ``part`` opens and does not close."""
    return [closer for opener, closer in QUOTE_PAIRS
            if (part.count(opener) > part.count(closer) if opener != closer else part.count(opener) % 2 == 1)]


def _tidy_edges(text: str, a: Attribution) -> None:
    """Punctuation a span took from its neighbours (the comma before an interrupted quotation, the closing mark
    and comma before "…,” Sanders campaign manager Jeff Weaver said") is no part of what was said or who said it,
    nor is a quotation that closes inside the source, nor what follows a parenthesis that closes inside the
    content without opening there; quotation marks that open or close the content stay, and a quotation the
    content opens keeps its closing mark after the sentence's stop ("the “Great Satan.”")."""
    def tidy(start: int, end: int, lead: re.Pattern, tail: re.Pattern) -> tuple[int, int]:
        m = lead.match(text, start, end)
        if m and m.end() < end:
            start = m.end()
        m = tail.search(text, start, end)
        if m and m.start() > start:
            end = m.start()
        return start, end
    a.content_parts = [tidy(x, _closed_early(text, x, y), CONTENT_LEAD, CONTENT_TAIL) for x, y in a.content_parts]
    a.content_parts = [(x, _closing_mark(text, x, y)) for x, y in a.content_parts]
    if a.source is not None:
        x, y = a.source.start, a.source.end
        inside = [m.end() for m in SOURCE_QUOTE_END.finditer(text, x, y) if m.end() < y
                  and not (a.pattern == "according" and text[x] in QUOTE_CHARS and _unclosed(text[x:m.start() + 1]))]
        # (a title the source opens, closing inside it, stays: "According to “Harbor Days,” by Ann Lee, …")
        x, y = tidy(inside[-1] if inside else x, y, SOURCE_LEAD, SOURCE_TAIL)  # ("“No comment,” The Miami Herald")
        if (x, y) != (a.source.start, a.source.end):
            a.source = Span(x, y, text[x:y])
            core = a.source_core
            if core is not None and (core.start < x or core.end > y):
                x, y = max(core.start, x), min(core.end, y)
                a.source_core = Span(x, y, text[x:y]) if x < y else None

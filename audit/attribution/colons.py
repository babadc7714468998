"""Colon and dash lines: transcript lines ("PENCE: We will …"), a speaker and a colon in a headline, a cue before a
colon ("Lee wrote on Telegram: …"), and testimonials signed with a dash ("“…” ― Anna Lee").

Example: "LEE: We will rebuild the bridge." → source "LEE", content "We will rebuild the bridge."
"""
from __future__ import annotations

import itertools
import re

from ..lexicon import Lexicons
from ..parse import ParsedDoc
from ..quotes import Quote
from .build import _build
from .cues import _cue_lemma
from .records import Attribution, Span
from .subjects import _plausible_source
from .tree import _children, _quote_at, _quote_marks
from .words import COLON_STOP, SECTION_LABELS


COLON_LINE = re.compile(r"^[ \t]*[\"“]?((?:[A-Z][\w.’'-]*\s?){1,4}?)\s*:\s+(\S.*)$", re.M)


def _colon_attributions(doc: ParsedDoc, found: list[Attribution], speech: list[Quote],
                        lex: Lexicons) -> list[Attribution]:
    """Transcripts and headlines: "PENCE: Well, look, ..." / "Pat Caddell: Democrats worried ..." — a short
    capitalised name opening a line, a colon, then what the person said."""
    out = []
    taken = [(a.content_start, a.content_end) for a in found]
    for m in COLON_LINE.finditer(doc.text):
        name, body = m.group(1).strip(), m.group(2).rstrip()
        if not name or name.lower() in ("note", "update", "editor's note", "photo", "video", "source", "sources",
                                        "watch", "read more", "related", "correction", "q", "a", "by", "image"):
            continue
        k = doc.word_at(m.start(1))
        first_word = doc.words[k] if k is not None else None
        if first_word is None or first_word.text.lower() in COLON_STOP or first_word.upos in ("VERB", "AUX", "SCONJ", "CCONJ", "ADP", "PRON"):
            continue
        if _section_label(name):
            continue
        s_name0 = m.start(1)
        named = name.isupper() or any(e.label in ("PER", "PERSON", "ORG") and e.start <= s_name0 < e.end
                                      and e.end >= s_name0 + len(name) - 1 for e in doc.entities)
        if not named and all(t[:1].isupper() for t in name.split()) and first_word.upos in ("PROPN", "NOUN"):
            # a headline line: "Poll: Clinton leads in Ohio", "Clinton camp: …", "Trump: ‘I’m not going anywhere’"
            named = True
        if not named or len(name.split()) > 3:
            continue
        words = re.findall(r"[^\W\d_][\w’'-]*", body)
        if len(words) < 3 or body.lstrip("“\"‘'").startswith(("@", "http", "www.")) or (
                body.count(",") >= 3 and sum(t[:1].isupper() for t in words) >= 0.8 * len(words)):
            continue  # "Clinton: 547", "Twitter: @handle", "Iowa: Ann Lee, Bo Diaz, …": a figure, a handle, a list
        s_name, e_name = m.start(1), m.start(1) + len(name)
        c_start, c_end = m.start(2), m.start(2) + len(body)
        if any(a <= c_start < b and b >= c_start + len(body) - 2 for a, b in taken):
            continue  # already the content of an attribution covering the whole line
        out.append(_colon_record(doc, s_name, e_name, doc.word_at(e_name - 1), (c_start, c_end), first_word.sent,
                                 0.6))
    headline = _headline_colon(doc, found + out, lex)
    return out + ([headline] if headline else [])


def _headline_colon(doc: ParsedDoc, found: list[Attribution], lex: Lexicons) -> Attribution | None:
    """The headline's own "who: what" ("Clinton camp: Trump's Islamophobia threatens national security", "McCain
    Challenger Kelli Ward: Impeach AG Lynch", "Former AG Mukasey at RNC: …", "EXCLUSIVE – Roger Stone: …"): on the
    first line only, a name or a source noun of any case and up to six words before the colon, with no verb,
    heads what follows when that has a verb or a quotation. A label ("The Latest:", "Big Win For Bernie:") is no
    source: its head word is neither a name nor a people, organisation, media or document noun."""
    text = doc.text
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    m = re.match(r"^\s*(?:[A-Z]+\s+[–—-]\s+)?(.+?):\s+(\S.*)$", text[:line_end])
    if m is None or any(a.cue is not None and a.cue.start < line_end for a in found):
        return None
    s_name, e_name = m.start(1), m.end(1)
    if _section_label(m.group(1)):
        return None
    line = list(itertools.takewhile(lambda x: x.start < line_end, doc.words))  # the headline's words only
    ids = [w.index for w in line if s_name <= w.start < e_name]
    body = [w.index for w in line if m.start(2) <= w.start]
    if not ids or not 1 <= len(ids) <= 6 or len(body) < 3 or doc.words[ids[0]].text.lower() in COLON_STOP \
            or not doc.words[ids[0]].text[:1].isupper() or any(
                doc.words[k].upos in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ") and doc.words[k].text not in ("'s", "’s", "'", "’")
                for k in ids):
        return None
    head_end = next((k for k in ids if doc.words[k].upos == "ADP" or doc.words[k].text.lower() == "to"), ids[-1] + 1)
    head = doc.words[head_end - 1] if head_end > ids[0] else None
    src = lex.sources
    nouns = src["person_nouns"] | src["group_nouns"] | src["organization_nouns"] | src["media_nouns"] | src["document_nouns"]
    if head is None or not (head.upos == "PROPN" or head.lemma.lower() in nouns or head.text.lower() in nouns):
        return None
    if not any(doc.words[k].upos in ("VERB", "AUX") and doc.words[k].xpos in ("VB", "VBD", "VBZ", "VBP", "MD")
               or _quote_marks(doc.words[k].text) for k in body):
        return None  # "Netanyahu and Obama: A tortured relationship": a title, not a statement
    return _colon_record(doc, s_name, e_name, head.index, (m.start(2), m.start(2) + len(m.group(2).rstrip())),
                         doc.words[ids[0]].sent, 0.5)


def _section_label(name: str) -> bool:
    """"Analysis:", "Market report:", "Live updates:": a section of the paper before the colon, not a speaker."""
    return tuple(name.lower().replace("’", "'").split()) in SECTION_LABELS


def _colon_record(doc: ParsedDoc, s_name: int, e_name: int, head: int | None, content: tuple[int, int], sent: int,
                  confidence: float) -> Attribution:
    """"Name: what they said", the cue the first colon after the name."""
    colon = doc.text.index(":", e_name)
    return Attribution(kind="indirect", cue=Span(colon, colon + 1, ":"), cue_lemma=":", cue_class="neutral",
                       content_parts=[content], sentence_index=sent, confidence=confidence,
                       source=Span(s_name, e_name, doc.text[s_name:e_name]), source_head=head, pattern="colon")


def _colon_cue_attributions(doc: ParsedDoc, found: list[Attribution], speech: list[Quote],
                            lex: Lexicons) -> list[Attribution]:
    """"Caddell continued: “The health issue …”" / "Limbaugh added:" and the next paragraph: a clause whose
    subject speaks, a colon, then a quotation or a whole paragraph — whatever the verb ("made the following
    comment:"). A colon followed by unquoted words in the same paragraph (a list, an explanation) is not one."""
    out = []
    text = doc.text
    taken_cues = {a.cue.start for a in found if a.cue}
    taken = [(a.content_start, a.content_end) for a in found]
    for sent in doc.sentences:
        words = doc.words[sent.first:sent.last]
        colon = next((x for x in reversed(words) if x.text == ":"), None)
        if colon is None or any(x.upos != "PUNCT" for x in words if x.index > colon.index):
            continue  # the colon must end the sentence as parsed ("… reports:" then the quotation)
        rest = text[colon.end:]
        lead = len(rest) - len(rest.lstrip())
        start = colon.end + lead
        q = next((q for q in speech if q.start == start), None)
        if q is not None:
            parts = [(q.start, q.end)]
        elif "\n" in rest[:lead] and start < len(text):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            parts = [(start, len(text[:end].rstrip()))]
        else:
            continue
        if _quote_at(speech, colon.start) is not None or any(a <= parts[0][0] < b for a, b in taken):
            continue
        verbs = [x for x in words if x.index < colon.index and x.upos == "VERB" and x.deprel in ("root", "conj")]
        if not verbs:
            continue
        w = verbs[-1]
        if w.start in taken_cues:
            continue
        subj = next((c for c in _children(doc, w.index) if c.deprel in ("nsubj",) and c.index < w.index), None)
        if subj is None and w.deprel == "conj":
            subj = next((c for c in _children(doc, w.head) if c.deprel == "nsubj" and c.index < w.head), None)
        if subj is None or not _plausible_source(doc, subj) or not (
                subj.upos == "PROPN" or subj.text.lower() in ("he", "she", "they", "we", "i")
                or any(e.start <= subj.start < e.end and e.label in ("PER", "PERSON", "ORG") for e in doc.entities)):
            continue
        lemma, prt = _cue_lemma(doc, w, lex)
        out.append(_build(doc, w, lemma, lex.verb_class(lemma) or "neutral", prt, subj, parts, "colon"))
    return out


DASH_NAME = re.compile(r"\s*[―—–-]{1,2}\s*((?:[A-Z][\w.’'-]*\s?){1,4})")


def _dash_attributions(doc: ParsedDoc, found: list[Attribution], speech: list[Quote]) -> list[Attribution]:
    """Testimonial format: "“… .” ― Sonya Herridge" — a quote, a dash, then the speaker's name."""
    out = []
    for q in speech:
        if any(a.content_start <= q.start < a.content_end for a in found):
            continue
        m = DASH_NAME.match(doc.text, q.end)
        if not m:
            continue
        name = m.group(1).strip()
        s_name = m.start(1)
        dash = doc.text.index(next(ch for ch in "―—–-" if ch in doc.text[q.end:s_name]), q.end)
        k = doc.word_at(s_name)
        parts = [(q2.start, q2.end) for q2 in speech if q2.group == q.group and q2.end <= q.end]
        out.append(Attribution(kind="direct", cue=Span(dash, dash + 1, doc.text[dash]), cue_lemma="―",
                               cue_class="neutral", content_parts=parts or [(q.start, q.end)],
                               sentence_index=doc.words[k].sent if k is not None else 0, confidence=0.6,
                               source=Span(s_name, s_name + len(name), name), source_head=k, pattern="dash"))
    return out

"""Tag clauses around quotations: a tag after or inside a quotation ("“…,” said Ms. Lee, a spokeswoman"), a long tag
a verb inside it broke up, a quotation after the addressee ("told reporters: “…”"), the quotation before or after
a cue, and whether a clause is a reporting clause at all.

Example: "“We are ready,” said Anna Lee, the party's spokeswoman, on Monday." → source "Anna Lee, the party's
spokeswoman", content the quotation.
"""
from __future__ import annotations

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Word
from ..quotes import Quote
from .build import _build
from .clauses import _after_inverted_source, _subject_aside
from .cues import _speech_cue
from .records import Attribution, CLOSE_MARKS, COMP, SPEECH_CLASSES
from .subjects import _plausible_source
from .tree import _children, _inner_text, _quote_at, _span, _subtree, _time_phrase, _trim
from .words import ADDRESSEE_VERBS, RELATIVE_OPENERS, TEMPORAL


def _long_tag_source(doc: ParsedDoc, w: Word, lemma: str, cls: str, prt: list[int],
                     speech: list[Quote], before: int | None = None) -> Attribution | None:
    """"“…,” Rhea Calloway, director of the Harbor Institute for Coastal Policy at the University of Eastbridge,
    said": a tag whose source is too long, or too broken up by the parse, to be found as the cue's subject. The words
    from the quotation's close to the cue are the source when they open with a nominal and hold no finite
    verb outside a relative clause; the quotation is what was said."""
    sent = doc.sentences[w.sent]
    if w.xpos not in ("VBD", "VBZ", "VBP") or cls not in SPEECH_CLASSES:
        return None
    q = next((q for q in reversed(speech) if q.has_close and q.end <= w.start and q.end >= sent.start - 1), None)
    if q is None or doc.text[q.inner[1] - 1:q.inner[1]] not in (",", "?", "!"):
        return None
    j = next((k for k in range(sent.first, w.index) if doc.words[k].start >= q.end), None)  # the tag's first word
    if j is None or before is not None and j >= before or not 1 < w.index - j <= 40 \
            or doc.words[j].upos not in ("PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM"):
        return None
    relative = False
    for k in range(j, w.index):
        x = doc.words[k]
        if x.text in (";", ":", "—") or _quote_at(speech, x.start) is not None:
            return None
        relative = relative or x.text.lower() in RELATIVE_OPENERS
        if x.upos in ("VERB", "AUX") and x.xpos in ("VBD", "VBZ", "VBP", "MD") and not relative:
            return None
    aside = next((k for k in range(j + 1, w.index - 1) if doc.words[k].text == "," and doc.words[k + 1].upos == "ADP"
                  and doc.words[k + 1].text.lower() != "of"), w.index)
    ids = _trim(doc, set(range(j, aside)), quotes_ok=False)  # ("Blunt, after a long pause, said": when, not who)
    if not ids:
        return None
    head = next((doc.words[k] for k in ids if doc.words[k].upos == "PROPN"), doc.words[ids[0]])
    if not _plausible_source(doc, head) and head.upos != "PROPN":
        return None
    a = _build(doc, w, lemma, cls, prt, head, [(q.start, q.end)], "parenthetical")
    a.source = _span(doc, ids)
    a.confidence = round(min(a.confidence, 0.6), 3)
    return a


def _quote_after_addressee(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Quote | None:
    """A quotation that opens right after a colon or comma that follows the cue and at most six words of the one
    spoken to ("telling CNBC: “…”", "telling her, “…”", "told reporters in Nashua last week, “…”")."""
    sent = doc.sentences[w.sent]
    mark = next((k for k in range(w.index + 1, min(w.index + 8, sent.last)) if doc.words[k].upos == "PUNCT"), None)
    if mark is None or doc.words[mark].text not in (":", ",") or any(
            doc.words[k].upos in ("VERB", "AUX") for k in range(w.index + 1, mark)):
        return None  # (not past another verb: "asked for a photo and Clinton said, “…”")
    q = next((q for q in speech if 0 <= q.start - doc.words[mark].end <= 2), None)
    return q if q is not None and _quote_at(speech, w.start) is None else None


def _lead_in(doc: ParsedDoc, w: Word, lo: int, speech: list[Quote], lex: Lexicons) -> list[int] | None:
    """The words of the sentence before the cue clause starting at ``lo`` (what a sentence-final tag clause
    reports), without the cue's own adverbs and the connective that opens the sentence ("However, …"); None
    when another speech cue outside quotation marks is among them (that is someone else's report)."""
    kids = {c.index for c in _children(doc, w.index) if c.deprel in ("advmod", "cc", "discourse")}
    lead = [k for k in range(doc.sentences[w.sent].first, lo) if doc.words[k].upos != "PUNCT" and k not in kids]
    if len(lead) > 2 and doc.words[lead[0]].upos in ("ADV", "CCONJ") and doc.words[lead[0] + 1].text == ",":
        lead = lead[1:]
    if any(_speech_cue(doc, k, lex) and _quote_at(speech, doc.words[k].start) is None for k in lead):
        return None
    return lead


def _tag_quote(doc: ParsedDoc, w: Word, subj: Word, lo: int, speech: list[Quote],
               lex: Lexicons) -> tuple[int, int] | None:
    """What a tag clause ("…,” she said" / "…?” asked Trump) directly follows in its sentence: the quote, or
    the sentence up to the end of the quote when narration leads into it ("Using the tax ''is a misguided
    approach,'' Mr. Burman said")."""
    sent = doc.sentences[w.sent]
    if subj.head != w.index and subj.index < w.index and not all(
            doc.words[k].upos in ("AUX", "ADV", "PART", "PROPN") for k in range(subj.index + 1, w.index)):
        return None  # "…,” he said, adding that …": the subject belongs to another cue
    if lo <= sent.first:
        return None
    start = doc.words[lo].start
    for q in speech:
        if q.start < start and q.end <= start + 1 and q.end >= sent.start and q.balanced \
                and not doc.text[q.end:start].strip(" ,\n—–-"):
            if not (_inner_text(doc, q).endswith((",", "?", "!", "—", "–", "-", "…"))
                    or doc.text[q.end:start].strip() == ","):
                continue
            lead = [k for k in range(sent.first, lo) if doc.words[k].end <= q.start and doc.words[k].upos != "PUNCT"]
            if lead and q.start > sent.start and not any(
                    _quote_at(speech, doc.words[k].start) or _speech_cue(doc, k, lex) for k in lead):
                return doc.words[lead[0]].start, q.end
            return q.start, q.end
    return None


def _is_reporting_clause(doc: ParsedDoc, w: Word, subj: Word, lo: int, hi: int, speech: list[Quote],
                         object_cue: bool = False) -> bool:
    """"…, a source said." / "…,” said Caddell, “…" — the cue clause (words ``lo``…``hi``) sits between
    punctuation at the end or in the middle of the sentence, whatever the parser attached it to. A cue that
    takes its object as content (``object_cue``) and has one is not a tag clause unless a quotation ends right
    before it ("In a sign of how carefully his rivals tread, Mr. Okoye declined to assail him": what he would
    not assail is "him", not the opening words)."""
    sent = doc.sentences[w.sent]
    if lo <= sent.first:
        return False
    if doc.words[lo].upos == "CCONJ" and doc.words[lo].text.lower() in ("but", "and", "yet"):
        return False  # "…, but the members who run it refused.": a clause of its own, not a tag
    before = doc.words[lo - 1].text
    after = doc.words[hi + 1].text if hi + 1 < sent.last else "."
    # (the mark closes a quotation, not a quoted title: "''Trump Revealed,'' a biography written by …")
    quote_before = (doc.words[lo - 1].text in CLOSE_MARKS and _quote_at(speech, doc.words[lo - 1].start) is not None) or (
        lo - 2 >= sent.first and doc.words[lo - 1].text == "," and doc.words[lo - 2].text in CLOSE_MARKS
        and _quote_at(speech, doc.words[lo - 2].start) is not None)
    if object_cue and not quote_before and subj.index < w.index and any(
            c.deprel == "obj" and c.index > w.index and c.lemma.lower() not in TEMPORAL
            for c in _children(doc, w.index)):
        return False  # (after an inverted subject, read as the object, there is no object: "…, predicted Ortiz.")
    q_before = _quote_at(speech, doc.words[lo - 1].start)
    if before not in (",", "—", "–", *CLOSE_MARKS) and not (q_before and q_before.end <= doc.words[lo].start):
        return False  # (a quote must end before the clause: "“We liked some of what the mayor has said.”" is one)
    subj_ids = _subtree(doc, subj.index)
    addressee = set()
    for c in _children(doc, w.index):
        if c.deprel in ("obj", "iobj") and w.lemma.lower() in ADDRESSEE_VERBS:
            addressee |= _subtree(doc, c.index)  # "… told The Huffington Post on Thursday."
    if not quote_before and sum(1 for k in range(w.index + 1, hi + 1)
                                if k not in subj_ids and k not in addressee and doc.words[k].upos != "PUNCT") > 4:
        return False  # a long object after the cue: "Zelensky insisted an invitation was …"
    if not quote_before and any(c.deprel == "ccomp" and c.index > w.index
                                and not _after_inverted_source(doc, w, c, subj) for c in _children(doc, w.index)):
        return False  # "…, Zelensky insisted an invitation was …": a complement follows, not a tag clause
    if after == ":" and not quote_before and hi + 2 < sent.last:
        return False  # "…, and Breitbart News responded: “If there are people …”": what was said follows the colon
    if hi + 1 < sent.last and after not in (".", "!", "?", ";", ":", "“", '"', "—", "‘") and not quote_before:
        nxt = doc.words[hi + 2] if hi + 2 < sent.last else None
        if not (after == "," and nxt is not None and (nxt.xpos in ("VBG", "VBN") or nxt.text in ("“", '"', "‘"))):
            return False
    # something to report must precede the clause
    return any(doc.words[k].upos not in ("PUNCT",) for k in range(sent.first, lo - 1))


def _following_quote(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Quote | None:
    """X said: "..." — a quote that starts after the cue, in this sentence or right after a colon."""
    sent = doc.sentences[w.sent]
    tail = doc.text[w.end:min(len(doc.text), sent.end + 3)]
    for q in speech:
        if q.start >= w.end and q.start <= sent.end + 2:
            between = doc.text[w.end:q.start]
            if ";" in between:
                break  # ("to call a hearing on whether to fine Lee; one councillor called Lee “…”": another clause's)
            if len(between) <= 80 and ("," in between or ":" in between or between.strip() == "" or q.start < sent.end):
                return q
    if tail.rstrip().endswith(":"):
        for q in speech:
            if sent.end <= q.start <= sent.end + 4:
                return q
    return None


def _quotes_ending_sentence_before(doc: ParsedDoc, w: Word, speech: list[Quote]) -> list[Quote]:
    """The quotations that end the sentence before the cue's, in text order: where the tokenizer split "…?” Vitter
    demanded." in two (a quotation may open sentences before: "“… Why does nobody ask the minister?” Varga said.")."""
    if w.sent == 0:
        return []
    prev, sent = doc.sentences[w.sent - 1], doc.sentences[w.sent]
    return [q for q in speech if q.start < prev.end and prev.end - 1 <= q.end <= sent.start + 1 and q.end <= w.start]


def _preceding_quote(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Quote | None:
    """"…," he said — a quote ending just before the cue clause in the same sentence (or ending the previous
    sentence, when the tokenizer split "…?” Vitter demanded." in two)."""
    sent = doc.sentences[w.sent]
    best = None
    short = sent.last - sent.first <= 8
    # a long sentence that opens with the cue clause tags the quotation before it too, when that quotation ends
    # unfinished ("“… Loudoun?” Will Estrada, the chairman for the exurb, said of the encounter he had …")
    if w.sent > 0 and (short or _opens_with_cue_clause(doc, w)):
        for q in _quotes_ending_sentence_before(doc, w, speech):
            if short or _inner_text(doc, q).endswith(("?", "!", ",", "—")) or _only_occasion_after(doc, w):
                best = q
    for q in speech:
        if sent.start <= q.end <= w.start and len(doc.text[q.end:w.start].split()) <= 7:
            best = q
        elif q.start < sent.start and sent.start <= q.end <= w.start and len(doc.text[q.end:w.start].split()) <= 6:
            best = q
    return best


def _opens_with_cue_clause(doc: ParsedDoc, w: Word) -> bool:
    """The sentence opens with the cue clause of ``w``, a root with no object or complement: every word before
    it belongs to its subject, an auxiliary, an adverb or a punctuation mark."""
    kids = _children(doc, w.index)
    subj = next((c for c in kids if c.deprel == "nsubj" and c.index < w.index), None)
    # ("…?” Ruiz told reporters on a call.": the one told is no object of what was said)
    told = [c for c in kids if c.deprel in ("obj", "iobj") and w.lemma.lower() in ADDRESSEE_VERBS
            and c.upos in ("NOUN", "PROPN", "PRON") and not any(g.deprel in COMP for g in _children(doc, c.index))]
    if w.deprel != "root" or any(c.deprel in ("obj", "iobj", "xcomp") and c not in told or c.deprel == "ccomp" and not (
            subj is not None and _subject_aside(doc, w, c, subj)) for c in kids):
        return False
    for k in range(doc.sentences[w.sent].first, w.index):
        if doc.words[k].upos in ("PUNCT", "AUX", "ADV"):
            continue
        while doc.words[k].head != w.index:
            k = doc.words[k].head
            if k < 0:
                return False
        if doc.words[k].deprel not in ("nsubj", "aux", "advmod", "punct") and not (
                doc.words[k].deprel == "ccomp" and subj is not None and _subject_aside(doc, w, doc.words[k], subj)):
            return False
    return True


def _only_occasion_after(doc: ParsedDoc, w: Word) -> bool:
    """After the cue comes only when or where it was said ("Sweeny said after an event in Edison on Wednesday."):
    the sentence is a tag clause of its own, for the quotation that ended the sentence before."""
    sent = doc.sentences[w.sent]
    after = [c for c in _children(doc, w.index) if c.index > w.index and c.upos != "PUNCT"]
    return bool(after) and all(_time_phrase(doc, c) or c.deprel == "advmod" and c.upos == "ADV" for c in after) and all(
        k in _subtree(doc, w.index) for k in range(w.index + 1, sent.last))

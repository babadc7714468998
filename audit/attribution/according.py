""""According to X" and its kin: "according to X, …" and "…, according to X" (with "X, cited by Y" keeping Y as
``via``), polls ("In a CNN poll, …", "…, in a Gallup poll"), and viewpoints ("To many voters, …").

Example: "The talks stalled, according to two diplomats." → source "two diplomats", content "The talks stalled".
"""
from __future__ import annotations

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Word
from ..quotes import Quote
from .boundaries import _opens_quotation
from .records import Attribution, CONFIDENCE, SUBJ, Span
from .tree import _children, _finite, _first_word, _hangs_on, _quote_at, _quote_marks, _span, _subtree, _trim
from .words import NON_SOURCES, POLL_NOUNS, RELATIVE_OPENERS, SUBORDINATORS, VIEW_HOLDERS


def _according(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Attribution | None:
    """according to X: X is the source, the rest of the clause the content. Read from the surface (commas and
    sentence bounds), which is sturdier than any one parse of this construction."""
    sent = doc.sentences[w.sent]
    to = doc.words[w.index + 1]
    # the source: from after "to" up to the next comma or the end of the sentence
    k = to.index + 1
    src_end = k
    while src_end < sent.last and (doc.words[src_end].text not in (",", ";", ":", "—", "–", "(") or (
            _opens_quotation(doc, range(k, src_end)) and src_end - k < 30)) and not (
            doc.words[src_end].upos == "PUNCT" and src_end == sent.last - 1):
        src_end += 1  # (over the colon of a quoted title: "According to ''The Trumps: Three Generations …'' by …")
    src_ids = list(range(k, src_end))
    if not src_ids:
        return None
    # "X cited by Y" / "X quoted by Y": Y travels as via
    via_span = None
    for j in src_ids:
        if doc.words[j].text.lower() in ("cited", "quoted") and j + 1 < src_end and doc.words[j + 1].text.lower() == "by":
            if j + 2 < src_end:
                via_span = _span(doc, list(range(j + 2, src_end)))
            src_ids = [i for i in src_ids if i < j]
            break
    if not src_ids:
        return None
    nouns = [i for i in src_ids if doc.words[i].upos in ("NOUN", "PROPN", "PRON")]
    if not nouns:
        return None
    head = nouns[0]
    # the head noun: the last noun before a preposition ("a report by the statistics office" → report)
    for i in src_ids:
        if doc.words[i].upos == "ADP" and i > head:
            break
        if doc.words[i].upos in ("NOUN", "PROPN"):
            head = i
    if doc.words[head].lemma.lower() in NON_SOURCES or doc.words[head].text.lower() in NON_SOURCES or \
            doc.words[src_ids[0]].text.lower() in NON_SOURCES or doc.words[src_ids[0]].lemma.lower() in NON_SOURCES:
        return None  # "according to plan"
    # the content: the rest of the sentence around "according to X"
    lead = w.index
    while lead > sent.first and (doc.words[lead - 1].upos == "PUNCT" or doc.words[lead - 1].text.lower() in (
            "however", "but", "and", "yet", "also", "still", "now")):
        lead -= 1
    before = list(range(sent.first, lead)) if lead > sent.first else []
    after = list(range(src_end, sent.last))
    ids = _trim(doc, set(before) | set(after))
    parts = None
    if w.index == sent.first or not before or doc.words[lead - 1].text.lower() in SUBORDINATORS and any(
            _finite(doc, doc.words[i]) for i in after):
        # ("He crossed the border after, according to him, the network censured his report": the clause the
        # conjunction opens)
        ids = _trim(doc, set(after))
    elif not [i for i in after if doc.words[i].upos != "PUNCT"]:
        ids = _trim(doc, set(before))
    elif any(doc.words[i].upos in ("VERB", "AUX") for i in before) and not (
            _hangs_on(doc, after, before) and not any(_finite(doc, doc.words[i]) for i in after)
            or _hangs_on(doc, before, after) and not any(_finite(doc, doc.words[i]) for i in before)):
        # "The company earned $1.6 billion, according to Brian Wieser, an analyst at …": a whole clause before it;
        # what follows the source is its apposition or the narrator's aside (not "G4S receives, according to one
        # report, $234 million …", "Notably absent, according to members, was any mention …": one clause around it)
        ids = _trim(doc, set(before))
    else:
        # "The plan, according to officials, will cost $5 billion": the clause around it, in two parts
        b, c = _trim(doc, set(before)), _trim(doc, set(after))
        parts = [(doc.words[p[0]].start, doc.words[p[-1]].end) for p in (b, c) if p] or None
    if not ids:
        return None
    parts = parts or [(doc.words[ids[0]].start, doc.words[ids[-1]].end)]
    cue = Span(w.start, to.end, doc.text[w.start:to.end])
    src_trim = _trim(doc, set(src_ids), quotes_ok=False)
    if src_trim and src_trim[0] > k and _quote_marks(doc.words[src_trim[0] - 1].text) and any(
            _quote_marks(doc.words[j].text) for j in src_trim):
        src_trim = [src_trim[0] - 1, *src_trim]  # a quoted title keeps its opening mark ("According to “Harbor Days,” by …")
    return Attribution(kind="indirect", cue=cue, cue_lemma="according to", cue_class="neutral", content_parts=parts,
                       sentence_index=w.sent, confidence=CONFIDENCE["according"],
                       source=_span(doc, src_trim), source_head=head,
                       via=via_span, pattern="according")


def _opener_parts(doc: ParsedDoc, w: Word, speech: list[Quote], width: int, aside, reach: int
                  ) -> tuple[list[int], list[int], list[int]] | None:
    """A sentence that opens with a phrase set off by a comma ("In a CNN poll, …", "To Frank, …"): the phrase's
    words up to that comma (within ``width`` words), the same with an aside after the comma that ``aside`` accepts
    the first word of (up to the next comma, within ``reach``), and the clause after them, which needs three words,
    a verb and no quotation at its start."""
    sent = doc.sentences[w.sent]
    if _quote_at(speech, w.start) is not None:
        return None
    comma = next((k for k in range(w.index + 1, min(w.index + width, sent.last)) if doc.words[k].text in (",", ";", ":")),
                 None)
    if comma is None or doc.words[comma].text != "," or comma == w.index + 1:
        return None
    phrase = list(range(w.index + 1, comma))
    src, first = phrase, comma + 1
    if first < sent.last and aside(doc.words[first]):
        close = next((k for k in range(first + 1, min(first + reach, sent.last)) if doc.words[k].text == ","), None)
        if close is None:
            return None
        src, first = list(range(w.index + 1, close)), close + 1
    ids = _trim(doc, set(range(first, sent.last)))
    if len(ids) < 3 or not any(doc.words[k].upos in ("VERB", "AUX") for k in ids) \
            or _quote_at(speech, doc.words[ids[0]].start) is not None:
        return None
    return phrase, src, ids


def _phrase_record(doc: ParsedDoc, w: Word, cls: str, ids: list[int], source: Span | None, head: int,
                   confidence: float, pattern: str) -> Attribution:
    """A record whose cue is the preposition ``w`` itself ("In a CNN poll, …", "To Frank, …") and whose content is
    the words ``ids``."""
    return Attribution(kind="indirect", cue=Span(w.start, w.end, w.text), cue_lemma=w.text.lower(), cue_class=cls,
                       content_parts=[(doc.words[ids[0]].start, doc.words[ids[-1]].end)], sentence_index=w.sent,
                       confidence=confidence, source=source, source_head=head, pattern=pattern)


def _poll_attribution(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Attribution | None:
    """"In a CNN/ORC poll released Wednesday, he fell to 10 percent": a poll or survey that opens the sentence with
    "In" and a comma is the source of the finding that follows. Read from the surface, like "according to": parses
    of the long names of polls vary too much. A participle after the comma belongs to the poll ("In the new Morning
    Consult poll, conducted March 11-13, 40 percent …")."""
    parts = _opener_parts(doc, w, speech, 22, lambda x: x.xpos == "VBN", 12)
    if parts is None:
        return None
    phrase, src, ids = parts
    polls = [k for k in phrase if doc.words[k].lemma.lower() in POLL_NOUNS and doc.words[k].upos in ("NOUN", "PROPN")
             and doc.words[k + 1].upos not in ("NOUN", "PROPN")  # (not "polling places")
             # the phrase's head, before any participle ("a memo released as polls closed" is a memo)
             and not any(doc.words[j].xpos == "VBN" for j in range(w.index + 1, k))]
    if len(phrase) == 2 and doc.words[phrase[0]].upos == "DET" and doc.words[phrase[1]].text.lower() == "polls":
        return None  # "In the polls, the mayor has slipped": the race's standing
    # a poll of its own ("a CNN national poll", "exit polls", "the same survey"), not a clause ("In fact, …" has no
    # poll at all; nor does "In a memo released as polls closed, …")
    if not polls or len(phrase) < 2 or any(doc.words[k].upos in ("VERB", "AUX") and doc.words[k].xpos not in ("VBN",)
                                           or doc.words[k].upos == "SCONJ" for k in phrase):
        return None
    return _phrase_record(doc, w, "neutral", ids, _span(doc, _trim(doc, set(src), quotes_ok=False)), polls[0], 0.6,
                          "poll")


def _trailing_poll(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Attribution | None:
    """"Clinton led Sanders more than 2-1 in an NBC News/Marist poll", "her lead in a CBS News poll": a single poll
    named in a phrase after what it found is its source. The finding is the clause (or the noun phrase) the phrase
    hangs on, from its subject up to "in"; the poll is the phrase, without what follows a comma. Plural polls
    ("leads in national polls", "rose in the polls") are the race's standing."""
    sent = doc.sentences[w.sent]
    poll = doc.words[w.head] if w.head >= 0 else None
    if poll is None or poll.deprel not in ("obl", "nmod") or poll.upos not in ("NOUN", "PROPN") \
            or poll.index < w.index or poll.lemma.lower() not in POLL_NOUNS or poll.text.lower().endswith("s") \
            or poll.index + 1 < sent.last and doc.words[poll.index + 1].upos in ("NOUN", "PROPN") \
            or _quote_at(speech, w.start) is not None:
        return None  # (nor "in polling places")
    h = doc.words[poll.head] if poll.head >= 0 else None
    if h is None or h.index > w.index:
        return None
    if h.upos in ("NOUN", "PROPN", "NUM"):
        start = _first_word(doc, _subtree(doc, h.index))
    else:
        subj = next((c for c in _children(doc, h.index) if c.deprel in SUBJ and c.index < h.index), None)
        lead = [c.index for c in _children(doc, h.index) if c.deprel.startswith("aux") and c.index < h.index]
        start = _first_word(doc, _subtree(doc, subj.index)) if subj is not None else min(lead + [h.index])
    ids = _trim(doc, set(range(start, w.index)))
    if len(ids) < 2 or doc.words[ids[0]].text.lower() in RELATIVE_OPENERS:
        return None
    src = _trim(doc, {k for k in _subtree(doc, poll.index) if k != w.index and not any(
        doc.words[j].text in (",", ";", "(") for j in range(poll.index, k))}, quotes_ok=False)
    return _phrase_record(doc, w, "neutral", ids, _span(doc, src), poll.index, 0.5, "poll")


def _viewpoint_attribution(doc: ParsedDoc, w: Word, speech: list[Quote], lex: Lexicons) -> Attribution | None:
    """"To Frank, issues of racial and class justice get attention …", "To many, Santilli is a provocateur": a
    sentence that opens with "To" and people set off by a comma puts what follows as their view (a belief), with a
    relative clause after the comma as part of who holds it ("To Sexton, who has made something of a study of Trump
    rallies, Tuesday marked …"). "To that, …", "To date, …" name no one; "For X, …" is far more often a topic than
    a view and makes none."""
    parts = _opener_parts(doc, w, speech, 8, lambda x: x.text.lower() in RELATIVE_OPENERS, 20)
    if parts is None:
        return None
    phrase, src, ids = parts
    head = doc.words[phrase[-1]]
    people = lex.sources["person_nouns"] | lex.sources["group_nouns"]
    if any(doc.words[k].upos in ("VERB", "AUX", "ADP", "SCONJ", "NUM") for k in phrase) \
            or doc.words[phrase[0]].text.lower() in ("a", "an") \
            or not (head.upos == "PROPN" or head.lemma.lower() in people or head.text.lower() in VIEW_HOLDERS):
        return None  # (nor "To a person, they don't want to let go": everyone, an idiom)
    return _phrase_record(doc, w, "belief", ids, _span(doc, src), head.index, 0.5, "viewpoint")

"""Surface fallbacks where the parse fails: a cue the tagger read as a noun or an adjective ("Trump's claim that
…", "aides are confident that …", "raised questions about …"), a participle the parse misread, and a headline
with its speaker ("Lee: the bridge will reopen").

Example: "The minister's claim that the army is ready" → source "The minister's", cue "claim".
"""
from __future__ import annotations

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Word
from ..quotes import Quote
from .boundaries import _cut_tag_clause
from .build import _build
from .cues import _cue_lemma
from .records import Attribution, CONFIDENCE, Span
from .subjects import _antecedent, _plausible_source, _subject_of_clause_above
from .tree import _children, _quote_at, _span, _subtree, _trim
from .words import ADJ_CASES, EVIDENCE_VERBS, LIGHT_VERBS, LIGHT_VERB_CASE, RELATIVE


def _misparsed_participle(doc: ParsedDoc, w: Word, lex: Lexicons, speech: list[Quote]) -> Attribution | None:
    """"Ortiz canceled the vote, citing concerns about the pier", "The Times, citing internal documents, reported
    …", with the participle parsed as a modifier of the noun after it (or as a clause on the noun before it): a
    cue participle after a comma speaks for the subject of the clause it is set in, and what follows it to the
    next comma or the clause's end is what it says."""
    sent = doc.sentences[w.sent]
    if w.xpos != "VBG" or w.index <= sent.first + 1 or doc.words[w.index - 1].text != "," \
            or _quote_at(speech, w.start) is not None:
        return None
    lemma, prt = _cue_lemma(doc, w, lex)
    cls = lex.verb_class(lemma)
    if cls not in ("neutral", "loaded", "framing", "stance") or lemma in EVIDENCE_VERBS:
        return None
    subj = _subject_of_clause_above(doc, w)
    if subj is None or not _plausible_source(doc, subj) or subj.text.lower() in RELATIVE:
        return None
    k = w.index + 1 + len(prt)
    end = k
    while end < sent.last and doc.words[end].text not in (",", ";", ":", "—", "–") and not (
            doc.words[end].upos == "PUNCT" and end == sent.last - 1):
        end += 1
    q = _quote_at(speech, doc.words[k].start) if k < sent.last else None
    if q is not None and q.start <= doc.words[k].start:
        parts = [(q.start, q.end)]  # ("…, telling them, “I am a proud Muslim …”")
    else:
        ids = _trim(doc, set(range(k, end)))
        if len(ids) < 2 or doc.words[ids[0]].upos == "ADP" or any(
                doc.words[j].upos in ("VERB", "AUX") and doc.words[j].xpos not in ("VBN", "VBG") for j in ids):
            return None  # a participle only before a noun phrase: not "…, causing concerns that grew …"
        parts = [(doc.words[ids[0]].start, doc.words[ids[-1]].end)]
    a = _build(doc, w, lemma, cls, prt, subj, parts, "object")
    a.confidence = round(min(a.confidence, 0.6), 3)
    return a


def _headline_attribution(doc: ParsedDoc, sent, lex: Lexicons) -> Attribution | None:
    """"Veteran Coach Slams League's New Rules On Player Transfers": in a title-case headline the
    parser tags every word as a name; the first inflected cue verb splits it into source and content."""
    words = doc.words[sent.first:sent.last]
    long = [x for x in words if x.text[:1].isalpha() and len(x.text) > 3]
    if len(long) < 4 or sum(x.text[0].isupper() for x in long) < 0.8 * len(long):
        return None
    for w in words[1:-2]:
        lemma = lex.verb_lemma(w.text)
        cls = lex.verb_class(lemma) if lemma else None
        if not w.text[0].isupper() or cls not in ("neutral", "loaded", "framing", "stance") or w.text.lower() == lemma:
            continue
        nxt = doc.words[w.index + 1]
        if doc.words[w.index - 1].upos == "ADP" or nxt.upos in ("VERB", "AUX") and nxt.text[:1].isupper():
            continue  # a plural noun, not a verb: "Court of Appeals for …", "Power Plant Rules Face Key Test"
        src = [x.index for x in words if x.index < w.index]
        if len(src) > 8 or any(doc.words[k].upos == "PUNCT" and doc.words[k].text not in (".", "'", "’") for k in src) \
                or not any(doc.words[k].upos in ("PROPN", "NOUN") for k in src):
            return None
        ids = _trim(doc, set(range(w.index + 1, sent.last)))
        if len(ids) < 2:
            return None
        return Attribution(kind="indirect", cue=Span(w.start, w.end, w.text), cue_lemma=lemma, cue_class=cls,
                           content_parts=[(doc.words[ids[0]].start, doc.words[ids[-1]].end)], sentence_index=w.sent,
                           confidence=0.6, source=_span(doc, src), source_head=src[-1], pattern="headline")
    return None


def _mistagged_cue(doc: ParsedDoc, w: Word, lex: Lexicons, speech: list[Quote]) -> Attribution | None:
    """"The New York Post reports that …" (or "…, The Wall Street Journal reports.") with "reports" tagged as a
    noun: a name, a reporting-verb form and the content read from the surface."""
    lemma = lex.verb_lemma(w.text)
    cls = lex.verb_class(lemma) if lemma else None
    sent = doc.sentences[w.sent]
    if cls not in ("neutral", "loaded", "framing", "belief", "commitment") or w.index == sent.first:
        return None
    k = w.index - 1  # the name before the cue
    while k > sent.first and (doc.words[k - 1].upos in ("PROPN", "NOUN", "DET", "ADJ", "NUM") or (
            # ("Data from the 2023 Eastbridge Community Survey show …", "…, a Harbor Times review of newly filed
            # campaign-finance reports shows.")
            doc.words[k - 1].text.lower() in ("of", "from") and k - 2 >= sent.first and doc.words[k - 2].upos == "NOUN")
            or doc.words[k - 1].xpos == "HYPH" or doc.words[k - 1].xpos == "VBN" and doc.words[k - 1].deprel == "amod"
            or doc.words[k - 1].upos == "ADV" and doc.words[k].xpos == "VBN" and doc.words[k].deprel == "amod"):
        k -= 1

    def found(parts: list[tuple[int, int]]) -> Attribution:
        return Attribution(kind="indirect", cue=Span(w.start, w.end, w.text), cue_lemma=lemma, cue_class=cls,
                           content_parts=parts, sentence_index=w.sent, confidence=min(0.7, CONFIDENCE.get(cls, 0.7)),
                           source=_span(doc, list(range(k, w.index))), source_head=w.index - 1, pattern="surface")

    if cls in ("neutral", "loaded", "framing") and w.index > sent.first + 2 and all(
            doc.words[j].upos == "PUNCT" for j in range(w.index + 1, sent.last)) and \
            doc.words[w.index - 1].upos in ("PROPN", "NOUN") and k - 1 > sent.first and doc.words[k - 1].text == ",":
        # a sentence-final tag clause: what precedes its comma is the content
        ids = _trim(doc, set(range(sent.first, k - 1)))
        if len(ids) > 2:
            return found([(doc.words[ids[0]].start, doc.words[ids[-1]].end)])
    if w.index + 2 >= sent.last:
        return None
    nxt, after = doc.words[w.index + 1], doc.words[w.index + 2]
    infinitive = nxt.text.lower() == "to" and after.upos in ("VERB", "AUX") and cls in ("belief", "commitment")
    colon_quote = next((q for q in speech if nxt.text == ":" and 0 <= q.start - nxt.end <= 3), None) \
        if cls in ("neutral", "loaded", "framing") else None
    relative = nxt.text.lower() == "that" and (after.upos in ("AUX", "VERB") or after.upos == "ADV" and w.index + 3 < sent.last
                                               and doc.words[w.index + 3].upos in ("AUX", "VERB"))
    if relative:
        return None  # "new emissions rules that could transform …": a noun and its relative clause
    if not (nxt.text.lower() == "that" and cls != "commitment" or infinitive or colon_quote) \
            or not (doc.words[w.index - 1].upos in ("PROPN", "NOUN") or doc.words[w.index - 1].text.lower() in (
                "he", "she", "they", "it", "we", "i", "you")):
        return None  # "… plans to call on young people …" with "plans" tagged as a noun
    ids = _trim(doc, set(range(w.index + 1, sent.last)))
    if len(ids) < 3 and colon_quote is None:
        return None
    return found([(colon_quote.start, colon_quote.end)] if colon_quote
                 else [(doc.words[ids[0]].start, doc.words[ids[-1]].end)])


def _nominal_attribution(doc: ParsedDoc, w: Word, cls: str, speech: list[Quote]) -> Attribution | None:
    """"Trump's claim that …": a possessor is the source, the that-clause (or an adjacent quote) the content."""
    sent = doc.sentences[w.sent]
    poss = [c for c in _children(doc, w.index) if c.deprel == "nmod:poss" and c.upos in ("PROPN", "NOUN", "PRON")]
    src_ids = None
    if not poss and w.index - 1 > sent.first and doc.words[w.index - 1].upos == "PROPN":
        # "a New York Times report that …": the name compounded with the cue noun is the source
        k0 = w.index - 1
        while k0 - 1 >= sent.first and doc.words[k0 - 1].upos == "PROPN":
            k0 -= 1
        poss, src_ids = [doc.words[w.index - 1]], list(range(k0, w.index))
    if not poss or poss[0].text.lower() in ("its", "their", "our", "my", "your", "his", "her") and poss[0].upos == "PRON" \
            and poss[0].text.lower() in ("its",):
        return None
    k = w.index + 1
    if k >= sent.last or doc.words[k].text.lower() != "that" or doc.words[k].upos == "PRON" and doc.words[k].deprel.startswith("nsubj"):
        return None
    # the clause runs to the end of the sentence or the next comma that closes it
    end = k + 1
    while end < sent.last and doc.words[end].text not in (";",):
        end += 1
    ids = _trim(doc, set(range(k, end)))
    if len(ids) < 3:
        return None
    if src_ids is None:
        src_ids = _trim(doc, _subtree(doc, poss[0].index), quotes_ok=False)
    src = _span(doc, src_ids)
    return Attribution(kind="indirect", cue=Span(w.start, w.end, w.text), cue_lemma=w.lemma.lower(), cue_class=cls,
                       content_parts=[(doc.words[ids[0]].start, doc.words[ids[-1]].end)], sentence_index=w.sent,
                       confidence=0.6, source=src, source_head=poss[0].index, pattern="nominal")


def _adjectival_attribution(doc: ParsedDoc, w: Word, cls: str, speech: list[Quote],
                            lex: Lexicons) -> Attribution | None:
    """"Republicans have been critical of the deal", "aides are confident that …", "she is eager to debate": a
    predicate adjective whose subject holds the position and whose complement says what about."""
    kids = _children(doc, w.index)
    if not any(c.deprel == "cop" for c in kids):
        return None
    subj = next((c for c in kids if c.deprel == "nsubj" and c.index < w.index and _plausible_source(doc, c)), None)
    if subj is None or subj.text.lower() in ("it", "this", "there", "what") \
            or subj.text.lower() in RELATIVE and _antecedent(doc, w, subj) is None:
        return None  # "it is clear that …"; "who are critical of …" speaks for its antecedent
    if _quote_at(speech, w.start) is not None or subj.text.lower() in ("i", "we", "you"):
        return None  # inside a quotation it is part of someone's words; "I am confident" is discourse
    comp, case = None, None
    for c in sorted(kids, key=lambda c: c.index):
        if c.index < w.index:
            continue
        marks = [g for g in _children(doc, c.index) if g.deprel in ("case", "mark") and g.index < c.index]
        if c.deprel in ("ccomp", "xcomp") and (c.deprel == "ccomp" or any(g.text.lower() == "to" for g in marks)):
            comp = c
        elif c.deprel in ("obl", "advcl") and marks and marks[0].text.lower() in ADJ_CASES:
            comp, case = c, marks[0]
        if comp is not None:
            break
    if comp is None:
        return None
    ids = _cut_tag_clause(doc, _trim(doc, {k for k in _subtree(doc, comp.index) if k > (case.index if case else w.index)}),
                          lex)
    if not ids:
        return None
    lead = [c.index for c in kids if c.deprel in ("cop", "aux", "advmod") and subj.index < c.index < w.index]
    first = w.index
    while first - 1 in lead:
        first -= 1
    a = _build(doc, w, w.lemma.lower(), cls, [], subj, [(doc.words[ids[0]].start, doc.words[ids[-1]].end)],
               "adjectival")
    a.cue = _span(doc, list(range(first, (case.index if case else w.index) + 1)))
    a.confidence = round(min(a.confidence, 0.6), 3)
    return a


def _light_verb_attribution(doc: ParsedDoc, w: Word, cls: str) -> Attribution | None:
    """"Trump is raising questions about his microphone", "made a comment that …", "voiced concern over …":
    a cue noun as the object of a light verb; the verb's subject is the source, what the noun is about (or
    its that-clause) the content, and the cue runs from the verb to the preposition."""
    if w.deprel != "obj" or w.head < 0:
        return None
    v = doc.words[w.head]
    if v.upos != "VERB" or v.lemma.lower() not in LIGHT_VERBS or v.index > w.index:
        return None
    subj = next((c for c in _children(doc, v.index) if c.deprel == "nsubj" and _plausible_source(doc, c)), None)
    if subj is None or subj.text.lower() in ("it", "this", "that", "which", "what", "there"):
        return None
    # what the noun is about, whether the parse hung it on the noun or on the verb right after the noun
    end = max(_subtree(doc, w.index))
    kids = [c for c in _children(doc, w.index) if c.index > w.index] + [
        c for c in _children(doc, v.index) if c.deprel == "obl" and min(_subtree(doc, c.index)) == end + 1]
    about, case = next(((c, g) for c in kids if c.deprel in ("nmod", "obl") for g in _children(doc, c.index)
                        if g.deprel == "case" and g.text.lower() in LIGHT_VERB_CASE and g.index < c.index), (None, None))
    clause = next((c for c in kids if c.deprel in ("acl", "acl:relcl", "ccomp") and any(
        g.deprel == "mark" and g.text.lower() == "that" for g in _children(doc, c.index))), None)
    target = about or clause
    if target is None:
        return None
    ids = _trim(doc, _subtree(doc, target.index))
    if case is not None:
        ids = [k for k in ids if k > case.index]
    cue_end = case.end if case is not None else w.end
    if len(ids) < 2:
        return None
    a = _build(doc, v, v.lemma.lower(), cls, [], subj, [(doc.words[ids[0]].start, doc.words[ids[-1]].end)], "nominal")
    a.cue = Span(a.cue.start, cue_end, doc.text[a.cue.start:cue_end])
    a.cue_lemma = w.lemma.lower()
    a.confidence = round(min(a.confidence, 0.6), 3)
    return a

"""Object contents: a cue whose object is itself what was said ("announced a ceasefire", "called for the repeal of
…", "questioned the integrity of the vote"), with what stays with the object (a predicate, a reason: "criticized
Obama for not doing so") and what does not (an idiom: "showed no sign of backing down").

Example: "The ministry confirmed the closure of the border" → content "the closure of the border".
"""
from __future__ import annotations

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Word
from ..quotes import Quote
from .boundaries import _cut_aside, _cut_tag_clause
from .build import _build
from .clauses import _with_orphans
from .records import Attribution, Span
from .tree import _children, _finite, _quote_at, _subtree, _time_phrase, _trim
from .words import (
    CLAUSE_VERBS, EVIDENCE_VERBS, IDIOM_OBJECTS, NAMING_VERBS, NOT_OBJECT, OBJECT_NEUTRAL, REASON_MARK, TEMPORAL)


def _predicate_of(doc: ParsedDoc, c: Word, obj: Word) -> bool:
    """'said comments from Rice were consistent': the parse hung the clause's predicate on the verb as a conjunct
    with no conjunction and no subject of its own; it belongs to the misread object."""
    if c.deprel != "conj":
        return False
    kids = _children(doc, c.index)
    own = {g.index for g in kids}
    return not any(g.deprel in ("cc", "nsubj", "nsubj:pass", "expl") for g in kids) and any(
        g.deprel in ("cop", "aux", "aux:pass") and g.index < c.index for g in kids) and not any(
        doc.words[k].upos in ("VERB", "AUX") for k in range(obj.index, c.index) if k not in own)


def _named_as(doc: ParsedDoc, w: Word, obj: Word) -> bool:
    """"called her vote a mistake", "called the citation a transparent ploy": an indefinite noun phrase with no
    preposition after the object is what it was called, wherever the parse hung it."""
    # where the object's own phrase ends (its prepositional modifiers may hold the misplaced predicate)
    obj_end = max(_subtree(doc, obj.index) - {j for c in _children(doc, obj.index) if c.deprel == "nmod"
                                              for j in _subtree(doc, c.index)})
    return any(k > obj_end and doc.words[k].upos in ("NOUN", "PROPN")  # ("called Mrs. Schlafly an ''Aunt Tom''")
               and doc.words[k].deprel in ("obl", "nmod", "obj", "xcomp", "appos")
               and any(g.deprel == "det" and g.text.lower() in ("a", "an") for g in _children(doc, k))
               and not any(g.deprel == "case" for g in _children(doc, k)) for k in _subtree(doc, w.index))


def _noun_clause_after(doc: ParsedDoc, ids: set[int]) -> set[int]:
    """"disputing accusations by Exxon Mobil that journalists had produced …" with the that-clause hung on a verb
    outside the object: the clause right after the object is the object's content all the same."""
    words = [j for j in ids if doc.words[j].upos != "PUNCT"]
    if not words:
        return set()
    k = max(words) + 1  # (the sentence's closing period may be in ``ids``)
    sent = doc.sentences[doc.words[k - 1].sent]
    if k + 1 < sent.last and doc.words[k].text == "," and doc.words[k - 1].text in (")", ","):
        k += 1  # "suggestions by the front-runners, Trump and Sen. Ted Cruz (R-Tex.), that they would …"
    if k >= sent.last or doc.words[k].text.lower() != "that" or doc.words[k].upos != "SCONJ" \
            or doc.words[k].deprel != "mark" or doc.words[k].head <= k:
        return set()
    h = doc.words[doc.words[k].head]
    if h.index in ids or h.sent != sent.index or not any(c.deprel.startswith("nsubj") for c in _children(doc, h.index)):
        return set()
    out = {j for j in _subtree(doc, h.index) if j >= k} | set(range(max(words) + 1, k))
    for c in _children(doc, h.index):
        if c.deprel in ("conj", "parataxis") and c.index > h.index:
            out -= _subtree(doc, c.index)
    return out if out == set(range(max(words) + 1, max(out) + 1)) else set()


def _nominal_conjunct(doc: ParsedDoc, c: Word) -> bool:
    """"called for increased defense spending and an end to the budget cuts" with "end" hung on the verb: a noun
    phrase conjoined after the object, with no verb or subject of its own, is a second object, not a clause."""
    return c.deprel == "conj" and c.upos in ("NOUN", "PROPN", "NUM") and not any(
        g.deprel.startswith("nsubj") or g.deprel in ("cop", "aux") for g in _children(doc, c.index))


def _object_cue(cls: str, lemma: str, judgement: bool = False) -> bool:
    """Whether a cue's object is what was said or judged: loaded, framing and stance cues, the neutral cues of
    OBJECT_NEUTRAL, and a belief only as a judgement ("see the program as an opportunity"); never the cues of
    NOT_OBJECT."""
    return (cls in ("loaded", "framing", "stance") or lemma in OBJECT_NEUTRAL or cls == "belief" and judgement) \
        and lemma not in NOT_OBJECT


def _object_attribution(doc: ParsedDoc, w: Word, lemma: str, cls: str, prt: list[int], subj: Word,
                         kids: list[Word], speech: list[Quote], lex: Lexicons) -> Attribution | None:
    """"Trump is questioning the integrity of the vote": a verb whose object is what was said or judged."""
    if w.deprel == "ccomp" and not (w.xpos == "VBG" and doc.words[w.index - 1].text == ","):
        return None  # "officials said they welcome the attention": part of what another clause reports (not a
        # participle after its comma: "…,” Lee said, citing slow growth")
    # "in what officials called a hate crime" with "what" parsed into the subject: what was named, and its name
    what = next((g for g in _children(doc, subj.index) if g.deprel == "det" and g.text.lower() == "what"
                 and g.index == min(k for k in _subtree(doc, subj.index) if doc.words[k].deprel != "case")),
                None) if lemma in NAMING_VERBS else None
    objs = _objects(doc, w, lemma, kids, speech, what)
    as_predicate = bool(objs) and any(c.index > objs[0].index and (
        c.deprel.startswith("obl") and any(g.deprel == "case" and g.text.lower() == "as"
                                           for g in _children(doc, c.index))
        or c.deprel == "xcomp" and c.upos in ("NOUN", "ADJ", "PROPN")) for c in kids)
    # "A recent CNN survey found 90 percent support for …": what a document shows or finds is its finding
    finding = lemma in EVIDENCE_VERBS and subj.lemma.lower() in lex.sources["document_nouns"]
    if objs and objs[0].lemma.lower() in IDIOM_OBJECTS.get(lemma, ()):
        return None
    if objs and (_object_cue(cls, lemma, judgement=as_predicate) or finding) and lemma not in ("tell", "ask"):
        # "Trump is questioning the integrity of the vote": the object is what is said, with what
        # follows it in the verb's clause ("criticized Obama for not doing so", "cited derogatory
        # comments Trump had made about Machado") but not the verb's adverbial clauses or time phrases
        # ("invoked the rising seas to thrill his supporters", "has not mentioned Machado since the debate").
        # A belief takes an object only as a judgement: "critics see the program as an opportunity",
        # "regulators did not consider Mr. Clarke a realistic option".
        content_ids = _object_content_ids(doc, w, lemma, prt, subj, kids, objs)
        subj_ids = _subtree(doc, subj.index)
        ids = _cut_aside(doc, _cut_tag_clause(doc, _with_orphans(doc, w, _trim(doc, content_ids)), lex),
                         speech)
        if len(ids) == 1 and lex.nominal_class(doc.words[ids[0]].lemma):
            return None  # "some member-states have expressed support": a stance with nothing it is about
        if ids and ids[0] < w.index < ids[-1]:
            # "which the station cited as proof of its balance": the relative pronoun, and what follows the verb
            # (an object after the verb whose phrase the parse began before the clause is just what follows: "History,
            # Clinton noted the clot's existence")
            after = [k for k in ids if k > max([w.index, *prt])]
            ids = [k for k in ids if k < min(subj_ids | {w.index})] if objs[0].index < w.index else after
            parts = [(doc.words[ids[0]].start, doc.words[ids[-1]].end)] if ids else []
            if after and objs[0].index < w.index:
                parts.append((doc.words[after[0]].start, doc.words[after[-1]].end))
        elif ids:
            parts = [(doc.words[ids[0]].start, doc.words[ids[-1]].end)]
        if ids:
            a = _build(doc, w, lemma, cls, prt, subj, ([(what.start, what.end)] if what is not None else []) + parts,
                       "object")
            if what is not None and a.source is not None and a.source.start <= what.start < a.source.end:
                start = doc.words[what.index + 1].start
                a.source = Span(start, a.source.end, doc.text[start:a.source.end])
            a.confidence = round(min(a.confidence, 0.6), 3)
            return a
    return None


def _objects(doc: ParsedDoc, w: Word, lemma: str, kids: list[Word], speech: list[Quote], what: Word | None) -> list[Word]:
    """The verb's objects that can be what was said: not a reflexive ("defended himself", unless a name follows:
    "called himself pro-choice"), not the one phoned ("Clinton called Alicia Machado on Friday")."""
    objs = [c for c in kids if c.deprel == "obj" and c.lemma.lower() not in TEMPORAL
            and not (c.upos == "PRON" and c.text.lower().endswith(("self", "selves")) and not (
                lemma in NAMING_VERBS and any(g.index > c.index and g.deprel in ("xcomp", "obj") for g in kids)
                # "described himself as antiabortion"
                or any(g.index > c.index and g.deprel == "obl" and any(m.deprel == "case" and m.text.lower() == "as"
                                                                       for m in _children(doc, g.index)) for g in kids)))]
    if lemma == "call" and objs and what is None \
            and not any(c.deprel == "iobj" and c.index < objs[0].index for c in kids) and not any(
            c.index > objs[0].index and (c.deprel in ("xcomp", "obj") and (c.upos in ("NOUN", "PROPN", "ADJ") or c.upos
                                                                          == "PRON" and not c.text.lower().endswith("self")
                                                                          # ("calls Clinton unqualified")
                                                                          or c.deprel == "xcomp" and c.xpos == "VBN")
                                         or _quote_at(speech, c.start) is not None) for c in kids) and not any(
            c.index == objs[0].index + 1 and c.deprel in ("acl", "amod") and c.xpos in ("VBN", "JJ")
            for c in _children(doc, objs[0].index)) and not _named_as(doc, w, objs[0]):  # "called the charges unsubstantiated"
        objs = []  # "Clinton called Alicia Machado on Friday": a phone call, not "called her a liar"
    return objs


def _object_content_ids(doc: ParsedDoc, w: Word, lemma: str, prt: list[int], subj: Word, kids: list[Word],
                        objs: list[Word]) -> set[int]:
    """The object with what follows it in the verb's clause ("criticized Obama for not doing so"), less the verb's
    adverbial clauses, conjuncts and time phrases ("has not mentioned Machado since the debate")."""
    subj_ids = _subtree(doc, subj.index)
    first = min((k for k in _subtree(doc, objs[0].index) if k > w.index), default=objs[0].index)
    if lemma == "call":  # "called her a liar" parsed with "her" as an indirect object: who was named
        first = min([first] + [c.index for c in kids if c.deprel == "iobj" and w.index < c.index < first])
    while first - 1 > w.index and first - 1 not in prt and first - 1 not in subj_ids and (
            doc.words[first - 1].upos in ("ADJ", "DET", "NUM") or doc.words[first - 1].xpos == "VBG"):
        first -= 1  # "mentioned disparaging remarks" with "disparaging" parsed as a verb
    right = {k for k in _subtree(doc, w.index) if k >= first}
    right -= subj_ids
    for c in kids:
        if c.index > objs[0].index and (c.deprel in ("conj", "parataxis", "cc") and not _nominal_conjunct(doc, c)
                                        or _time_phrase(doc, c) or (
                c.deprel == "advcl" and (not any(g.deprel == "mark" and g.text.lower() in REASON_MARK
                                                 for g in _children(doc, c.index)) and not _as_predicate(doc, c)
                                         # ("endorse Clinton in coming weeks" with "coming" as a verb)
                                         or any(g.deprel == "mark" and g.text.lower() == "in"
                                                for g in _children(doc, c.index))
                                         and any(doc.words[k].lemma.lower() in TEMPORAL
                                                 for k in _subtree(doc, c.index))))):
            right -= _subtree(doc, c.index)
    for c in _children(doc, objs[0].index):  # "condemned the law during a rally", the parse's nmod
        if c.index > objs[0].index and _time_phrase(doc, c):
            right -= _subtree(doc, c.index)
    content_ids = right | _predicate_after_object(doc, w, lemma, objs[0])
    content_ids |= _noun_clause_after(doc, content_ids)
    return content_ids


def _as_predicate(doc: ParsedDoc, c: Word) -> bool:
    """"described the push as nearly impossible to pull off", "the demonstrations as largely “very peaceful”": an
    "as" phrase after the object that is no finite clause says what the object was called (not "criticized the
    plan as he left office")."""
    return any(g.deprel == "mark" and g.text.lower() == "as" and g.index < c.index and doc.words[g.index - 1].text
               != "," for g in _children(doc, c.index)) and not _finite(doc, c) and c.upos != "ADV"


def _predicate_after_object(doc: ParsedDoc, w: Word, lemma: str, obj: Word) -> set[int]:
    """"The poll shows Lee is ahead", "suggested Lee might run" parsed with "Lee" as the object and the clause's
    predicate hung elsewhere: after a cue verb, a finite auxiliary or copula right after the object opens the rest of
    that clause ("acknowledged funding was a major reason …")."""
    if obj.index < w.index or lemma not in CLAUSE_VERBS | EVIDENCE_VERBS and (
            w.upos != "VERB" or w.deprel in ("acl", "amod", "xcomp")):
        return set()  # (another cue not in a phrase that describes a noun: "donors reluctant to support Lee can …")
    nxt = max(_subtree(doc, obj.index)) + 1
    sent = doc.sentences[w.sent]
    if nxt >= sent.last or doc.words[nxt].upos != "AUX" or doc.words[nxt].deprel not in ("aux", "cop") \
            or doc.words[nxt].xpos not in ("VBZ", "VBD", "VBP", "MD"):
        return set()
    pred = doc.words[doc.words[nxt].head]
    below = _subtree(doc, pred.index)
    if pred.index < nxt or w.index in below or pred.sent != w.sent:
        return set()
    for c in _children(doc, pred.index):
        if c.deprel in ("conj", "parataxis") and c.index > pred.index:
            below -= _subtree(doc, c.index)  # ("…, and Trump has been invoking him": the next clause)
    return {k for k in below if k > w.index}

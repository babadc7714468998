"""Claims put on no one, and withheld answers: hedges ("the plan seems to …"), agentless passives ("is expected
to"), questions ("Asked whether …"), adverbs ("reportedly"), and unanswered requests ("did not respond to a request
for comment").

Example: "The bridge is expected to reopen in May" → an unattributed claim with the cue "is expected".
"""
from __future__ import annotations

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Word
from ..quotes import Quote
from .build import _build
from .cues import _verb_group
from .records import Attribution, CONFIDENCE
from .tree import _children, _quote_at, _span, _subtree, _trim, _without_by
from .words import QUESTION_OPENERS, REDUCED_LEAD


def _unattributed(doc: ParsedDoc, w: Word, lemma: str, cls: str | None, prt: list[int], speech: list[Quote],
                  lex: Lexicons) -> Attribution | None:
    """A claim the sentence puts on no one: "X seems to …" (hedge), "X is expected to …", "X is widely seen as …"
    (agentless passive), "Asked whether …, …" (a question by someone unnamed). A record with no source."""
    kind = lex.unattributed_kind(lemma)
    if kind is None or _quote_at(speech, w.start) is not None:
        return None  # inside a quotation it is the quoted speaker's hedge, part of their words
    kids = _children(doc, w.index)
    agent = next((c for c in kids if c.deprel.startswith("obl") and c.index > w.index and any(
        g.text.lower() == "by" and g.deprel == "case" for g in _children(doc, c.index))), None)
    if agent is not None and kind != "question":
        return None  # "is seen by many as": someone is named
    subj = next((c for c in kids if c.deprel in ("nsubj", "nsubj:pass")), None)
    after = lambda c: [k for k in _subtree(doc, c.index) if k > w.index]  # noqa: E731
    parts: list[tuple[int, int]] = []
    if kind == "question":
        # "Asked whether she would run, …", "When asked about the vote, …": a reduced passive with the question;
        # "Rubio was asked to name one achievement", "she was asked about the protests": a full one
        full = subj is not None and subj.deprel == "nsubj:pass" and any(c.deprel == "aux:pass" for c in kids)
        if not full and (subj is not None or any(c.deprel == "aux" for c in kids) or not (
                w.xpos == "VBN" or w.xpos == "VBD" and (
                w.index == doc.sentences[w.sent].first or doc.words[w.index - 1].text.lower() in REDUCED_LEAD))):
            return None
        if agent is not None and full:
            return None  # "was asked by reporters" with no question the passive reading found
        ids = _question(doc, w, kids, speech)
        if len(ids) < 2 and not (ids and doc.words[ids[0]].text.lower() in QUESTION_OPENERS - {"to"}):
            return None  # (a question of one word stands: "When asked why, Sembler responded …")
        parts = [(doc.words[ids[0]].start, doc.words[ids[-1]].end)]
    else:
        if subj is None or subj.text.lower() in ("it", "there", "this", "what") or (
                kind == "agentless") != (subj.deprel == "nsubj:pass"):
            return None  # "it seems that …" has no subject to speak of; a hedge is active, the passive passive
        pred = next((c for c in kids if c.index > w.index and (
            c.deprel == "xcomp" and (c.upos not in ("VERB", "AUX") or any(
                g.text.lower() == "to" for g in _children(doc, c.index)))
            or kind == "agentless" and c.deprel == "obl" and any(g.text.lower() == "as" and g.deprel == "case"
                                                                for g in _children(doc, c.index)))), None)
        if pred is None or kind == "agentless" and pred.deprel == "xcomp" and pred.upos not in ("VERB", "AUX"):
            return None  # "was found alive": a predicate, not a claim about what is thought
        held = _trim(doc, _subtree(doc, subj.index))
        said = [k for k in after(pred) if not (pred.deprel == "obl" and k < pred.index
                                               and doc.words[k].text.lower() == "as")]
        said = _trim(doc, set(said))
        if not held or not said:
            return None
        parts = [(doc.words[held[0]].start, doc.words[held[-1]].end), (doc.words[said[0]].start, doc.words[said[-1]].end)]
    if kind == "question":
        prt = [k for k in prt if doc.words[k].start < parts[0][0]]  # "When asked about …": "about" opens the question
    cue = _span(doc, sorted({*_verb_group(doc, w), w.index, *prt}))
    a = Attribution(kind="indirect", cue=cue, cue_lemma=lemma, cue_class=cls or "hedge", content_parts=parts,
                    sentence_index=w.sent, confidence=CONFIDENCE["unattributed"], pattern=kind)
    if agent is not None:
        # "Asked by Matt Lauer whether she had practiced her speech, she said …": the one who asked is named
        ids = _trim(doc, {k for k in _subtree(doc, agent.index) if doc.words[k].start < parts[0][0]}, quotes_ok=False)
        a.source, a.source_head = _without_by(_span(doc, ids)), agent.index
        a.pattern, a.confidence = "passive", min(CONFIDENCE.get(cls or "", 0.5), 0.7)
    return a


def _question(doc: ParsedDoc, w: Word, kids: list[Word], speech: list[Quote]) -> list[int]:
    """What a passive "asked" asks: "whether …", "what …", "to name …", "about the vote" (not the one asked)."""
    after = lambda c: [k for k in _subtree(doc, c.index) if k > w.index]  # noqa: E731
    q = next((c for c in kids if c.index > w.index and (
        c.deprel in ("ccomp", "xcomp") and (doc.words[min(after(c))].text.lower() in QUESTION_OPENERS)
        or c.deprel == "obl" and doc.words[min(after(c))].text.lower() == "about")), None) or next((
        c for c in kids if c.index > w.index and c.deprel == "advcl" and any(  # "was asked if she had …"
            g.deprel == "mark" and g.text.lower() in ("if", "whether") for g in _children(doc, c.index))), None)
    if q is not None:
        ids = _trim(doc, set(after(q)))
    else:
        # "Asked in Iowa recently whether he would …": the parse hung the question on the main clause; it
        # opens within a few words of the cue, past its adjuncts
        sent = doc.sentences[w.sent]
        k = next((j for j in range(w.index + 1, min(w.index + 9, sent.last)) if doc.words[j].upos == "PUNCT"
                  or doc.words[j].text.lower() in QUESTION_OPENERS or doc.words[j].text.lower() == "about"), None)
        ids = _trim(doc, set(range(k, sent.last))) if k is not None and doc.words[k].upos != "PUNCT" else []
    # the question ends where the clause it hangs on goes on ("Asked whether …, Trump replied"): at a comma
    comma = next((k for k in ids if doc.words[k].text == "," and _quote_at(speech, doc.words[k].start) is None), None)
    return _trim(doc, {k for k in ids if comma is None or k < comma})


def _unattributed_adverb(doc: ParsedDoc, w: Word, speech: list[Quote]) -> Attribution | None:
    """"The mayor reportedly plans to resign": the clause the adverb modifies is a claim no one is named for."""
    if w.head < 0 or _quote_at(speech, w.start) is not None:
        return None
    head = doc.words[w.head]
    ids = _subtree(doc, head.index) - {w.index}
    for c in _children(doc, head.index):
        if c.deprel in ("conj", "parataxis", "cc") and c.index > w.index or c.deprel == "mark" and c.index < w.index:
            ids -= _subtree(doc, c.index)
    ids = _trim(doc, ids)
    if len(ids) < 2:
        return None
    before, after = [k for k in ids if k < w.index], [k for k in ids if k > w.index]
    parts = [(doc.words[p[0]].start, doc.words[p[-1]].end) for p in (before, after) if p]
    return Attribution(kind="indirect", cue=_span(doc, [w.index]), cue_lemma=w.lemma.lower(), cue_class="hedge",
                       content_parts=parts, sentence_index=w.sent, confidence=CONFIDENCE["unattributed"],
                       pattern="adverb")


def _unanswered(doc: ParsedDoc, w: Word, lemma: str, cls: str, prt: list[int], subj: Word,
                kids: list[Word]) -> Attribution | None:
    """"did not respond to a request for comment" (also parsed as "to emailed questions"): an unanswered request,
    a withheld comment; the preposition is part of the cue as written."""
    k = w.index + 1 + len(prt)
    sent = doc.sentences[w.sent]
    if k >= sent.last or doc.words[k].text.lower() != "to" or doc.words[k].head <= k \
            or doc.words[k].head not in _subtree(doc, w.index):
        return None
    if not any(c.deprel == "advmod" and c.text.lower() in ("not", "n't", "n’t", "never") for c in kids):
        return None
    to = doc.words[k]
    ids = _trim(doc, _subtree(doc, to.head) - {to.index})
    if len(ids) < 2:
        return None
    a = _build(doc, w, lemma, cls, [*prt, to.index], subj, [(doc.words[ids[0]].start, doc.words[ids[-1]].end)],
               "object")
    a.confidence = round(min(a.confidence, 0.6), 3)
    a.no_comment = True
    return a

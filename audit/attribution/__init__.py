"""Attribute stage: (ParsedDoc, Lexicons) → attributions: who said what, with source, cue and content spans.

A pure function of the parse and the lexicons, :func:`extract`. The patterns, in the order they are tried for each
word of each sentence, and the module that holds each:

- ``according``: "according to X, …" / "…, according to X"; polls ("In a CNN poll, …"); viewpoints ("To many, …");
- ``surface``: nominal cues ("Trump's claim that …"), adjectival cues ("critical of"), light verbs ("raised
  questions about"), cues the tagger read as nouns, misparsed participles, headlines;
- ``unattributed``: adverbs ("reportedly"), hedges ("seems to"), agentless passives, questions;
- ``verbs``: a reporting verb (``reporting_verbs.toml``) with its subject and content, the main pattern; it uses
  ``subjects`` (who the subject is), ``clauses`` (the complement), ``objects`` ("announced a ceasefire"), ``tags``
  ("“…,” said X") and ``boundaries`` (where the content ends); verbs that report speech only as a quotation's tag;
- then over the whole article: ``colons`` (transcript lines, "X wrote: …", signed testimonials), ``runs``
  (quotations that run on, open quotations), and ``passes`` (dangling clauses, withheld comments, questions,
  speakers who go on, deduplication).

Quotations inside narration that no attribution covers are kept as scare quotes. The word lists the patterns use
are data: ``lexicons/attribution_words.toml`` (``words``). ``classify.classify`` then resolves speakers and types
the sources. docs/attribution.md walks through the modules.
"""
from __future__ import annotations

from ..lexicon import Lexicons
from ..parse import ParsedDoc, Sentence, Word
from ..quotes import Quote, find_quotes
from .according import _according, _poll_attribution, _trailing_poll, _viewpoint_attribution
from .boundaries import _tidy_edges
from .colons import _colon_attributions, _colon_cue_attributions, _dash_attributions
from .cues import _cue_lemma, _verb_form
from .passes import (
    _around_mid_tag, _complete_dangling_clauses, _dedupe, _drop_nested_positions, _leave_questions_out,
    _mark_withheld, _questions_out_of_answers, _speaker_goes_on, _with_identifying_clause)
from .nesting import _nest_statements, _reported_in_quote, _statement_kind
from .records import Attribution, Extraction, SKIP_DEPRELS, Span
from .runs import _characterisations, _close_open_quotations, _close_open_quotes_at_tag, _extend_with_quote_runs
from .surface import (
    _adjectival_attribution, _headline_attribution, _light_verb_attribution, _misparsed_participle,
    _mistagged_cue, _nominal_attribution)
from .tree import _quote_at
from .unattributed import _unattributed, _unattributed_adverb
from .verbs import _quotation_tag, _verb_attribution


def extract(doc: ParsedDoc, lex: Lexicons) -> Extraction:
    text = doc.text
    quotes = find_quotes(text)
    _close_open_quotes_at_tag(doc, quotes, lex)
    _characterisations(doc, quotes)
    speech = [q for q in quotes if not q.title]
    found: list[Attribution] = []
    for sent in doc.sentences:
        for w in doc.words[sent.first:sent.last]:
            a = _word_attribution(doc, w, sent, speech, lex)
            if a:
                found.append(a)
        if not any(a.sentence_index == sent.index for a in found):
            a = _made(_headline_attribution(doc, sent, lex), "headline")
            if a:
                found.append(a)
    found = _whole_article(doc, found, quotes, speech, lex)
    for a in found:
        shape = _shape(a)
        _tidy_edges(text, a)
        if _shape(a) != shape:
            a.trail.append("pass: edges tidied")
        a.kind = _statement_kind(a, quotes, speech, text)
        if any(not q.balanced for q in speech if any(q.start < b and a_ < q.end for a_, b in a.content_parts)):
            a.confidence = round(a.confidence * 0.7, 3)
            a.notes.append("unbalanced quotation marks")
    covered = [(a_, b) for a in found for a_, b in a.content_parts]
    scare = [q for q in speech if not any(a_ <= q.start and q.end <= b + 1 for a_, b in covered)]
    return Extraction(attributions=sorted(found, key=lambda x: (x.content_start, x.cue.start if x.cue else 0)),
                      quotes=quotes, scare_quotes=scare)


def _word_attribution(doc: ParsedDoc, w: Word, sent: Sentence, speech: list[Quote], lex: Lexicons) -> Attribution | None:
    """The attribution a word of a sentence opens, trying the patterns in the order of the module doc."""
    low = w.text.lower()
    if low == "according" and w.index + 1 < sent.last and doc.words[w.index + 1].text.lower() == "to":
        return _made(_according(doc, w, speech), "according to X")
    if low == "in" and w.index == sent.first:
        return _made(_poll_attribution(doc, w, speech), "poll opener (\"In a CNN poll, …\")")
    if low == "to" and (w.index == sent.first or w.index == sent.first + 1 and doc.words[sent.first].upos == "CCONJ"):
        a = _viewpoint_attribution(doc, w, speech, lex)
        if a:
            return _made(a, "viewpoint (\"To many voters, …\")")
    if w.upos == "NOUN" and lex.nominal_class(w.lemma):
        a = _made(_nominal_attribution(doc, w, lex.nominal_class(w.lemma), speech), "nominal cue (\"X's claim that\")") \
            or _made(_light_verb_attribution(doc, w, lex.nominal_class(w.lemma)), "light verb (\"raised questions about\")")
        if a:
            return a
    if w.upos == "ADJ" and lex.adjectival_class(w.lemma):
        a = _adjectival_attribution(doc, w, lex.adjectival_class(w.lemma), speech, lex)
        if a:
            return _made(a, "adjectival cue (\"critical of\")")
    if w.upos in ("NOUN", "PROPN") and _verb_form(doc, w):
        a = _mistagged_cue(doc, w, lex, speech)
        if a:
            return _made(a, "cue the tagger read as a noun")
    if low == "in" and w.deprel == "case":
        return _made(_trailing_poll(doc, w, speech), "trailing poll (\"…, in a Gallup poll\")")
    if w.upos == "ADV" and w.deprel == "advmod" and lex.unattributed_kind(w.lemma) == "adverb":
        return _made(_unattributed_adverb(doc, w, speech), "unattributed adverb (\"reportedly\")")
    if w.upos == "VERB" and w.deprel in ("amod", "compound", "acl"):
        a = _misparsed_participle(doc, w, lex, speech)
        if a:
            return _made(a, "participle the parse misread")
    if w.upos not in ("VERB",) or w.deprel in SKIP_DEPRELS:
        return None
    lemma, prt = _cue_lemma(doc, w, lex)
    cls = lex.verb_class(lemma)
    a = _made(_verb_attribution(doc, w, lemma, cls, prt, speech, lex), f"reporting verb ({cls})") \
        if cls is not None else None
    if cls is None and lex.tag_class(lemma) is not None:
        a = _made(_quotation_tag(doc, w, lemma, lex.tag_class(lemma), prt, speech, lex), "quotation tag (\"he continued\")")
    if a is None and lex.unattributed_kind(lemma) is not None:
        a = _made(_unattributed(doc, w, lemma, cls, prt, speech, lex), f"unattributed claim ({lex.unattributed_kind(lemma)})")
    return a


def _made(a: Attribution | None, how: str) -> Attribution | None:
    """Put the pattern that made ``a`` at the head of its trail."""
    if a is not None:
        a.trail.insert(0, f"pattern: {how}, {a.pattern}")
    return a


def _whole_article(doc: ParsedDoc, found: list[Attribution], quotes: list[Quote], speech: list[Quote],
                   lex: Lexicons) -> list[Attribution]:
    """The passes over all the attributions of the article, in order (see :mod:`.passes`, :mod:`.colons`,
    :mod:`.runs`); each records itself on the trail of every attribution it makes or changes."""
    titles = [q for q in quotes if q.title]

    def reported_out(found: list[Attribution]) -> list[Attribution]:
        reported = [p for a in found if a.source is not None for p in a.content_parts]
        return [a for a in found if a.source is not None or not any(s <= a.cue.start < e for s, e in reported)]

    def hedges_out(found: list[Attribution]) -> list[Attribution]:
        held = [a.cue for a in found if a.source is not None and a.cue is not None]
        return [a for a in found if a.pattern != "hedge" or not any(
            c.start <= a.cue.start and a.cue.end <= c.end for c in held)]

    steps = [
        # a cue inside someone's quotation is part of their words ("“The governor says he is qualified,” Ortiz
        # said"): the outlet voices the one it quotes, not whoever that person reports; a tag clause after its
        # content stays (an unclosed quotation mark may have swallowed it)
        ("cue inside a quotation", lambda f: [a for a in f if a.cue is None or a.pattern == "fronted"
                                              or _quote_at(speech, a.cue.start) is None
                                              or _reported_in_quote(a, speech, doc.text)]),
        # a word of a quoted title or name is no cue ("''Trump Revealed,'' a biography …")
        ("cue inside a title", lambda f: [a for a in f if a.cue is None or _quote_at(titles, a.cue.start) is None]),
        ("nested positions", lambda f: _drop_nested_positions(doc, f)),
        ("colon line", lambda f: f + _colon_attributions(doc, f, speech, lex)),
        ("cue before a colon", lambda f: f + _colon_cue_attributions(doc, f, speech, lex)),
        ("signed with a dash", lambda f: f + _dash_attributions(doc, f, speech)),
        ("dangling clauses", lambda f: _complete_dangling_clauses(doc, f)),
        ("quotation runs", lambda f: _extend_with_quote_runs(doc, f, speech, lex)),
        # "The mayor seemed to suggest that …": the hedge is part of the mayor's cue, not a claim put on no one
        ("hedge inside a cue", hedges_out),
        ("duplicates", _dedupe),
        # "Police said the driver allegedly ran a red light": a hedge inside what someone is reported to have said
        # is theirs, not a claim the outlet puts on no one
        ("questions left out", _leave_questions_out),
        ("questions out of answers", lambda f: _questions_out_of_answers(doc, f)),
        ("claims inside reported speech", reported_out),
        ("speaker goes on", lambda f: _speaker_goes_on(doc, f)),
        ("tag in mid-sentence", lambda f: _around_mid_tag(doc, f, speech)),
        ("identifying clause", lambda f: _with_identifying_clause(doc, f, speech, lex)),
        ("withheld comment", lambda f: _mark_withheld(doc, f, lex)),
        ("open quotations closed", lambda f: _close_open_quotations(doc, f, speech)),
        ("statements inside statements", lambda f: _nest_statements(f, speech, doc.text)),
    ]
    for name, step in steps:
        found = _traced(found, name, step)
    return found


def _shape(a: Attribution) -> tuple:
    return (a.source, a.cue, tuple(a.content_parts), a.pattern, a.no_comment, a.kind, a.source_core, a.antecedent,
            a.via, a.confidence, a.nested)


def _traced(found: list[Attribution], name: str, step) -> list[Attribution]:
    """Run one pass (it returns the new list, or None when it works in place) and note it on the trail of each
    attribution it made or changed."""
    before = {id(a): _shape(a) for a in found}
    out = step(found)
    out = found if out is None else out
    for a in out:
        shape = before.get(id(a))
        if shape is None:
            a.trail.insert(0, f"pattern: {name}, {a.pattern}")
        elif shape != _shape(a):
            a.trail.append(f"pass: {name}")
    return out

__all__ = ["extract", "Attribution", "Extraction", "Span"]

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
from .records import Attribution, Extraction, SKIP_DEPRELS, Span
from .runs import _characterisations, _close_open_quotations, _close_open_quotes_at_tag, _extend_with_quote_runs
from .surface import (
    _adjectival_attribution, _headline_attribution, _light_verb_attribution, _misparsed_participle,
    _mistagged_cue, _nominal_attribution)
from .tree import _kind, _quote_at
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
            a = _headline_attribution(doc, sent, lex)
            if a:
                found.append(a)
    found = _whole_article(doc, found, quotes, speech, lex)
    for a in found:
        _tidy_edges(text, a)
        a.kind = _kind(a.content_parts, quotes, text)
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
        return _according(doc, w, speech)
    if low == "in" and w.index == sent.first:
        return _poll_attribution(doc, w, speech)
    if low == "to" and (w.index == sent.first or w.index == sent.first + 1 and doc.words[sent.first].upos == "CCONJ"):
        a = _viewpoint_attribution(doc, w, speech, lex)
        if a:
            return a
    if w.upos == "NOUN" and lex.nominal_class(w.lemma):
        a = _nominal_attribution(doc, w, lex.nominal_class(w.lemma), speech) \
            or _light_verb_attribution(doc, w, lex.nominal_class(w.lemma))
        if a:
            return a
    if w.upos == "ADJ" and lex.adjectival_class(w.lemma):
        a = _adjectival_attribution(doc, w, lex.adjectival_class(w.lemma), speech, lex)
        if a:
            return a
    if w.upos in ("NOUN", "PROPN") and _verb_form(doc, w):
        a = _mistagged_cue(doc, w, lex, speech)
        if a:
            return a
    if low == "in" and w.deprel == "case":
        return _trailing_poll(doc, w, speech)
    if w.upos == "ADV" and w.deprel == "advmod" and lex.unattributed_kind(w.lemma) == "adverb":
        return _unattributed_adverb(doc, w, speech)
    if w.upos == "VERB" and w.deprel in ("amod", "compound", "acl"):
        a = _misparsed_participle(doc, w, lex, speech)
        if a:
            return a
    if w.upos not in ("VERB",) or w.deprel in SKIP_DEPRELS:
        return None
    lemma, prt = _cue_lemma(doc, w, lex)
    cls = lex.verb_class(lemma)
    a = _verb_attribution(doc, w, lemma, cls, prt, speech, lex) if cls is not None else None
    if cls is None and lex.tag_class(lemma) is not None:
        a = _quotation_tag(doc, w, lemma, lex.tag_class(lemma), prt, speech, lex)
    if a is None and lex.unattributed_kind(lemma) is not None:
        a = _unattributed(doc, w, lemma, cls, prt, speech, lex)
    return a


def _whole_article(doc: ParsedDoc, found: list[Attribution], quotes: list[Quote], speech: list[Quote],
                   lex: Lexicons) -> list[Attribution]:
    """The passes over all the attributions of the article, in order (see :mod:`.passes`, :mod:`.colons`,
    :mod:`.runs`)."""
    # a cue inside someone's quotation is part of their words ("“The governor says he is qualified,” Ortiz
    # said"): the outlet voices the one it quotes, not whoever that person reports; a tag clause after its
    # content stays (an unclosed quotation mark may have swallowed it)
    found = [a for a in found if a.cue is None or a.pattern == "fronted" or _quote_at(speech, a.cue.start) is None]
    # a word of a quoted title or name is no cue ("''Trump Revealed,'' a biography …")
    titles = [q for q in quotes if q.title]
    found = [a for a in found if a.cue is None or _quote_at(titles, a.cue.start) is None]
    found = _drop_nested_positions(doc, found)
    found += _colon_attributions(doc, found, speech, lex)
    found += _colon_cue_attributions(doc, found, speech, lex)
    found += _dash_attributions(doc, found, speech)
    _complete_dangling_clauses(doc, found)
    found = _extend_with_quote_runs(doc, found, speech, lex)
    # "The mayor seemed to suggest that …": the hedge is part of the mayor's cue, not a claim put on no one
    held = [a.cue for a in found if a.source is not None and a.cue is not None]
    found = [a for a in found if a.pattern != "hedge" or not any(
        c.start <= a.cue.start and a.cue.end <= c.end for c in held)]
    found = _dedupe(found)
    # "Police said the driver allegedly ran a red light": a hedge inside what someone is reported to have said
    # is theirs, not a claim the outlet puts on no one
    _leave_questions_out(found)
    _questions_out_of_answers(doc, found)
    reported = [p for a in found if a.source is not None for p in a.content_parts]
    found = [a for a in found if a.source is not None or not any(s <= a.cue.start < e for s, e in reported)]
    _speaker_goes_on(doc, found)
    _around_mid_tag(doc, found, speech)
    _with_identifying_clause(doc, found, speech, lex)
    _mark_withheld(doc, found, lex)
    _close_open_quotations(doc, found, speech)
    return found


__all__ = ["extract", "Attribution", "Extraction", "Span"]

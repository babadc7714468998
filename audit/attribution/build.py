"""Building an attribution record from a cue, its source word and its content parts: the source span (with its
title, its dateline cut off, a lead verb's subject), the cue span, the confidence and the pattern name.

Example: ``_build(doc, said, "say", "neutral", [], mayor, [(a, b)], "clause")`` for "The mayor said the bridge would
reopen".
"""
from __future__ import annotations

import re

from .cues import _carrier_verb, _lead_verb, _manner_phrase, _verb_group
from .records import Attribution, CONFIDENCE, SUBJ, Span
from .spans import (
    _dateline_end, _extend_to_verb, _inverted_source, _link_antecedent, _source_ids, _title_after_quote,
    _title_before, _without_aside)
from .subjects import _surface_source
from .tree import _children, _span, _subtree, _trim, _without_by
from .words import RELATIVE


def _build(doc, w, lemma, cls, prt, subj, parts, pattern) -> Attribution:
    carrier = _carrier_verb(doc, w)
    carried = range(carrier.index, w.index) if carrier is not None and subj.index < carrier.index else []
    manner = _manner_phrase(doc, w, lemma) if not prt else []
    if manner and any(doc.words[manner[0]].start < b and a < doc.words[manner[-1]].end for a, b in parts):
        manner = []  # (the phrase is part of what was said)
    cue_ids = sorted({*_verb_group(doc, w), *_lead_verb(doc, w), *carried, w.index, *prt, *manner})
    cue = _span(doc, cue_ids)
    src_ids, via = _source_ids(doc, subj)
    if w.index in src_ids:  # "30 percent of voters saying …": the cue hangs on its source; the source ends there
        src_ids = _trim(doc, {k for k in src_ids if k < w.index} - _subtree(doc, w.index), quotes_ok=False)
    first = _surface_source(doc, w, subj)
    title: list[int] = []
    why: list[str] = []  # the rules that shaped the source, for the trail
    if first is not None:
        why.append("source: the chunk before the cue, read from the surface")
        chunk_end = w.index - 1
        while chunk_end > subj.index and doc.words[chunk_end].upos in ("AUX", "ADV", "PART"):
            chunk_end -= 1
        rel = next((g for g in range(first, chunk_end) if doc.words[g].text == ","
                    and doc.words[g + 1].text.lower() in ("who", "which")), None)
        chunk_end = rel - 1 if rel is not None else chunk_end  # the source stops before its relative clause
        src_ids = _trim(doc, set(range(first, chunk_end + 1)), quotes_ok=False)
    if subj.index > w.index and subj.deprel != "obl:agent":
        # "said Lena Ortiz, a spokeswoman …" (not a participle's subject from the clause after it: "Pointing to
        # the report, Weber told …")
        if min(_subtree(doc, subj.index)) <= max([w.index, *prt]) + 1 or all(
                doc.words[k].upos in ("PROPN", "DET", "NUM", "ADJ") for k in range(max([w.index, *prt]) + 1, subj.index)):
            # ("said one Republican involved in the planning": the phrase the parse broke up, read from the surface)
            src_ids = _inverted_source(doc, w, subj) or src_ids
            why.append("source: after the cue (“said Lena Ortiz, a spokeswoman”)")
    elif subj.text.lower() in RELATIVE and subj.upos == "PRON" and subj.index in src_ids:
        src_ids = [subj.index]  # ("a PAC that backed Lee": the relative pronoun as written, not "PAC that")
        why.append("source: the relative pronoun as written")
    else:
        title = _title_after_quote(doc, src_ids, subj)
        extended = title + _extend_to_verb(doc, src_ids, w)
        why += ["source: widened to its title or up to the verb"] if extended != src_ids else []
        src_ids = extended
        # (or the subject's own head's: "Clinton campaign communications director Jennifer Palmieri acknowledged …
        # but noted …", where "noted" shares the subjects of "acknowledged"; there only a bare title, not "comments
        # Clinton made", "the amount Trump gave")
        shared = [c for c in _children(doc, subj.head) if c.deprel in SUBJ and "Number=Plur" not in c.feats and all(
            doc.words[k].upos in ("NOUN", "PROPN", "ADJ") or doc.words[k].xpos == "HYPH" for k in _subtree(doc, c.index))
        ] if 0 <= subj.head != w.index else []
        for c in _children(doc, w.index) + shared:
            if c.deprel in SUBJ and c.index < subj.index and src_ids and _title_before(doc, c, subj) \
                    and max(_subtree(doc, c.index)) + 1 == min(src_ids) and doc.words[min(src_ids) - 1].text != ",":
                src_ids = sorted(set(src_ids) | _subtree(doc, c.index))  # the title the parse split off
                why.append("source: with the title the parse split off")
    dateline = _dateline_end(doc, w.sent)
    if dateline is not None and dateline <= w.index:
        # ("WASHINGTON (AP) — Mayor Ann Lee said …": the dateline is neither who spoke nor what was said)
        src_ids = [k for k in src_ids if k >= dateline]
        why.append("source: the dateline cut off")
        after = doc.words[dateline].start
        if any(b > after for _, b in parts):
            parts = [(max(a, after), b) for a, b in parts if b > after]
    src = _span(doc, _without_aside(doc, src_ids))
    if title and parts and parts[0][0] < doc.words[title[0]].start < parts[0][1]:
        # (the title the parse hung on the quotation is the source's, not what was said)
        parts = [(parts[0][0], len(doc.text[:doc.words[title[0]].start].rstrip()))] + parts[1:]
    kept = [c for c in _children(doc, subj.index) if c.deprel == "acl:relcl" and c.index > subj.index and c.index in src_ids]
    core_ids = _trim(doc, set(src_ids) - set().union(*(_subtree(doc, c.index) for c in kept)), quotes_ok=False) \
        if kept else []
    via_span = _via(doc, w, via, src)
    conf = CONFIDENCE.get(cls, 0.7)
    if pattern == "quote":
        conf -= 0.1
    a = Attribution(kind="indirect", cue=cue, cue_lemma=lemma, cue_class=cls, content_parts=parts,
                    sentence_index=w.sent, confidence=round(conf, 3), source=src, source_head=subj.index,
                    via=via_span, pattern=pattern)
    if core_ids and src is not None:
        # "Voters who rank the ferry first said": the speaker is read without the restrictive clause
        a.source_core = _span(doc, core_ids)
    if subj.text.lower() in RELATIVE:
        _link_antecedent(doc, w, a)
    a.trail += why + (["source: read without its restrictive clause"] if a.source_core is not None else []) + (
        [f"source: a relative pronoun for “{a.antecedent.text}”"] if a.antecedent is not None else []) + (
        [f"source: cited via “{via_span.text}”"] if via_span is not None else [])
    return a


def _via(doc, w, via, src: Span | None) -> Span | None:
    """"X, cited by Y": Y, from the parse (``acl`` "cited by Y") or the surface between the source and the cue."""
    via_span = _without_by(_span(doc, _trim(doc, _subtree(doc, via.index), quotes_ok=False))) if via is not None else None
    if via_span is None and src is not None:
        m = re.match(r",\s*(?:cited|quoted) by ([^,]+),", doc.text[src.end:w.start])
        if m:
            via_span = Span(src.end + m.start(1), src.end + m.end(1), m.group(1))
    return via_span

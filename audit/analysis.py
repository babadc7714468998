"""Analysis stage: one parsed article → its attribution, term and scare-quote rows and its base counts.

A pure function of (parse, lexicons): extraction (:mod:`audit.attribution`), classification
(:mod:`audit.classify`), loaded terms (:mod:`audit.terms`) and readability. The corpus engine calls it for
every article of a chunk; the row schemas below are the columns of the frames it writes.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

import polars as pl

from .attribution import Extraction, extract
from .classify import classify
from .lexicon import Lexicons
from .parse import ParsedDoc
from .quotes import span_test
from .readability import readability
from .terms import find_terms

ATTR_SCHEMA = {
    "article_id": pl.Utf8, "outlet": pl.Utf8, "kind": pl.Utf8, "source_text": pl.Utf8, "source_start": pl.Int64,
    "source_end": pl.Int64, "speaker": pl.Utf8, "speaker_id": pl.Utf8, "source_type": pl.Utf8, "anonymous": pl.Boolean,
    "anonymity_reason": pl.Utf8,
    "affiliation": pl.Utf8, "side": pl.Utf8, "actor": pl.Utf8, "via": pl.Utf8, "cue_text": pl.Utf8,
    "cue_lemma": pl.Utf8, "cue_class": pl.Utf8, "cue_start": pl.Int64, "cue_end": pl.Int64, "content_text": pl.Utf8,
    "content_start": pl.Int64, "content_end": pl.Int64,
    "content_parts": pl.List(pl.Struct({"start": pl.Int64, "end": pl.Int64})),
    "content_words": pl.Int64, "quoted_words": pl.Int64, "sentence_index": pl.Int64, "confidence": pl.Float64,
    "pattern": pl.Utf8, "no_comment": pl.Boolean, "nested": pl.Boolean, "notes": pl.Utf8, "trail": pl.Utf8,
}
TERM_SCHEMA = {
    "article_id": pl.Utf8, "outlet": pl.Utf8, "pack": pl.Utf8, "term_id": pl.Utf8, "category": pl.Utf8,
    "variant": pl.Utf8, "aligns": pl.Utf8, "strength": pl.Utf8, "neutral": pl.Utf8, "voice": pl.Utf8,
    "signal": pl.Boolean, "text": pl.Utf8, "start": pl.Int64, "end": pl.Int64, "sentence_index": pl.Int64,
}
TRAIL_SEP = " | "  # between the steps of an attribution's trail (``newsaudit explain``)
SCARE_SCHEMA = {"article_id": pl.Utf8, "outlet": pl.Utf8, "text": pl.Utf8, "start": pl.Int64, "end": pl.Int64}
# per-article counts the metrics are computed from (words outside quotation marks are the outlet's own)
BASE_SCHEMA = {"article_id": pl.Utf8, "words": pl.Int64, "sentences": pl.Int64, "words_narrator": pl.Int64,
               "read_flesch_reading_ease": pl.Float64, "read_flesch_kincaid_grade": pl.Float64,
               "read_gunning_fog": pl.Float64}


@dataclass
class ArticleAnalysis:
    attributions: list[dict]
    terms: list[dict]
    scare_quotes: list[dict]
    base: dict


def _extraction(doc: ParsedDoc, lex: Lexicons) -> Extraction:
    """``extract`` for this parse and these cues, kept on the parse object so that re-measuring with other
    packs (``remeasure``) does not extract again; ``classify`` gets fresh copies of the attributions."""
    store = doc.__dict__.setdefault("_extractions", {})
    ext = store.get(lex.cue_fingerprint)
    if ext is None:
        ext = store[lex.cue_fingerprint] = extract(doc, lex)
    return replace(ext, attributions=[replace(a, content_parts=list(a.content_parts), notes=list(a.notes),
                                              trail=list(a.trail))
                                      for a in ext.attributions])


def _attribution_row(article_id: str, outlet: str | None, doc: ParsedDoc, att, in_speech, starts) -> dict:
    parts = sorted(att.content_parts)
    cw = qw = 0
    for a, b in parts:
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        for w in doc.words[lo:hi]:
            if w.upos in ("PUNCT", "SYM"):
                continue
            cw += 1
            qw += in_speech(w.start)
    return {
        "article_id": article_id, "outlet": outlet, "kind": att.kind,
        "source_text": att.source.text if att.source else None,
        "source_start": att.source.start if att.source else None,
        "source_end": att.source.end if att.source else None,
        "speaker": att.speaker, "speaker_id": att.speaker_id, "source_type": att.source_type,
        "anonymous": att.anonymous, "anonymity_reason": att.anonymity_reason,
        "affiliation": att.affiliation, "side": att.side, "actor": att.actor,
        "via": att.via.text if att.via else None,
        "cue_text": att.cue.text if att.cue else None, "cue_lemma": att.cue_lemma, "cue_class": att.cue_class,
        "cue_start": att.cue.start if att.cue else None, "cue_end": att.cue.end if att.cue else None,
        "content_text": " … ".join(doc.text[a:b] for a, b in parts),
        "content_start": parts[0][0], "content_end": max(b for _, b in parts),
        "content_parts": [{"start": a, "end": b} for a, b in parts],
        "content_words": cw, "quoted_words": qw, "sentence_index": att.sentence_index,
        "confidence": att.confidence, "pattern": att.pattern, "no_comment": att.no_comment,
        "nested": att.nested,
        "notes": "; ".join(att.notes) or None, "trail": TRAIL_SEP.join(att.trail) or None,
    }


def analyze(article_id: str, outlet: str | None, doc: ParsedDoc, lex: Lexicons) -> ArticleAnalysis:
    """Everything after the parse for one article: a pure function of (parse, lexicons)."""
    ext = _extraction(doc, lex)
    classify(doc, ext, lex)
    hits = find_terms(doc, ext, lex)
    in_speech = span_test((q.start, q.end) for q in ext.quotes if not q.title)
    starts = [w.start for w in doc.words]
    real = [w for w in doc.words if w.upos not in ("PUNCT", "SYM")]
    # the outlet's own words: everything outside quotation marks (narration and paraphrase)
    n_narr = sum(1 for w in real if not in_speech(w.start))
    rows = [_attribution_row(article_id, outlet, doc, att, in_speech, starts) for att in ext.attributions]
    terms = [{"article_id": article_id, "outlet": outlet, "pack": h.term.pack, "term_id": h.term.id,
              "category": h.term.category, "variant": h.variant.form, "aligns": h.variant.aligns,
              "strength": h.term.strength, "neutral": h.term.neutral, "voice": h.voice,
              "signal": h.voice != "quoted" or h.term.count_in_quotes, "text": h.text, "start": h.start,
              "end": h.end, "sentence_index": h.sentence_index} for h in hits]
    scare = [{"article_id": article_id, "outlet": outlet, "text": doc.text[q.start:q.end], "start": q.start,
              "end": q.end} for q in ext.scare_quotes]
    base = {"words": len(real), "sentences": len(doc.sentences), "words_narrator": n_narr, **dict(readability(doc.text))}
    return ArticleAnalysis(rows, terms, scare, base)

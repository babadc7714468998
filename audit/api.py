"""The front door: ``audit(inputs, ...)`` runs ingest → parse → attribute → classify → terms → measure and
returns an :class:`AuditResult` of Polars frames. The CLI and the Streamlit report call only this.
"""
from __future__ import annotations

import bisect
import json
import logging
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

import polars as pl

from . import __version__
from .attribution import Extraction, extract
from .classify import classify
from .ingest import ingest
from .lexicon import Lexicons, load_lexicons
from .metrics import article_metrics, group_metrics, voices_frame
from .parse import DEFAULT_MAX_CHARS, ParsedDoc, get_parser
from .readability import readability
from .terms import find_terms

log = logging.getLogger("newsaudit")
FRAMES = ("articles", "attributions", "terms", "voices", "outlets", "outlets_long", "scare_quotes")

ATTR_SCHEMA = {
    "article_id": pl.Utf8, "outlet": pl.Utf8, "kind": pl.Utf8, "source_text": pl.Utf8, "source_start": pl.Int64,
    "source_end": pl.Int64, "speaker": pl.Utf8, "source_type": pl.Utf8, "anonymous": pl.Boolean,
    "affiliation": pl.Utf8, "side": pl.Utf8, "actor": pl.Utf8, "via": pl.Utf8, "cue_text": pl.Utf8,
    "cue_lemma": pl.Utf8, "cue_class": pl.Utf8, "cue_start": pl.Int64, "cue_end": pl.Int64, "content_text": pl.Utf8,
    "content_start": pl.Int64, "content_end": pl.Int64,
    "content_parts": pl.List(pl.Struct({"start": pl.Int64, "end": pl.Int64})),
    "content_words": pl.Int64, "quoted_words": pl.Int64, "sentence_index": pl.Int64, "confidence": pl.Float64,
    "pattern": pl.Utf8, "no_comment": pl.Boolean, "notes": pl.Utf8,
}
TERM_SCHEMA = {
    "article_id": pl.Utf8, "outlet": pl.Utf8, "pack": pl.Utf8, "term_id": pl.Utf8, "category": pl.Utf8,
    "variant": pl.Utf8, "aligns": pl.Utf8, "strength": pl.Utf8, "neutral": pl.Utf8, "voice": pl.Utf8,
    "signal": pl.Boolean, "text": pl.Utf8, "start": pl.Int64, "end": pl.Int64, "sentence_index": pl.Int64,
}
SCARE_SCHEMA = {"article_id": pl.Utf8, "outlet": pl.Utf8, "text": pl.Utf8, "start": pl.Int64, "end": pl.Int64}


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
    return replace(ext, attributions=[replace(a, content_parts=list(a.content_parts), notes=list(a.notes))
                                      for a in ext.attributions])


def analyze(article_id: str, outlet: str | None, doc: ParsedDoc, lex: Lexicons) -> ArticleAnalysis:
    """Everything after the parse for one article: a pure function of (parse, lexicons)."""
    ext = _extraction(doc, lex)
    classify(doc, ext, lex)
    hits = find_terms(doc, ext, lex)
    speech = sorted((q.start, q.end) for q in ext.quotes if not q.title)
    starts = [w.start for w in doc.words]
    real = [w for w in doc.words if w.upos not in ("PUNCT", "SYM")]

    def inside(spans, pos):
        return any(a <= pos < b for a, b in spans)

    # the outlet's own words: everything outside quotation marks (narration and paraphrase)
    n_narr = sum(1 for w in real if not inside(speech, w.start))
    rows = []
    for att in ext.attributions:
        parts = sorted(att.content_parts)
        cw = qw = 0
        for a, b in parts:
            lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
            for w in doc.words[lo:hi]:
                if w.upos in ("PUNCT", "SYM"):
                    continue
                cw += 1
                qw += inside(speech, w.start)
        rows.append({
            "article_id": article_id, "outlet": outlet, "kind": att.kind,
            "source_text": att.source.text if att.source else None,
            "source_start": att.source.start if att.source else None,
            "source_end": att.source.end if att.source else None,
            "speaker": att.speaker, "source_type": att.source_type, "anonymous": att.anonymous,
            "affiliation": att.affiliation, "side": att.side, "actor": att.actor,
            "via": att.via.text if att.via else None,
            "cue_text": att.cue.text if att.cue else None, "cue_lemma": att.cue_lemma, "cue_class": att.cue_class,
            "cue_start": att.cue.start if att.cue else None, "cue_end": att.cue.end if att.cue else None,
            "content_text": " … ".join(doc.text[a:b] for a, b in parts),
            "content_start": parts[0][0], "content_end": max(b for _, b in parts),
            "content_parts": [{"start": a, "end": b} for a, b in parts],
            "content_words": cw, "quoted_words": qw, "sentence_index": att.sentence_index,
            "confidence": att.confidence, "pattern": att.pattern, "no_comment": att.no_comment,
            "notes": "; ".join(att.notes) or None,
        })
    terms = [{"article_id": article_id, "outlet": outlet, "pack": h.term.pack, "term_id": h.term.id,
              "category": h.term.category, "variant": h.variant.form, "aligns": h.variant.aligns,
              "strength": h.term.strength, "neutral": h.term.neutral, "voice": h.voice,
              "signal": h.voice != "quoted" or h.term.count_in_quotes, "text": h.text, "start": h.start,
              "end": h.end, "sentence_index": h.sentence_index} for h in hits]
    scare = [{"article_id": article_id, "outlet": outlet, "text": doc.text[q.start:q.end], "start": q.start,
              "end": q.end} for q in ext.scare_quotes]
    base = {"words": len(real), "sentences": len(doc.sentences), "words_narrator": n_narr, **dict(readability(doc.text))}
    return ArticleAnalysis(rows, terms, scare, base)


@dataclass
class AuditResult:
    articles: pl.DataFrame
    attributions: pl.DataFrame
    terms: pl.DataFrame
    voices: pl.DataFrame
    outlets: pl.DataFrame
    outlets_long: pl.DataFrame
    scare_quotes: pl.DataFrame
    meta: dict = field(default_factory=dict)
    docs: dict[str, ParsedDoc] = field(default_factory=dict, repr=False)

    def frames(self) -> dict[str, pl.DataFrame]:
        return {name: getattr(self, name) for name in FRAMES}

    def save(self, out_dir: str | Path) -> Path:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        for name, df in self.frames().items():
            df.write_parquet(out / f"{name}.parquet")
        (out / "meta.json").write_text(json.dumps(self.meta, indent=2, default=str))
        return out

    @classmethod
    def load(cls, out_dir: str | Path) -> "AuditResult":
        d = Path(out_dir)
        missing = [n for n in FRAMES if not (d / f"{n}.parquet").exists()]
        if missing:
            raise FileNotFoundError(f"{d} is not a newsaudit output folder (missing {', '.join(missing)}.parquet)")
        meta = json.loads((d / "meta.json").read_text()) if (d / "meta.json").exists() else {}
        return cls(**{n: pl.read_parquet(d / f"{n}.parquet") for n in FRAMES}, meta=meta)

    def article(self, article_id: str) -> dict:
        """One article's rows from every frame (for drill-down)."""
        return {n: df.filter(pl.col("article_id") == article_id) for n, df in self.frames().items()
                if "article_id" in df.columns}


def _sides(lex: Lexicons) -> list[str]:
    return [s.id for s in lex.sides]


def audit(inputs, *, packs=None, extra_packs=(), lexicons: Lexicons | None = None, models=None,
          cache_dir=None, use_cache: bool = True, group_by: str = "outlet", outlet: str | None = None,
          max_chars: int = DEFAULT_MAX_CHARS, progress: Callable[[int, int], None] | None = None,
          n_boot: int = 1000, parsed: dict[str, ParsedDoc] | None = None) -> AuditResult:
    """Audit articles. ``inputs``: paths (.txt, folders, .html, CSV/JSONL/Parquet), texts, {id: text} or a frame
    with a ``text`` column. ``packs``: bundled pack ids (default Russia–Ukraine + general framing);
    ``extra_packs``: your own TOML files. ``models``: 'compact', 'official' or a folder (see README).
    Per-article failures become rows of ``articles`` with ``error`` set; the batch goes on."""
    t0 = time.perf_counter()
    lex = lexicons or load_lexicons(packs, extra_packs)
    frame = inputs if isinstance(inputs, pl.DataFrame) and "error" in inputs.columns and "article_id" in inputs.columns \
        else ingest(inputs, max_chars=max_chars, outlet=outlet)
    t_ingest = time.perf_counter()
    ok_rows = frame.filter(pl.col("error").is_null())
    docs: dict[str, ParsedDoc] = dict(parsed or {})
    todo = [r for r in ok_rows.iter_rows(named=True) if r["article_id"] not in docs]
    parser_meta = {}
    if todo:
        parser = get_parser(models, cache_dir, use_cache)
        parsed_list = parser.parse([r["text"] for r in todo], progress=progress)
        docs.update({r["article_id"]: d for r, d in zip(todo, parsed_list)})
        parser_meta = {"models": parser.models.source, "model_id": parser.models.model_id,
                       "versions": parser.models.versions, "parse_stats": dict(parser.stats)}
    elif progress:
        progress(len(ok_rows), len(ok_rows))
    t_parse = time.perf_counter()
    att_rows, term_rows, scare_rows, base_rows = [], [], [], []
    errors: dict[str, str] = {}
    for r in frame.iter_rows(named=True):
        aid = r["article_id"]
        if r["error"] is not None:
            continue
        try:
            res = analyze(aid, r["outlet"], docs[aid], lex)
        except Exception as exc:  # one article's failure must not lose the batch
            log.exception("article %s failed", aid)
            errors[aid] = f"analysis failed: {type(exc).__name__}: {exc}"
            continue
        att_rows += res.attributions
        term_rows += res.terms
        scare_rows += res.scare_quotes
        base_rows.append({"article_id": aid, **res.base})
    t_analyze = time.perf_counter()
    attributions = pl.DataFrame(att_rows, schema=ATTR_SCHEMA)
    terms = pl.DataFrame(term_rows, schema=TERM_SCHEMA)
    scare = pl.DataFrame(scare_rows, schema=SCARE_SCHEMA)
    base_schema = {"article_id": pl.Utf8, "words": pl.Int64, "sentences": pl.Int64, "words_narrator": pl.Int64,
                   "read_flesch_reading_ease": pl.Float64, "read_flesch_kincaid_grade": pl.Float64,
                   "read_gunning_fog": pl.Float64}
    base = frame.drop("text").with_columns(
        pl.when(pl.col("article_id").is_in(list(errors))).then(
            pl.col("article_id").replace_strict(errors, default=None)).otherwise(pl.col("error")).alias("error")
    ).join(pl.DataFrame(base_rows, schema=base_schema), on="article_id", how="left")
    sides = _sides(lex)
    articles = article_metrics(base, attributions, terms, sides)
    voices = voices_frame(attributions)
    if group_by not in articles.columns:
        raise ValueError(f"cannot group by {group_by!r}; columns: {', '.join(articles.columns)}")
    outlets, outlets_long = group_metrics(articles, sides, by=group_by, n_boot=n_boot)
    t_end = time.perf_counter()
    meta = {"newsaudit": __version__, "lexicons": lex.describe(), "lexicon_fingerprint": lex.fingerprint,
            "sides": sides, "group_by": group_by, **parser_meta,
            "timings_s": {"ingest": round(t_ingest - t0, 3), "parse": round(t_parse - t_ingest, 3),
                          "analyze": round(t_analyze - t_parse, 3), "measure": round(t_end - t_analyze, 3),
                          "total": round(t_end - t0, 3)},
            "articles": frame.height, "failed": int(articles["error"].is_not_null().sum())}
    return AuditResult(articles, attributions, terms, voices, outlets, outlets_long, scare, meta, docs)


def remeasure(result: AuditResult, inputs, **kwargs) -> AuditResult:
    """Re-run everything after the parse (new lexicons or packs) on the parses held by ``result``."""
    return audit(inputs, parsed=result.docs, **kwargs)

"""The front door: ``audit(inputs, ...)`` runs ingest → parse → attribute → classify → terms → measure and
returns an :class:`AuditResult` of Polars frames. The CLI and the Streamlit report call only this.

Without ``out`` the audit runs in this process and keeps everything in memory (and the parses, for
:func:`remeasure`); with ``out`` it streams through the corpus engine (:mod:`audit.engine`) into that folder,
resumable after a kill, with ``workers`` processes, and the result reads the folder lazily.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Callable

import polars as pl

from .analysis import ATTR_SCHEMA, SCARE_SCHEMA, TERM_SCHEMA, ArticleAnalysis, analyze
from .engine import DEFAULT_CHUNK, audit_chunk, run_meta
from .engine import run as run_engine
from .engine.chunk import PART_FRAMES
from .ingest import count_articles, iter_articles
from .lexicon import Lexicons, load_lexicons
from .metrics import group_metrics
from .parse import DEFAULT_MAX_CHARS, ParsedDoc, get_parser

__all__ = ["audit", "remeasure", "AuditResult", "FRAMES", "analyze", "ArticleAnalysis", "ATTR_SCHEMA", "TERM_SCHEMA",
           "SCARE_SCHEMA"]
FRAMES = ("articles", "attributions", "terms", "voices", "outlets", "outlets_long", "scare_quotes")


class AuditResult:
    """The frames of an audit. Frames held in memory, or read from an output folder on first use: loading a
    corpus run for ``compare`` reads ``articles`` and the outlet tables, never every attribution. ``scan(name)``
    gives any frame as a Polars LazyFrame."""

    def __init__(self, frames: dict[str, pl.DataFrame | pl.LazyFrame], meta: dict | None = None,
                 docs: dict[str, ParsedDoc] | None = None):
        missing = [n for n in FRAMES if n not in frames]
        if missing:
            raise ValueError(f"an AuditResult needs every frame; missing {', '.join(missing)}")
        self._frames = dict(frames)
        self.meta = meta or {}
        self.docs = docs or {}

    def _get(self, name: str) -> pl.DataFrame:
        f = self._frames[name]
        if isinstance(f, pl.LazyFrame):
            f = self._frames[name] = f.collect()
        return f

    articles = property(lambda self: self._get("articles"))
    attributions = property(lambda self: self._get("attributions"))
    terms = property(lambda self: self._get("terms"))
    voices = property(lambda self: self._get("voices"))
    outlets = property(lambda self: self._get("outlets"))
    outlets_long = property(lambda self: self._get("outlets_long"))
    scare_quotes = property(lambda self: self._get("scare_quotes"))

    def scan(self, name: str) -> pl.LazyFrame:
        f = self._frames[name]
        return f if isinstance(f, pl.LazyFrame) else f.lazy()

    def frames(self) -> dict[str, pl.DataFrame]:
        return {name: self._get(name) for name in FRAMES}

    def save(self, out_dir: str | Path) -> Path:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        for name in FRAMES:
            tmp = out / f".{name}.parquet.tmp"
            self.scan(name).sink_parquet(tmp)
            tmp.replace(out / f"{name}.parquet")
        (out / "meta.json").write_text(json.dumps(self.meta, indent=2, default=str))
        return out

    @classmethod
    def load(cls, out_dir: str | Path) -> "AuditResult":
        """Open an output folder (of ``save``, ``audit(..., out=)`` or the CLI) lazily."""
        d = Path(out_dir)
        meta = json.loads((d / "meta.json").read_text()) if (d / "meta.json").exists() else {}
        if (d / "manifest.json").exists() and meta.get("complete") is not True:
            raise FileNotFoundError(f"{d} holds a corpus run that has not finished; run the same command again to "
                                    "finish it")
        missing = [n for n in FRAMES if not (d / f"{n}.parquet").exists()]
        if missing:
            raise FileNotFoundError(f"{d} is not a newsaudit output folder (missing {', '.join(missing)}.parquet)")
        return cls({n: pl.scan_parquet(d / f"{n}.parquet") for n in FRAMES}, meta=meta)

    def article(self, article_id: str) -> dict:
        """One article's rows from every frame (for drill-down), read without loading the other articles."""
        return {n: self.scan(n).filter(pl.col("article_id") == article_id).collect() for n in FRAMES
                if "article_id" in self.scan(n).collect_schema().names()}


def audit(inputs, *, packs=None, extra_packs=(), lexicons: Lexicons | None = None, models=None,
          cache_dir=None, use_cache: bool = True, group_by: str = "outlet", outlet: str | None = None,
          max_chars: int = DEFAULT_MAX_CHARS, progress: Callable[[int, int], None] | None = None,
          n_boot: int = 1000, parsed: dict[str, ParsedDoc] | None = None, out: str | Path | None = None,
          workers: int | None = None, threads: int | None = None, chunk_size: int = DEFAULT_CHUNK,
          fresh: bool = False, engine: str = "local", ray_address: str | None = None, on_chunk=None) -> AuditResult:
    """Audit articles. ``inputs``: paths (.txt, folders, .html, CSV/JSONL/Parquet), texts, {id: text} or a frame
    with a ``text`` column. ``packs``: bundled pack ids (default Russia–Ukraine + general framing);
    ``extra_packs``: your own TOML files. ``models``: 'compact', 'official' or a folder (see README).
    ``out``: a folder to stream the audit into (the corpus engine: resumable, ``workers`` processes, flat
    memory; ``engine="ray"`` runs the chunks on Ray actors, on ``ray_address`` or a local loopback Ray); without
    it everything stays in memory. Per-article failures become rows of ``articles`` with
    ``error`` set; the batch goes on."""
    lex = lexicons or load_lexicons(packs, extra_packs)
    if engine != "local" and out is None:
        raise ValueError(f"engine={engine!r} writes its parts to a folder: give out=")
    if out is not None:
        if parsed:
            raise ValueError("parsed= works only in memory (without out=)")
        total = count_articles(inputs)

        def report(summary, tally):
            if progress:
                progress(tally.articles, max(total or 0, tally.articles))
            if on_chunk:
                on_chunk(summary, tally)

        run_engine(inputs, out, lexicons=lex, models=models, cache_dir=cache_dir, use_cache=use_cache,
                   group_by=group_by, outlet=outlet, max_chars=max_chars, chunk_size=chunk_size, workers=workers,
                   threads=threads, fresh=fresh, n_boot=n_boot, engine=engine, ray_address=ray_address,
                   on_chunk=report)
        return AuditResult.load(out)
    return _audit_in_memory(inputs, lex, models, cache_dir, use_cache, group_by, outlet, max_chars, progress,
                            n_boot, parsed or {}, chunk_size)


def _audit_in_memory(inputs, lex, models, cache_dir, use_cache, group_by, outlet, max_chars, progress, n_boot,
                     parsed, chunk_size) -> AuditResult:
    t0 = time.perf_counter()
    rows = list(iter_articles(inputs, max_chars, outlet))
    readable = [r for r in rows if r["error"] is None]
    parser = get_parser(models, cache_dir, use_cache) if any(r["article_id"] not in parsed for r in readable) else None
    parts, docs = [], dict(parsed)
    for k in range(0, len(rows), chunk_size):
        res = audit_chunk(k // chunk_size, rows[k:k + chunk_size], lex, parser, parsed=parsed, keep_docs=True)
        parts.append(res.frames)
        docs.update(res.docs)
        if progress:
            progress(min(k + chunk_size, len(rows)), len(rows))
    frames = {n: pl.concat([p[n] for p in parts], how="vertical_relaxed") for n in PART_FRAMES}
    articles = frames["articles"]
    if group_by not in articles.columns:
        raise ValueError(f"cannot group by {group_by!r}; columns: {', '.join(articles.columns)}")
    sides = [s.id for s in lex.sides]
    frames["outlets"], frames["outlets_long"] = group_metrics(articles, sides, by=group_by, n_boot=n_boot)
    parser_meta = {}
    if parser is not None:
        parser_meta = {"models": parser.models.source, "model_id": parser.models.model_id,
                       "versions": parser.models.versions, "parse_stats": dict(parser.stats)}
    meta = {**run_meta(lex, group_by), **parser_meta,
            "timings_s": {"total": round(time.perf_counter() - t0, 3)},
            "articles": articles.height, "failed": int(articles["error"].is_not_null().sum())}
    return AuditResult(frames, meta, docs)


def remeasure(result: AuditResult, inputs, **kwargs) -> AuditResult:
    """Re-run everything after the parse (new lexicons or packs) on the parses held by ``result``."""
    return audit(inputs, parsed=result.docs, **kwargs)

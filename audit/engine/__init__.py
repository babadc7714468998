"""The corpus engine: articles stream through in chunks, each chunk is parsed, analysed and committed as a
part, and a killed run resumes where it stopped.

    ingest (iter_articles, streamed) → chunks of ``chunk_size`` articles → audit_chunk (parse → analyse →
    per-article metrics) → commit_part (atomic) → … → finalize (one file per frame, outlet tables, meta.json)

``run(inputs, out, ...)`` is the one entry point of the local engine (this process, or ``workers`` processes);
:func:`audit.api.audit` calls it when given ``out=``, and the CLI always does. Two runs are *the same run*, and
the second resumes the first, when their run keys match (:func:`run_key`): the same inputs (paths with the same
sizes and modification times, or the same texts), the same lexicon files, the same models, the same newsaudit
version and the same ``chunk_size``, ``max_chars`` and ``outlet``. ``group_by`` and ``n_boot`` only shape the
final outlet tables, which are recomputed on every run.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import logging
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable

import polars as pl

from .. import __version__
from ..errors import InputError
from ..ingest import is_path, iter_articles
from ..lexicon import Lexicons
from ..metrics import group_metrics
from ..parse import DEFAULT_MAX_CHARS, PARSE_FORMAT
from .chunk import PART_FRAMES, ChunkOutput, audit_chunk
from .local import WorkerSettings, available_cores, chunked, run_chunks
from .store import RunStore

log = logging.getLogger("newsaudit")
# articles per chunk: the unit of resume, of a worker's task and of a Parquet part. Small, so that the workers
# finish together (benchmarks/throughput.py, 84 texts on 2 workers: 8 gave x1.12 the words/s of 32, whose last
# chunk left one worker idle); one worker parsed as fast with 8 as with 32
DEFAULT_CHUNK = 8

__all__ = ["run", "run_key", "run_meta", "audit_chunk", "ChunkOutput", "default_workers", "DEFAULT_CHUNK", "PART_FRAMES"]


def default_workers() -> int:
    """One worker per core, each with one torch thread: the throughput of two threads in one process
    collapses when the cores are busy, one thread per process does not."""
    return max(1, available_cores())


def _describe_path(p: Path) -> list:
    p = p.resolve()
    if p.is_dir():
        return [[str(f.relative_to(p)), f.stat().st_size, f.stat().st_mtime_ns] for f in sorted(p.rglob("*"))
                if f.is_file()] + [str(p)]
    st = p.stat()
    return [str(p), st.st_size, st.st_mtime_ns]


def _inputs_digest(inputs, max_chars: int, outlet: str | None) -> str:
    """What the inputs are: file paths by path, size and modification time (so a rerun does not read a large
    corpus twice); texts and frames by their content."""
    h = hashlib.sha256()
    items = inputs if isinstance(inputs, (list, tuple)) else [inputs]
    if all(is_path(i) for i in items):
        h.update(json.dumps([_describe_path(Path(i)) for i in items]).encode())
    else:
        for r in iter_articles(inputs, max_chars, outlet):
            h.update(json.dumps([r[k] for k in sorted(r)], default=str).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def run_key(inputs, lex: Lexicons, model_id: str, chunk_size: int, max_chars: int, outlet: str | None) -> dict:
    return {"inputs": _inputs_digest(inputs, max_chars, outlet), "lexicons": lex.fingerprint, "models": model_id,
            "parse_format": PARSE_FORMAT, "newsaudit": __version__, "frames": _frames_digest(),
            "chunk_size": chunk_size, "max_chars": max_chars, "outlet": outlet}


def _frames_digest() -> str:
    """The columns a part holds: parts written with other columns (an older newsaudit) make another run."""
    from ..analysis import ATTR_SCHEMA, BASE_SCHEMA, SCARE_SCHEMA, TERM_SCHEMA

    return hashlib.sha256(repr((ATTR_SCHEMA, TERM_SCHEMA, SCARE_SCHEMA, BASE_SCHEMA)).encode()).hexdigest()[:12]


class Tally:
    """Running totals of a run for progress lines and the final meta."""

    def __init__(self):
        self.t0 = time.perf_counter()
        self.articles = self.resumed = 0
        self.words = self.failed = self.parsed = self.cache_hits = 0
        self.failures: list[tuple[str, str]] = []

    def add(self, s: dict) -> None:
        self.articles += s["articles"]
        self.failed += s["failed"]
        self.words += s["words"]
        self.parsed += s.get("parsed", 0)
        self.cache_hits += s.get("cache_hits", 0)
        self.failures += [tuple(f) for f in s.get("failures", ())]

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.t0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0


def run(inputs, out: str | Path, *, lexicons: Lexicons, models=None, cache_dir=None, use_cache: bool = True,
        group_by: str = "outlet", outlet: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
        chunk_size: int = DEFAULT_CHUNK, workers: int | None = None, threads: int | None = None,
        fresh: bool = False, n_boot: int = 1000, engine: str = "local", ray_address: str | None = None,
        on_chunk: Callable[[dict, Tally], None] | None = None) -> dict:
    """Audit ``inputs`` into the folder ``out`` (see the module doc); return the run's meta (also in meta.json).
    ``engine``: ``local`` (``workers`` processes, default :func:`default_workers`; 1 runs in this process) or
    ``ray`` (``workers`` Ray actors, :mod:`audit.engine.distributed`, on ``ray_address`` or a local Ray);
    ``threads``: torch threads per worker or actor (default: the cores shared out among the workers; on Ray, 1)."""
    if engine not in ("local", "ray"):
        raise InputError(f"unknown engine {engine!r}: 'local' or 'ray'")
    from ..models import resolve_models

    model_set = resolve_models(models)
    key = run_key(inputs, lexicons, model_set.model_id, chunk_size, max_chars, outlet)
    store = RunStore(out, key)
    finished = None if fresh else store.finished()
    if finished:
        return _refinalize(store, finished, lexicons, group_by, n_boot)
    done = store.open(fresh=fresh)
    tally = Tally()
    n_chunks = 0

    def todo():
        nonlocal n_chunks
        for index, rows in chunked(iter_articles(inputs, max_chars, outlet), chunk_size):
            n_chunks = index + 1
            if index in done:
                tally.resumed += len(rows)
                tally.articles += len(rows)
                continue
            yield index, rows

    def committed(summary: dict) -> None:
        tally.add(summary)
        if on_chunk:
            on_chunk(summary, tally)

    workers, threads = _execute(engine, todo(), store.out, WorkerSettings(
        lexicons, models, str(cache_dir) if cache_dir else None, use_cache, threads), workers, ray_address, committed)
    meta = {**run_meta(lexicons, group_by), "models": model_set.source,
            "model_id": model_set.model_id, "versions": model_set.versions, "run_key": key,
            "parse_stats": {"parsed": tally.parsed, "cache_hits": tally.cache_hits},
            "engine": {"kind": engine, "workers": workers, "threads": threads,
                       "chunk_size": chunk_size, "resumed_articles": tally.resumed},
            "timings_s": {"total": round(tally.seconds, 3)}}
    return _finish(store, n_chunks, lexicons, group_by, n_boot, meta)


def _execute(engine: str, chunks, out: Path, settings: WorkerSettings, workers: int | None, ray_address: str | None,
             committed) -> tuple[int, int | None]:
    """Run the chunks on the chosen engine; return the (workers, threads per worker) it used."""
    if engine == "ray":
        from .distributed import run_chunks_ray

        workers, threads = workers or default_workers(), settings.threads or 1
        run_chunks_ray(chunks, out, replace(settings, threads=threads), workers, threads, ray_address, committed)
        return workers, threads
    first = list(itertools.islice(chunks, 2))  # one chunk to do: no pool worth starting
    workers = (workers or default_workers()) if len(first) > 1 else 1
    # workers × threads within the cores; one process alone keeps torch's default unless told
    threads = settings.threads or (max(1, available_cores() // workers) if workers > 1 else None)
    run_chunks(itertools.chain(first, chunks), out, replace(settings, threads=threads), workers, committed)
    return workers, threads


def run_meta(lex: Lexicons, group_by: str) -> dict:
    """What every result's meta says of the code and the lexicons it was made with."""
    return {"newsaudit": __version__, "lexicons": lex.describe(), "lexicon_fingerprint": lex.fingerprint,
            "sides": [s.id for s in lex.sides], "side_labels": {s.id: s.label for s in lex.sides}, "group_by": group_by}


def _outlet_tables(articles: pl.DataFrame, lex: Lexicons, group_by: str, n_boot: int):
    if group_by not in articles.columns:
        raise InputError(f"cannot group by {group_by!r}; columns: {', '.join(articles.columns)}")
    return group_metrics(articles, [s.id for s in lex.sides], by=group_by, n_boot=n_boot)


def _finish(store: RunStore, n_chunks: int, lex: Lexicons, group_by: str, n_boot: int, meta: dict) -> dict:
    articles = store.articles()
    outlets, outlets_long = _outlet_tables(articles, lex, group_by, n_boot)
    meta = {**meta, "articles": articles.height, "failed": int(articles["error"].is_not_null().sum())}
    store.finalize(n_chunks, outlets, outlets_long, meta)
    return {**meta, "complete": True, "chunks": n_chunks}


def _refinalize(store: RunStore, meta: dict, lex: Lexicons, group_by: str, n_boot: int) -> dict:
    """A finished run asked for again: nothing to parse; the outlet tables follow this call's ``group_by``."""
    if meta.get("group_by") != group_by:
        articles = pl.read_parquet(store.out / "articles.parquet")
        store.write_outlets(*_outlet_tables(articles, lex, group_by, n_boot))
        meta["group_by"] = group_by
        store.write_meta(meta)
    meta.setdefault("engine", {})["resumed_articles"] = meta.get("articles")
    return meta

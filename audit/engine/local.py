"""The local engine: chunks run in this process, or in a pool of worker processes on this machine.

Each worker is a spawned process that loads the lexicons and the Stanza models once (``_init``), sets its
torch threads so that workers × threads stays within the cores, and then audits chunk after chunk
(:func:`audit.engine.chunk.audit_chunk`), committing each as a part itself (:func:`audit.engine.store.commit_part`):
only a small summary travels back. At most two chunks per worker are in flight, so the parent holds a few
chunks of text whatever the corpus size.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..lexicon import Lexicons
from .chunk import audit_chunk
from .store import commit_part


@dataclass(frozen=True)
class WorkerSettings:
    """What a worker needs to build its own parser and analyse chunks (picklable)."""

    lexicons: Lexicons
    models: str | None
    cache_dir: str | None
    use_cache: bool
    threads: int | None  # torch threads per worker; None: torch's default


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def set_torch_threads(n: int | None, worker: bool = True) -> None:
    """Intra-op torch threads for this process; in a worker also OpenMP/BLAS below it (set before torch loads
    there) and one inter-op thread."""
    if not n:
        return
    if worker:
        for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
            os.environ[var] = str(n)
    import torch

    torch.set_num_threads(n)
    if worker:
        try:
            torch.set_num_interop_threads(1)
        except RuntimeError:  # only allowed before any parallel work started; then it is left as it is
            pass


_WORKER: dict = {}


def _die_with_parent() -> None:
    """A worker ends when its parent does (Linux), even by kill -9: no orphan goes on parsing."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    parent = os.getppid()
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent was gone before the call
        os._exit(1)


def _init(settings: WorkerSettings, worker: bool = True) -> None:
    if worker:
        _die_with_parent()
    set_torch_threads(settings.threads, worker)
    from ..parse import get_parser

    _WORKER["lex"] = settings.lexicons
    _WORKER["parser"] = get_parser(settings.models, settings.cache_dir, settings.use_cache)


def _work(out: str, index: int, rows: list[dict]) -> dict:
    res = audit_chunk(index, rows, _WORKER["lex"], _WORKER["parser"])
    commit_part(Path(out), index, res.frames, res.stats)
    return {"index": index, **res.stats}


def run_chunks(chunks: Iterable[tuple[int, list[dict]]], out: Path, settings: WorkerSettings, workers: int,
               on_chunk: Callable[[dict], None]) -> None:
    """Audit and commit every chunk, calling ``on_chunk(summary)`` as each is committed (in completion order)."""
    if workers <= 1:
        import torch

        before = torch.get_num_threads()
        _init(settings, worker=False)
        try:
            for index, rows in chunks:
                on_chunk(_work(str(out), index, rows))
        finally:
            torch.set_num_threads(before)  # the caller's process gets its own setting back
        return
    ctx = multiprocessing.get_context("spawn")  # fork would share torch's thread pools and locks
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init, initargs=(settings,)) as pool:
        pending = set()
        for index, rows in chunks:
            pending.add(pool.submit(_work, str(out), index, rows))
            if len(pending) >= 2 * workers:
                pending = _drain(pending, on_chunk, FIRST_COMPLETED)
        _drain(pending, on_chunk, None)


def _drain(pending: set, on_chunk, return_when) -> set:
    done, rest = wait(pending, return_when=return_when or "ALL_COMPLETED")
    for f in done:
        on_chunk(f.result())  # a worker's crash surfaces here; committed chunks stay for the rerun
    return rest


def chunked(rows: Iterator[dict], size: int) -> Iterator[tuple[int, list[dict]]]:
    """(chunk index, rows) in input order."""
    buf: list[dict] = []
    index = 0
    for r in rows:
        buf.append(r)
        if len(buf) >= size:
            yield index, buf
            index, buf = index + 1, []
    if buf:
        yield index, buf

"""The Ray engine: the chunks of a corpus run audited by a pool of Ray actors, on one machine or a cluster.

The driver reads the inputs with the same streaming reader as the local engine (so article ids and rows are
identical), writes each chunk still to do as a small Parquet file under ``OUT/.inputs/``, and hands Ray Data the
list of those files: ``map_batches`` runs :class:`ChunkActor` in a fixed pool (``ActorPoolStrategy``), each actor
loading the parse models once, setting its torch threads to its ``num_cpus``, and calling the local engine's
per-chunk function (:func:`audit.engine.chunk.audit_chunk`) and commit (:func:`audit.engine.store.commit_part`).
The parts, the resume at chunk granularity and the final files are the local engine's: ``compare``,
``AuditResult.load`` and the report read a Ray run unchanged. ``OUT`` must be a folder every node can write
(a shared filesystem) when the cluster has more than one machine.

A local Ray (no ``address``, no ``RAY_ADDRESS``) is started for the run and stopped after it, bound to
127.0.0.1, with the dashboard off and usage statistics off. Ray is the optional extra ``newsaudit[ray]``;
nothing else in newsaudit imports it.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Callable, Iterable

import polars as pl

from .local import WorkerSettings


class ChunkActor:
    """One Ray actor: the models load once, then chunk after chunk is audited and committed."""

    def __init__(self, settings: WorkerSettings, out: str):
        from .local import _init

        _init(settings, worker=False)
        self.out = out

    def __call__(self, batch: dict) -> dict:
        from .local import _work

        summaries = []
        for index, path in zip(batch["index"], batch["path"]):
            rows = pl.read_parquet(path).to_dicts()
            summaries.append(json.dumps(_work(self.out, int(index), rows)))
        return {"summary": summaries}


# Ray's own switch for a one-machine Ray (its default on macOS and Windows): the node's address is the loopback
# one, so the GCS, the raylet, the workers and the runtime-env agent listen on 127.0.0.1 only. (ray.init's
# _node_ip_address="127.0.0.1" is turned back into the machine's address by Ray, and its servers then listen on
# every interface.)
LOCAL_ONLY = {"RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0", "RAY_USAGE_STATS_ENABLED": "0"}


def start_ray(address: str | None, num_cpus: int | None) -> bool:
    """Connect to ``address`` (or ``RAY_ADDRESS``), else start a local Ray listening on 127.0.0.1 only, with no
    dashboard and no usage statistics; True when this call started or joined it (and so should leave it)."""
    address = address or os.environ.get("RAY_ADDRESS")
    if not address:
        os.environ.update(LOCAL_ONLY)  # before Ray reads its constants, and inherited by every Ray process
    try:
        import ray
        from ray._private import ray_constants
    except ImportError:
        from ..errors import NewsauditError

        raise NewsauditError("the Ray engine needs Ray: pip install 'newsaudit[ray]'") from None
    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, log_to_driver=False)
        return True
    ray_constants.ENABLE_RAY_CLUSTER = False  # in case Ray was imported before the variable was set
    ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False, configure_logging=False)
    return True


def _stage(chunks: Iterable[tuple[int, list[dict]]], folder: Path) -> list[dict]:
    """Each chunk still to do as OUT/.inputs/chunk-NNNNNN.parquet; the list Ray Data schedules."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    items = []
    for index, rows in chunks:
        path = folder / f"chunk-{index:06d}.parquet"
        pl.DataFrame(rows, schema={c: pl.Utf8 for c in rows[0]}).write_parquet(path)
        items.append({"index": index, "path": str(path)})
    return items


def run_chunks_ray(chunks: Iterable[tuple[int, list[dict]]], out: Path, settings: WorkerSettings, actors: int,
                   cpus_per_actor: int, address: str | None, on_chunk: Callable[[dict], None]) -> None:
    """Audit and commit every chunk on a pool of ``actors`` Ray actors of ``cpus_per_actor`` CPUs each."""
    items = _stage(chunks, out / ".inputs")
    if not items:
        return
    started = start_ray(address, None if address or os.environ.get("RAY_ADDRESS") else actors * cpus_per_actor)
    try:
        import ray

        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ds = ray.data.from_items(items, override_num_blocks=len(items)).map_batches(
            # one chunk in flight per actor: an idle actor takes the next chunk, so the last ones do not queue
            # behind a busy actor while another waits
            ChunkActor, batch_size=1, compute=ray.data.ActorPoolStrategy(size=actors, max_tasks_in_flight_per_actor=1),
            num_cpus=cpus_per_actor,
            fn_constructor_kwargs={"settings": settings, "out": str(out)})
        for row in ds.iter_rows():
            on_chunk(json.loads(row["summary"]))
    finally:
        if started:
            import ray

            ray.shutdown()
        shutil.rmtree(out / ".inputs", ignore_errors=True)

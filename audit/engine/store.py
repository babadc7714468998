"""The output folder of a corpus run: parts committed atomically while the run goes, one file per frame at the
end.

While a run goes::

    OUT/manifest.json                    what makes this run (inputs, lexicons, models, chunk size); written first
    OUT/parts/chunk-000012/<frame>.parquet + _done.json   one committed chunk (a directory renamed into place)
    OUT/.staging/                        chunks being written; never read, removed on the next start

When every chunk is committed, :func:`finalize` streams the parts of each frame into ``OUT/<frame>.parquet``
(``pl.scan_parquet`` → ``sink_parquet``, flat memory), computes the outlet tables from the articles, writes
``meta.json`` last (the mark of a finished run) and removes the parts. A rerun of the same run after a kill
finds the committed chunks, skips them, and redoes only the rest; a part whose files do not match its
``_done.json`` (a disk error, a hand edit) is redone.
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

import polars as pl

from ..errors import InputError
from .chunk import PART_FRAMES

FORMAT = "newsaudit-run/1"
FINAL_FRAMES = ("articles", "attributions", "terms", "voices", "outlets", "outlets_long", "scare_quotes")


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(json.dumps(data, indent=2, default=str))
    os.replace(tmp, path)


def part_dir(out: Path, index: int) -> Path:
    return out / "parts" / f"chunk-{index:06d}"


def commit_part(out: Path, index: int, frames: dict[str, pl.DataFrame], stats: dict) -> None:
    """Write one chunk's frames into a staging directory, then rename it into ``parts/`` in one step: a reader
    sees the whole chunk or none of it."""
    staging = out / ".staging" / f"chunk-{index:06d}-{uuid.uuid4().hex[:8]}"
    staging.mkdir(parents=True)
    rows = {}
    for name in PART_FRAMES:
        frames[name].write_parquet(staging / f"{name}.parquet")
        rows[name] = frames[name].height
    done = {"chunk": index, "rows": rows, "articles": frames["articles"]["article_id"].to_list(),
            "stats": {k: v for k, v in stats.items() if k != "failures"}}
    (staging / "_done.json").write_text(json.dumps(done))
    final = part_dir(out, index)
    if final.exists() and not _part_ok(final):  # a broken part of an earlier try
        shutil.rmtree(final)
    try:
        os.rename(staging, final)
    except OSError:
        if not _part_ok(final):
            raise
        shutil.rmtree(staging)  # the same chunk committed meanwhile (chunks are deterministic): keep that one


def _part_ok(path: Path) -> bool:
    import pyarrow.parquet as pq

    try:
        done = json.loads((path / "_done.json").read_text())
        return all(pq.read_metadata(path / f"{n}.parquet").num_rows == done["rows"][n] for n in PART_FRAMES)
    except Exception:
        return False


class RunStore:
    """The output folder of one run, identified by its run key (see :func:`audit.engine.run_key`)."""

    def __init__(self, out: str | Path, key: dict):
        self.out = Path(out)
        self.key = key

    def open(self, fresh: bool = False) -> set[int]:
        """Prepare the folder; return the indices of the chunks already committed by an earlier try of this run.
        A folder holding another run (or anything else) is an error unless ``fresh``, which empties it."""
        out = self.out
        if out.exists() and not out.is_dir():
            raise InputError(f"--out {out} is a file, not a folder")
        manifest = out / "manifest.json"
        if out.exists() and any(out.iterdir()):
            same = manifest.exists() and json.loads(manifest.read_text()).get("key") == self.key
            if fresh:
                self._clear()
            elif not same:
                what = "another run (other inputs, lexicons, models or settings)" if manifest.exists() or \
                    (out / "meta.json").exists() else "files that newsaudit did not write"
                raise InputError(f"--out {out} holds {what}; give an empty or new folder, or --fresh to replace it")
        try:
            out.mkdir(parents=True, exist_ok=True)
            shutil.rmtree(out / ".staging", ignore_errors=True)
            (out / "parts").mkdir(exist_ok=True)
            if not manifest.exists():
                _write_json(manifest, {"format": FORMAT, "key": self.key})
        except OSError as exc:
            raise InputError(f"--out {out} cannot be written ({exc.strerror})") from None
        done = set()
        for p in (out / "parts").iterdir():
            if p.name.startswith("chunk-") and _part_ok(p):
                done.add(int(p.name.removeprefix("chunk-")))
            else:
                shutil.rmtree(p, ignore_errors=True)
        return done

    def finished(self) -> dict | None:
        """The meta of this very run when it has finished (same run key), else None."""
        meta, manifest = self.out / "meta.json", self.out / "manifest.json"
        if not (meta.exists() and manifest.exists()) or json.loads(manifest.read_text()).get("key") != self.key:
            return None
        data = json.loads(meta.read_text())
        return data if data.get("complete") is True else None

    def write_outlets(self, outlets: pl.DataFrame, outlets_long: pl.DataFrame) -> None:
        for name, df in (("outlets", outlets), ("outlets_long", outlets_long)):
            tmp = self.out / f".{name}.parquet.tmp"
            df.write_parquet(tmp)
            os.replace(tmp, self.out / f"{name}.parquet")

    def write_meta(self, meta: dict) -> None:
        _write_json(self.out / "meta.json", meta)

    def _clear(self) -> None:
        for p in self.out.iterdir():
            if p.is_dir():
                shutil.rmtree(p)
            else:
                p.unlink()

    def articles(self) -> pl.DataFrame:
        """Every committed chunk's articles (one row per article: small even for a large corpus)."""
        return pl.scan_parquet(self.out / "parts" / "*" / "articles.parquet").collect()

    def finalize(self, n_chunks: int, outlets: pl.DataFrame, outlets_long: pl.DataFrame, meta: dict) -> None:
        """Merge the parts into one Parquet file per frame, write the outlet tables and meta.json, drop the parts."""
        out = self.out
        parts = sorted((out / "parts").glob("chunk-*"))
        if len(parts) != n_chunks:
            raise RuntimeError(f"{out}: {len(parts)} committed chunks, {n_chunks} expected")
        for name in PART_FRAMES:
            tmp = out / f".{name}.parquet.tmp"
            pl.scan_parquet([p / f"{name}.parquet" for p in parts]).sink_parquet(tmp)
            os.replace(tmp, out / f"{name}.parquet")
        self.write_outlets(outlets, outlets_long)
        self.write_meta({**meta, "complete": True, "chunks": n_chunks})
        shutil.rmtree(out / "parts", ignore_errors=True)
        shutil.rmtree(out / ".staging", ignore_errors=True)

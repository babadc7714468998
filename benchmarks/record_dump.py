"""Dump every extraction record of an audit, one JSON line each, sorted, to diff two versions of the code.

    python benchmarks/record_dump.py OUT.jsonl [--polnear SPLIT ...] [--ukraine] [--limit N] [--no-cache]
                                     [--workers N] [--engine-out DIR]

Records: every column of ``attributions`` but ``trail`` (spans, kind, pattern, speaker, type, anonymity, side, …) plus the
article rows' error column, keyed by article id. With ``--engine-out`` the audit streams through the corpus
engine into that folder (the parts layout) and the records are read back from it; without it, the audit runs
in memory. Two dumps of the same inputs must be byte-identical when a change keeps behaviour.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("NEWSAUDIT_SHARED", ROOT.parent / "shared")) / "data"


def inputs(a) -> "list":
    import polars as pl

    frames = []
    for split in a.polnear or ():
        files = sorted((SHARED / "polnear" / split / "text").glob("*.txt"))
        frames.append(pl.DataFrame({"id": [f"polnear/{split}/{f.stem}" for f in files],
                                    "text": [f.read_text(encoding="utf-8") for f in files],
                                    "outlet": ["polnear"] * len(files)}))
    if a.ukraine:
        u = pl.read_csv(SHARED / "news" / "ukraine_war_sample.csv", infer_schema_length=0)
        frames.append(u.with_row_index("n").select(pl.format("ukraine/{}", pl.col("n")).alias("id"), "text", "outlet"))
    frame = pl.concat(frames)
    return frame.head(a.limit) if a.limit else frame


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--polnear", nargs="*", choices=["train", "dev", "test"])
    ap.add_argument("--ukraine", action="store_true")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--engine-out", type=Path, default=None)
    a = ap.parse_args()

    import audit

    frame = inputs(a)
    kwargs = {"use_cache": not a.no_cache, "n_boot": 10}
    if a.engine_out is not None:
        kwargs.update(out=a.engine_out, workers=a.workers)
    res = audit.audit(frame, **kwargs)
    # ("trail", how each record was made, is the engine's own account of its steps, not a field of the record: a
    # refactor may word it anew; every other column must stay byte-identical)
    att = res.attributions.drop("trail", strict=False).sort("article_id", "content_start", "cue_start", "source_start",
                                                           nulls_last=True)
    with a.out.open("w", encoding="utf-8") as fh:
        for r in att.iter_rows(named=True):
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) + "\n")
        for r in res.articles.sort("article_id").select("article_id", "error").iter_rows(named=True):
            fh.write(json.dumps({"article": r["article_id"], "error": r["error"]}, sort_keys=True) + "\n")
    print(f"{res.articles.height} articles, {att.height} records -> {a.out}")


if __name__ == "__main__":
    main()

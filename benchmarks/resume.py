"""Resume after kill -9: a full run, then a run killed when half its chunks are committed and the same command
again; prints the rerun's time against the full run's and checks every article is in the result once.

    python benchmarks/resume.py [--articles 150] [--workers 2] [--chunk-size 8]

Each run is the CLI in a fresh process with a fresh parse cache; the kill takes the parent only (its workers
end with it). The corpus: the first N articles of the Ukraine-war sample (../shared).
"""
from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_data import ROOT, corpus_file  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--chunk-size", type=int, default=8)
    a = ap.parse_args()
    work, src, words = corpus_file(a.articles, "newsaudit-resume-")
    n_chunks = -(-a.articles // a.chunk_size)

    def cmd(name):
        return [sys.executable, "-m", "audit.cli", "audit", str(src), "--out", str(work / f"out-{name}"),
                "--cache-dir", str(work / f"cache-{name}"), "--workers", str(a.workers),
                "--chunk-size", str(a.chunk_size), "-q"]

    t0 = time.perf_counter()
    subprocess.run(cmd("full"), cwd=ROOT, check=True, capture_output=True)
    full = time.perf_counter() - t0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd("killed"), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parts = work / "out-killed" / "parts"
    while proc.poll() is None and (not parts.exists() or len(list(parts.glob("chunk-*"))) < n_chunks / 2):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_after = time.perf_counter() - t0
    committed = len(list(parts.glob("chunk-*")))
    time.sleep(1)
    t0 = time.perf_counter()
    r = subprocess.run(cmd("killed"), cwd=ROOT, check=True, capture_output=True, text=True)
    rerun = time.perf_counter() - t0

    import polars as pl

    ids = pl.read_parquet(work / "out-killed" / "articles.parquet")["article_id"]
    full_att = pl.read_parquet(work / "out-full" / "attributions.parquet").sort("article_id", "cue_start", "content_start")
    res_att = pl.read_parquet(work / "out-killed" / "attributions.parquet").sort("article_id", "cue_start", "content_start")
    print(f"{a.articles} articles ({words:,} words), {n_chunks} chunks of {a.chunk_size}, {a.workers} workers")
    print(f"full run: {full:.1f}s")
    print(f"killed after {killed_after:.1f}s with {committed}/{n_chunks} chunks committed; rerun: {rerun:.1f}s "
          f"= {rerun / full:.2f} of the full run; killed + rerun = {(killed_after + rerun) / full:.2f}")
    print(f"every article once: {ids.len() == ids.n_unique() == a.articles}; attributions equal to the full run: "
          f"{res_att.equals(full_att)}")
    print("rerun said:", r.stdout.strip().splitlines()[0] if r.stdout.strip() else "")


if __name__ == "__main__":
    main()

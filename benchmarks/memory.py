"""Peak memory of a corpus audit against corpus size: the CLI on N articles with a fresh parse cache, the
resident memory of its whole process tree (the parent and its workers) sampled every 0.2 s.

    python benchmarks/memory.py [--sizes 150 1488] [--workers 2]

The corpus: the Ukraine-war sample, then PolNeAR train, dev and test (../shared), as one JSONL file.
Prints each size's peak (tree total and the largest single process) and the ratio of the largest to the
smallest. Needs psutil (`pip install -e .[bench]`).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_data import ROOT, articles, write_jsonl  # noqa: E402


def peak_rss(cmd: list[str]) -> tuple[float, float, float]:
    """(peak MiB of the process tree, peak MiB of its largest process, seconds)"""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(proc.pid)
    tree_peak = single_peak = 0
    while proc.poll() is None:
        try:
            rss = [p.memory_info().rss for p in [root, *root.children(recursive=True)]]
        except psutil.Error:
            continue
        tree_peak = max(tree_peak, sum(rss))
        single_peak = max(single_peak, max(rss))
        time.sleep(0.2)
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode})")
    return tree_peak / 2**20, single_peak / 2**20, time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="*", default=[150, 1488])
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsaudit-memory-"))
    corpus = articles()
    peaks = {}
    for n in a.sizes:
        src = work / f"c{n}.jsonl"
        words = write_jsonl(corpus[:n], src)
        cmd = [sys.executable, "-m", "audit.cli", "audit", str(src), "--out", str(work / f"out{n}"), "--cache-dir",
               str(work / f"cache{n}"), "--workers", str(a.workers), "-q"]
        tree, single, secs = peak_rss(cmd)
        peaks[n] = tree
        print(f"{min(n, len(corpus))} articles ({words:,} words): peak {tree:,.0f} MiB for the process tree, "
              f"{single:,.0f} MiB the largest process; {secs:.0f}s", flush=True)
    lo, hi = min(peaks), max(peaks)
    print(f"peak at {hi} articles / peak at {lo}: {peaks[hi] / peaks[lo]:.2f}")


if __name__ == "__main__":
    main()

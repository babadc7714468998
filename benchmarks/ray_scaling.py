"""Ray engine scaling: words/s with 1 and 2 Ray actors (1 CPU each) and the local engine with the same cores.

    python benchmarks/ray_scaling.py [--articles 120] [--rounds 1]

Each run is the CLI in a fresh process with a fresh parse cache on the first N Ukraine-war articles (../shared),
start-up, model loads and the final merge included; a local Ray is started by each Ray run (127.0.0.1 only).
Runs are interleaved round by round. Prints words/s per setting, the scaling efficiency from 1 to 2 actors
(words/s with 2 ÷ twice the words/s with 1) and Ray's overhead against the local engine at equal cores
(1 − Ray's words/s ÷ local words/s).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_data import ROOT, corpus_file  # noqa: E402

SETTINGS = {"local-1": ["--workers", "1", "--threads", "1"], "local-2": ["--workers", "2", "--threads", "1"],
            "ray-1": ["--engine", "ray", "--workers", "1"], "ray-2": ["--engine", "ray", "--workers", "2"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--chunk-size", type=int, default=8)
    a = ap.parse_args()
    work, src, words = corpus_file(a.articles, "newsaudit-ray-")
    secs: dict[str, list[float]] = {k: [] for k in SETTINGS}
    for r in range(a.rounds):
        for name, args in SETTINGS.items():
            out = work / f"{name}-{r}"
            cmd = [sys.executable, "-m", "audit.cli", "audit", str(src), "--out", str(out), "--cache-dir",
                   str(work / f"cache-{name}-{r}"), "--chunk-size", str(a.chunk_size), "-q", *args]
            t0 = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
            secs[name].append(time.perf_counter() - t0)
    wps = {k: words / statistics.median(v) for k, v in secs.items()}
    print(f"{a.articles} Ukraine-war articles, {words:,} words, chunks of {a.chunk_size}, {a.rounds} round(s)")
    for k, v in secs.items():
        print(f"  {k:8s} {wps[k]:7.0f} words/s  (runs: {', '.join(f'{s:.1f}s' for s in v)})")
    print(f"scaling efficiency 1 -> 2 Ray actors: {wps['ray-2'] / (2 * wps['ray-1']):.2f} "
          f"(local engine 1 -> 2 workers: {wps['local-2'] / (2 * wps['local-1']):.2f})")
    for n in ("1", "2"):
        print(f"Ray overhead against the local engine, {n} core(s): {100 * (1 - wps['ray-' + n] / wps['local-' + n]):.1f}%")


if __name__ == "__main__":
    main()

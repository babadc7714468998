"""End-to-end throughput, newsaudit against the spaCy peer, as a ratio measured in one run.

    python benchmarks/throughput.py [--rounds 2] [--busy] [--configs w2t1 w1t2] [--texts 84]

Both read the same PolNeAR test texts (84 files) from a folder and write their records to Parquet, each in a
fresh process (start-up and model load included), newsaudit with a fresh parse cache:
  newsaudit  `python -m audit.cli audit FOLDER --out … --cache-dir … --workers W --threads T -q`
  peer       ../shared/peers/spacy_rule_peer.py (spaCy en_core_web_sm + reporting-verb rules; `pip install
             -e .[bench]`), its records written to Parquet
Runs are interleaved (newsaudit configs, then the peer, round after round) and the medians compared. Words
are whitespace-separated tokens of the input, the same count for both. ``--busy`` repeats every round with
a CPU-bound busy loop in a background process (one core taken) and prints how far each falls.
Configs: ``wNtM`` = N worker processes with M torch threads each; ``wNtMcK`` also K articles per chunk.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSAUDIT_SHARED", ROOT.parent / "shared"))

PEER = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
import polars as pl, json
import spacy_rule_peer as peer
files = sorted(Path(sys.argv[1]).glob("*.txt"))
texts = [f.read_text(encoding="utf-8") for f in files]
nlp = peer.load_nlp()
recs = peer.run(nlp, texts, peer.load_verbs())
pl.DataFrame({"article_id": [f.stem for f in files], "records": [json.dumps(r) for r in recs]}).write_parquet(sys.argv[2])
"""


def _newsaudit(folder: Path, work: Path, config: str) -> float:
    m = re.fullmatch(r"w(\d+)t(\d+)(?:c(\d+))?", config)
    if m is None:
        raise SystemExit(f"config {config!r}: write wNtM or wNtMcK")
    out, cache = Path(tempfile.mkdtemp(dir=work)), Path(tempfile.mkdtemp(dir=work))
    cmd = [sys.executable, "-m", "audit.cli", "audit", str(folder), "--out", str(out), "--cache-dir", str(cache),
           "--workers", m[1], "--threads", m[2], "-q"] + (["--chunk-size", m[3]] if m[3] else [])
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - t0


def _peer(folder: Path, work: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", PEER, str(folder), str(work / "peer.parquet"), str(SHARED / "peers")],
                   check=True, capture_output=True)
    return time.perf_counter() - t0


def _rounds(folder, work, configs, rounds) -> dict[str, list[float]]:
    secs: dict[str, list[float]] = {c: [] for c in [*configs, "peer"]}
    for _ in range(rounds):
        for c in configs:
            secs[c].append(_newsaudit(folder, work, c))
        secs["peer"].append(_peer(folder, work))
    return secs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--texts", type=int, default=84)
    ap.add_argument("--configs", nargs="*", default=["w2t1", "w1t2"])
    ap.add_argument("--busy", action="store_true")
    a = ap.parse_args()
    files = sorted((SHARED / "data" / "polnear" / "test" / "text").glob("*.txt"))[:a.texts]
    work = Path(tempfile.mkdtemp(prefix="newsaudit-throughput-"))
    folder = work / "texts"
    folder.mkdir()
    words = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        words += len(text.split())
        (folder / f.name).write_text(text, encoding="utf-8")
    print(f"{len(files)} PolNeAR test texts, {words:,} words; {os.cpu_count()} cores; {a.rounds} rounds")
    modes = [("quiet", None)]
    if a.busy:
        modes.append(("busy", [sys.executable, "-c", "while True: pass"]))
    medians: dict[str, dict[str, float]] = {}
    for mode, busy_cmd in modes:
        busy = subprocess.Popen(busy_cmd) if busy_cmd else None
        try:
            secs = _rounds(folder, work, a.configs, a.rounds)
        finally:
            if busy:
                busy.kill()
                busy.wait()
        medians[mode] = {k: words / statistics.median(v) for k, v in secs.items()}
        print(f"{mode}:")
        for k, v in secs.items():
            wps = medians[mode][k]
            print(f"  {k:6s} {wps:7.0f} words/s (runs: {', '.join(f'{s:.1f}s' for s in v)})"
                  + (f"  = {wps / medians[mode]['peer']:.2f}x the peer" if k != "peer" else ""))
    if a.busy:
        print("falls under a busy core (quiet / busy):")
        for k in medians["quiet"]:
            print(f"  {k:6s} {medians['quiet'][k] / medians['busy'][k]:.2f}x")


if __name__ == "__main__":
    main()

"""The cost of pathological articles: each audited alone (in this process, a fresh parse cache), with a
normal article beside it to show the batch goes on.

    python benchmarks/pathological.py [--threads 1] [--busy]

  runon300k   300 KB on one line, no sentence punctuation (a scraped page with its markup stripped)
  sentence2k  one 2,000-word "sentence": clauses joined by commas and "and", one full stop at the end
  giant       an article of normal prose just under the 300,000-character limit (the seed article repeated)
  over        the same, over the limit: an error row, no parse
Prints seconds, words, the article row's parse notes or error. ``--busy`` runs a CPU-bound loop beside it.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def cases() -> dict[str, str]:
    seed = (ROOT / "fixtures" / "seed_article.txt").read_text(encoding="utf-8")
    vocab = [w.strip(".,;:!?“”\"'()") for w in seed.split() if w.strip(".,;:!?“”\"'()")]
    runon, k = [], 0
    while sum(len(w) + 1 for w in runon) < 299_000:
        runon.append(vocab[k % len(vocab)])
        k += 7
    clause = "officials in the region said the talks had stalled and the ministers met again"
    sentence = ", ".join([clause] * (2000 // len(clause.split()))) + "."
    giant = (seed + "\n\n") * (290_000 // (len(seed) + 2))
    return {"runon300k": " ".join(runon), "sentence2k": sentence, "giant": giant, "over": giant + seed * 8}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--busy", action="store_true")
    ap.add_argument("--cases", nargs="*", default=["runon300k", "sentence2k", "giant", "over"])
    a = ap.parse_args()
    import torch

    import audit

    torch.set_num_threads(a.threads)
    normal = (ROOT / "fixtures" / "seed_article.txt").read_text(encoding="utf-8")
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"]) if a.busy else None
    try:
        audit.audit(["Warm-up: the models load before the clock starts, officials said."], use_cache=False)
        for name, text in cases().items():
            if name not in a.cases:
                continue
            cache = tempfile.mkdtemp(prefix="newsaudit-patho-")
            t0 = time.perf_counter()
            res = audit.audit({name: text, "normal": normal}, cache_dir=cache, n_boot=10)
            secs = time.perf_counter() - t0
            row = res.articles.filter(res.articles["article_id"] == name).row(0, named=True)
            ok = res.articles.filter(res.articles["article_id"] == "normal")["attr_count"][0]
            print(f"{name:11s} {len(text):>8,} chars  {secs:6.1f}s  words {row['words']}  "
                  f"{row['parse_notes'] or row['error'] or ''}  (the normal article beside it: {ok} attributions)",
                  flush=True)
    finally:
        if busy:
            busy.kill()


if __name__ == "__main__":
    main()

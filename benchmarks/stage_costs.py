"""Cost of each stage after the parse, relative to the parse, and the speed-up of a lexicon-only re-run.

    python benchmarks/stage_costs.py [--csv ../shared/data/news/ukraine_war_sample.csv] [--limit N]
                                     [--cache-dir DIR] [--out DIR]

Prints: parse time (fresh cache), attribution (extract + classify) time, term matching time, metrics
time, each as a share of the parse; then the same audit re-run from the parse cache with another pack
set (lexicon-only change), and the ratio first run / re-run. With --out, writes the audit's frames and
the outlet comparison table there.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", type=Path, default=ROOT.parent / "shared" / "data" / "news" / "ukraine_war_sample.csv")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--cache-dir", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--models", default=None)
    a = ap.parse_args()

    import polars as pl

    import audit
    from audit.attribution import extract
    from audit.classify import classify
    from audit.ingest import ingest, load_samples
    from audit.lexicon import load_lexicons
    from audit.metrics import comparison_table
    from audit.terms import find_terms

    frame = ingest(a.csv) if a.csv.exists() else ingest(load_samples())
    if a.limit:
        frame = frame.head(a.limit)
    ok = frame.filter(pl.col("error").is_null())
    cache = a.cache_dir or Path(tempfile.mkdtemp(prefix="newsaudit-bench-"))
    print(f"{frame.height} articles from {a.csv if a.csv.exists() else 'the bundled sample'}; cache {cache}")

    # 1. the whole audit, first run (parses everything)
    t0 = time.perf_counter()
    res = audit.audit(frame, models=a.models, cache_dir=cache)
    first = time.perf_counter() - t0
    tm = res.meta["timings_s"]
    words = int(res.articles["words"].fill_null(0).sum())
    print(f"first run: {first:.1f}s total; parse {tm['parse']:.1f}s ({words / tm['parse']:.0f} words/s), "
          f"analyze {tm['analyze']:.2f}s, measure {tm['measure']:.2f}s")

    # 2. stage by stage on the parsed documents
    lex = load_lexicons()
    docs = [res.docs[i] for i in ok["article_id"].to_list()]
    t = time.perf_counter()
    exts = [extract(d, lex) for d in docs]
    for d, e in zip(docs, exts):
        classify(d, e, lex)
    t_attr = time.perf_counter() - t
    t = time.perf_counter()
    for d, e in zip(docs, exts):
        find_terms(d, e, lex)
    t_terms = time.perf_counter() - t
    print(f"attribution (extract + classify): {t_attr:.2f}s = {100 * t_attr / tm['parse']:.2f}% of parse")
    print(f"loaded terms: {t_terms:.2f}s = {100 * t_terms / tm['parse']:.2f}% of parse")
    print(f"metrics (Polars frames + bootstrap): {tm['measure']:.2f}s = {100 * tm['measure'] / tm['parse']:.2f}% of parse")

    # 3. lexicon-only change: a new Parser reads the parse cache (as a fresh process would)
    from audit import parse as parse_mod

    parse_mod._PARSERS.clear()
    t0 = time.perf_counter()
    res2 = audit.audit(frame, models=a.models, cache_dir=cache, packs=["russia_ukraine"])
    rerun = time.perf_counter() - t0
    print(f"lexicon-only re-run from the parse cache: {rerun:.1f}s; first run / re-run = {first / rerun:.0f}x "
          f"(cache hits {res2.meta.get('parse_stats', {}).get('cache_hits')})")
    t0 = time.perf_counter()
    audit.remeasure(res, frame, packs=["russia_ukraine"])
    mem = time.perf_counter() - t0
    print(f"lexicon-only re-run on parses in memory (audit.remeasure): {mem:.1f}s; first run / re-run = {first / mem:.0f}x")

    if a.out:
        res.save(a.out)
        table = comparison_table(res.outlets_long)
        table.write_csv(a.out / "compare_outlet.csv")
        with pl.Config(tbl_rows=100, tbl_cols=12, fmt_str_lengths=24, tbl_width_chars=220, tbl_hide_dataframe_shape=True):
            print(table)


if __name__ == "__main__":
    main()

"""PolNeAR scores of the attribution engine (same as `newsaudit eval polnear`), plus the election-pack
metrics the issue asks for: voice share per campaign and anonymous ratio by publisher.

    python benchmarks/polnear_eval.py --split dev [--limit N] [--json out.json] [--metrics]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "polnear")
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--metrics", action="store_true", help="also audit the split with the us_election_2016 pack")
    a = ap.parse_args()
    from audit.evaluate import evaluate_polnear, format_report, load_polnear

    rep = evaluate_polnear(a.data, a.split, a.limit)
    print(format_report(rep))
    if a.json:
        a.json.write_text(json.dumps(rep, indent=2))
    if a.metrics:
        import polars as pl

        import audit

        arts = load_polnear(a.data, a.split, a.limit)
        frame = pl.DataFrame({"id": [x.name for x in arts], "outlet": [x.publisher for x in arts],
                              "text": [x.text for x in arts]})
        res = audit.audit(frame, packs=["us_election_2016", "framing_general"])
        cols = ["outlet", "articles", "attr_count", "attr_anonymous_ratio", "attr_anonymous_ratio_ci_low",
                "attr_anonymous_ratio_ci_high"] + [c for c in res.outlets.columns if c.startswith("voice_share_")
                                                   and not c.endswith(("_low", "_high"))]
        with pl.Config(tbl_rows=20, tbl_cols=20, tbl_width_chars=250, float_precision=3):
            print(res.outlets.select(cols))
        all_ = res.attributions
        print("voice share per campaign, all publishers:",
              {k: round(v / all_.height, 3) for k, v in all_.group_by("side").len().iter_rows()})


if __name__ == "__main__":
    main()

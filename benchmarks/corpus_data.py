"""Corpora for the engine benchmarks: PolNeAR texts (train, dev, test) and the Ukraine-war sample as one JSONL
file with id, outlet and text, from ../shared (never copied into the repo)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSAUDIT_SHARED", ROOT.parent / "shared")) / "data"


def articles(order: str = "ukraine-first") -> list[dict]:
    uk = pl.read_csv(SHARED / "news" / "ukraine_war_sample.csv", infer_schema_length=0).with_row_index("n")
    ukraine = [{"id": f"ukraine-{r['n']}", "outlet": r["outlet"], "text": r["text"]} for r in uk.iter_rows(named=True)]
    polnear = [{"id": f"polnear-{split}-{f.stem}", "outlet": "polnear", "text": f.read_text(encoding="utf-8")}
               for split in ("train", "dev", "test") for f in sorted((SHARED / "polnear" / split / "text").glob("*.txt"))]
    return ukraine + polnear if order == "ukraine-first" else polnear + ukraine


def write_jsonl(rows: list[dict], path: Path) -> int:
    """Write the rows; return their words (whitespace-separated)."""
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return sum(len(r["text"].split()) for r in rows)


def corpus_file(n: int, prefix: str) -> tuple[Path, Path, int]:
    """A fresh work folder holding the first ``n`` articles as corpus.jsonl: (folder, file, words)."""
    import tempfile

    work = Path(tempfile.mkdtemp(prefix=prefix))
    src = work / "corpus.jsonl"
    return work, src, write_jsonl(articles()[:n], src)

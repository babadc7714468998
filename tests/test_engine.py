"""The corpus engine: chunks committed atomically, resume after a kill, exactly-once output, workers, bounded
cost per article, and the same rows as the in-memory audit."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

import audit
from audit.api import AuditResult
from audit.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
# invented one-line articles: each has a named and an unnamed source, so every chunk has attributions
TEMPLATE = ("The harbour board in Port {n} said on Tuesday that the ferry would run again in May. "
            "“We have fixed the engines,” board chair Mira Holt{n} said. A council official, who asked not to be "
            "named, told reporters the repairs had cost more than planned.")


def corpus(n: int, bad: bool = True) -> dict:
    texts = {f"art{k:03d}": TEMPLATE.format(n=k) for k in range(n)}
    if bad:
        texts["broken"] = b"\x00\x01\x02"
    return texts


def rows(res: AuditResult) -> pl.DataFrame:
    return res.attributions.sort("article_id", "cue_start", "content_start")


def test_engine_gives_the_in_memory_rows(parser, tmp_path):
    texts = corpus(9)
    mem = audit.audit(texts, n_boot=20)
    run = audit.audit(texts, n_boot=20, out=tmp_path / "o", chunk_size=4, workers=1)
    assert rows(run).equals(rows(mem)) and rows(run).height >= 18
    cols = mem.articles.columns
    assert run.articles.select(cols).sort("article_id").equals(mem.articles.sort("article_id"))
    assert run.meta["chunks"] == 3 and run.meta["complete"] is True
    # the folder is one Parquet file per frame, read lazily by Polars itself; the parts are gone
    assert pl.scan_parquet(tmp_path / "o" / "attributions.parquet").select(pl.len()).collect().item() == rows(run).height
    assert not (tmp_path / "o" / "parts").exists()
    err = run.articles.filter(pl.col("article_id") == "broken")["error"][0]
    assert "binary" in err


def test_rerun_of_a_finished_run_parses_nothing_and_regroups(parser, tmp_path):
    texts = corpus(5, bad=False)
    audit.audit(texts, out=tmp_path / "o", chunk_size=2, workers=1, n_boot=20)
    again = audit.audit(texts, out=tmp_path / "o", chunk_size=2, workers=1, n_boot=20, group_by="title")
    assert again.meta["group_by"] == "title" and again.outlets.columns[0] == "title"


def test_another_run_in_the_same_folder_needs_fresh(parser, tmp_path):
    out = tmp_path / "o"
    audit.audit(corpus(2, bad=False), out=out, workers=1, n_boot=20)
    with pytest.raises(InputError, match="holds another run .* --fresh"):
        audit.audit(corpus(3, bad=False), out=out, workers=1, n_boot=20)
    res = audit.audit(corpus(3, bad=False), out=out, workers=1, n_boot=20, fresh=True)
    assert res.articles.height == 3
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("mine")
    with pytest.raises(InputError, match="files that newsaudit did not write"):
        audit.audit(corpus(1, bad=False), out=tmp_path / "mine", workers=1)
    (tmp_path / "afile").write_text("x")
    with pytest.raises(InputError, match="is a file, not a folder"):
        audit.audit(corpus(1, bad=False), out=tmp_path / "afile", workers=1)


class Stop(Exception):
    pass


def test_interrupted_run_resumes_and_ignores_broken_parts(parser, tmp_path):
    texts = corpus(11)
    out = tmp_path / "o"
    seen = []

    def stop_after_three(summary, tally):
        seen.append(summary["index"])
        if len(seen) == 3:
            raise Stop

    with pytest.raises(Stop):
        audit.audit(texts, out=out, chunk_size=2, workers=1, n_boot=20, on_chunk=stop_after_three)
    with pytest.raises(FileNotFoundError, match="has not finished"):
        AuditResult.load(out)
    parts = sorted((out / "parts").iterdir())
    assert [p.name for p in parts] == ["chunk-000000", "chunk-000001", "chunk-000002"]
    # a part whose file was cut short, a half-written chunk and a part without its done-mark: all redone
    att = parts[1] / "attributions.parquet"
    att.write_bytes(att.read_bytes()[:40])
    (out / ".staging" / "chunk-000003-dead").mkdir(parents=True)
    (out / ".staging" / "chunk-000003-dead" / "articles.parquet").write_bytes(b"PAR1")
    (out / "parts" / "chunk-000004").mkdir()
    redone = []
    res = audit.audit(texts, out=out, chunk_size=2, workers=1, n_boot=20,
                      on_chunk=lambda s, t: redone.append(s["index"]))
    assert sorted(redone) == [1, 3, 4, 5]  # chunks 0 and 2 were kept
    assert res.meta["engine"]["resumed_articles"] == 4
    clean = audit.audit(texts, n_boot=20)
    assert res.articles["article_id"].sort().to_list() == sorted(texts)  # every article exactly once
    assert rows(res).equals(rows(clean))
    assert not (out / ".staging").exists()


def test_parallel_workers_give_the_rows_of_one(parser, tmp_path):
    texts = corpus(12)
    one = audit.audit(texts, out=tmp_path / "one", chunk_size=3, workers=1, n_boot=20)
    two = audit.audit(texts, out=tmp_path / "two", chunk_size=3, workers=2, threads=1, n_boot=20)
    assert two.meta["engine"]["workers"] == 2
    assert rows(two).equals(rows(one))
    assert two.articles.sort("article_id").equals(one.articles.sort("article_id"))


def test_kill_minus_nine_then_rerun_finishes_exactly_once(parser, tmp_path):
    src = tmp_path / "corpus.jsonl"
    with src.open("w") as fh:
        for k in range(24):
            fh.write(json.dumps({"id": f"k{k}", "outlet": "Test Daily", "text": TEMPLATE.format(n=k)}) + "\n")
    out = tmp_path / "o"
    cmd = [sys.executable, "-m", "audit.cli", "audit", str(src), "--out", str(out), "--chunk-size", "2",
           "--workers", "1", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None:
        parts = list((out / "parts").glob("chunk-*")) if (out / "parts").exists() else []
        if len(parts) >= 3:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = len(list((out / "parts").glob("chunk-*")))
    r = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"({2 * done_before} articles done by an earlier run)" in r.stdout
    res = AuditResult.load(out)
    ids = res.articles["article_id"].to_list()
    assert sorted(ids) == sorted(f"k{k}" for k in range(24)) and len(set(ids)) == 24
    assert res.attributions["article_id"].n_unique() == 24


def test_a_line_without_punctuation_is_cut_into_sentences(parser, tmp_path):
    words = " ".join(f"word{k % 50}" for k in range(1400))
    res = audit.audit({"runon": words, "fine": TEMPLATE.format(n=1)}, out=tmp_path / "o", workers=1, n_boot=20)
    art = {r["article_id"]: r for r in res.articles.iter_rows(named=True)}
    assert art["runon"]["error"] is None and "forced sentence break" in art["runon"]["parse_notes"]
    assert art["fine"]["parse_notes"] is None and art["fine"]["attr_count"] >= 2


def test_cut_long_sentences_prefers_a_comma():
    from audit.parse import cut_long_sentences

    sent = [f"w{k}" for k in range(10)]
    sent[6] = ","
    pieces, cuts = cut_long_sentences([["a", "."], sent], limit=8)
    assert pieces == [["a", "."], sent[:7], sent[7:]] and cuts == [9]
    pieces, _ = cut_long_sentences([[f"w{k}" for k in range(20)]], limit=8)
    assert [len(p) for p in pieces] == [8, 8, 4]


def test_too_long_article_is_an_error_row(tmp_path):
    res = audit.audit({"huge": "word " * 100, "ok": ""}, max_chars=50, n_boot=10)
    err = res.articles.filter(pl.col("article_id") == "huge")["error"][0]
    assert "over the limit of 50" in err and "--max-chars" in err

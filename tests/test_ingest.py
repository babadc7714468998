import json
import zipfile

import polars as pl
import pytest

from audit.errors import InputError
from audit.ingest import ingest, load_samples


def test_txt_files_folders_and_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text("Officials said so.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9")
    (tmp_path / "c.txt").write_text("   \n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_bytes(b"\x00\x01binary")
    df = ingest(tmp_path)
    errs = dict(zip(df["article_id"], df["error"]))
    assert errs["a"] is None
    assert "not valid UTF-8" in errs["b"] and "empty" in errs["c"] and "binary" in errs["d"]


def test_tables_need_a_text_column(tmp_path):
    p = tmp_path / "t.csv"
    pl.DataFrame({"id": ["x", "y"], "outlet": ["BBC", "RT"], "text": ["One.", "Two."]}).write_csv(p)
    df = ingest(p)
    assert df["article_id"].to_list() == ["x", "y"] and df["outlet"].to_list() == ["BBC", "RT"]
    q = tmp_path / "t.jsonl"
    q.write_text("\n".join(json.dumps({"body": "x"}) for _ in range(2)))
    # each line without a text is an error row of its own; the batch goes on
    assert ingest(q)["error"].to_list() == ["line 1: no 'text' field (fields: body)",
                                            "line 2: no 'text' field (fields: body)"]
    c = tmp_path / "notext.csv"
    c.write_text("body\nx\n")
    (err,) = ingest(c)["error"].to_list()
    assert err.endswith("notext.csv: no 'text' column (columns: body); the table needs the article text in a column "
                        "named 'text'")
    r = tmp_path / "t.parquet"
    pl.DataFrame({"text": ["a b c", None]}).write_parquet(r)
    df = ingest(r)
    assert df["article_id"].to_list() == ["0", "1"] and "no text" in df["error"][1]


def test_html_via_trafilatura_and_zip(tmp_path):
    body = "<p>" + "The minister said the plan would work, officials said on Monday. " * 6 + "</p>"
    html = f"<html><head><title>Plan</title></head><body><article><h1>Plan</h1>{body}</article></body></html>"
    (tmp_path / "page.html").write_text(html)
    df = ingest(tmp_path / "page.html")
    assert df["error"][0] is None and "minister said" in df["text"][0]
    z = tmp_path / "c.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("one.txt", "First article.")
        zf.writestr("two.txt", "Second article.")
    assert ingest(z)["article_id"].to_list() == ["one", "two"]


def test_python_inputs_and_unique_ids():
    df = ingest(["First text.", "Second text."])
    assert df["article_id"].to_list() == ["0", "1"]
    df = ingest(pl.DataFrame({"id": ["a", "a"], "text": ["x", "y"]}))
    assert df["article_id"].to_list() == ["a", "a~2"]
    with pytest.raises(InputError):
        ingest(42)


def test_samples_are_labelled_fictional():
    df = load_samples()
    assert df.height >= 9 and {"Harbor Ledger", "Eastern Courier", "Meridian Wire"} <= set(df["outlet"])


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_tables_stream_in_batches(tmp_path, monkeypatch, suffix):
    import audit.ingest as ingest_mod

    table = pl.DataFrame({"outlet": ["A", "B", "A", "C", "B"], "text": ["One.", "Two.", "", "Four.", "Five."]})
    path = tmp_path / f"t.{suffix}"
    {"csv": table.write_csv, "jsonl": table.write_ndjson, "parquet": table.write_parquet}[suffix](path)
    whole = ingest(path)
    monkeypatch.setattr(ingest_mod, "TABLE_BATCH", 2)
    if suffix != "jsonl":  # JSON Lines are read line by line
        batches = list(ingest_mod._table_batches(path))
        assert sum(b.height for b in batches) == 5 and max(b.height for b in batches) <= 2
    streamed = list(ingest_mod.iter_articles(path))
    # rows without an id are numbered in the whole table, not in their batch
    assert [r["article_id"] for r in streamed] == ["0", "1", "2", "3", "4"]
    assert ingest_mod.articles_frame(streamed).equals(whole)
    assert "empty" in streamed[2]["error"] and ingest_mod.count_articles(path) == 5


def test_ids_stay_unique_across_inputs_and_an_ingested_frame_passes_through(tmp_path):
    from audit.ingest import count_articles, iter_articles

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("One.")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("Two.")
    ids = [r["article_id"] for r in iter_articles([tmp_path / "a", tmp_path / "b"])]
    assert ids == ["x", "x~2"] and count_articles([tmp_path / "a", tmp_path / "b"]) == 2
    frame = ingest({"k": "Text.", "e": ""})
    assert [(r["article_id"], r["error"] is None) for r in iter_articles(frame)] == [("k", True), ("e", False)]

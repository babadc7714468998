"""Hostile and broken input through the CLI and the API: every bad input is generated here (no blobs in the
repo), and each has one exact outcome. A bad file is an error row naming it and the problem; the batch goes on;
nothing is written outside its place; a batch in which everything failed exits 1."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

import audit
from audit.cli import app
from audit.ingest import ingest

runner = CliRunner()

GOOD = ("The minister said on Monday that the talks would resume in Geneva next week. "
        "“We are ready,” she told reporters.")
GERMAN = ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Der Kanzler sagte, man "
          "werde die Ukraine weiter unterstützen, solange es nötig sei. Die Opposition kritisierte die Entscheidung "
          "als zu spät und forderte mehr Waffenlieferungen für die Verteidigung des Landes.")
RUSSIAN = ("Правительство в понедельник объявило о новых санкциях против нескольких компаний. Министр заявил, "
           "что страна будет поддерживать союзников столько, сколько потребуется. Оппозиция раскритиковала решение.")
# a quotation mark opened and never closed: the sentences after its tag are the narrator's again
UNBALANCED = ("The minister spoke in Kyiv on Monday. “We will win this war, the minister said. He added that the army "
              "was ready for a long fight. Officials told Reuters the talks had failed.")


def _zip(path: Path, members: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def hostile_inputs(root: Path) -> tuple[list[str], dict[str, str | None]]:
    """Write the bad (and a few good) inputs; return their paths and, per article id, the exact error expected
    (None: the article is read; a string: the start of its error, after the path where one is named)."""
    d = root / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "latin1.txt").write_bytes("Café officials said so.".encode("latin-1"))
    (d / "utf16.txt").write_bytes(GOOD.encode("utf-16"))  # with its byte-order mark: read
    (d / "utf16nobom.txt").write_bytes(GOOD.encode("utf-16-le"))
    (d / "german.txt").write_text(GERMAN, encoding="utf-8")
    (d / "russian.txt").write_text(RUSSIAN, encoding="utf-8")
    (d / "unbalanced.txt").write_text(UNBALANCED, encoding="utf-8")
    (d / "long.txt").write_text("word " * 500, encoding="utf-8")
    (d / "notext.csv").write_text("body,outlet\nx,y\n", encoding="utf-8")
    (d / "ragged.csv").write_text('text,outlet\n"One.",A\n"Two.",B,extra,fields\n', encoding="utf-8")
    (d / "lines.jsonl").write_text(json.dumps({"id": "j1", "text": GOOD}) + "\n{broken json\n[1, 2]\n"
                                   + json.dumps({"body": "no text"}) + "\n", encoding="utf-8")
    full = io.BytesIO()
    pl.DataFrame({"text": [GOOD] * 50}).write_parquet(full)
    (d / "truncated.parquet").write_bytes(full.getvalue()[: len(full.getvalue()) // 2])
    _zip(d / "nofiles.zip", {"image.png": b"\x89PNG"})
    (d / "notazip.zip").write_bytes(b"PK\x03\x04 this is not a zip")
    # 20 MB of text in a zip of a few kB: read no further than an article can be long
    _zip(d / "bomb.zip", {"bomb.txt": "a " * 10_000_000, "zipgood.txt": GOOD})
    _zip(d / "evil.zip", {"../../evil.txt": GOOD})
    (root / "emptyfolder").mkdir()
    expected = {
        "good": None, "utf16": None, "german": None, "russian": None, "unbalanced": None, "j1": None,
        "zipgood": None, "evil": None,
        "empty": "text is empty (or only whitespace)",
        "binary": "looks like a binary file (NUL bytes), not text",
        "latin1": "is not valid UTF-8 (byte 0xe9 at offset 3); re-save it as UTF-8",
        "utf16nobom": "looks like UTF-16 text without a byte-order mark; re-save it as UTF-8",
        "long": "is 2,500 characters, over the limit of 2,000; split it into articles or raise the limit "
                "(max_chars=, --max-chars)",
        "notext": "no 'text' column (columns: body, outlet); the table needs the article text in a column named 'text'",
        "ragged": "cannot be read as CSV (",
        "lines:2": "line 2: not valid JSON (",
        "lines:3": "line 3: a JSON list, not an object with a 'text' field",
        "lines:4": "line 4: no 'text' field (fields: body)",
        "truncated": "cannot be read as PARQUET (",
        "nofiles": "the zip holds no .txt or .html files",
        "notazip": "not a valid zip file (",
        "bomb": "expands to more than 8 kB, over the limit of 2,000 characters (max_chars=, --max-chars)",
        "emptyfolder": "the folder holds no .txt or .html files",
    }
    return [str(p) for p in sorted(d.iterdir())] + [str(root / "emptyfolder")], expected


def check_rows(articles: pl.DataFrame, expected: dict[str, str | None]) -> None:
    got = dict(zip(articles["article_id"], articles["error"]))
    assert set(got) == set(expected), sorted(set(got) ^ set(expected))
    for aid, want in expected.items():
        err = got[aid]
        if want is None:
            assert err is None, (aid, err)
        else:
            assert err is not None and want in err, (aid, err)
            assert not err.startswith(("Traceback", "analysis failed")), (aid, err)


def check_audited(articles: pl.DataFrame, attributions: pl.DataFrame) -> None:
    notes = dict(zip(articles["article_id"], articles["parse_notes"]))
    assert "does not look English (most letters are Cyrillic" in notes["russian"]
    assert "does not look English (2% English function words" in notes["german"]
    assert notes["good"] is None and notes["utf16"] is None
    unbalanced = attributions.filter(pl.col("article_id") == "unbalanced")
    assert sorted(unbalanced["cue_text"]) == ["added", "said", "told"]
    assert unbalanced.filter(pl.col("cue_text") == "said")["content_text"][0] == "“We will win this war"


def test_hostile_inputs_through_the_cli(parser, tmp_path):
    inputs, expected = hostile_inputs(tmp_path)
    out = tmp_path / "out"
    r = runner.invoke(app, ["audit", *inputs, "--out", str(out), "--max-chars", "2000", "--workers", "1"])
    assert r.exit_code == 0, r.output
    failed = sum(v is not None for v in expected.values())
    assert f"{len(expected)} articles ({failed} failed, 2 not in English)" in r.output
    for aid, want in expected.items():
        if want is not None:
            assert f"failed: {aid}: " in r.output
    articles = pl.read_parquet(out / "articles.parquet")
    check_rows(articles, expected)
    check_audited(articles, pl.read_parquet(out / "attributions.parquet"))
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()


def test_hostile_inputs_through_the_api(parser, tmp_path):
    inputs, expected = hostile_inputs(tmp_path)
    res = audit.audit(inputs, max_chars=2000, n_boot=10)
    check_rows(res.articles, expected)
    check_audited(res.articles, res.attributions)
    # a lone surrogate in one text given to the API costs that article only
    res = audit.audit({"fine": GOOD, "lone": "The mayor said \udc80 so.", "id\ud800": GOOD}, n_boot=10)
    errors = dict(zip(res.articles["article_id"], res.articles["error"]))
    assert errors["fine"] is None and errors["id\ufffd"] is None
    assert errors["lone"] == ("contains a lone surrogate (U+DC80) at character 15: not valid Unicode text; decode "
                              "the source with errors='replace'")


def test_a_zip_is_read_no_further_than_its_limit(tmp_path):
    z = _zip(tmp_path / "z.zip", {f"a{k}.txt": GOOD + " x" * 3000 for k in range(4)})
    rows = ingest(z, max_zip_bytes=15_000)
    assert rows["article_id"].to_list() == ["a0", "a1", "a2"]
    assert rows["error"][:2].to_list() == [None, None]
    assert rows["error"][2].startswith("the zip expands to more than 15 kB; the members after this one were not "
                                       "read (unpack it and audit the folder)")
    # a member is read no further than an article can be long: 20 MB of text costs at most 4 × max_chars bytes
    big = _zip(tmp_path / "big.zip", {"big.txt": "a " * 10_000_000})
    import tracemalloc

    tracemalloc.start()
    (err,) = ingest(big, max_chars=1000)["error"].to_list()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert err.startswith("expands to more than") and peak < 2_000_000


def test_every_article_failed_exits_1(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "b.csv").write_text("body\nx\n")
    r = runner.invoke(app, ["audit", str(tmp_path / "a.txt"), str(tmp_path / "b.csv"), "--out",
                            str(tmp_path / "o"), "-q"])
    assert r.exit_code == 1, r.output
    assert "2 articles (2 failed)" in r.output and "error: every article failed" in r.output


@pytest.mark.parametrize("below, words", [("", "is a file, not a folder"), ("sub", "cannot be written")])
def test_a_bad_out_fails_before_any_parsing(tmp_path, monkeypatch, below, words):
    import audit.parse

    def no_parse(*a, **k):
        raise AssertionError("parsing started before --out was checked")

    monkeypatch.setattr(audit.parse, "get_parser", no_parse)
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "afile").write_text("x")
    out = tmp_path / "afile" / below  # the file itself, or a folder that cannot be made under it
    r = runner.invoke(app, ["audit", str(tmp_path / "a.txt"), "--out", str(out), "-q"])
    assert r.exit_code == 2 and words in r.output and "Traceback" not in r.output, r.output

import polars as pl
from typer.testing import CliRunner

from audit.cli import app

runner = CliRunner()


def test_audit_then_compare(parser, tmp_path):
    corpus = tmp_path / "c.csv"
    pl.DataFrame({
        "id": ["a1", "a2", "b1"], "outlet": ["A", "A", "B"],
        "text": ["Kremlin spokesman Dmitry Peskov said talks with Kiev were stalled.",
                 "Officials in Kyiv said the strike hit a school. “It was deliberate,” Zelensky said.",
                 "A senior official, who spoke on condition of anonymity, said Kyiv was ready."],
    }).write_csv(corpus)
    out = tmp_path / "out"
    r = runner.invoke(app, ["audit", str(corpus), "--out", str(out), "-q"])
    assert r.exit_code == 0, r.output
    assert "3 articles (0 failed)" in r.output
    for name in ("articles", "attributions", "terms", "voices", "outlets"):
        assert (out / f"{name}.parquet").exists()
    r = runner.invoke(app, ["compare", str(out), "--by", "outlet"])
    assert r.exit_code == 0, r.output
    table = pl.read_csv(out / "compare_outlet.csv")
    assert table.columns == ["row", "A", "B"]
    assert (out / "compare_outlet_long.parquet").exists()
    r = runner.invoke(app, ["compare", str(out), "--labels"])
    assert r.exit_code == 0 and "Anonymous sources" in r.output and "Voice share: Ukraine" in r.output, r.output


def test_clear_errors(tmp_path):
    r = runner.invoke(app, ["audit", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o"), "-q"])
    assert r.exit_code == 2 and "no such file" in r.output
    bad = tmp_path / "t.csv"
    bad.write_text("body\nx\n")
    r = runner.invoke(app, ["audit", str(bad), "--out", str(tmp_path / "o"), "-q"])
    # an unreadable table is an error row (tests/test_hostile.py); here it is the only one: exit 1
    assert r.exit_code == 1 and "no 'text' column" in r.output and "every article failed" in r.output
    r = runner.invoke(app, ["compare", str(tmp_path)])
    assert r.exit_code == 2 and "not a newsaudit output folder" in r.output
    r = runner.invoke(app, ["models", "show", "--models", str(tmp_path / "nowhere")])
    assert r.exit_code == 2 and "Options:" in r.output


def test_sample_corpus_and_missing_input(parser, tmp_path):
    r = runner.invoke(app, ["audit", "--sample", "--out", str(tmp_path / "s"), "-q"])
    assert r.exit_code == 0, r.output
    assert "10 articles (0 failed)" in r.output
    r = runner.invoke(app, ["audit", "--out", str(tmp_path / "s2"), "-q"])
    assert r.exit_code == 2 and "--sample" in r.output

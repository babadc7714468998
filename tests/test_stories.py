"""The same story across outlets: grouping by text, date and shared speakers; the CLI writes stories.parquet."""
import polars as pl
from typer.testing import CliRunner

import audit
from audit.cli import app
from audit.stories import group_stories

BRIDGE_A = ("Ostwick bridge reopens after two years of repairs. The Ostwick harbour bridge reopened on Monday after "
            "two years of repairs, Mayor Ann Lee said. “The bridge is safe,” Lee told reporters at the ribbon cutting.")
BRIDGE_B = ("Harbour bridge in Ostwick open again. Mayor Ann Lee said the Ostwick harbour bridge reopened to traffic "
            "on Monday after repairs that took two years and cost more than planned.")
STRIKE_A = ("Ferry crews strike over pay. Ferry crews on the Ostwick line walked out on Tuesday in a dispute over pay, "
            "the union said. A spokesman for the ferry company said talks would resume.")
STRIKE_B = ("Ostwick ferries halted as crews walk out. Ferry crews walked out on Tuesday over pay, halting the "
            "Ostwick line, union leader Bo Diaz said. The ferry company said it regretted the strike.")
LATER = ("Ostwick harbour bridge wins an engineering award. The harbour bridge in Ostwick, reopened in March, won a "
         "national engineering prize, its designers said.")


def corpus() -> pl.DataFrame:
    return pl.DataFrame({"id": ["a1", "b1", "a2", "b2", "b3"], "outlet": ["A", "B", "A", "B", "B"],
                         "date": ["2026-03-02", "2026-03-02", "2026-03-03", "2026-03-03", "2026-05-20"],
                         "title": [t.split(".")[0] for t in (BRIDGE_A, BRIDGE_B, STRIKE_A, STRIKE_B, LATER)],
                         "text": [BRIDGE_A, BRIDGE_B, STRIKE_A, STRIKE_B, LATER]})


def test_articles_of_one_event_are_one_story():
    frame = corpus().rename({"id": "article_id"})
    st = group_stories(frame, {"a1": {"ann lee"}, "b1": {"ann lee"}})
    stories = st.group_by("story_id").agg(pl.col("article_id").sort()).sort("story_id")["article_id"].to_list()
    assert sorted(map(list, stories)) == [["a1", "b1"], ["a2", "b2"]]  # the award two months later is apart
    assert set(st["story_outlets"]) == {2}
    assert group_stories(frame.head(1)).is_empty()


def test_cli_stories(parser, tmp_path):
    path = tmp_path / "corpus.csv"
    corpus().write_csv(path)
    out = tmp_path / "out"
    audit.audit(str(path), out=out, workers=1, n_boot=20)
    r = CliRunner().invoke(app, ["stories", str(out)])
    assert r.exit_code == 0, r.output
    assert "2 stories covered by two or more outlets (4 articles)" in r.output
    side = pl.read_parquet(out / "stories_side_by_side.parquet")
    bridge = side.filter(pl.col("story_id") == pl.read_parquet(out / "stories.parquet").filter(
        pl.col("article_id") == "a1")["story_id"][0])
    assert sorted(bridge["outlet"]) == ["A", "B"] and "Ann Lee" in " ".join(bridge["who is quoted"].drop_nulls())

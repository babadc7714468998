"""The glossary: every figure has a plain name and a definition, side ids become the packs' names."""
import numpy as np
import polars as pl
import pytest

from audit.errors import LexiconError
from audit.glossary import definition, glossary, label, load_glossary
from audit.metrics import comparison_table, group_metrics


def articles(n=4):
    rng = np.random.default_rng(1)
    cols = {"article_id": [f"a{k}" for k in range(n)], "outlet": ["A", "B"] * (n // 2), "error": [None] * n,
            "words": rng.integers(100, 500, n), "words_narrator": rng.integers(50, 300, n)}
    for c in ("attr_count", "attr_anonymous", "attr_words", "attr_quoted_words", "attr_unattributed", "voice_attr_ukraine",
              "voice_words_ukraine", "cue_loaded_ukraine", "terms_narrator_russia", "attr_no_comment"):
        cols[c] = rng.integers(0, 10, n)
    return pl.DataFrame(cols)


def test_every_metric_of_a_comparison_has_a_plain_name():
    wide, long = group_metrics(articles(), ["ukraine"], n_boot=20)
    for m in long["metric"].unique():
        assert m in glossary()["metrics"], m
    table = comparison_table(long, labels=True, side_labels={"ukraine": "Ukraine", "russia": "Russia"})
    rows = set(table["row"])
    assert {"Anonymous sources", "Voice share: Ukraine", "Words given to Ukraine", "Loaded verbs for Ukraine",
            "Outlet's own terms aligned with Russia, per 1,000 words"} <= rows
    assert not any("_" in r for r in rows)  # no column id left
    assert set(comparison_table(long)["row"]) >= {"voice_share ukraine", "attr_anonymous_ratio"}  # ids by default


def test_count_columns_exist_and_definitions_fill_the_side():
    wide, _ = group_metrics(articles(), ["ukraine"], n_boot=20)
    for col in ("articles", "words", "attr_count", "attr_anonymous", "attr_unattributed", "attr_no_comment"):
        assert col in wide.columns and col in glossary()["columns"]
    assert label("voice_share", "ukraine", {"ukraine": "Ukraine"}) == "Voice share: Ukraine"
    assert definition("voice_share", "ukraine", {"ukraine": "Ukraine"}) == "share of attributions whose source is on " \
                                                                          "the Ukraine side"
    assert label("no_such_metric", "x") == "no_such_metric x"


def test_glossary_is_validated(tmp_path):
    p = tmp_path / "g.toml"
    p.write_text('schema = "newsaudit.glossary/1"\n[metrics.x]\nname = "X"\n')
    with pytest.raises(LexiconError, match="metrics.x.*needs `name` and `definition`"):
        load_glossary(p)

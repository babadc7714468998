import numpy as np
import polars as pl
import pytest

from audit.metrics import bootstrap_ratio, comparison_table, group_metrics


def test_bootstrap_ratio_point_and_interval():
    p, lo, hi = bootstrap_ratio(np.array([1, 2, 0, 3]), np.array([2, 4, 2, 4]), n_boot=2000)
    assert p == 6 / 12 and lo < p < hi and 0 <= lo and hi <= 1
    assert bootstrap_ratio(np.array([]), np.array([])) == (None, None, None)
    assert bootstrap_ratio(np.array([1]), np.array([2]))[1:] == (None, None)


def _articles():
    return pl.DataFrame({
        "article_id": ["a", "b", "c", "d"], "outlet": ["X", "X", "Y", "Y"], "error": [None, None, None, None],
        "words": [100, 200, 100, 100], "words_narrator": [80, 150, 90, 60],
        "attr_count": [4, 6, 2, 0], "attr_anonymous": [1, 3, 0, 0], "attr_words": [20, 50, 10, 0],
        "attr_quoted_words": [10, 20, 0, 0],
        "voice_attr_ukraine": [2, 1, 0, 0], "voice_words_ukraine": [10, 5, 0, 0], "cue_loaded_ukraine": [1, 0, 0, 0],
        "terms_narrator_russia": [0, 0, 3, 1],
    })


def test_group_metrics_ratio_of_sums_with_counts():
    wide, long = group_metrics(_articles(), ["ukraine"], by="outlet", n_boot=200)
    x = wide.filter(pl.col("outlet") == "X").row(0, named=True)
    assert x["articles"] == 2 and x["attr_anonymous_ratio"] == 4 / 10
    assert x["voice_share_ukraine"] == 3 / 10
    y = long.filter((pl.col("outlet") == "Y") & (pl.col("metric") == "terms_narrator_per_1k")).row(0, named=True)
    assert y["value"] == 1000 * 4 / 150 and y["denominator"] == 150 and y["articles"] == 2
    table = comparison_table(long)
    assert set(table.columns) == {"row", "X", "Y"}
    assert table.filter(pl.col("row") == "attr_anonymous_ratio")["X"][0].startswith("40%")


def test_trend_metrics_by_month():
    import numpy as np

    from audit.metrics import trend_metrics

    rng = np.random.default_rng(3)
    n = 8
    arts = pl.DataFrame({"article_id": [f"a{k}" for k in range(n)], "outlet": ["A", "B"] * 4, "error": [None] * n,
                         "date": ["2024-01-05", "2024-01-20", "2024-01-30", "2024-02-02", "2024-02-10",
                                  "2024-02-11", "not a date", None],
                         "words": rng.integers(100, 300, n), "words_narrator": rng.integers(50, 200, n),
                         "attr_count": [4, 2, 6, 0, 3, 5, 7, 1], "attr_anonymous": [1, 0, 3, 0, 1, 5, 7, 1],
                         "attr_words": rng.integers(10, 50, n), "attr_quoted_words": rng.integers(0, 10, n),
                         "attr_unattributed": rng.integers(0, 3, n)})
    t = trend_metrics(arts, [], n_boot=50)
    anon = t.filter(pl.col("metric") == "attr_anonymous_ratio")
    assert anon.select("month", "outlet").rows() == [("2024-01", "A"), ("2024-01", "B"), ("2024-02", "A"),
                                                     ("2024-02", "B")]
    # January, outlet A: articles a0 and a2 (1 + 3 of 4 + 6), the undated ones left out
    jan_a = anon.row(0, named=True)
    assert jan_a["value"] == pytest.approx(0.4) and jan_a["articles"] == 2
    assert trend_metrics(arts.drop("date"), []).is_empty()

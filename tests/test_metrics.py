import numpy as np
import polars as pl

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

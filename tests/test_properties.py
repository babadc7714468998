"""Properties of the whole audit on generated text (hypothesis): it never raises, every span lies inside its
article and its text is the slice it names, every ratio is a ratio, and the figures do not depend on the order
of the articles. The texts are news-like fragments (sources, cues, quotation marks of every kind, newlines)
mixed with arbitrary Unicode."""
from __future__ import annotations

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import audit

pytestmark = pytest.mark.slow

FRAGMENTS = [
    "The minister", "Officials", "He", "she", "Vladimir Putin", "Kyiv", "Kiev", "the Kremlin", "A senior official, "
    "who spoke on condition of anonymity,", "sources familiar with the matter", "said", "told reporters", "claimed",
    "added that", "according to", "declined to comment", "is expected to", "“", "”", '"', "'", "‘", "’", "«", "»",
    "''", ",", ".", ":", "—", "(", ")", "\n", "\n\n", "the war would end soon", "we will win", "on Monday",
]
fragment = st.sampled_from(FRAGMENTS)
noise = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)  # any Unicode but lone surrogates
texts = st.lists(st.one_of(fragment, fragment, fragment, noise), min_size=1, max_size=40).map(" ".join)
# and with lone surrogates, which a Python string can hold: that article is an error row, never an exception
any_texts = st.lists(st.one_of(fragment, fragment, fragment, st.text(max_size=12)), min_size=1, max_size=40).map(" ".join)
SETTINGS = settings(max_examples=25, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _slice(text, a, b):
    assert a is not None and b is not None and 0 <= a <= b <= len(text)
    return text[a:b]


def check_spans(text: str, res) -> None:
    for r in res.attributions.iter_rows(named=True):
        if r["source_start"] is not None:
            assert r["source_text"] == _slice(text, r["source_start"], r["source_end"])
        if r["cue_start"] is not None:
            assert r["cue_text"] == _slice(text, r["cue_start"], r["cue_end"])
        parts = r["content_parts"]
        assert parts and r["content_text"] == " … ".join(_slice(text, p["start"], p["end"]) for p in parts)
    for t in res.terms.iter_rows(named=True):
        assert t["text"] == _slice(text, t["start"], t["end"])
    for q in res.scare_quotes.iter_rows(named=True):
        assert q["text"] == _slice(text, q["start"], q["end"])


def check_ratios(frame: pl.DataFrame) -> None:
    for c in frame.columns:
        if c.endswith(("_ratio", "_share")) or "_share_" in c:
            values = frame[c].drop_nulls()
            assert values.is_empty() or (values.min() >= 0 and values.max() <= 1), (c, values.to_list())


@SETTINGS
@given(text=any_texts)
def test_any_text_audits_without_error_and_spans_are_slices(parser, text):
    res = audit.audit({"a": text}, n_boot=10)
    (err,) = res.articles["error"].to_list()
    if text.strip():
        assert err is None or not err.startswith("analysis failed"), err
    check_spans(text, res)
    check_ratios(res.articles)
    check_ratios(res.outlets)


@SETTINGS
@given(batch=st.lists(texts, min_size=2, max_size=4))
def test_figures_do_not_depend_on_article_order(parser, batch):
    items = {f"a{k}": t for k, t in enumerate(batch)}
    outlets = {f"a{k}": "AB"[k % 2] for k in range(len(batch))}
    frame = pl.DataFrame({"id": list(items), "text": list(items.values()), "outlet": [outlets[k] for k in items]})
    one = audit.audit(frame, n_boot=50)
    two = audit.audit(frame.reverse(), n_boot=50)
    assert one.articles.sort("article_id").equals(two.articles.sort("article_id"))
    assert one.attributions.sort("article_id", "content_start").equals(two.attributions.sort("article_id", "content_start"))
    assert one.outlets.sort("outlet").equals(two.outlets.sort("outlet"))

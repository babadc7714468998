"""Measure stage: attributions and term hits → the numbers an editor publishes, as Polars frames.

Per article (``articles``): words, attributions by kind, sources, anonymity, voice share per side,
loaded-term use by voice, readability. Per article and side (``voices``). Per group such as outlet
(``outlets`` wide, ``outlets_long`` for charts), with bootstrap 95% intervals over articles and the
counts behind every share. Every column is documented in docs/columns.md.
"""
from __future__ import annotations

import numpy as np
import polars as pl

KINDS = ("direct", "indirect", "mixed")
CUE_CLASSES = ("neutral", "loaded", "framing", "belief", "commitment", "stance")
VOICES = ("narrator", "quoted", "paraphrase")
# summed per group
GROUP_COUNTS = ("attr_count", "attr_anonymous", "attr_unattributed", "attr_no_comment", "attr_nested")


def _safe_div(num: pl.Expr, den: pl.Expr) -> pl.Expr:
    return pl.when(den > 0).then(num / den).otherwise(None)


# Records that give no one a voice, counted on their own: unattributed claims ("X is expected to …"), withheld
# comments ("declined to comment", "did not respond to a request for comment") and statements reported inside
# another one ("the council said: “… the contractor promised that …”": the voice is the council's). Every
# per-source figure counts only the voiced rest.
UNATTRIBUTED = pl.col("source_type") == "unattributed"
WITHHELD = pl.col("no_comment")
NESTED = pl.col("nested")
VOICED = ~UNATTRIBUTED & ~WITHHELD & ~NESTED


def voices_frame(attributions: pl.DataFrame) -> pl.DataFrame:
    """One row per article and side (plus ``none`` for unaligned sources)."""
    if attributions.height == 0:
        return pl.DataFrame(schema={"article_id": pl.Utf8, "outlet": pl.Utf8, "side": pl.Utf8, "attributions": pl.UInt32,
                                    "words": pl.Int64, "direct": pl.UInt32, "indirect": pl.UInt32, "mixed": pl.UInt32,
                                    "anonymous": pl.UInt32, **{f"cue_{c}": pl.UInt32 for c in CUE_CLASSES}})
    a = attributions.filter(VOICED).with_columns(pl.col("side").fill_null("none"))
    return (a.group_by("article_id", "outlet", "side").agg(
        pl.len().alias("attributions"),
        pl.col("content_words").sum().alias("words"),
        *[(pl.col("kind") == k).sum().alias(k) for k in KINDS],
        pl.col("anonymous").sum().alias("anonymous"),
        *[(pl.col("cue_class") == c).sum().alias(f"cue_{c}") for c in CUE_CLASSES],
    ).sort("article_id", "side"))


def term_aligns(lex) -> list[str]:
    """Every side a loaded-term variant of these lexicons can align with ("none" aside): the per-article term
    columns are made for each, so that every batch of one run has the same columns."""
    return sorted({v.aligns for t in lex.terms for v in t.variants} - {"none"})


def _term_counts(terms: pl.DataFrame, aligns: list[str]) -> pl.DataFrame:
    # "narrator" in the metrics is the outlet's own voice: narration and paraphrase, not quotations
    outlet_voice = pl.col("voice").is_in(["narrator", "paraphrase"])
    quoted = pl.col("voice") == "quoted"
    return terms.group_by("article_id").agg(
        outlet_voice.sum().alias("terms_narrator"),
        quoted.sum().alias("terms_quoted"),
        (pl.col("voice") == "paraphrase").sum().alias("terms_paraphrase"),
        *[(outlet_voice & (pl.col("aligns") == al)).sum().alias(f"terms_narrator_{al}") for al in aligns],
        *[(quoted & (pl.col("aligns") == al)).sum().alias(f"terms_quoted_{al}") for al in aligns],
    )


def article_metrics(base: pl.DataFrame, attributions: pl.DataFrame, terms: pl.DataFrame,
                    sides: list[str], aligns: list[str] | None = None) -> pl.DataFrame:
    """Add the metric columns to the per-article base frame (which has words, words_narrator, readability).
    ``aligns``: the sides term columns are made for (:func:`term_aligns`); by default those found in ``terms``."""
    att = attributions.filter(VOICED).with_columns(pl.col("side").fill_null("none"))
    per = att.group_by("article_id").agg(
        pl.len().alias("attr_count"),
        *[(pl.col("kind") == k).sum().alias(f"attr_{k}") for k in KINDS],
        pl.col("speaker_id").n_unique().alias("attr_sources"),
        pl.col("anonymous").sum().alias("attr_anonymous"),
        pl.col("content_words").sum().alias("attr_words"),
        pl.col("quoted_words").sum().alias("attr_quoted_words"),
        *[(pl.col("side") == s).sum().alias(f"voice_attr_{s}") for s in sides],
        *[pl.col("content_words").filter(pl.col("side") == s).sum().alias(f"voice_words_{s}") for s in sides],
        *[((pl.col("side") == s) & (pl.col("cue_class") == "loaded")).sum().alias(f"cue_loaded_{s}") for s in sides],
        *[(pl.col("cue_class") == c).sum().alias(f"cue_{c}") for c in CUE_CLASSES],
    )
    if aligns is None:
        aligns = sorted(set(terms["aligns"].to_list()) - {"none"}) if terms.height else []
    with_terms = terms.height > 0 or bool(aligns)
    out = base.join(per, on="article_id", how="left").join(
        attributions.group_by("article_id").agg(UNATTRIBUTED.sum().alias("attr_unattributed"),
                                                 WITHHELD.sum().alias("attr_no_comment"),
                                                 NESTED.sum().alias("attr_nested")),
        on="article_id", how="left")
    term_cols = []
    if with_terms:
        tc = _term_counts(terms, aligns)
        term_cols = [c for c in tc.columns if c != "article_id"]
        out = out.join(tc, on="article_id", how="left")
    count_cols = [c for c in out.columns if c.startswith(("attr_", "voice_attr_", "voice_words_", "cue_", "terms_"))]
    ok = pl.col("error").is_null()
    out = out.with_columns([pl.when(ok).then(pl.col(c).fill_null(0)).otherwise(None).alias(c) for c in count_cols])
    out = out.with_columns(
        _safe_div(pl.col("attr_anonymous"), pl.col("attr_count")).alias("attr_anonymous_ratio"),
        *[_safe_div(pl.col(f"voice_attr_{s}"), pl.col("attr_count")).alias(f"voice_share_{s}") for s in sides],
        *[_safe_div(pl.col(f"voice_words_{s}"), pl.col("attr_words")).alias(f"voice_word_share_{s}") for s in sides],
        *[_safe_div(pl.col(f"cue_loaded_{s}"), pl.col(f"voice_attr_{s}")).alias(f"cue_loaded_share_{s}") for s in sides],
        *[_safe_div(pl.col(c) * 1000, pl.col("words_narrator")).alias(f"{c}_per_1k")
          for c in term_cols if c.startswith("terms_narrator")],
        _safe_div(pl.col("attr_unattributed") * 1000, pl.col("words")).alias("attr_unattributed_per_1k"),
    )
    return out


def bootstrap_ratio(num: np.ndarray, den: np.ndarray, n_boot: int = 1000, seed: int = 0,
                    level: float = 0.95) -> tuple[float | None, float | None, float | None]:
    """Ratio of sums over articles with a percentile bootstrap interval (articles resampled)."""
    num = np.asarray(num, dtype=float)
    den = np.asarray(den, dtype=float)
    n = len(num)
    if n == 0 or den.sum() <= 0:
        return None, None, None
    point = num.sum() / den.sum()
    if n == 1:
        return float(point), None, None
    rng = np.random.default_rng(seed)
    w = rng.multinomial(n, np.full(n, 1.0 / n), size=n_boot)
    d = w @ den
    r = np.divide(w @ num, d, out=np.full(n_boot, np.nan), where=d > 0)
    r = r[~np.isnan(r)]
    if len(r) == 0:
        return float(point), None, None
    lo, hi = np.quantile(r, [(1 - level) / 2, 1 - (1 - level) / 2])
    return float(point), float(lo), float(hi)


def group_metrics(articles: pl.DataFrame, sides: list[str], by: str = "outlet", n_boot: int = 1000,
                  seed: int = 0) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Aggregate per group (default outlet): returns (wide, long). Shares are ratios of sums over the
    group's articles; intervals come from resampling articles."""
    ok = articles.filter(pl.col("error").is_null())
    if by not in ok.columns:
        raise ValueError(f"no column {by!r} to group by; columns: {', '.join(ok.columns)}")
    ok = ok.with_columns(pl.col(by).fill_null("(none)").cast(pl.Utf8))
    specs: list[tuple[str, str | None, str, str]] = [("attr_anonymous_ratio", None, "attr_anonymous", "attr_count")]
    for s in sides:
        specs.append(("voice_share", s, f"voice_attr_{s}", "attr_count"))
        specs.append(("voice_word_share", s, f"voice_words_{s}", "attr_words"))
        specs.append(("cue_loaded_share", s, f"cue_loaded_{s}", f"voice_attr_{s}"))
    for c in ok.columns:
        if c.startswith("terms_narrator_") and not c.endswith("_per_1k"):
            specs.append(("terms_narrator_per_1k", c.removeprefix("terms_narrator_"), c, "words_narrator"))
    specs.append(("quoted_word_share", None, "attr_quoted_words", "attr_words"))
    specs.append(("unattributed_per_1k", None, "attr_unattributed", "words"))
    long_rows, wide_rows = [], []
    for (g,), sub in ok.group_by([by], maintain_order=True):
        row = {by: g, "articles": sub.height, "words": int(sub["words"].sum()),
               # (results saved before a count existed have no column for it: 0)
               **{c: int(sub[c].fill_null(0).sum()) if c in sub.columns else 0 for c in GROUP_COUNTS}}
        for c in ("read_flesch_reading_ease", "read_flesch_kincaid_grade"):
            if c in sub.columns:
                row[c] = sub[c].mean()
        for metric, key, num_c, den_c in specs:
            if num_c not in sub.columns or den_c not in sub.columns:
                continue
            num = sub[num_c].fill_null(0).to_numpy()
            den = sub[den_c].fill_null(0).to_numpy()
            scale = 1000.0 if metric.endswith("per_1k") else 1.0
            p, lo, hi = bootstrap_ratio(num * scale, den, n_boot=n_boot, seed=seed)
            name = metric if key is None else f"{metric}_{key}"
            row[name], row[f"{name}_ci_low"], row[f"{name}_ci_high"] = p, lo, hi
            long_rows.append({by: g, "metric": metric, "key": key, "value": p, "ci_low": lo, "ci_high": hi,
                              "numerator": float(num.sum() * scale), "denominator": float(den.sum()),
                              "articles": sub.height})
        wide_rows.append(row)
    wide = pl.DataFrame(wide_rows, infer_schema_length=None) if wide_rows else pl.DataFrame({by: []})
    long = pl.DataFrame(long_rows, schema={by: pl.Utf8, "metric": pl.Utf8, "key": pl.Utf8, "value": pl.Float64,
                                           "ci_low": pl.Float64, "ci_high": pl.Float64, "numerator": pl.Float64,
                                           "denominator": pl.Float64, "articles": pl.Int64})
    return wide, long


def comparison_table(long: pl.DataFrame, by: str = "outlet", labels: bool = False,
                     side_labels: dict[str, str] | None = None) -> pl.DataFrame:
    """Side-by-side table: one row per metric, one column per group, cells "value [low, high]". Rows are named
    by metric id and key ("voice_share ukraine"), or with ``labels`` by their plain names from the glossary
    ("Voice share: Ukraine", sides by ``side_labels``)."""
    if long.height == 0:
        return pl.DataFrame()
    if labels:
        from .glossary import label

        names = {(m, k): label(m, k, side_labels) for m, k in long.select("metric", "key").unique().iter_rows()}
        long = long.with_columns(pl.struct("metric", "key").map_elements(
            lambda r: names[(r["metric"], r["key"])], return_dtype=pl.Utf8).alias("_label"))

    def fmt(v, lo, hi, metric):
        if v is None:
            return "–"
        pct = not metric.endswith("per_1k")
        f = (lambda x: f"{100 * x:.0f}%") if pct else (lambda x: f"{x:.2f}")
        return f(v) + (f" [{f(lo)}–{f(hi)}]" if lo is not None and hi is not None else "")

    cells = long.with_columns(
        pl.col("_label").alias("row") if labels else
        pl.concat_str([pl.col("metric"), pl.col("key").fill_null("")], separator=" ").str.strip_chars().alias("row"),
        pl.struct("value", "ci_low", "ci_high", "metric").map_elements(
            lambda s: fmt(s["value"], s["ci_low"], s["ci_high"], s["metric"]), return_dtype=pl.Utf8).alias("cell"),
    )
    return cells.drop("_label", strict=False).pivot(on=by, index="row", values="cell", aggregate_function="first")


def trend_metrics(articles: pl.DataFrame, sides: list[str], by: str = "outlet", n_boot: int = 200,
                  seed: int = 0) -> pl.DataFrame:
    """Monthly series per group: the comparison's figures (anonymous share, voice share per side, the outlet's own
    loaded terms per 1,000 words, …) for each month of the ``date`` column, with bootstrap 95% intervals over that
    month's articles. Columns: month ("2024-03"), the group, metric, key, value, ci_low, ci_high, numerator,
    denominator, articles. Articles whose date cannot be read are left out; an empty frame when none can."""
    if "date" not in articles.columns:
        return pl.DataFrame()
    dated = articles.with_columns(
        pl.col("date").cast(pl.Utf8).str.slice(0, 10).str.to_date(strict=False).dt.strftime("%Y-%m").alias("_month"))
    dated = dated.filter(pl.col("_month").is_not_null())
    frames = []
    for (month,), sub in dated.group_by(["_month"], maintain_order=True):
        _, long = group_metrics(sub.drop("_month"), sides, by=by, n_boot=n_boot, seed=seed)
        frames.append(long.with_columns(pl.lit(month).alias("month")))
    if not frames:
        return pl.DataFrame()
    out = pl.concat(frames)
    return out.select("month", *[c for c in out.columns if c != "month"]).sort("month", by, "metric", "key")

"""Compare page: outlets side by side, with 95% intervals, counts and the sentences behind each cell."""
import altair as alt
import polars as pl
import streamlit as st

from audit.glossary import definition, label
from audit.metrics import comparison_table
from reports.common import corpus_result, lexicons, plain, plain_columns, side_colors

st.title("Compare outlets")
res = corpus_result()
by = res["meta"].get("group_by", "outlet")
long, wide = res["outlets_long"], res["outlets"]
colors = side_colors()

st.subheader("Side by side")
st.caption("Shares are ratios of sums over each outlet's articles; brackets are bootstrap 95% intervals "
           "(articles resampled). Counts below say how much evidence stands behind each share.")
side_labels = {s.id: s.label for s in lexicons().sides}
st.dataframe(comparison_table(long, by=by, labels=True, side_labels=side_labels).rename({"row": "figure"}),
             hide_index=True, width="stretch")
with st.expander("What each row means"):
    for m, k in long.select("metric", "key").unique(maintain_order=True).iter_rows():
        st.markdown(plain(f"{label(m, k, side_labels)}: {definition(m, k, side_labels) or m}"))
st.dataframe(plain_columns(wide.select(by, "articles", "words", "attr_count", "attr_anonymous", "attr_unattributed",
                                     "attr_no_comment", "attr_nested")),
             hide_index=True)

c1, c2 = st.columns(2)
with c1:
    st.markdown("**Voice share per side**")
    vs = long.filter(pl.col("metric") == "voice_share").with_columns(pl.col("key").replace(side_labels).alias("side"))
    if vs.height:
        ch = alt.Chart(vs.to_pandas()).mark_bar().encode(
            x=alt.X("value:Q", stack="zero", title="share of attributions (%)", axis=alt.Axis(format="%")),
            y=alt.Y(f"{by}:N", title=None), color=alt.Color("side:N", title="side", scale=alt.Scale(
                domain=[side_labels.get(k, k) for k in colors], range=list(colors.values()))),
            tooltip=[by, "side", alt.Tooltip("value:Q", format=".0%", title="share"),
                     alt.Tooltip("numerator:Q", title="attributions"), alt.Tooltip("denominator:Q", title="of all")])
        st.altair_chart(ch, width="stretch")
with c2:
    st.markdown("**Anonymous attributions (95% interval)**")
    an = long.filter(pl.col("metric") == "attr_anonymous_ratio").to_pandas()
    if len(an):
        base = alt.Chart(an).encode(y=alt.Y(f"{by}:N", title=None))
        st.altair_chart(base.mark_rule().encode(x=alt.X("ci_low:Q", axis=alt.Axis(format="%"), title="anonymous share"),
                                                x2="ci_high:Q")
                        + base.mark_point(filled=True, size=80).encode(x="value:Q", tooltip=[by, "value", "ci_low", "ci_high", "numerator", "denominator"]),
                        width="stretch")
c3, c4 = st.columns(2)
with c3:
    st.markdown("**Narrator use of loaded-term variants, per 1,000 narrator words**")
    terms = res["terms"]
    arts = res["articles"].filter(pl.col("error").is_null())
    if terms.height:
        words = arts.group_by(by).agg(pl.col("words_narrator").sum())
        tv = (terms.filter(pl.col("voice") == "narrator").join(res["articles"].select("article_id", pl.col(by).alias("_g")), on="article_id")
              .group_by("_g", "variant", "aligns").agg(pl.len().alias("uses")).rename({"_g": by})
              .join(words, on=by).with_columns((pl.col("uses") * 1000 / pl.col("words_narrator")).alias("per_1k")))
        ch = alt.Chart(tv.to_pandas()).mark_bar().encode(
            x=alt.X("per_1k:Q", title="uses per 1,000 narrator words"), y=alt.Y("variant:N", title=None),
            color=alt.Color(f"{by}:N"), yOffset=f"{by}:N", tooltip=[by, "variant", "aligns", "uses", "per_1k"])
        st.altair_chart(ch, width="stretch")
with c4:
    st.markdown("**Cue-verb mix per side**")
    atts = res["attributions"]
    if atts.height:
        mix = (atts.filter(pl.col("source_type") != "unattributed")
               .with_columns(pl.col("side").replace(side_labels).fill_null("no side")).group_by(by, "side", "cue_class")
               .agg(pl.len().alias("n")))
        ch = alt.Chart(mix.to_pandas()).mark_bar().encode(
            x=alt.X("n:Q", stack="normalize", title="share of cues", axis=alt.Axis(format="%")),
            y=alt.Y("side:N", title=None), color=alt.Color("cue_class:N", title="cue class"),
            row=alt.Row(f"{by}:N", title=None), tooltip=[by, "side", "cue_class", "n"])
        st.altair_chart(ch)

trends = res.get("trends")
if trends is not None and trends.height:
    st.subheader("Month by month")
    choices = {label(m, k, side_labels): (m, k) for m, k in trends.select("metric", "key").unique(maintain_order=True)
               .iter_rows()}
    pick = st.selectbox("Figure", list(choices), key="trend_pick")
    m, k = choices[pick]
    series = trends.filter((pl.col("metric") == m) & (pl.col("key").eq_missing(k))).to_pandas()
    pct = not m.endswith("per_1k")
    y_axis = alt.Axis(format="%") if pct else alt.Axis()
    base = alt.Chart(series).encode(x=alt.X("month:O", title="month"), color=alt.Color(f"{by}:N", title=by))
    band = base.mark_area(opacity=0.15).encode(y=alt.Y("ci_low:Q", title=pick, axis=y_axis), y2="ci_high:Q")
    line = base.mark_line(point=True).encode(y=alt.Y("value:Q", title=pick, axis=y_axis),
                                             tooltip=[by, "month", "value", "ci_low", "ci_high", "articles"])
    st.altair_chart(band + line, width="stretch")
    st.caption(plain(f"{definition(m, k, side_labels) or m}; shaded: 95% interval over the month's articles "
                     "(none where a month has one article). Dated articles only; the series is in the Export page."))

with st.expander("Show me the sentences"):
    groups = sorted(wide[by].to_list())
    g = st.selectbox(by, groups, key="cmp_group")
    what = st.selectbox("Evidence", ["anonymous attributions", "attributions by side", "narrator loaded terms"], key="cmp_what")
    ids = res["articles"].filter(pl.col(by) == g)["article_id"].to_list()
    if what == "anonymous attributions":
        st.dataframe(res["attributions"].filter(pl.col("article_id").is_in(ids) & pl.col("anonymous"))
                     .select("article_id", "source_text", "cue_text", "content_text"), hide_index=True, width="stretch")
    elif what == "attributions by side":
        side = st.selectbox("side", sorted(colors) + ["(none)"], key="cmp_side")
        a = res["attributions"].filter(pl.col("article_id").is_in(ids))
        a = a.filter(pl.col("side").is_null()) if side == "(none)" else a.filter(pl.col("side") == side)
        st.dataframe(a.select("article_id", "speaker", "cue_text", "content_text"), hide_index=True, width="stretch")
    else:
        t = res["terms"].filter(pl.col("article_id").is_in(ids) & (pl.col("voice") == "narrator"))
        texts = st.session_state["corpus_frame"].select("article_id", "text")
        rows = []
        for r in t.join(texts, on="article_id").iter_rows(named=True):
            a, b = r["start"], r["end"]
            s = r["text_right"] if "text_right" in r else r["text"]
            lo = s.rfind(".", 0, a) + 1
            hi = s.find(".", b)
            rows.append({"article_id": r["article_id"], "variant": r["variant"], "aligns": r["aligns"],
                         "sentence": s[lo: hi + 1 if hi > 0 else len(s)].strip()})
        st.dataframe(pl.DataFrame(rows) if rows else pl.DataFrame({"note": ["no narrator terms"]}), hide_index=True,
                     width="stretch")
st.markdown('<span id="na-done"></span>', unsafe_allow_html=True)

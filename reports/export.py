"""Export page: every frame of the last corpus run as Parquet, CSV or JSON, built only when asked for."""
import io

import polars as pl
import streamlit as st

from audit.share import article_html, comparison_html
from reports.common import lexicons, safe_name, side_colors

st.title("Export")
res = st.session_state.get("corpus")
if res is None:
    st.info("Run an audit on the Corpus page first (or open Compare outlets, which audits the bundled sample).")
    st.markdown('<span id="na-done"></span>', unsafe_allow_html=True)
    st.stop()
frames = {k: v for k, v in res.items() if k != "meta"}
name = st.selectbox("Frame", list(frames), key="export_frame")
fmt = st.radio("Format", ["Parquet", "CSV", "JSON"], horizontal=True, key="export_fmt")
df = frames[name]
st.write(f"{df.height} rows × {df.width} columns")
if st.button("Build file", key="export_build"):
    buf = io.BytesIO()
    if fmt == "Parquet":
        df.write_parquet(buf)
    elif fmt == "CSV":
        flat = df.drop([c for c, t in df.schema.items() if t.is_nested()])
        flat.write_csv(buf)
    else:
        df.write_json(buf)
    ext = {"Parquet": "parquet", "CSV": "csv", "JSON": "json"}[fmt]
    st.download_button(f"Download {name}.{ext}", buf.getvalue(), file_name=f"{name}.{ext}", key="export_dl")
st.subheader("A page to share")
st.caption("One self-contained HTML file: no server, no script, nothing fetched. Open it in any browser or send "
           "it to an editor.")
side_labels = {s.id: s.label for s in lexicons().sides}
by = res["meta"].get("group_by", "outlet")
st.download_button("Outlet comparison (.html)", comparison_html(res["outlets_long"], by=by, side_labels=side_labels,
                                                                meta=res["meta"]),
                   file_name="newsaudit-comparison.html", mime="text/html", key="share_compare")
texts = st.session_state.get("corpus_frame")
ok = res["articles"].filter(pl.col("error").is_null())
if texts is not None and ok.height:
    aid = st.selectbox("Article", ok["article_id"].to_list(), key="share_article")
    row = texts.filter(pl.col("article_id") == aid)
    if row.height:
        title = ok.filter(pl.col("article_id") == aid)["title"][0] or aid
        page = article_html(row["text"][0], res["attributions"].filter(pl.col("article_id") == aid),
                            res["terms"].filter(pl.col("article_id") == aid), side_colors(), title=title,
                            meta=res["meta"])
        st.download_button("This article's audit (.html)", page, file_name=f"newsaudit-{safe_name(str(aid))}.html",
                           mime="text/html", key="share_article_dl")
st.markdown('<span id="na-done"></span>', unsafe_allow_html=True)

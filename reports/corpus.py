"""Corpus page: audit many articles, see per-article metrics, drill into any article."""
import polars as pl
import streamlit as st

from audit.ingest import articles_frame, frame_rows
from reports.common import InputError, plain, plain_columns, read_upload, run_corpus, sample_frame, upload_table

st.title("Corpus")
st.caption("Upload CSV, JSONL or Parquet with a text column (or a zip of .txt files), choose the columns, "
           "and run. Results feed the Compare and Export pages.")

source = st.radio("Corpus", ["Bundled sample", "Upload"], horizontal=True, key="corpus_source")
frame = None
if source == "Bundled sample":
    frame = sample_frame()
    group_col = "outlet"
else:
    up = st.file_uploader("Corpus file", type=["csv", "jsonl", "ndjson", "json", "parquet", "zip"], key="corpus_upload")
    if up is not None:
        try:
            if up.name.lower().endswith(".zip"):
                frame = read_upload(up)
            else:
                # read the table once, let the user pick its columns, then build the articles from it
                table = upload_table(up)
                cols = table.columns
                text_col = st.selectbox("Text column", cols, index=cols.index("text") if "text" in cols else 0,
                                        key="text_col")
                group_src = st.selectbox("Grouping column", cols,
                                         index=cols.index("outlet") if "outlet" in cols else 0, key="group_src")
                table = table.with_columns(pl.col(text_col).alias("text"), pl.col(group_src).cast(pl.Utf8).alias("outlet"))
                frame = articles_frame(frame_rows(table, up.name))
        except InputError as exc:  # empty, oversize, unreadable: say so
            st.error(plain(exc))
            st.stop()
    group_col = "outlet"

if frame is None:
    st.info("Upload a corpus or use the bundled sample.")
    st.stop()
st.write(f"{frame.height} articles, {frame['error'].is_not_null().sum()} unreadable.")
if st.button("Run audit", type="primary", key="run_corpus") or st.session_state.get("corpus_key") == (source, frame.height):
    if st.session_state.get("corpus_key") != (source, frame.height) or "corpus" not in st.session_state:
        bar = st.progress(0.0, text="starting…")
        st.session_state["corpus"] = run_corpus(frame, group_col, bar)
        st.session_state["corpus_frame"] = frame
        st.session_state["corpus_key"] = (source, frame.height)
res = st.session_state.get("corpus")
if res is None:
    st.stop()
arts = res["articles"]
failed = arts.filter(pl.col("error").is_not_null())
if failed.height:
    st.warning(f"{failed.height} articles failed")
    st.dataframe(failed.select("article_id", "origin", "error"), hide_index=True, width="stretch")
cols = ["article_id", "outlet", "title", "words", "attr_count", "attr_direct", "attr_indirect", "attr_mixed",
        "attr_anonymous_ratio", "attr_unattributed", "terms_narrator", "read_flesch_reading_ease"]
cols += [c for c in arts.columns if c.startswith("voice_share_")]
table = arts.filter(pl.col("error").is_null()).select([c for c in cols if c in arts.columns])
st.subheader("Articles")
ev = st.dataframe(plain_columns(table), hide_index=True, on_select="rerun", selection_mode="single-row",
                  key="corpus_table", width="stretch")
sel = ev.selection.rows if ev is not None else []
if sel:
    aid = table["article_id"][sel[0]]
    if st.button(f"Open {plain(aid)} in the Article view", key="drill"):
        st.session_state["drill_article"] = st.session_state["corpus_frame"].filter(pl.col("article_id") == aid)
        st.switch_page("reports/article.py")
st.markdown('<span id="na-done"></span>', unsafe_allow_html=True)

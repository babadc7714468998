"""Stories page: the same story across outlets: who each outlet quoted on it (named or anonymous, which side), and
the loaded terms in its own voice, with the sentences one click away."""
import polars as pl
import streamlit as st

from audit.stories import group_stories, named_people, story_sides
from reports.common import corpus_result, lexicons, plain

st.title("Stories")
st.caption("Articles that cover one event (similar text, published within three days, quoting the same people), "
           "put side by side by outlet.")
res = corpus_result()
by = res["meta"].get("group_by", "outlet")
texts = st.session_state["corpus_frame"].select("article_id", "text")
arts = res["articles"].join(texts, on="article_id", how="left")
found = group_stories(arts, named_people(res["attributions"]), by=by)
if found.is_empty():
    st.info("No story is covered by two or more outlets in this corpus.")
    st.markdown('<span id="na-done"></span>', unsafe_allow_html=True)
    st.stop()
side = story_sides(found, res["articles"], res["attributions"], res["terms"], by=by,
                   side_labels={s.id: s.label for s in lexicons().sides})
labels = {f"{r['story_id']}: {r['story_label']} ({r['story_outlets']} outlets, {r['story_articles']} articles)":
          r["story_id"] for r in found.unique("story_id", maintain_order=True).iter_rows(named=True)}
st.write(plain(f"{len(labels)} stories covered by two or more outlets."))
pick = labels[st.selectbox("Story", list(labels), key="story_pick")]
st.subheader("Side by side")
st.dataframe(side.filter(pl.col("story_id") == pick).drop("story_id", "story_label"), hide_index=True, width="stretch")
ids = found.filter(pl.col("story_id") == pick)["article_id"].to_list()
st.dataframe(res["articles"].filter(pl.col("article_id").is_in(ids)).select("article_id", by, "date", "title"),
             hide_index=True, width="stretch")
with st.expander("Show me the sentences"):
    a = res["attributions"].filter(pl.col("article_id").is_in(ids)).join(
        res["articles"].select("article_id", pl.col(by).alias("_by")), on="article_id")
    st.dataframe(a.select(pl.col("_by").alias(by), "speaker", "anonymous", "side", "cue_text", "content_text")
                 .sort(by), hide_index=True, width="stretch")
st.markdown('<span id="na-done"></span>', unsafe_allow_html=True)

"""Article page: one article with its attributions, sources, sides, loaded terms and readability."""
import altair as alt
import polars as pl
import streamlit as st

from audit.highlight import highlight_html, legend_html
from audit.ingest import ingest
from audit.metrics import NESTED, VOICED, WITHHELD
from reports.common import InputError, audit_frame, lexicons, plain, read_upload, sample_frame, side_colors

st.title("Article")
st.caption("Who is quoted, who is left unnamed, which side gets the voice, and which loaded words the "
           "outlet uses in its own voice. Hover a highlight for details; select a source or a term to focus.")

samples = sample_frame()
frame = None
drill = st.session_state.pop("drill_article", None)
if drill is not None:
    st.session_state["article_choice"] = "Corpus article"
    st.session_state["drill_frame"] = drill
choices = ["Bundled sample", "Paste text", "Upload .txt/.html"] + (
    ["Corpus article"] if "drill_frame" in st.session_state else [])
mode = st.radio("Article", choices, horizontal=True, key="article_choice")
if mode == "Bundled sample":
    labels = {f"{r['outlet']} — {r['title']}": r["article_id"] for r in samples.iter_rows(named=True)}
    pick = st.selectbox("Sample (illustrative outlets are fictional)", list(labels), key="sample_pick")
    frame = samples.filter(pl.col("article_id") == labels[pick])
elif mode == "Paste text":
    text = st.text_area("Article text", height=220, key="pasted")
    outlet = st.text_input("Outlet (optional)", key="pasted_outlet")
    if text.strip():
        frame = ingest({"pasted": text}, outlet=outlet or None)
elif mode == "Upload .txt/.html":
    up = st.file_uploader("Article file", type=["txt", "html", "htm"], key="article_upload")
    if up is not None:
        try:
            frame = read_upload(up).head(1)
        except InputError as exc:
            st.error(plain(exc))
else:
    frame = st.session_state["drill_frame"]

if frame is None:
    st.info("Pick a sample, paste text or upload a file.")
    st.stop()
row = frame.row(0, named=True)
if row["error"]:
    st.error(plain(f"Cannot audit {row['article_id']!r}: {row['error']}"))
    st.stop()

with st.spinner("Auditing…"):
    res = audit_frame(frame)
art = res["articles"].row(0, named=True)
if art["error"]:
    st.error(plain(f"Article {art['article_id']!r} failed: {art['error']}"))
    st.stop()
atts, terms = res["attributions"], res["terms"]
# sources: who is voiced; claims put on no one, withheld comments ("declined to comment") and statements a source
# reports from someone else apart
sourced, withheld, nested = atts.filter(VOICED), atts.filter(WITHHELD), atts.filter(NESTED & ~WITHHELD)
colors = side_colors()
labels = {s.id: s.label for s in lexicons().sides}  # sides by their display names on screen

c1, c2, c3, c4, c5 = st.columns(5)
c1.metric("Attributions", art["attr_count"])
c2.metric("Distinct sources", art["attr_sources"])
ratio = art["attr_anonymous_ratio"]
c3.metric("Anonymous", "–" if ratio is None else f"{100 * ratio:.0f}%", help="share of attributions to unnamed people or groups")
c4.metric("Loaded terms (narrator)", art.get("terms_narrator") or 0)
c5.metric("Flesch reading ease", art["read_flesch_reading_ease"], help=f"Flesch–Kincaid grade {art['read_flesch_kincaid_grade']}")

left, right = st.columns([3, 2])
with right:
    st.subheader("Sources")
    if art["attr_unattributed"]:
        st.caption(f"{art['attr_unattributed']} unattributed claims (“is expected to”, “seems to”, “asked whether”): "
                   "highlighted in the text, kept out of the source figures.")
    if withheld.height:
        who = ", ".join(sorted({x for x in withheld["speaker"].to_list() if x}))
        st.caption(f"{withheld.height} withheld comments (“declined to comment”, “did not respond to a request "
                   f"for comment”){': ' + plain(who) if who else ''}; asked, not voiced: kept out of the source figures.")
    if nested.height:
        pairs = "; ".join(sorted({f"{s} (via {v})" for s, v in zip(nested["speaker"].to_list(), nested["via"].to_list())
                                  if s and v}))
        st.caption(f"{nested.height} statements reported by a source from someone else"
                   f"{': ' + plain(pairs) if pairs else ''}; the voice is the source's: kept out of the source figures.")
    if sourced.height:
        # one row per speaker (speaker_id: a pseudonym, its description and its pronouns are one person)
        sources = (sourced.group_by("speaker_id").agg(
            pl.col("speaker").first(), pl.col("source_type").first().alias("type"),
            pl.col("anonymous").any().alias("anonymous"), pl.col("anonymity_reason").drop_nulls().first().fill_null("").alias("why anonymous"),
            pl.col("side").drop_nulls().first().replace(labels).alias("side"), pl.len().alias("attributions"),
            pl.col("content_words").sum().alias("words given"), pl.col("cue_lemma").unique().sort().str.join(", ").alias("cues"),
        ).sort("attributions", "words given", descending=True))
        ids, sources = sources["speaker_id"], sources.drop("speaker_id")
        ev = st.dataframe(sources, hide_index=True, on_select="rerun", selection_mode="single-row", key="src_table",
                          width="stretch")
        sel = ev.selection.rows if ev is not None else []
        focus_speaker = ids[sel[0]] if sel else None
        focus_name = sources["speaker"][sel[0]] if sel else None
        share = sourced.with_columns(pl.col("side").replace(labels).fill_null("no side")).group_by("side").agg(
            pl.len().alias("attributions"), pl.col("content_words").sum().alias("words"))
        st.subheader("Voice share per side")
        chart = alt.Chart(share.to_pandas()).mark_bar().encode(
            x=alt.X("attributions:Q", title="attributions (statements voiced)"), y=alt.Y("side:N", sort="-x", title=None),
            color=alt.Color("side:N", legend=None, scale=alt.Scale(
                domain=[labels.get(k, k) for k in colors] + ["no side"], range=list(colors.values()) + ["#9ca3af"])),
            tooltip=["side", "attributions", alt.Tooltip("words:Q", title="words given")])
        st.altair_chart(chart, width="stretch")
    else:
        focus_speaker = focus_name = None
        st.write("No attributions found.")
    st.subheader("Loaded terms")
    focus_term = None
    if terms.height:
        tt = terms.group_by("term_id", "variant", "aligns", "voice").agg(pl.len().alias("uses")).sort("uses", descending=True) \
            .with_columns(pl.col("aligns").replace(labels))
        shown = tt.rename({"term_id": "term", "variant": "word used", "aligns": "aligns with",
                           "voice": "whose voice"}).with_columns(
            pl.col("whose voice").replace({"narrator": "the outlet's", "quoted": "a quotation's",
                                           "paraphrase": "a paraphrase's"}))
        ev2 = st.dataframe(shown, hide_index=True, on_select="rerun", selection_mode="single-row", key="term_table",
                           width="stretch")
        sel2 = ev2.selection.rows if ev2 is not None else []
        focus_term = tt["term_id"][sel2[0]] if sel2 else None
    else:
        st.write("No lexicon terms found.")

with left:
    st.subheader(plain(art["title"] or art["article_id"]))
    if focus_speaker or focus_term:
        st.info(plain(f"Focused on {'source ' + repr(focus_name) if focus_speaker else 'term ' + repr(focus_term)}; "
                      "clear the table selection to see everything."))
    # st.html, not st.markdown: no Markdown runs over the article (an image link, "$5 to $10", "# x" stay text);
    # highlight_html escapes the text, so its own tags are the only markup
    st.html(legend_html(colors, labels))
    st.html(highlight_html(frame["text"][0], atts, terms, colors, focus_speaker, focus_term))

with st.expander("All attributions (as in attributions.parquet)"):
    st.dataframe(atts.drop("content_parts"), hide_index=True, width="stretch")
st.markdown('<span id="na-done" data-testid="na-done"></span>', unsafe_allow_html=True)

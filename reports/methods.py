"""Methods page: how each figure is computed, how well the extraction is measured to work, its known limits, and
the lexicon versions in use."""
import polars as pl
import streamlit as st

from audit.glossary import glossary
from audit.methods import methods, model_scores
from reports.common import lexicons, plain

st.title("Methods")
m = methods()
ext = m["extraction"]
st.subheader("How well the extraction works")
st.caption(plain(f"{ext['corpus']}; measured {ext['measured']}."))
st.dataframe(pl.DataFrame({"what": ["who is speaking (source)", "the reporting word (cue)", "what was said (content)"],
                           **{name: [f"{ext[k][n]:.1f}" for k in ("source", "cue", "content")]
                              for n, name in enumerate(("precision %", "recall %", "F1 %"))}}), hide_index=True)
st.write(plain(ext["note"] + f" The speaker is right on {ext.get('speaker_accuracy')}% of the statements found."))
parser = model_scores().get("ewt_test_end_to_end", {})
if parser:
    st.caption(plain(f"The bundled parser on English Web Treebank test: part of speech {parser.get('UPOS')}%, "
                     f"dependencies (LAS) {parser.get('LAS')}%."))

st.subheader("Known limits")
for item in m["limits"]["items"]:
    st.markdown("- " + plain(item))

st.subheader("How each figure is computed")
g = glossary()
rows = [{"figure": n, "definition": d.replace("{side}", "a side").replace("{aligns}", "a side")}
        for section in ("metrics", "columns") for n, d in (v for v in g[section].values())]
st.dataframe(pl.DataFrame(rows).with_columns(pl.col("figure").str.replace_all(r"\{side\}|\{aligns\}", "…")),
             hide_index=True, width="stretch")

st.subheader("Lexicons in use")
st.dataframe(pl.DataFrame(lexicons().describe()).drop("path"), hide_index=True, width="stretch")
st.markdown('<span id="na-done"></span>', unsafe_allow_html=True)

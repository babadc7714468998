"""Lexicons page: the active packs, their terms and actors; upload a custom pack and see validation."""
import tempfile
from pathlib import Path

import polars as pl
import streamlit as st

from audit.lexicon import bundled_pack_paths
from reports.common import InputError, LexiconError, active_packs, lexicons, plain, save_pack

st.title("Lexicons")
packs, extra = active_packs()
available = sorted(bundled_pack_paths())
chosen = st.multiselect("Bundled packs", available, default=packs, key="pack_select")
if chosen != packs:
    st.session_state["packs"] = chosen
    st.rerun()
lex = lexicons()
st.dataframe(pl.DataFrame(lex.describe()).drop("path"), hide_index=True, width="stretch")  # (no server paths)
st.subheader("Terms")
rows = [{"pack": t.pack, "term": t.id, "category": t.category, "variant": v.form, "aligns": v.aligns,
         "strength": t.strength, "neutral": t.neutral, "since": t.since, "excludes": ", ".join(" ".join(e) for e in t.exclude)}
        for t in lex.terms for v in t.variants]
st.dataframe(pl.DataFrame(rows) if rows else pl.DataFrame({"term": []}), hide_index=True, width="stretch")
st.subheader("Actors and sides")
arows = [{"pack": a.pack, "actor": a.id, "side": a.side, "type": a.type, "names": ", ".join(a.names),
          "descriptions": ", ".join(a.descriptions)} for a in lex.actors]
st.dataframe(pl.DataFrame(arows) if arows else pl.DataFrame({"actor": []}), hide_index=True, width="stretch")
st.subheader("Reporting verbs")
st.dataframe(pl.DataFrame({"lemma": list(lex.verbs), "class": list(lex.verbs.values())}), hide_index=True, height=240)

st.subheader("Add your own pack")
st.caption("A TOML file with schema = \"newsaudit.pack/1\" (see docs/lexicons.md). A pack with the id of a "
           "bundled one replaces it.")
up = st.file_uploader("Pack file", type=["toml"], key="pack_upload")
if up is not None:
    # validated from its bytes first; only a valid pack is kept, under a name made here (reports.common.save_pack)
    try:
        pack, path = save_pack(up, Path(tempfile.gettempdir()) / "newsaudit-packs")
    except LexiconError as exc:
        st.error(plain(f"Invalid pack: {exc.problem}" + (f" (entry: {exc.entry})" if exc.entry else "")))
    except InputError as exc:
        st.error(plain(exc))
    else:
        st.success(plain(f"Pack {pack.id!r} is valid: {len(pack.sides)} sides, {len(pack.actors)} actors, "
                         f"{len(pack.terms)} terms"))
        if str(path) not in extra and st.button("Use this pack", key="use_pack"):
            st.session_state["extra_packs"] = [*extra, str(path)]
            st.session_state.pop("corpus", None)
            st.rerun()
st.markdown('<span id="na-done"></span>', unsafe_allow_html=True)

"""Export page: every frame of the last corpus run as Parquet, CSV or JSON, built only when asked for."""
import io

import streamlit as st

st.title("Export")
res = st.session_state.get("corpus")
if res is None:
    st.info("Run an audit on the Corpus page first (or open Compare outlets, which audits the bundled sample).")
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
st.markdown('<span id="na-done"></span>', unsafe_allow_html=True)

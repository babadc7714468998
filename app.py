"""newsaudit report: Streamlit entry point. Pages live in reports/; they call only the library's API."""
import streamlit as st

st.set_page_config(page_title="newsaudit", page_icon="📰", layout="wide")

pages = [
    st.Page("reports/article.py", title="Article", icon="📰", default=True),
    st.Page("reports/corpus.py", title="Corpus", icon="🗂️"),
    st.Page("reports/compare.py", title="Compare outlets", icon="⚖️"),
    st.Page("reports/lexicons.py", title="Lexicons", icon="📚"),
    st.Page("reports/export.py", title="Export", icon="⬇️"),
]
st.navigation(pages).run()

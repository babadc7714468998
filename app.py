"""newsaudit report: Streamlit entry point. Pages live in reports/; they call only the library's API."""
import streamlit as st

# an emoji icon: the browser draws it; a ":material/…:" page icon would be fetched from fonts.gstatic.com
st.set_page_config(page_title="newsaudit", page_icon="📰", layout="wide")

pages = [
    st.Page("reports/article.py", title="Article", icon=":material/article:", default=True),
    st.Page("reports/corpus.py", title="Corpus", icon=":material/folder_open:"),
    st.Page("reports/compare.py", title="Compare outlets", icon=":material/compare:"),
    st.Page("reports/stories.py", title="Stories", icon=":material/join_inner:"),
    st.Page("reports/lexicons.py", title="Lexicons", icon=":material/menu_book:"),
    st.Page("reports/methods.py", title="Methods", icon=":material/science:"),
    st.Page("reports/export.py", title="Export", icon=":material/download:"),
]
st.navigation(pages).run()

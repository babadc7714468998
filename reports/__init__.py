"""Streamlit report pages for newsaudit (entry: app.py)."""

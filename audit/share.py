"""A file to share: one self-contained static HTML page of an article audit or of an outlet comparison, to send
to an editor. No server, no script, nothing fetched: the styles are inline, the charts are drawn as inline SVG,
and every piece of article text, name or label is escaped (``html.escape``), so a ``<script>`` or an
``<img onerror>`` in an article shows as text.

Example: ``comparison_html(outlets_long, by="outlet", side_labels={"ukraine": "Ukraine"}, meta=res.meta)`` is a
page with the side-by-side table ("Voice share: Ukraine" rows, outlets as columns, 95% intervals), a bar chart of
voice share per side and the anonymous share with its interval, and the methods in a footnote.
"""
from __future__ import annotations

import datetime as dt
import html

import polars as pl

from .glossary import definition, label
from .highlight import highlight_html, legend_html
from .metrics import VOICED, comparison_table

PAGE_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;
color:#111827;line-height:1.5}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.92rem} th,td{border:1px solid #e5e7eb;padding:4px 8px;
text-align:left;vertical-align:top} th{background:#f9fafb}
.na-note{color:#4b5563;font-size:.85rem} .na-chart text{font-size:12px;fill:#111827}
"""


def _esc(x) -> str:
    return html.escape("–" if x is None else str(x))


def _table(df: pl.DataFrame, headers: dict[str, str] | None = None) -> str:
    headers = headers or {}
    head = "".join(f"<th>{_esc(headers.get(c, c))}</th>" for c in df.columns)
    rows = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in r) + "</tr>" for r in df.iter_rows())
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _page(title: str, body: str, meta: dict | None) -> str:
    meta = meta or {}
    packs = ", ".join(f"{p.get('pack')} {p.get('version')}" for p in meta.get("lexicons", []) if isinstance(p, dict))
    foot = (f"Made by newsaudit {_esc(meta.get('newsaudit', ''))} on {dt.date.today().isoformat()}"
            + (f"; lexicons: {_esc(packs)}" if packs else "") + (f"; models: {_esc(meta.get('models'))}" if meta.get("models")
                                                                 else "")
            + ". Attributions are found by rules on a parse (docs/attribution.md); shares are ratios of sums over "
              "articles, with bootstrap 95% intervals.")
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "img-src data:\">"
            f"<title>{_esc(title)}</title><style>{PAGE_CSS}</style></head><body><h1>{_esc(title)}</h1>{body}"
            f"<p class=\"na-note\">{foot}</p></body></html>")


def _bars(rows: list[tuple[str, float, float | None, float | None]], width: int = 520) -> str:
    """Horizontal bars of shares as inline SVG: (label, value, low, high) with the interval drawn as a line."""
    bar_h, gap, left = 18, 8, 190
    h = len(rows) * (bar_h + gap) + 10
    inner = width - left - 60
    parts = [f'<svg class="na-chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" role="img">']
    for k, (name, v, lo, hi) in enumerate(rows):
        y = 5 + k * (bar_h + gap)
        w = max(0.0, min(1.0, v or 0)) * inner
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{_esc(name)}</text>'
                     f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="#60a5fa"></rect>'
                     f'<text x="{left + w + 4:.1f}" y="{y + 13}">{_esc(f"{100 * v:.0f}%" if v is not None else "–")}</text>')
        if lo is not None and hi is not None:
            x1, x2 = left + min(lo, 1) * inner, left + min(hi, 1) * inner
            parts.append(f'<line x1="{x1:.1f}" x2="{x2:.1f}" y1="{y + bar_h / 2}" y2="{y + bar_h / 2}" '
                         'stroke="#1e3a8a" stroke-width="2"></line>')
    return "".join(parts) + "</svg>"


def comparison_html(long: pl.DataFrame, by: str = "outlet", side_labels: dict[str, str] | None = None,
                    meta: dict | None = None, title: str = "Outlets compared") -> str:
    """The outlet comparison as one static page (see the module doc)."""
    side_labels = side_labels or {}
    table = comparison_table(long, by=by, labels=True, side_labels=side_labels)
    body = ["<h2>Side by side</h2><p class=\"na-note\">Each cell: the figure [its 95% interval].</p>",
            _table(table, {"row": ""}) if table.height else "<p>No figures.</p>"]
    anon = long.filter(pl.col("metric") == "attr_anonymous_ratio").sort(by)
    if anon.height:
        body.append("<h2>Anonymous sources</h2>" + _bars(
            [(r[by], r["value"], r["ci_low"], r["ci_high"]) for r in anon.iter_rows(named=True)]))
    vs = long.filter(pl.col("metric") == "voice_share").sort(by, "key")
    if vs.height:
        body.append("<h2>Voice share per side</h2>" + _bars(
            [(f"{r[by]}: {side_labels.get(r['key'], r['key'])}", r["value"], r["ci_low"], r["ci_high"])
             for r in vs.iter_rows(named=True)]))
    rows = long.select("metric", "key").unique(maintain_order=True).iter_rows()
    body.append("<h2>What each row means</h2><ul>" + "".join(
        f"<li><b>{_esc(label(m, k, side_labels))}</b>: {_esc(definition(m, k, side_labels) or m)}</li>" for m, k in rows)
        + "</ul>")
    return _page(title, "".join(body), meta)


def article_html(text: str, attributions: pl.DataFrame, terms: pl.DataFrame, side_colors: dict[str, str] | None = None,
                 title: str | None = None, meta: dict | None = None) -> str:
    """One article's audit as one static page: figures, sources, loaded terms and the highlighted text."""
    voiced = attributions.filter(VOICED) if attributions.height else attributions
    n = voiced.height
    anon = int(voiced["anonymous"].sum()) if n else 0
    figures = pl.DataFrame({"figure": ["Attributions", "Distinct sources", "Anonymous sources"],
                            "value": [str(n), str(voiced["speaker_id"].n_unique() if n else 0),
                                      f"{100 * anon / n:.0f}%" if n else "–"]})
    body = ["<h2>At a glance</h2>", _table(figures, {"figure": "", "value": ""})]
    if n:
        sources = voiced.group_by("speaker_id").agg(
            pl.col("speaker").first(), pl.col("source_type").first().alias("type"),
            pl.col("anonymous").any().alias("anonymous"), pl.col("side").drop_nulls().first().alias("side"),
            pl.len().alias("attributions")).sort("attributions", descending=True).drop("speaker_id")
        body += ["<h2>Who is quoted</h2>", _table(sources)]
    if terms.height:
        tt = terms.group_by("variant", "aligns", "voice").agg(pl.len().alias("uses")).sort("uses", descending=True)
        body += ["<h2>Loaded terms</h2>", _table(tt)]
    body += ["<h2>The article</h2>", legend_html(side_colors or {}),
             highlight_html(text, attributions, terms, side_colors or {})]
    return _page(title or "Article audit", "".join(body), meta)

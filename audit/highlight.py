"""Article text → HTML with highlighted spans (content by kind, source, cue, loaded terms).

Article text is untrusted: every piece of text and every attribute goes through ``html.escape``; the
only markup is the ``<span>`` and ``<mark>`` tags built here. Used by the report; no Streamlit here.
"""
from __future__ import annotations

import html

import polars as pl

from .analysis import TRAIL_SEP

CSS = """
<style>
.na-text{line-height:1.9;font-size:1.02rem;white-space:pre-wrap;font-family:Georgia,serif}
.na-content-direct{background:#fde68a}
.na-content-mixed{background:#fed7aa}
.na-content-indirect{background:#e0e7ff}
.na-source{border-bottom:3px solid #2563eb;font-weight:600}
.na-cue{border-bottom:3px dotted #059669;font-style:italic}
.na-term{outline:2px solid var(--na-color,#6b7280);border-radius:3px}
.na-term-narrator{outline-style:solid}
.na-term-quoted{outline-style:dashed}
.na-term-paraphrase{outline-style:dotted}
.na-legend span{margin-right:.8rem;padding:1px 4px;font-size:.85rem}
</style>
"""
NEUTRAL_COLORS = {"neutral": "#6b7280", "legacy": "#a16207", "house_style": "#9ca3af", "none": "#7c3aed"}
NEUTRAL_NAMES = {"neutral": "neutral term", "legacy": "legacy spelling", "house_style": "house style",
                 "none": "framing word (no side)"}


def legend_html(side_colors: dict[str, str], side_labels: dict[str, str] | None = None) -> str:
    """The key to the highlights; a side shown by its display name ("United Kingdom", not "united_kingdom")."""
    side_labels = side_labels or {}
    items = ['<span class="na-content-direct">direct quote</span>', '<span class="na-content-mixed">mixed quote</span>',
             '<span class="na-content-indirect">indirect (paraphrase)</span>', '<span class="na-source">source</span>',
             '<span class="na-cue">cue</span>',
             '<span class="na-term na-term-narrator">term, narrator voice</span>',
             '<span class="na-term na-term-quoted">term, quoted</span>',
             '<span class="na-term na-term-paraphrase">term, paraphrase</span>']
    for side, color in side_colors.items():
        name = side_labels.get(side, side.replace("_", " "))
        items.append(f'<span class="na-term" style="--na-color:{html.escape(color)}">term of {html.escape(name)}</span>')
    for kind, color in NEUTRAL_COLORS.items():
        items.append(f'<span class="na-term" style="--na-color:{html.escape(color)}">{NEUTRAL_NAMES[kind]}</span>')
    return '<div class="na-legend">' + "".join(items) + "</div>"


def _how(trail: str | None) -> str:
    """The trail of an attribution (how the engine made it, ``newsaudit explain``) as tooltip lines."""
    if not trail:
        return ""
    return "\nhow it was read:\n" + "\n".join(f"  {k}. {step}" for k, step in enumerate(trail.split(TRAIL_SEP), 1))


def highlight_html(text: str, attributions: pl.DataFrame, terms: pl.DataFrame,
                   side_colors: dict[str, str] | None = None, focus_speaker: str | None = None,  # a speaker_id
                   focus_term: str | None = None) -> str:
    """The whole article as one escaped HTML block; each highlighted segment has a tooltip with details."""
    side_colors = side_colors or {}
    spans: list[tuple[int, int, str, str, dict]] = []  # start, end, css class, tooltip, style vars
    atts = attributions
    if focus_speaker is not None and atts.height:
        # (a speaker id: a pseudonym, its description and its pronouns are one speaker)
        atts = atts.filter(pl.col("speaker_id" if "speaker_id" in atts.columns else "speaker") == focus_speaker)
    if focus_term is not None:
        terms = terms.filter(pl.col("term_id") == focus_term) if terms.height else terms
        atts = atts.head(0)
    for a in atts.iter_rows(named=True):
        info = (f"speaker: {a['speaker'] or '—'} | type: {a['source_type']} | anonymous: {'yes' if a['anonymous'] else 'no'}"
                f" | side: {a['side'] or '—'} | cue: {a['cue_lemma']} ({a['cue_class']}) | {a['kind']}"
                + (f" | reported by {a['via']}, not counted as a voice" if a.get("nested") and a.get("via") else
                   " | inside the same speaker's statement" if a.get("nested") else
                   f" | via {a['via']}" if a.get("via") else "")
                + _how(a.get("trail")))
        for part in a["content_parts"] or []:
            spans.append((part["start"], part["end"], f"na-content-{a['kind']}", info, {}))
        if a["source_start"] is not None:
            spans.append((a["source_start"], a["source_end"], "na-source", "source — " + info, {}))
        if a["cue_start"] is not None:
            spans.append((a["cue_start"], a["cue_end"], "na-cue", "cue — " + info, {}))
    for t in terms.iter_rows(named=True) if terms.height else []:
        color = side_colors.get(t["aligns"], NEUTRAL_COLORS.get(t["aligns"], "#6b7280"))
        tip = (f"term {t['term_id']} ({t['category']}): {t['variant']} aligns with {t['aligns']}; voice: {t['voice']}"
               + (f"; neutral: {t['neutral']}" if t["neutral"] else ""))
        spans.append((t["start"], t["end"], f"na-term na-term-{t['voice']}", tip, {"--na-color": color}))
    bounds = sorted({0, len(text), *[s[0] for s in spans], *[s[1] for s in spans]})
    out = [CSS, '<div class="na-text">']
    for a, b in zip(bounds, bounds[1:]):
        if a >= b:
            continue
        seg = html.escape(text[a:b])
        active = [s for s in spans if s[0] <= a and b <= s[1]]
        if not active:
            out.append(seg)
            continue
        # nest one element per active span so each keeps its own style and tooltip
        for s in sorted(active, key=lambda s: -(s[1] - s[0])):
            style = "".join(f"{k}:{html.escape(v)};" for k, v in s[4].items())
            out.append(f'<span class="{html.escape(s[2])}" title="{html.escape(s[3])}"'
                       + (f' style="{style}"' if style else "") + ">")
        out.append(seg)
        out.append("</span>" * len(active))
    out.append("</div>")
    return "".join(out)

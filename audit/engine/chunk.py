"""One chunk of articles → its frames: the unit of work of every engine (in memory, local workers, Ray).

``audit_chunk(rows, lex, parser)`` parses the chunk's articles (one Stanza batch, the parse cache first),
analyses each, and computes the per-article metrics and per-side voices. Everything it returns depends only
on the chunk's rows, the lexicons and the models, so a chunk can run anywhere and be redone after a crash
with the same result. A failure costs the article, never the chunk: an article that cannot be parsed or
analysed becomes a row of ``articles`` with its ``error``.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import polars as pl

from .. import analysis
from ..analysis import ATTR_SCHEMA, BASE_SCHEMA, SCARE_SCHEMA, TERM_SCHEMA
from ..language import language_note
from ..lexicon import Lexicons
from ..metrics import article_metrics, term_aligns, voices_frame
from ..parse import ParsedDoc

log = logging.getLogger("newsaudit")
PART_FRAMES = ("articles", "attributions", "terms", "voices", "scare_quotes")
# the input columns an article row keeps (its text aside), in order, before its counts and metrics
ARTICLE_INPUTS = ("article_id", "outlet", "title", "date", "url", "error", "origin", "parse_notes")


@dataclass
class ChunkOutput:
    index: int
    frames: dict[str, pl.DataFrame]
    docs: dict[str, ParsedDoc] = field(default_factory=dict, repr=False)
    stats: dict = field(default_factory=dict)  # articles, failed, words, parsed, cache_hits, seconds, failures


def _parse_rows(rows: list[dict], parser, parsed: dict[str, ParsedDoc] | None,
                errors: dict[str, str]) -> dict[str, ParsedDoc]:
    """Parses of the chunk's readable articles: given ones first, then the cache, then Stanza in one batch; if
    the batch fails, article by article, so that only the article that breaks the parser is lost."""
    docs = {r["article_id"]: parsed[r["article_id"]] for r in rows if parsed and r["article_id"] in parsed}
    todo = [r for r in rows if r["error"] is None and r["article_id"] not in docs]
    if not todo:
        return docs
    try:
        docs.update(zip([r["article_id"] for r in todo], parser.parse([r["text"] for r in todo])))
    except Exception:
        log.exception("a parse batch failed; parsing its articles one by one")
        for r in todo:
            try:
                docs[r["article_id"]] = parser.parse([r["text"]])[0]
            except Exception as exc:  # this article breaks the parser: it alone is lost
                errors[r["article_id"]] = f"parse failed: {type(exc).__name__}: {exc}"
    return docs


def audit_chunk(index: int, rows: list[dict], lex: Lexicons, parser, parsed: dict[str, ParsedDoc] | None = None,
                keep_docs: bool = False) -> ChunkOutput:
    """Audit one chunk of article rows (from :func:`audit.ingest.iter_articles`)."""
    t0 = time.perf_counter()
    before = dict(parser.stats) if parser is not None else {}
    errors: dict[str, str] = {}
    docs = _parse_rows(rows, parser, parsed, errors)
    att_rows, term_rows, scare_rows, base_rows = [], [], [], []
    for r in rows:
        aid = r["article_id"]
        if r["error"] is not None or aid in errors:
            continue
        try:
            res = analysis.analyze(aid, r["outlet"], docs[aid], lex)
        except Exception as exc:  # one article's failure must not lose the batch
            log.exception("article %s failed", aid)
            errors[aid] = f"analysis failed: {type(exc).__name__}: {exc}"
            continue
        att_rows += res.attributions
        term_rows += res.terms
        scare_rows += res.scare_quotes
        base_rows.append({"article_id": aid, **res.base})
    attributions = pl.DataFrame(att_rows, schema=ATTR_SCHEMA)
    terms = pl.DataFrame(term_rows, schema=TERM_SCHEMA)
    described = [{**r, "error": errors.get(r["article_id"], r["error"]),
                  "parse_notes": _notes(docs.get(r["article_id"]), r["text"] if r["error"] is None else "")}
                 for r in rows]
    base = pl.DataFrame(described, schema={c: pl.Utf8 for c in ARTICLE_INPUTS}).join(
        pl.DataFrame(base_rows, schema=BASE_SCHEMA), on="article_id", how="left")
    sides = [s.id for s in lex.sides]
    frames = {"articles": article_metrics(base, attributions, terms, sides, term_aligns(lex)),
              "attributions": attributions, "terms": terms, "voices": voices_frame(attributions),
              "scare_quotes": pl.DataFrame(scare_rows, schema=SCARE_SCHEMA)}
    after = parser.stats if parser is not None else {}
    failures = [(r["article_id"], r["error"]) for r in described if r["error"] is not None]
    stats = {"articles": len(rows), "failed": len(failures), "failures": failures,
             "words": sum(b["words"] for b in base_rows),
             "parsed": after.get("parsed", 0) - before.get("parsed", 0),
             "cache_hits": after.get("cache_hits", 0) - before.get("cache_hits", 0),
             "seconds": time.perf_counter() - t0}
    return ChunkOutput(index, frames, docs if keep_docs else {}, stats)


def _notes(doc: ParsedDoc | None, text: str) -> str | None:
    """The article row's notes: what the parse did to the text, and whether the text looks English at all."""
    notes = [n for n in [language_note(text or ""), *(doc.notes if doc is not None else [])] if n]
    return "; ".join(notes) or None

"""Ingest stage: whatever the user has → one Polars frame of articles.

Accepted: .txt files, folders of .txt/.html files, .html files (main text and metadata through
trafilatura), CSV / JSONL / JSON / Parquet tables with a ``text`` column (optional ``id``, ``outlet``,
``title``, ``date``, ``url``), zip files of .txt, Python lists of strings, dicts {id: text} and
Polars/pandas frames. Output columns: article_id, outlet, title, date, url, text, error, origin.
A file that cannot be read becomes a row with ``error`` set; it never stops the batch.
"""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any, Iterable

import polars as pl

from .errors import ArticleError, InputError
from .parse import DEFAULT_MAX_CHARS, check_text

META = ("outlet", "title", "date", "url")
COLUMNS = ("article_id", "outlet", "title", "date", "url", "text", "error", "origin")
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".json", ".parquet", ".pq"}
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def _row(article_id: str, text: Any = "", origin: str = "", error: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
         **meta) -> dict:
    if error is None:
        try:
            text = check_text(article_id, text, max_chars)
            if not text.strip():
                error = "text is empty (or only whitespace)"
        except ArticleError as exc:
            error, text = exc.problem, ""
    r = {"article_id": str(article_id), "text": text if isinstance(text, str) else "", "error": error, "origin": origin}
    for k in META:
        v = meta.get(k)
        r[k] = None if v is None else str(v)
    return r


def _html_row(article_id: str, raw: bytes, origin: str, max_chars: int) -> dict:
    import trafilatura

    try:
        html = raw.decode("utf-8", errors="replace")
        data = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return _row(article_id, origin=origin, error=f"could not extract text from HTML ({exc})")
    if not data:
        return _row(article_id, origin=origin, error="no article text found in the HTML")
    d = json.loads(data)
    return _row(article_id, d.get("text") or "", origin, None, max_chars, outlet=d.get("sitename"),
                title=d.get("title"), date=d.get("date"), url=d.get("url") or d.get("source"))


def read_table(path: Path, max_chars: int = DEFAULT_MAX_CHARS) -> list[dict]:
    return frame_rows(load_table(path), str(path), max_chars)


def load_table(path: Path) -> pl.DataFrame:
    """A CSV / JSONL / JSON / Parquet file as it is (all CSV columns as text)."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            df = pl.read_csv(path, infer_schema_length=0)
        elif suffix in (".jsonl", ".ndjson"):
            df = pl.read_ndjson(path, infer_schema_length=None)
        elif suffix == ".json":
            df = pl.read_json(path)
        else:
            df = pl.read_parquet(path)
    except Exception as exc:
        raise InputError(f"{path}: cannot be read as {suffix[1:].upper()} ({exc})") from None
    return df


def frame_rows(df, origin: str = "frame", max_chars: int = DEFAULT_MAX_CHARS, text_col: str = "text",
               id_col: str | None = None) -> list[dict]:
    if not isinstance(df, pl.DataFrame):
        df = pl.from_pandas(df)
    if text_col not in df.columns:
        raise InputError(f"{origin}: no {text_col!r} column (columns: {', '.join(df.columns) or 'none'}); "
                         "the table needs the article text in a column named 'text'")
    if df.height == 0:
        raise InputError(f"{origin}: the table has no rows")
    id_col = id_col or ("id" if "id" in df.columns else ("article_id" if "article_id" in df.columns else None))
    rows = []
    for k, rec in enumerate(df.iter_rows(named=True)):
        aid = rec.get(id_col) if id_col else None
        aid = str(aid) if aid is not None and str(aid) != "" else str(k)
        rows.append(_row(aid, rec.get(text_col), origin, None, max_chars, **{m: rec.get(m) for m in META}))
    return rows


def _file_rows(path: Path, max_chars: int) -> list[dict]:
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return read_table(path, max_chars)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [_row(path.stem, origin=str(path), error=f"cannot be read ({exc.strerror})")]
    if suffix in HTML_SUFFIXES:
        return [_html_row(path.stem, raw, str(path), max_chars)]
    if suffix == ".zip":
        return _zip_rows(raw, str(path), max_chars)
    return [_row(path.stem, raw, str(path), None, max_chars)]


def _zip_rows(raw: bytes, origin: str, max_chars: int) -> list[dict]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        raise InputError(f"{origin}: not a valid zip file") from None
    rows = []
    for name in sorted(zf.namelist()):
        p = Path(name)
        if name.endswith("/") or p.name.startswith("."):
            continue
        if p.suffix.lower() in TEXT_SUFFIXES:
            rows.append(_row(p.stem, zf.read(name), f"{origin}:{name}", None, max_chars))
        elif p.suffix.lower() in HTML_SUFFIXES:
            rows.append(_html_row(p.stem, zf.read(name), f"{origin}:{name}", max_chars))
    if not rows:
        raise InputError(f"{origin}: the zip holds no .txt or .html files")
    return rows


def ingest(inputs, max_chars: int = DEFAULT_MAX_CHARS, outlet: str | None = None) -> pl.DataFrame:
    """Read inputs into the articles frame (see module doc). Raises :class:`InputError` for unusable inputs."""
    rows: list[dict] = []
    if isinstance(inputs, pl.DataFrame) or type(inputs).__name__ == "DataFrame":
        rows = frame_rows(inputs, "frame", max_chars)
    elif isinstance(inputs, dict):
        rows = [_row(str(k), v, "dict", None, max_chars) for k, v in inputs.items()]
    elif isinstance(inputs, (str, Path)) and (isinstance(inputs, Path) or "\n" not in inputs) and Path(inputs).exists():
        rows = _path_rows(Path(inputs), max_chars)
    elif isinstance(inputs, (str, bytes)):
        rows = [_row("0", inputs, "text", None, max_chars)]
    elif isinstance(inputs, Iterable):
        items = list(inputs)
        for k, item in enumerate(items):
            if isinstance(item, Path) or (isinstance(item, str) and "\n" not in item and len(item) < 4096
                                          and Path(item).exists()):
                rows.extend(_path_rows(Path(item), max_chars))
            elif isinstance(item, (str, bytes)) or item is None:
                rows.append(_row(str(k), item, "list", None, max_chars))
            else:
                raise InputError(f"item {k} of the input list is a {type(item).__name__}; give texts or file paths")
    else:
        raise InputError(f"cannot audit a {type(inputs).__name__}: give file paths, texts or a frame with 'text'")
    if not rows:
        raise InputError("no articles found in the input")
    if outlet is not None:
        for r in rows:
            r["outlet"] = r["outlet"] or outlet
    seen: dict[str, int] = {}
    for r in rows:  # article ids must be unique
        n = seen.get(r["article_id"], 0)
        seen[r["article_id"]] = n + 1
        if n:
            r["article_id"] = f"{r['article_id']}~{n + 1}"
    return articles_frame(rows)


def articles_frame(rows: list[dict]) -> pl.DataFrame:
    """Rows from the readers above → the articles input frame, columns in their documented order."""
    return pl.DataFrame(rows, schema={c: pl.Utf8 for c in COLUMNS}).select(COLUMNS)


def _path_rows(path: Path, max_chars: int) -> list[dict]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in
                       TEXT_SUFFIXES | HTML_SUFFIXES and not p.name.startswith("."))
        if not files:
            raise InputError(f"{path}: the folder holds no .txt or .html files")
        out = []
        for f in files:
            out.extend(_file_rows(f, max_chars))
        return out
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    return _file_rows(path, max_chars)


def _parse_header_file(path: Path) -> dict:
    raw = path.read_text(encoding="utf-8")
    head, _, body = raw.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip().lower()] = v.strip()
    return {"article_id": path.stem, "text": body.strip() + "\n", **{k: meta.get(k) for k in META}}


def load_samples(include_seed: bool = True) -> pl.DataFrame:
    """The bundled illustrative corpus (fictional outlets; see audit/samples/README.md) as an input frame,
    plus the seed article from fixtures/ when running from a source checkout."""
    from importlib import resources

    folder = Path(str(resources.files("audit") / "samples"))
    rows = [_parse_header_file(p) for p in sorted(folder.glob("*.txt"))]
    seed = Path(__file__).resolve().parent.parent / "fixtures" / "seed_article.txt"
    if include_seed and seed.exists():
        rows.insert(0, {"article_id": "seed_rt_nato", "text": seed.read_text(encoding="utf-8"), "outlet": "RT (seed article)",
                     "title": seed.read_text(encoding="utf-8").splitlines()[0][:120], "date": "2024-12-03", "url": None})
    return pl.DataFrame(rows, schema={"article_id": pl.Utf8, "text": pl.Utf8, **{k: pl.Utf8 for k in META}})

"""Ingest stage: whatever the user has → article rows, streamed (:func:`iter_articles`) or as one Polars frame
(:func:`ingest`).

Accepted: .txt files, folders of .txt/.html files, .html files (main text and metadata through
trafilatura), CSV / JSONL / JSON / Parquet tables with a ``text`` column (optional ``id``, ``outlet``,
``title``, ``date``, ``url``), zip files of .txt, Python lists of strings, dicts {id: text} and
Polars/pandas frames. Output columns: article_id, outlet, title, date, url, text, error, origin.
A file, table, zip or folder that cannot be read becomes a row with ``error`` set (a broken JSONL line, a row
of its own); it never stops the batch. A zip's members are read no further than an article can be long, and
the whole zip no further than ``MAX_ZIP_BYTES``. Files are read one by
one, zip members one by one and tables in batches, so a corpus of any size streams through in flat memory.
"""
from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any, Iterable, Iterator

import polars as pl

from .errors import ArticleError, InputError
from .textcheck import DEFAULT_MAX_CHARS, check_text

META = ("outlet", "title", "date", "url")
COLUMNS = ("article_id", "outlet", "title", "date", "url", "text", "error", "origin")
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".json", ".parquet", ".pq"}
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_BATCH = 2_000  # rows of a table read at a time
# the most a zip may expand to, counted while its members are read (a small zip can hold gigabytes)
MAX_ZIP_BYTES = 1_000_000_000
_SURROGATE = re.compile("[\ud800-\udfff]")


def _row(article_id: str, text: Any = "", origin: str = "", error: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
         **meta) -> dict:
    if error is None:
        try:
            text = check_text(article_id, text, max_chars)
            if not text.strip():
                error = "text is empty (or only whitespace)"
        except ArticleError as exc:
            error, text = exc.problem, ""
    r = {"article_id": valid_unicode(str(article_id)), "text": text if isinstance(text, str) else "", "error": error,
         "origin": valid_unicode(origin)}
    for k in META:
        v = meta.get(k)
        r[k] = None if v is None else valid_unicode(str(v))
    return r


def valid_unicode(s: str) -> str:
    """``s`` with any lone surrogate replaced by U+FFFD: ids and metadata must be writable as UTF-8 (an article's
    text with one is an error row instead, see :func:`audit.textcheck.check_text`)."""
    return _SURROGATE.sub("\ufffd", s)


def _first_line(exc: Exception) -> str:
    """The first line of a reader's message (Polars appends paragraphs of hints)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _failed(path: Path | str, problem: str, article_id: str | None = None) -> dict:
    """The error row of an input that could not be read (a table, zip or folder): it never stops the batch."""
    return _row(article_id or Path(path).stem or str(path), origin=str(path), error=problem)


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


def load_table(path: Path) -> pl.DataFrame:
    """A CSV / JSONL / JSON / Parquet file as it is (all CSV columns as text), read whole (the report's column
    picker); the audit itself reads tables in batches (:func:`iter_articles`)."""
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
        raise InputError(f"{path}: cannot be read as {suffix[1:].upper()} ({_first_line(exc)})") from None
    return df


def _table_batches(path: Path) -> Iterator[pl.DataFrame]:
    """A CSV, Parquet or JSON table in batches of at most TABLE_BATCH rows, so that memory stays flat whatever its
    size: Parquet row groups through pyarrow, CSV through Polars' lazy reader; a .json array is read whole (JSONL
    is read line by line, :func:`_jsonl_rows`)."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".parquet", ".pq"):
            import pyarrow.parquet as pq

            for batch in pq.ParquetFile(path).iter_batches(batch_size=TABLE_BATCH):
                yield pl.from_arrow(batch)
            return
        if suffix == ".csv":
            yield from pl.scan_csv(path, infer_schema_length=0).collect_batches(chunk_size=TABLE_BATCH)
        else:
            yield pl.read_json(path)
    except InputError:
        raise
    except Exception as exc:
        raise InputError(f"{path}: cannot be read as {suffix[1:].upper()} ({_first_line(exc)})") from None


def _table_rows(path: Path, max_chars: int) -> Iterator[dict]:
    """A table's article rows; a table that cannot be read (or stops being readable) ends in one error row, after
    the rows read before the problem, and a broken JSONL line costs that line only."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _jsonl_rows(path, max_chars)
        return
    empty = True
    try:
        for k0, batch in _numbered(_table_batches(path)):
            empty = False
            yield from frame_rows(batch, str(path), max_chars, first_row=k0)
    except InputError as exc:
        yield _failed(path, str(exc))
        return
    if empty:
        yield _failed(path, f"{path}: the table has no rows")


def _jsonl_rows(path: Path, max_chars: int) -> Iterator[dict]:
    """JSON Lines read line by line: each line an article row, or an error row naming the line."""
    origin, batch, k, lines = str(path), [], 0, 0
    try:
        with path.open("rb") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                lines += 1
                rec, problem = _json_record(line)
                if problem is None and "text" not in rec:
                    problem = f"no 'text' field (fields: {', '.join(rec) or 'none'})"
                if problem is not None:
                    yield _row(f"{path.stem}:{n}", origin=f"{origin}:{n}", error=f"line {n}: {problem}")
                else:
                    batch.append(rec)
                if len(batch) >= TABLE_BATCH:
                    yield from _record_rows(batch, origin, max_chars, k)
                    k, batch = k + len(batch), []
    except OSError as exc:
        yield from _record_rows(batch, origin, max_chars, k)
        yield _failed(path, f"{path}: cannot be read ({exc.strerror})")
        return
    yield from _record_rows(batch, origin, max_chars, k)
    if lines == 0:
        yield _failed(path, f"{path}: the file has no lines")


def _json_record(line: bytes) -> tuple[dict, str | None]:
    try:
        rec = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return {}, f"not valid JSON ({exc})"
    if not isinstance(rec, dict):
        return {}, f"a JSON {type(rec).__name__}, not an object with a 'text' field"
    return rec, None


def _record_rows(records: list[dict], origin: str, max_chars: int, first_row: int) -> list[dict]:
    """Article rows of table records (dicts) whose first is row ``first_row`` of its table."""
    keys = {key for rec in records for key in rec}
    id_col = "id" if "id" in keys else ("article_id" if "article_id" in keys else None)
    rows = []
    for k, rec in enumerate(records, start=first_row):
        aid = rec.get(id_col) if id_col else None
        aid = str(aid) if aid is not None and str(aid) != "" else str(k)
        rows.append(_row(aid, rec.get("text"), origin, None, max_chars, **{m: rec.get(m) for m in META}))
    return rows


def _numbered(batches: Iterable[pl.DataFrame]) -> Iterator[tuple[int, pl.DataFrame]]:
    """(number of the batch's first row in the table, batch), skipping empty batches."""
    k = 0
    for b in batches:
        if b.height:
            yield k, b
            k += b.height


def _check_table(df: pl.DataFrame, origin: str, text_col: str = "text") -> None:
    if text_col not in df.columns:
        raise InputError(f"{origin}: no {text_col!r} column (columns: {', '.join(df.columns) or 'none'}); "
                         "the table needs the article text in a column named 'text'")
    if df.height == 0:
        raise InputError(f"{origin}: the table has no rows")


def frame_rows(df, origin: str = "frame", max_chars: int = DEFAULT_MAX_CHARS, text_col: str = "text",
               id_col: str | None = None, first_row: int = 0) -> list[dict]:
    """Article rows of a table (or of one batch of it whose first row is row ``first_row``: rows without an id
    are numbered in the whole table)."""
    if not isinstance(df, pl.DataFrame):
        df = pl.from_pandas(df)
    _check_table(df, origin, text_col)
    if text_col != "text":
        df = df.drop("text", strict=False).rename({text_col: "text"})
    if id_col is not None:
        df = df.drop("id", strict=False).rename({id_col: "id"}) if id_col != "id" else df
    return _record_rows(list(df.iter_rows(named=True)), origin, max_chars, first_row)


def _file_rows(path: Path, max_chars: int, max_zip_bytes: int) -> Iterator[dict]:
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        yield from _table_rows(path, max_chars)
        return
    if suffix == ".zip":
        yield from _zip_rows(path, max_chars, max_zip_bytes)
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield _row(path.stem, origin=str(path), error=f"cannot be read ({exc.strerror})")
        return
    if suffix in HTML_SUFFIXES:
        yield _html_row(path.stem, raw, str(path), max_chars)
    else:
        yield _row(path.stem, raw, str(path), None, max_chars)


def _zip_rows(path: Path, max_chars: int, max_bytes: int) -> Iterator[dict]:
    """The .txt and .html members of a zip, read one at a time, each read no further than an article can be long,
    and all of them no further than ``max_bytes``: what a member expands to is counted while it is read."""
    origin = str(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield _failed(path, f"{origin}: not a valid zip file ({_first_line(exc)})")
        return
    found, total = False, 0
    member_cap = 4 * max_chars + 4  # no article of max_chars characters is longer in UTF-8
    with zf:
        for name in sorted(zf.namelist()):
            p = Path(name)
            if name.endswith("/") or p.name.startswith(".") or p.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES:
                continue
            found = True
            where = f"{origin}:{name}"
            raw, problem = _read_member(zf, name, min(member_cap, max_bytes - total + 1))
            total += len(raw)
            if total > max_bytes:
                yield _row(p.stem, origin=where, error=f"the zip expands to more than {_size(max_bytes)}; "
                                                         "the members after this one were not read (unpack it and "
                                                         "audit the folder)")
                return
            if problem is None and len(raw) >= member_cap:
                problem = (f"expands to more than {_size(member_cap)}, over the limit of {max_chars:,} "
                           "characters (max_chars=, --max-chars)")
            if problem is not None:
                yield _row(p.stem, origin=where, error=problem)
            elif p.suffix.lower() in TEXT_SUFFIXES:
                yield _row(p.stem, raw, where, None, max_chars)
            else:
                yield _html_row(p.stem, raw, where, max_chars)
    if not found:
        yield _failed(path, f"{origin}: the zip holds no .txt or .html files")


def _size(n: int) -> str:
    return f"{n / 1e3:,.0f} kB" if n < 1e6 else f"{n / 1e6:,.1f} MB"


def _read_member(zf: zipfile.ZipFile, name: str, limit: int) -> tuple[bytes, str | None]:
    """At most ``limit`` bytes of a zip member, or a problem (encrypted, corrupt, unsupported compression)."""
    try:
        with zf.open(name) as fh:
            return fh.read(limit), None
    except RuntimeError as exc:  # encrypted
        return b"", f"cannot be read from the zip ({exc})"
    except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, ValueError) as exc:
        return b"", f"cannot be read from the zip: corrupt or unsupported ({exc})"


def is_path(item) -> bool:
    """Whether an input item names an existing file or folder (a string with a newline, or a long one, is text)."""
    if isinstance(item, Path):
        return item.exists()
    return isinstance(item, str) and "\n" not in item and len(item) < 4096 and Path(item).exists()


def _raw_rows(inputs, max_chars: int, max_zip_bytes: int) -> Iterator[dict]:
    """Article rows in input order, before ids are made unique and the outlet default is applied."""
    if isinstance(inputs, pl.DataFrame) and {"article_id", "text", "error"} <= set(inputs.columns):
        yield from (dict(r) for r in inputs.iter_rows(named=True))  # already ingested: rows as they are
    elif isinstance(inputs, pl.DataFrame) or type(inputs).__name__ == "DataFrame":
        df = inputs if isinstance(inputs, pl.DataFrame) else pl.from_pandas(inputs)
        _check_table(df, "frame")
        for k in range(0, df.height, TABLE_BATCH):
            yield from frame_rows(df.slice(k, TABLE_BATCH), "frame", max_chars, first_row=k)
    elif isinstance(inputs, dict):
        for k, v in inputs.items():
            yield _row(str(k), v, "dict", None, max_chars)
    elif is_path(inputs):
        yield from _path_rows(Path(inputs), max_chars, max_zip_bytes)
    elif isinstance(inputs, (str, bytes)):
        yield _row("0", inputs, "text", None, max_chars)
    elif isinstance(inputs, Iterable):
        for k, item in enumerate(inputs):
            if is_path(item):
                yield from _path_rows(Path(item), max_chars, max_zip_bytes)
            elif isinstance(item, (str, bytes)) or item is None:
                yield _row(str(k), item, "list", None, max_chars)
            else:
                raise InputError(f"item {k} of the input list is a {type(item).__name__}; give texts or file paths")
    else:
        raise InputError(f"cannot audit a {type(inputs).__name__}: give file paths, texts or a frame with 'text'")


def iter_articles(inputs, max_chars: int = DEFAULT_MAX_CHARS, outlet: str | None = None,
                  max_zip_bytes: int = MAX_ZIP_BYTES) -> Iterator[dict]:
    """The articles of ``inputs`` one row at a time (see the module doc), reading files one by one and tables
    in batches. Ids are made unique in input order ("a", "a~2"); ``outlet`` fills rows that carry none; a zip is
    read no further than ``max_zip_bytes`` of text. A file, table, zip or folder that cannot be read is an error
    row; :class:`InputError` is raised for inputs of the wrong kind, and when there is no article at all."""
    seen: dict[str, int] = {}
    for r in _raw_rows(inputs, max_chars, max_zip_bytes):
        if outlet is not None:
            r["outlet"] = r["outlet"] or outlet
        n = seen.get(r["article_id"], 0)
        seen[r["article_id"]] = n + 1
        if n:
            r["article_id"] = f"{r['article_id']}~{n + 1}"
        yield r
    if not seen:
        raise InputError("no articles found in the input")


def ingest(inputs, max_chars: int = DEFAULT_MAX_CHARS, outlet: str | None = None,
           max_zip_bytes: int = MAX_ZIP_BYTES) -> pl.DataFrame:
    """Read inputs into the articles frame (see :func:`iter_articles`)."""
    return articles_frame(list(iter_articles(inputs, max_chars, outlet, max_zip_bytes)))


def articles_frame(rows: list[dict]) -> pl.DataFrame:
    """Rows from the readers above → the articles input frame, columns in their documented order."""
    return pl.DataFrame(rows, schema={c: pl.Utf8 for c in COLUMNS}).select(COLUMNS)


def _folder_files(path: Path) -> list[Path]:
    """The articles of a folder: its .txt and .html files, hidden ones aside, in name order."""
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES
                  and not p.name.startswith("."))


def _path_rows(path: Path, max_chars: int, max_zip_bytes: int) -> Iterator[dict]:
    if path.is_dir():
        files = _folder_files(path)
        if not files:
            yield _failed(path, f"{path}: the folder holds no .txt or .html files", path.name or str(path))
        for f in files:
            yield from _file_rows(f, max_chars, max_zip_bytes)
        return
    if not path.exists():
        yield _failed(path, f"{path}: no such file or folder")
        return
    yield from _file_rows(path, max_chars, max_zip_bytes)


def count_articles(inputs) -> int | None:
    """How many articles ``inputs`` hold, counted cheaply for a progress bar (files, table rows from metadata or
    one pass over the lines); None where that would mean reading everything (zips, HTML, unknown inputs)."""
    try:
        if isinstance(inputs, pl.DataFrame):
            return inputs.height
        if isinstance(inputs, dict):
            return len(inputs)
        items = inputs if isinstance(inputs, (list, tuple)) else [inputs]
        total = 0
        for item in items:
            if not is_path(item):
                total += 1
                continue
            p = Path(item)
            total += sum(_count_file(f) for f in (_folder_files(p) if p.is_dir() else [p]))
        return total
    except Exception:
        return None


def _count_file(f: Path) -> int:
    suffix = f.suffix.lower()
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        return pq.read_metadata(f).num_rows
    if suffix == ".csv":
        return pl.scan_csv(f, infer_schema_length=0).select(pl.len()).collect().item()
    if suffix in (".jsonl", ".ndjson"):
        with f.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    if suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
        return 1
    raise ValueError("not counted cheaply")


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

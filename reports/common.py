"""Shared pieces of the report pages: the cached parser and audits, the active lexicons, size limits."""
from __future__ import annotations

import hashlib
import html
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

import polars as pl
import streamlit as st

import audit
from audit.errors import InputError, LexiconError
from audit.ingest import TABLE_SUFFIXES, ingest, load_samples, load_table
from audit.lexicon import load_lexicons
from audit.metrics import trend_metrics

MAX_UPLOAD_MB = 50
MAX_ARTICLE_CHARS = 200_000
MAX_ZIP_TEXT_MB = 200  # what an uploaded zip may expand to, counted while it is read
MAX_PACK_KB = 512
# characters with a meaning in Streamlit's Markdown (CommonMark, GFM autolinks and tables, KaTeX maths, emoji
# shortcodes, :material/icons: and :colour[directives]): shown as numeric entities, which Markdown prints as is
_MARKDOWN_CHARS = re.compile(r"[\\`*_{}\[\]()#+\-.!|~$:=^@]")
CHUNK = 8  # articles per step of a corpus run: the progress bar moves, a rerun resumes


def plain(text) -> str:
    """Any text that comes from an article, a file or a user, made safe for ``st.markdown``, ``st.error``,
    ``st.subheader`` and every other element that renders Markdown: no HTML, no Markdown (links, images,
    headings, maths, emoji or icon shortcodes), one line. The one escaping path for such text outside
    :func:`audit.highlight.highlight_html` (which ``st.html`` shows, with no Markdown at all)."""
    one_line = " ".join(str(text).split())
    return _MARKDOWN_CHARS.sub(lambda m: f"&#{ord(m.group())};", html.escape(one_line, quote=False))


def safe_name(name: str) -> str:
    """A plain file name made from any text (an upload's name, an article id): letters, digits and ``.-_``, no
    folder part, no leading dot."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name.replace("\\", "/")).name).lstrip(".")[:120] or "upload"


def upload_path(folder: Path, name: str) -> Path:
    """Where an uploaded file named ``name`` may be written: :func:`safe_name` inside ``folder``, whatever the
    browser sent as its name."""
    path = (folder / safe_name(name)).resolve()
    if path.parent != folder.resolve():  # cannot happen after the clean-up above; a second lock on the door
        raise InputError(f"{name!r} is not a usable file name")
    return path


@st.cache_resource(show_spinner="Loading the Stanza models (once per server)…")
def parser():
    from audit.parse import get_parser

    return get_parser()  # one pipeline per server; Parser serialises access with a lock


def active_packs() -> tuple[list[str], list[str]]:
    packs = st.session_state.setdefault("packs", ["russia_ukraine", "framing_general"])
    extra = st.session_state.setdefault("extra_packs", [])
    return packs, extra


def lexicons():
    packs, extra = active_packs()
    return load_lexicons(packs, extra)


def plain_columns(df: pl.DataFrame) -> pl.DataFrame:
    """The frame with its metric columns named in plain words from the glossary ("voice_share_ukraine" →
    "Voice share: Ukraine"); ids stay in the exports."""
    from audit.glossary import glossary, label

    sides = {s.id: s.label for s in lexicons().sides}
    names = {}
    for c in df.columns:
        if c in glossary()["columns"] or c in glossary()["metrics"]:
            names[c] = label(c)
        else:
            for metric in ("voice_word_share", "voice_share", "cue_loaded_share"):
                if c.startswith(metric + "_") and c.removeprefix(metric + "_") in sides:
                    names[c] = label(metric, c.removeprefix(metric + "_"), sides)
                    break
    return df.rename(names)


def side_colors() -> dict[str, str]:
    return {s.id: s.color for s in lexicons().sides}


def _key(frame: pl.DataFrame) -> str:
    h = hashlib.sha256()
    for col in ("article_id", "text", "outlet"):
        for v in frame[col].to_list():
            h.update((v or "").encode("utf-8", "replace"))
            h.update(b"\x00")
    packs, extra = active_packs()
    h.update(repr((packs, extra, lexicons().fingerprint)).encode())
    return h.hexdigest()


@st.cache_data(show_spinner=False, max_entries=64, hash_funcs={pl.DataFrame: lambda df: _key(df)})
def audit_frame(frame: pl.DataFrame, group_by: str = "outlet") -> dict:
    parser()
    packs, extra = active_packs()
    res = audit.audit(frame, packs=packs, extra_packs=extra, group_by=group_by)
    return {**res.frames(), "meta": res.meta}


def run_corpus(frame: pl.DataFrame, group_by: str, bar) -> dict:
    """Chunked corpus run: parses are kept in the session, so a rerun resumes where it stopped."""
    parser()
    packs, extra = active_packs()
    done: dict = st.session_state.setdefault("parsed_docs", {})
    ok = frame.filter(pl.col("error").is_null())
    ids = ok["article_id"].to_list()
    todo = [i for i in ids if i not in done]
    total = len(ids)
    for k in range(0, len(todo), CHUNK):
        chunk = ok.filter(pl.col("article_id").is_in(todo[k:k + CHUNK]))
        part = audit.audit(chunk, packs=packs, extra_packs=extra, group_by=group_by, n_boot=10)
        done.update(part.docs)
        bar.progress(min(1.0, (total - len(todo) + k + chunk.height) / max(total, 1)),
                     text=f"parsed {total - len(todo) + k + chunk.height} of {total} articles")
    res = audit.audit(frame, packs=packs, extra_packs=extra, group_by=group_by,
                      parsed={i: done[i] for i in ids if i in done})
    bar.progress(1.0, text=f"done: {total} articles")
    # monthly series per group, where the articles are dated (an empty frame where none is)
    trends = trend_metrics(res.articles, [s.id for s in lexicons().sides], by=group_by)
    return {**res.frames(), **({"trends": trends} if trends.height else {}), "meta": res.meta}


def corpus_result() -> dict:
    """The session's corpus run; without one, the bundled sample is audited (with a progress bar) and kept as it."""
    res = st.session_state.get("corpus")
    if res is None:
        st.caption("No corpus run yet in this session: showing the bundled illustrative sample (fictional outlets).")
        bar = st.progress(0.0, text="auditing the bundled sample…")
        st.session_state["corpus_frame"] = sample_frame()
        res = st.session_state["corpus"] = run_corpus(st.session_state["corpus_frame"], "outlet", bar)
        st.session_state["corpus_key"] = ("Bundled sample", st.session_state["corpus_frame"].height)
    return res


def sample_frame() -> pl.DataFrame:
    return ingest(load_samples())


@contextmanager
def _uploaded_file(upload):
    """The upload as a temporary file, after the size checks every upload gets."""
    if upload is None:
        raise InputError("no file uploaded")
    data = upload.getvalue()
    if len(data) == 0:
        raise InputError(f"{upload.name} is empty")
    if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
        raise InputError(f"{upload.name} is {len(data) / 1e6:.1f} MB; the report takes files up to {MAX_UPLOAD_MB} MB "
                         "(use the CLI for larger corpora)")
    with tempfile.TemporaryDirectory() as d:
        p = upload_path(Path(d), upload.name)
        p = p.with_suffix(p.suffix.lower())
        p.write_bytes(data)
        yield p


def read_upload(upload, max_chars: int = MAX_ARTICLE_CHARS) -> pl.DataFrame:
    """An uploaded file → input frame; raises InputError with a message for the user when the file as a whole
    cannot be read (a table without a text column, a broken zip); single bad articles stay error rows."""
    with _uploaded_file(upload) as p:
        frame = ingest(str(p), max_chars=max_chars, max_zip_bytes=MAX_ZIP_TEXT_MB * 1_000_000)
    whole_file = p.suffix in TABLE_SUFFIXES or p.suffix == ".zip"  # not one article: the file itself failed
    if whole_file and frame.height == 1 and frame["error"][0] and frame["origin"][0] == str(p):
        raise InputError(frame["error"][0].replace(str(p), upload.name))
    return frame


def save_pack(upload, folder: Path):
    """Validate an uploaded lexicon pack from its bytes, and only then keep it as ``folder/<id>-<hash>.toml``
    (never under the name the browser sent). Returns (pack, path); raises LexiconError or InputError."""
    from audit.lexicon import load_pack

    data = upload.getvalue()
    if len(data) > MAX_PACK_KB * 1024:
        raise InputError(f"{upload.name} is {len(data) / 1024:.0f} KB; a pack may be {MAX_PACK_KB} KB at most")
    label = upload_path(folder, upload.name).name
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise LexiconError(label, None, "is not UTF-8 text; save it as UTF-8") from None
    pack = load_pack(label, text=text)
    folder.mkdir(parents=True, exist_ok=True)
    path = upload_path(folder, f"{pack.id}-{hashlib.sha256(data).hexdigest()[:12]}.toml")
    path.write_bytes(data)
    return pack, path


def upload_table(upload) -> pl.DataFrame:
    """An uploaded CSV/JSONL/Parquet file as a raw table, so the user can pick its text and grouping columns."""
    with _uploaded_file(upload) as p:
        return load_table(p)


__all__ = ["corpus_result", "plain", "plain_columns", "safe_name", "upload_path", "save_pack", "parser", "lexicons", "side_colors", "audit_frame", "run_corpus", "sample_frame", "read_upload", "upload_table",
           "InputError", "LexiconError", "active_packs"]

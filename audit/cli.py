"""The ``newsaudit`` command: a thin layer over :func:`audit.api.audit` and friends."""
from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from .engine import DEFAULT_CHUNK
from .errors import NewsauditError
from .parse import DEFAULT_MAX_CHARS

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Audit news articles: who is quoted, who is unnamed, which side gets the voice, "
                       "which loaded words the outlet uses in its own voice.")
models_app = typer.Typer(no_args_is_help=True, help="Show or fetch the Stanza models newsaudit parses with.")
eval_app = typer.Typer(no_args_is_help=True, help="Measure extraction against a gold standard.")
app.add_typer(models_app, name="models")
app.add_typer(eval_app, name="eval")


def _fail(exc: Exception) -> None:
    typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
    raise typer.Exit(2)


class _Progress:
    """The CLI's progress line: articles done (of how many, when the inputs say), words/s, ETA."""

    def __init__(self, total: int | None, quiet: bool):
        from tqdm import tqdm

        self.bar = None if quiet else tqdm(total=total, unit="article", desc="auditing", file=sys.stderr,
                                           dynamic_ncols=True, smoothing=0.1)

    def __call__(self, summary: dict, tally) -> None:
        if self.bar is None:
            return
        self.bar.n = tally.articles
        if self.bar.total is not None and tally.articles > self.bar.total:
            self.bar.total = tally.articles
        self.bar.set_postfix_str(f"{tally.words_per_s:,.0f} words/s, {tally.failed} failed", refresh=False)
        self.bar.refresh()

    def close(self):
        if self.bar is not None:
            self.bar.close()


def _summary(res, seconds: float, out: Path) -> None:
    import polars as pl

    a = res.articles
    failed = a.filter(a["error"].is_not_null())
    engine = res.meta.get("engine", {})
    resumed = engine.get("resumed_articles") or 0
    words = int(a["words"].fill_null(0).sum())
    notes = a.filter(a["parse_notes"].is_not_null()) if "parse_notes" in a.columns else a.clear()
    foreign = notes.filter(pl.col("parse_notes").str.contains("does not look English")).height
    typer.echo(f"{a.height} articles ({failed.height} failed" + (f", {foreign} not in English" if foreign else "")
               + f"), {res.scan('attributions').select(pl.len()).collect().item()} "
               f"attributions, {res.scan('terms').select(pl.len()).collect().item()} term uses in {seconds:.1f}s"
               + (f" ({resumed} articles done by an earlier run)" if resumed else "")
               + (f", {words / seconds:,.0f} words/s" if seconds > 0 and not resumed else "") + f" → {out}/")
    if res.meta.get("models"):
        typer.echo(f"models: {res.meta['models']}")
    for r in notes.iter_rows(named=True):
        typer.secho(f"  note: {r['article_id']}: {r['parse_notes']}", fg=typer.colors.YELLOW)
    for r in failed.iter_rows(named=True):
        typer.secho(f"  failed: {r['article_id']}: {r['error']}", fg=typer.colors.YELLOW)


@app.command()
def audit(paths: Optional[List[Path]] = typer.Argument(None, help=".txt files, folders, .html, or CSV/JSONL/Parquet with a 'text' column"),
          sample: bool = typer.Option(False, "--sample", help="audit the bundled illustrative corpus (and the seed article)"),
          out: Path = typer.Option(Path("newsaudit-out"), "--out", "-o", help="folder for the Parquet frames"),
          pack: Optional[List[str]] = typer.Option(None, "--pack", help="bundled pack id (repeatable); default: russia_ukraine + framing_general"),
          lexicon: Optional[List[Path]] = typer.Option(None, "--lexicon", help="your own pack TOML (repeatable)"),
          models: Optional[str] = typer.Option(None, "--models", help="'compact', 'official' or a model folder"),
          by: str = typer.Option("outlet", "--by", help="grouping column for the outlets table"),
          outlet: Optional[str] = typer.Option(None, "--outlet", help="outlet name for inputs that carry none"),
          cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="parse cache (default ~/.cache/newsaudit)"),
          no_cache: bool = typer.Option(False, "--no-cache", help="parse everything again"),
          workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="parse worker processes, or Ray actors (default: one per core)"),
          threads: Optional[int] = typer.Option(None, "--threads", min=1, help="torch threads per worker (default: cores / workers)"),
          chunk_size: int = typer.Option(DEFAULT_CHUNK, "--chunk-size", min=1, help="articles per chunk (the unit of resume)"),
          max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1, help="longest article parsed, in characters"),
          fresh: bool = typer.Option(False, "--fresh", help="replace what --out holds instead of resuming it"),
          engine: str = typer.Option("local", "--engine", help="'local' (worker processes) or 'ray' (Ray actors; pip install 'newsaudit[ray]')"),
          ray_address: Optional[str] = typer.Option(None, "--ray-address", envvar="RAY_ADDRESS", help="Ray cluster to use with --engine ray (default: a local Ray on 127.0.0.1)"),
          quiet: bool = typer.Option(False, "--quiet", "-q")):
    """Audit articles and write articles/attributions/terms/voices/outlets Parquet files to --out. Articles
    stream through in chunks; rerunning the same command after an interruption resumes it."""
    from .api import audit as run_audit
    from .errors import InputError
    from .ingest import count_articles, load_samples

    if not paths and not sample:
        _fail(InputError("give files or folders to audit, or --sample for the bundled corpus"))
    for p in paths or []:
        if not p.exists():
            _fail(InputError(f"{p}: no such file or folder"))
    logging.basicConfig(level=logging.WARNING if quiet else logging.INFO, format="%(message)s")
    t0 = time.perf_counter()
    inputs = load_samples() if sample else [str(p) for p in paths]
    bar = _Progress(count_articles(inputs), quiet)
    try:
        res = run_audit(inputs, packs=pack or None, extra_packs=lexicon or (), models=models, cache_dir=cache_dir,
                        use_cache=not no_cache, group_by=by, outlet=outlet, out=out, workers=workers,
                        threads=threads, chunk_size=chunk_size, max_chars=max_chars, fresh=fresh, engine=engine,
                        ray_address=ray_address, on_chunk=bar)
    except NewsauditError as exc:
        bar.close()
        _fail(exc)
    bar.close()
    _summary(res, time.perf_counter() - t0, out)
    if not quiet:
        import polars as pl

        head = res.scan("attributions").select("article_id", "kind", "speaker", "source_type", "anonymous", "side",
                                               "cue_text").head(20).collect()
        if head.height:
            with pl.Config(tbl_rows=20, fmt_str_lengths=40, tbl_width_chars=160):
                typer.echo(head)
    if res.articles.height and res.articles["error"].is_not_null().all():
        typer.secho("error: every article failed", fg=typer.colors.RED, err=True)
        raise typer.Exit(1)


@app.command()
def stories(out_dir: Path = typer.Argument(..., help="a folder written by `newsaudit audit`"),
            inputs: Optional[List[Path]] = typer.Argument(None, help="the audit's inputs (default: the files and "
                                                                      "tables its articles were read from)"),
            window: int = typer.Option(3, "--window", help="days between articles of one story"),
            by: Optional[str] = typer.Option(None, "--by", help="the grouping column (default: the run's)")):
    """Group the articles that cover one event (text similarity, dates, shared speakers) and put the outlets side
    by side on each story; writes OUT_DIR/stories.parquet and stories_side_by_side.parquet."""
    import polars as pl

    from .api import AuditResult
    from .errors import InputError
    from .ingest import ingest
    from .stories import group_stories, named_people, story_sides

    try:
        res = AuditResult.load(out_dir)
    except FileNotFoundError as exc:
        _fail(exc)
    group = by or res.meta.get("group_by", "outlet")
    arts = res.articles
    sources = [str(p) for p in inputs] if inputs else sorted(
        {f for f in map(_readable_origin, arts["origin"].drop_nulls().unique()) if f is not None})
    if not sources:
        _fail(InputError(f"{out_dir}: the articles' texts are not in the output folder and their origins cannot be "
                         "read again; give the inputs: newsaudit stories OUT_DIR FILES…"))
    texts = ingest(sources, max_chars=res.meta.get("run_key", {}).get("max_chars") or DEFAULT_MAX_CHARS)
    frame = arts.join(texts.select("article_id", "text"), on="article_id", how="left")
    found = group_stories(frame, named_people(res.attributions), by=group, window_days=window)
    found.write_parquet(out_dir / "stories.parquet")
    side = story_sides(found, arts, res.attributions, res.terms, by=group, side_labels=res.meta.get("side_labels"))
    if side.height:
        side.write_parquet(out_dir / "stories_side_by_side.parquet")
    n = found["story_id"].n_unique() if found.height else 0
    typer.echo(f"{n} stories covered by two or more outlets ({found.height} articles) → {out_dir}/stories.parquet")
    with pl.Config(tbl_rows=30, fmt_str_lengths=50, tbl_width_chars=200):
        if side.height:
            typer.echo(side.select("story_id", group, "articles", "attributions", "anonymous", "sides voiced",
                                   "story_label").head(30))


def _readable_origin(origin: str) -> str | None:
    """The file an article was read from: its origin, or the table or zip before ":line" / ":member"."""
    for path in (origin, origin.rpartition(":")[0]):
        if path and Path(path).exists():
            return path
    return None


@app.command()
def explain(text: str = typer.Argument(..., help="the text, a .txt file, or - to read standard input"),
            models: Optional[str] = typer.Option(None, "--models", help="'compact', 'official' or a model folder"),
            pack: Optional[List[str]] = typer.Option(None, "--pack", help="bundled pack id (repeatable)"),
            lexicon: Optional[List[Path]] = typer.Option(None, "--lexicon", help="your own pack TOML (repeatable)")):
    """Show how a text was read: each sentence's parse (word, lemma, part of speech, head, relation, entity) and,
    for each attribution, its spans and the pattern and rules that made it. How to debug a miss."""
    from .explain import explain as run_explain
    from .lexicon import load_lexicons

    if text == "-":
        text = sys.stdin.read()
    elif "\n" not in text and len(text) < 4096 and text.endswith(".txt") and Path(text).is_file():
        text = Path(text).read_text(encoding="utf-8")
    try:
        result = run_explain(text, lexicons=load_lexicons(pack or None, lexicon or ()), models=models)
    except NewsauditError as exc:
        _fail(exc)
    typer.echo(result.format(), nl=False)


@app.command()
def compare(out_dir: Path = typer.Argument(..., help="a folder written by `newsaudit audit`"),
            by: str = typer.Option("outlet", "--by", help="column to compare by"),
            save: Optional[Path] = typer.Option(None, "--save", help="where to write compare_<by>.parquet/.csv (default: the folder)"),
            labels: bool = typer.Option(False, "--labels", help="name the rows in plain words (\"Voice share: Ukraine\") instead of metric ids")):
    """Print the side-by-side table (groups as columns, with 95% intervals) and write it plus long format."""
    import polars as pl

    from .api import AuditResult
    from .metrics import comparison_table, group_metrics

    try:
        res = AuditResult.load(out_dir)
    except FileNotFoundError as exc:
        _fail(exc)
    sides = res.meta.get("sides") or [c.removeprefix("voice_attr_") for c in res.articles.columns if c.startswith("voice_attr_")]
    try:
        wide, long = group_metrics(res.articles, sides, by=by)
    except ValueError as exc:
        _fail(exc)
    table = comparison_table(long, by=by, labels=labels, side_labels=res.meta.get("side_labels"))
    dest = save or out_dir
    dest.mkdir(parents=True, exist_ok=True)
    long.write_parquet(dest / f"compare_{by}_long.parquet")
    wide.write_parquet(dest / f"compare_{by}.parquet")
    table.write_csv(dest / f"compare_{by}.csv")
    with pl.Config(tbl_rows=200, tbl_cols=20, fmt_str_lengths=30, tbl_width_chars=250, tbl_hide_dataframe_shape=True):
        typer.echo(table)
    typer.echo(f"written: {dest}/compare_{by}.csv, compare_{by}.parquet, compare_{by}_long.parquet")


@models_app.command("show")
def models_show(models: Optional[str] = typer.Option(None, "--models")):
    """Say which models would be used, and why."""
    from .models import resolve_models

    try:
        m = resolve_models(models)
    except NewsauditError as exc:
        _fail(exc)
    typer.echo(f"{m.kind}: {m.source}\nmodel id: {m.model_id}\nversions: {m.versions}")


@models_app.command("download")
def models_download(dest: Optional[Path] = typer.Option(None, "--dir", help="default: $STANZA_RESOURCES_DIR or ~/stanza_resources")):
    """Download the official Stanza English models (needs network; the only command that uses it)."""
    from .models import download_official

    try:
        path = download_official(dest)
    except NewsauditError as exc:
        _fail(exc)
    typer.echo(f"official models in {path}; newsaudit now uses them by default")


@eval_app.command("polnear")
def eval_polnear(data: Path = typer.Option(Path("../shared/data/polnear"), "--data"),
                 split: str = typer.Option("dev", "--split", help="train, dev or test (test: final figures only)"),
                 limit: Optional[int] = typer.Option(None, "--limit", help="first N articles only"),
                 models: Optional[str] = typer.Option(None, "--models"),
                 out: Optional[Path] = typer.Option(None, "--out", help="write the scores as JSON here"),
                 n_boot: int = typer.Option(1000, "--boot")):
    """Score extraction on PolNeAR (exact and partial match P/R/F1 for source, cue, content, and more)."""
    from .evaluate import evaluate_polnear, format_report

    try:
        report = evaluate_polnear(data, split=split, limit=limit, models=models, n_boot=n_boot)
    except (NewsauditError, FileNotFoundError) as exc:
        _fail(exc)
    typer.echo(format_report(report))
    if out:
        import json

        out.write_text(json.dumps(report, indent=2))


@app.command()
def report(out_dir: Optional[Path] = typer.Argument(None, help="with --html: a folder written by `newsaudit audit`"),
           html: Optional[Path] = typer.Option(None, "--html", help="write the outlet comparison of OUT_DIR as one "
                                                                     "self-contained HTML file, instead of serving"),
           by: Optional[str] = typer.Option(None, "--by", help="with --html: the grouping (default: the run's)"),
           port: int = typer.Option(8501, "--port"), address: str = typer.Option("127.0.0.1", "--address")):
    """Open the Streamlit report; or, with OUT_DIR and --html FILE, write a static page to share (no server, no
    script, nothing fetched)."""
    import subprocess

    if html is not None or out_dir is not None:
        _share(out_dir, html, by)
        return

    app_path = Path(__file__).resolve().parent.parent / "app.py"
    if not app_path.exists():
        _fail(FileNotFoundError(f"{app_path} not found: the report runs from a source checkout"))
    # run from the checkout, so that .streamlit/config.toml applies; usage statistics off whatever the config says
    raise typer.Exit(subprocess.call([sys.executable, "-m", "streamlit", "run", str(app_path), "--server.port",
                                      str(port), "--server.address", address, "--server.headless", "true",
                                      "--browser.gatherUsageStats", "false"], cwd=app_path.parent))


def _share(out_dir: Path | None, html: Path | None, by: str | None) -> None:
    from .api import AuditResult
    from .errors import InputError
    from .metrics import group_metrics
    from .share import comparison_html

    if out_dir is None or html is None:
        _fail(InputError("give both OUT_DIR and --html FILE to write a page to share"))
    try:
        res = AuditResult.load(out_dir)
    except FileNotFoundError as exc:
        _fail(exc)
    long = res.outlets_long
    group = by or res.meta.get("group_by", "outlet")
    if by is not None and by != res.meta.get("group_by"):
        sides = res.meta.get("sides") or []
        try:
            _, long = group_metrics(res.articles, sides, by=by)
        except ValueError as exc:
            _fail(exc)
    html.write_text(comparison_html(long, by=group, side_labels=res.meta.get("side_labels"), meta=res.meta),
                    encoding="utf-8")
    typer.echo(f"written: {html} (one file: open it in any browser, send it as it is)")


if __name__ == "__main__":
    app()

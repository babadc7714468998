"""The page to share: one static HTML file, with no script and nothing fetched, article text escaped."""
import re

import polars as pl
from typer.testing import CliRunner

import audit
from audit.cli import app
from audit.share import article_html, comparison_html

EVIL = ('The mayor said <script>alert(1)</script> and <img src=x onerror="alert(2)"> were fine. '
        '![p](http://203.0.113.9/p.png)')


def no_fetch(page: str) -> None:
    assert not re.search(r"<script|<img|<[^>]*\son\w+\s*=", page, re.I)  # no script, no image, no handler
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "default-src 'none'" in page  # and the browser is told to fetch nothing


def test_article_page_is_static_and_escaped(parser):
    res = audit.audit({"a": EVIL}, n_boot=10)
    page = article_html(EVIL, res.attributions, res.terms, title="<b>Title</b>", meta=res.meta)
    no_fetch(page)
    visible = re.sub(r"</?span[^>]*>", "", page)  # highlight spans may cut through the text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in visible and "&lt;b&gt;Title&lt;/b&gt;" in page
    assert "Who is quoted" in page and "na-source" in page


def test_comparison_page_and_cli(parser, tmp_path):
    frame = pl.DataFrame({"id": ["a", "b"], "outlet": ["Harbor <Ledger>", "Wire"],
                          "text": ["Officials in Kyiv said the strike hit a school.",
                                   "A senior official, who spoke on condition of anonymity, said Kyiv was ready."]})
    out = tmp_path / "out"
    audit.audit(frame, out=out, workers=1, n_boot=20)
    res = audit.AuditResult.load(out)
    page = comparison_html(res.outlets_long, side_labels=res.meta["side_labels"], meta=res.meta)
    no_fetch(page)
    assert "Harbor &lt;Ledger&gt;" in page and "Anonymous sources" in page and "<svg" in page
    r = CliRunner().invoke(app, ["report", str(out), "--html", str(tmp_path / "c.html")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "c.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    r = CliRunner().invoke(app, ["report", "--html", str(tmp_path / "d.html")])
    assert r.exit_code == 2 and "OUT_DIR" in r.output

"""One real-browser run of the report: Streamlit on 127.0.0.1, driven by Playwright with Debian's chromium."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def report(parser, tmp_path_factory):
    """The report served by Streamlit on 127.0.0.1 from the checkout (so .streamlit/config.toml applies, as for a
    user), and a Chromium to drive it; yields (port, browser). No setting of the test's own turns anything off."""
    chromium = shutil.which("chromium")
    if not chromium:
        pytest.skip("chromium is not installed (bash run.sh test installs it with apt)")
    playwright = pytest.importorskip("playwright.sync_api")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMLIT_")}
    env["TMPDIR"] = str(tmp_path_factory.mktemp("report-tmp"))  # where the report keeps uploaded packs
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("streamlit did not become healthy in 120 s")
        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS)
            yield port, browser, Path(env["TMPDIR"])
            browser.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def logged_page(browser, requests: list[str]):
    """A fresh page whose every request (documents, scripts, images, fonts, fetches) is logged."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.on("request", lambda r: requests.append(r.url))
    return context.new_page()


def settled(page, timeout=300_000):
    page.wait_for_selector("#na-done", state="attached", timeout=timeout)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)
    assert page.locator('[data-testid="stException"]').count() == 0


def only_loopback(requests: list[str], port: int) -> None:
    outside = [u for u in requests if not u.startswith((f"http://127.0.0.1:{port}/", f"ws://127.0.0.1:{port}/",
                                                         "data:", "blob:", "about:"))]
    assert requests and not outside, outside


@pytest.mark.browser
def test_report_in_chromium(report):
    port, browser, _ = report
    out = Path(os.environ.get("NEWSAUDIT_TEST_OUTPUT", ROOT / "test-output")) / "browser"
    out.mkdir(parents=True, exist_ok=True)
    t_start = time.time()
    timings = {}
    requests: list[str] = []
    page = logged_page(browser, requests)
    for path, name, check_highlight in [("", "article", True), ("corpus", "corpus", False),
                                         ("compare", "compare", False), ("stories", "stories", False),
                                         ("lexicons", "lexicons", False), ("methods", "methods", False),
                                         ("export", "export", False)]:
        page.goto(f"http://127.0.0.1:{port}/{path}", wait_until="domcontentloaded")
        if name == "corpus":
            page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=180_000)
            page.get_by_role("button", name="Run audit").click()
        settled(page)
        if check_highlight:
            assert page.locator(".na-source").count() > 0 and page.locator("[class^=na-content]").count() > 0
        if name in ("article", "compare"):
            page.wait_for_selector("canvas, svg.marks, [data-testid='stVegaLiteChart'] svg", timeout=60_000)
        timings[f"{name}_rendered_s"] = round(time.time() - t_start, 1)
        page.screenshot(path=str(out / f"{name}.png"), full_page=True)
    # nothing leaves the machine: no usage statistics, no web fonts, no icons fetched from a CDN
    only_loopback(requests, port)
    import json

    # recorded for the benchmark notes, not asserted: tests check behaviour, not timings
    (out / "timings.json").write_text(json.dumps(timings, indent=1))


# a pasted article that tries Markdown and HTML: none of it may become markup, and nothing may be fetched
PAYLOAD = ("The mayor said the budget was balanced.\n\n"
           "![pixel](http://203.0.113.9/pixel.png) It costs $5 to $10, or $$x^2$$.\n"
           "# Not a heading\n<img src=\"http://203.0.113.9/img.png\"> :red[red] :material/home: **bold**")
HTML_PAGE = ("<html><head><title>![t](http://203.0.113.9/title.png) $x$ # Title</title></head><body><article>"
             "<h1>![t](http://203.0.113.9/title.png) $x$ # Title</h1><p>" + "The minister said the plan would work. " * 8
             + "</p></article></body></html>")
PACK = 'schema = "newsaudit.pack/1"\n[pack]\nid = "escape_test"\nversion = "1"\n'


@pytest.mark.browser
def test_report_resists_hostile_input(report):
    port, browser, tmp = report
    requests: list[str] = []
    page = logged_page(browser, requests)
    page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
    settled(page)
    page.get_by_text("Paste text").click()
    page.get_by_label("Article text").fill(PAYLOAD)
    page.get_by_label("Article text").press("Control+Enter")
    page.wait_for_selector(".na-text", timeout=300_000)
    settled(page)
    text = page.locator(".na-text")
    assert text.locator("img, h1, h2, strong, .katex, [role=img]").count() == 0
    shown = text.inner_text()
    for literal in ("![pixel](http://203.0.113.9/pixel.png)", "$5 to $10, or $$x^2$$", "# Not a heading",
                    '<img src="http://203.0.113.9/img.png">', ":red[red] :material/home: **bold**"):
        assert literal in shown
    # an uploaded HTML file's title is shown as text too
    page.get_by_text("Upload .txt/.html").click()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": "page.html", "mimeType": "text/html", "buffer": HTML_PAGE.encode()}])
    page.wait_for_selector(".na-text", timeout=300_000)
    settled(page)
    main = page.locator('[data-testid="stMain"]')
    assert main.locator("img, .katex").count() == 0
    assert "![t](http://203.0.113.9/title.png) $x$ # Title" in main.inner_text()
    # a pack uploaded under a name that climbs out of the upload folder is kept inside it, under a name of ours
    page.goto(f"http://127.0.0.1:{port}/lexicons", wait_until="domcontentloaded")
    settled(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": "../../escape_test.toml", "mimeType": "application/toml", "buffer": PACK.encode()}])
    page.get_by_text("Pack 'escape_test' is valid").wait_for(timeout=60_000)
    written = sorted(p.relative_to(tmp).as_posix() for p in tmp.rglob("*.toml"))
    assert len(written) == 1 and written[0].startswith("newsaudit-packs/escape_test-"), written
    assert not list(tmp.parent.rglob("escape_test.toml"))
    only_loopback(requests, port)


@pytest.mark.browser
def test_shared_page_fetches_nothing(report, tmp_path):
    """The static page to share, opened from disk: the payloads show as text, and no request leaves the file."""
    import audit
    from audit.share import article_html

    _, browser, _ = report
    evil = ('The mayor said <script>alert(1)</script> and <img src="http://203.0.113.9/x.png" onerror="alert(2)"> '
            'were fine. ![p](http://203.0.113.9/p.png)')
    res = audit.audit({"a": evil}, n_boot=10)
    path = tmp_path / "shared.html"
    path.write_text(article_html(evil, res.attributions, res.terms, title="Shared", meta=res.meta), encoding="utf-8")
    requests: list[str] = []
    page = logged_page(browser, requests)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_selector(".na-text")
    assert page.locator("img, script").count() == 0 and not dialogs
    assert '<img src="http://203.0.113.9/x.png" onerror="alert(2)">' in page.locator(".na-text").inner_text()
    assert requests and all(u.startswith(("file://", "data:", "about:")) for u in requests), requests

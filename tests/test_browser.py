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


@pytest.mark.browser
def test_report_in_chromium(parser, tmp_path):
    chromium = shutil.which("chromium")
    if not chromium:
        pytest.skip("chromium is not installed (bash run.sh test installs it with apt)")
    playwright = pytest.importorskip("playwright.sync_api")
    port = free_port()
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
                             "--server.address", "127.0.0.1", "--server.port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = Path(os.environ.get("NEWSAUDIT_TEST_OUTPUT", ROOT / "test-output")) / "browser"
    out.mkdir(parents=True, exist_ok=True)
    t_start = time.time()
    timings = {}
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
        timings["healthy_s"] = round(time.time() - t_start, 1)
        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            for path, name, check_highlight in [("", "article", True), ("corpus", "corpus", False),
                                                 ("compare", "compare", False)]:
                page.goto(f"http://127.0.0.1:{port}/{path}", wait_until="domcontentloaded")
                if name == "corpus":
                    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=180_000)
                    page.get_by_role("button", name="Run audit").click()
                page.wait_for_selector("#na-done", state="attached", timeout=300_000)
                page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=300_000)
                assert page.locator('[data-testid="stException"]').count() == 0, name
                if check_highlight:
                    assert page.locator(".na-source").count() > 0 and page.locator("[class^=na-content]").count() > 0
                if name in ("article", "compare"):
                    page.wait_for_selector("canvas, svg.marks, [data-testid='stVegaLiteChart'] svg", timeout=60_000)
                timings[f"{name}_rendered_s"] = round(time.time() - t_start, 1)
                page.screenshot(path=str(out / f"{name}.png"), full_page=True)
            browser.close()
        import json

        # recorded for the benchmark notes, not asserted: tests check behaviour, not timings
        (out / "timings.json").write_text(json.dumps(timings, indent=1))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()

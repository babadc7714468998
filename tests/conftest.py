"""Shared fixtures. The Stanza pipeline loads once per test session; tests that read ../shared skip
with a reason when it is absent (a user's clone has none)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory):
    # tests never write to the user's cache
    os.environ["NEWSAUDIT_CACHE"] = str(tmp_path_factory.mktemp("newsaudit-cache"))
    os.environ.pop("NEWSAUDIT_MODELS", None)
    yield


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is absent: this test reads the project's shared data (not in a user's clone)")
    return SHARED


@pytest.fixture(scope="session")
def lex():
    from audit.lexicon import load_lexicons

    return load_lexicons()


@pytest.fixture(scope="session")
def parser(_isolated_cache):
    from audit.models import BUNDLED_DIR, _compact_present
    from audit.parse import get_parser

    if not _compact_present(BUNDLED_DIR):
        pytest.fail(f"bundled models missing from {BUNDLED_DIR}")
    return get_parser("compact")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(parser, seed_text):
    return parser.parse([seed_text])[0]

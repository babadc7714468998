"""newsaudit: who is quoted, who is left unnamed, which side gets the voice, and which loaded words an
outlet uses in its own voice. Data flow: ingest → parse → attribute → classify → terms → measure → report.

    import audit
    result = audit.audit(["article.txt"])      # AuditResult of Polars frames
    result.attributions                          # one row per attribution
"""
__version__ = "0.1.0"

from .errors import ArticleError, InputError, LexiconError, ModelNotFoundError, NewsauditError  # noqa: E402
from .lexicon import load_lexicons  # noqa: E402
from .models import resolve_models  # noqa: E402


def __getattr__(name):  # the heavy modules load on first use
    if name in ("audit", "remeasure", "AuditResult", "analyze"):
        from . import api

        return getattr(api, name)
    if name == "explain":
        from .explain import explain

        return explain
    if name == "parse":
        from .parse import parse

        return parse
    raise AttributeError(name)


__all__ = ["audit", "remeasure", "AuditResult", "analyze", "explain", "parse", "load_lexicons", "resolve_models",
           "NewsauditError", "ArticleError", "InputError", "LexiconError", "ModelNotFoundError"]

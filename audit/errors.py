"""Errors meant for people: each names the article, file or entry and what to do about it."""


class NewsauditError(Exception):
    """Base class for every error newsaudit raises on purpose."""


class ModelNotFoundError(NewsauditError):
    """No usable Stanza models for the choice made; the message lists the options."""


class ArticleError(NewsauditError):
    """An article cannot be processed (empty, binary, too large...)."""

    def __init__(self, article_id: str, problem: str):
        self.article_id = article_id
        self.problem = problem
        super().__init__(f"article {article_id!r}: {problem}")


class InputError(NewsauditError):
    """An input file or frame cannot be read (wrong columns, unknown format...)."""


class LexiconError(NewsauditError):
    """A lexicon/actor/verb data file is invalid: names the file, the entry and the problem."""

    def __init__(self, path, entry: str | None, problem: str):
        self.path, self.entry, self.problem = str(path), entry, problem
        where = f"{path}" + (f", entry {entry!r}" if entry else "")
        super().__init__(f"{where}: {problem}")

"""Stanza's lemmatizer, remembering what its neural model said about each word, so it says it once per process.

Stanza lemmatizes a word from its dictionary of (word, tag) pairs when it can, and otherwise with a character
sequence-to-sequence model that reads the word and its tag and nothing else: so the model's lemma for
("Zelenskiy", PROPN) is the same in every sentence. Stanza still runs the model again for every article the word
turns up in; names, which the dictionary lacks, return in article after article of a corpus. :class:`LemmaMemo`
runs the model on a (word, tag) the first time it comes (once, however often it stands in that batch), keeps its
lemma, and hands it back every later time, without the model;
``benchmarks/parse_levers.py`` (lever ``no_lemma_memo``) checks that the lemmas are the same and measures the gain.

Example: the first article with "Zelenskiy" runs the model on it and stores ("Zelenskiy", "PROPN") →
"Zelenskiy"; later articles take it from the memo.
"""
from __future__ import annotations

FROM_DICTIONARY, FROM_MEMO, FROM_MODEL, FROM_TWIN = 0, 1, 2, 3  # a twin: the same word and tag read earlier in the call


class LemmaMemo:
    """Wraps a Stanza lemma trainer's ``skip_seq2seq`` and ``ensemble``, the two calls around its model run, on
    that trainer object; at most ``limit`` words are kept (then it stops adding)."""

    def __init__(self, trainer, limit: int = 300_000):
        self.memo: dict[tuple[str, str], str] = {}
        self.limit = limit
        self.stats = {"memo": 0, "model": 0}
        self._skip = trainer.skip_seq2seq
        self._ensemble = trainer.ensemble
        self._sources: list[int] = []
        self._first: dict[tuple[str, str], int] = {}
        trainer.skip_seq2seq = self.skip_seq2seq
        trainer.ensemble = self.ensemble

    def skip_seq2seq(self, pairs) -> list[bool]:
        """Stanza's: which words the model may skip (those in its dictionary), plus those in the memo."""
        in_dict = self._skip(pairs)
        first: dict[tuple[str, str], int] = {}
        self._sources = []
        for i, (d, (w, t)) in enumerate(zip(in_dict, pairs)):
            if d:
                self._sources.append(FROM_DICTIONARY)
            elif (w, t) in self.memo:
                self._sources.append(FROM_MEMO)
            else:
                self._sources.append(FROM_TWIN if (w, t) in first else FROM_MODEL)
                first.setdefault((w, t), i)
        self._first = first
        return [s != FROM_MODEL for s in self._sources]

    def ensemble(self, pairs, preds) -> list[str]:
        """Stanza's dictionary-first choice of lemmas; the memo fills the words it skipped, and learns the
        model's lemmas of the others."""
        if len(self._sources) != len(pairs):
            raise RuntimeError("lemma memo: ensemble called with other words than skip_seq2seq")
        lemmas = self._ensemble(pairs, preds)
        for i, (source, (w, t)) in enumerate(zip(self._sources, pairs)):
            if source == FROM_MEMO:
                lemmas[i] = self.memo[(w, t)]
                self.stats["memo"] += 1
            elif source == FROM_TWIN:
                lemmas[i] = lemmas[self._first[(w, t)]]
                self.stats["memo"] += 1
            elif source == FROM_MODEL:
                self.stats["model"] += 1
                if len(self.memo) < self.limit:
                    self.memo[(w, t)] = lemmas[i]
        self._sources, self._first = [], {}
        return lemmas


def install_lemma_memo(nlp) -> LemmaMemo | None:
    """Put a :class:`LemmaMemo` on a pipeline's lemmatizer; None where it has none or no model to skip."""
    proc = nlp.processors.get("lemma")
    if proc is None or proc.use_identity or not proc.config.get("ensemble_dict", False):
        return None
    return LemmaMemo(proc.trainer)

"""Stanza's lemmatizer, without the batch of every word it builds and does not read.

``LemmaProcessor.process`` starts by building a lemma ``DataLoader`` over every word of the document: each
word's characters mapped to ids, its edit type worked out, a character vocabulary extended with the document's
unknown characters. Where the lemmatizer combines its dictionary with its model (``ensemble_dict``, as the
compact models' does), that loader is read for one thing only, the document it was given: the model runs on a
second loader of the words the dictionary lacks. :class:`LazyDataLoader` stands in for the first loader: it
holds the document and builds the real loader, with the same arguments, the moment anything else is asked of
it (a lemmatizer without the dictionary iterates over it). The lemmas are Stanza's, bit for bit;
``benchmarks/parse_levers.py`` (lever ``stanza_lemma_batch``) compares them and measures the gain.

Example: for an article of 800 words of which 40 are not in the dictionary, Stanza prepares 840 words for the
model; with this, 40.
"""
from __future__ import annotations

from stanza.pipeline import lemma_processor

from .stanza_patch import Patch


class LazyDataLoader:
    """Stanza's lemma ``DataLoader`` for a whole document (no ``skip``), built only when more than its document
    is read; a loader asked for with ``skip`` (the words for the model) is built at once."""

    def __new__(cls, doc, batch_size, args, vocab=None, evaluation=False, conll_only=False, skip=None,
                expand_unk_vocab=False):
        if skip is not None or conll_only:
            return STANZA_LOADER(doc, batch_size, args, vocab=vocab, evaluation=evaluation, conll_only=conll_only,
                                 skip=skip, expand_unk_vocab=expand_unk_vocab)
        return super().__new__(cls)

    def __init__(self, doc, batch_size, args, vocab=None, evaluation=False, conll_only=False, skip=None,
                 expand_unk_vocab=False):
        self.doc = doc
        self._call = (doc, batch_size, args, dict(vocab=vocab, evaluation=evaluation, expand_unk_vocab=expand_unk_vocab))
        self._loader = None

    def _real(self):
        if self._loader is None:
            doc, batch_size, args, kwargs = self._call
            self._loader = STANZA_LOADER(doc, batch_size, args, **kwargs)
        return self._loader

    def __getattr__(self, name):  # only for what the instance lacks: everything but doc
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._real(), name)

    def __len__(self):
        return len(self._real())

    def __iter__(self):
        return iter(self._real())

    def __getitem__(self, key):
        return self._real()[key]


PATCH = Patch(lemma_processor, "DataLoader", LazyDataLoader)
STANZA_LOADER = PATCH.original
install, restore = PATCH.install, PATCH.restore

"""Parse stage: texts → :class:`ParsedDoc` records (sentences, words with character offsets, lemma, UPOS,
head, deprel, entity spans), batched through one Stanza pipeline, with a parse cache on disk.

Every later stage reads these records only, never Stanza objects, so extraction stays a pure function
of (ParsedDoc, lexicons) and can be tested on hand-built parses.
"""
from __future__ import annotations

import bisect
import hashlib
import json
import logging
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .models import ModelSet, resolve_models
from .textcheck import DEFAULT_MAX_CHARS, check_text  # noqa: F401  (check_text: part of this module's API)

log = logging.getLogger("newsaudit")

# Stanza's parser is quadratic in sentence length: text is parsed paragraph by paragraph, and a paragraph
# longer than this is cut (preferably after sentence punctuation) so no sentence can explode memory.
MAX_CHUNK_CHARS = 1500
# bump when the conversion from Stanza output changes (chunking, sentence repair): old cache entries are
# then never served
PARSE_FORMAT = "p11"
# English multi-word tokens without an apostrophe that UD does split; any other such split is a tokenizer
# slip (EWT's web-text typos taught the compact tokenizer to read every "its" as "it s")
PLAIN_MWT = {"cannot", "gonna", "wanna", "gotta"}
# a "sentence" of more tokens than this (a line with no sentence punctuation, a list run together) is cut: the
# parser's cost grows faster than the length; the article row says how many cuts were made
MAX_SENTENCE_TOKENS = 200


def keep_plain_words(sentences: list[list]) -> list[list]:
    """Stanza tokenizer post-processor: un-split multi-word tokens that have no apostrophe ("its")."""
    out = []
    for sent in sentences:
        fixed = []
        for tok in sent:
            if isinstance(tok, tuple) and tok[1] is True and not any(ch in tok[0] for ch in "'’") \
                    and tok[0].lower() not in PLAIN_MWT:
                fixed.append(tok[0])
            else:
                fixed.append(tok)
        out.append(fixed)
    return out


# what ends a sentence, and what ends a paragraph of prose (not a list line, a header or a signature)
SENTENCE_END = set(".!?…:;\"”’')»]")
PROSE_END = set(".!?…\"”’')»")


# abbreviations that never end an English sentence: a title before a name ("Sen. | Ted Cruz"), "vs." before what
# it is against; a month before its day ("on Feb. | 1")
TITLE_ABBREVIATIONS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Govs.", "Gen.", "Lt.",
                       "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cmdr.", "Rev.", "Pres.", "Prof.", "Hon.", "vs."}
MONTH_ABBREVIATIONS = {"Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."}


# initialisms of places, which may end a sentence ("… to the U.S. | Trump said …"); inside one they stand before
# the name of an institution ("the U.S. | Senate", "former U.S. | Army captain", "the U.S. | Court of Appeals")
PLACE_INITIALISMS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.", "N.J.", "A.C."}
INSTITUTION_WORDS = {"Senate", "House", "Congress", "Capitol", "Army", "Navy", "Air", "Marine", "Marines", "Coast",
                     "Embassy", "Ambassador", "State", "Department", "Chamber", "Court", "Circuit", "District",
                     "Constitution", "Supreme", "Census", "Treasury", "Attorney", "Postal", "Border", "Customs",
                     "Secret", "Special", "Forces", "Intelligence", "Military", "Justice", "Bureau", "Agency",
                     "Office", "Council", "Mission", "Conference", "Presidential", "News"}
INITIALISM = re.compile(r"(?:[A-Z]\.){2,3}")


def _split_after_abbreviation(last: str, nxt: str) -> bool:
    return last in TITLE_ABBREVIATIONS and nxt[:1].isupper() or last in MONTH_ABBREVIATIONS and nxt[:1].isdigit()


def _split_after_initialism(last: str, nxt: str) -> bool:
    """"George H.W. | Bush", "scholar A.E. | Dick Howard": a person's initials before a capitalised word; "the U.S.
    | Senate": a place's initials before an institution (no sentence of UD English-EWT ends with an initialism
    of two letters or more before a capitalised word)."""
    if INITIALISM.fullmatch(last) is None or not nxt[:1].isupper():
        return False
    return nxt in INSTITUTION_WORDS if last in PLACE_INITIALISMS else True


def _split_after_initial(prev: list[str], nxt: str) -> bool:
    """"said David B. | Cohen": a middle initial between two capitalised names (no sentence of UD English-EWT test
    ends so)."""
    return len(prev) == 2 and re.fullmatch(r"[A-Z]\.", prev[-1]) is not None and prev[0][:1].isupper() \
        and nxt[:1].isupper()


def _split_before_lowercase(prev: list[str], nxt: str, gap: str) -> bool:
    """A sentence the tokenizer ended right before a lowercase word, at a mark that ends no sentence there: an
    editor's bracket inside a quotation ("“[The situation] | is reminiscent …”"), an abbreviation ("the U.K. |
    less attractive", "Apple Inc. | and", "Outsports. | com": a period with no space after it). A period after a
    lowercase word ("Let's go back. | what was …") and a "?" or "!" stay sentence ends: web text starts sentences
    in lower case after them (on UD English-EWT test, 48 times)."""
    if not nxt[:1].islower() or not prev:
        return False
    last = prev[-1]
    if last == "]":
        return True
    if last == "." and len(prev) > 1:
        before = prev[-2]
        return gap == "" or before[:1].isupper() and (len(before) <= 5 or "." in before)
    return len(last) > 2 and last.endswith(".") and "." in last[1:-1]  # "U.S.", "p.m.", "a.k.a."


def _tok_text(tok) -> str:
    return tok[0] if isinstance(tok, tuple) else tok


def _token_bounds(sentences: list[list], text: str) -> list[list[tuple[int, int]]] | None:
    """Each token's (start, end) in ``text``, found in order; None when a token cannot be found."""
    out, pos = [], 0
    for sent in sentences:
        spans = []
        for tok in sent:
            at = text.find(_tok_text(tok), pos)
            if at < 0:
                return None
            pos = at + len(_tok_text(tok))
            spans.append((at, pos))
        out.append(spans)
    return out


APOSTROPHE_RUN = re.compile(r"'{2,4}|``")


def split_doubled_apostrophes(sentences: list[list], text: str) -> list[list]:
    """Make a quotation mark written as two apostrophes (or two backticks) a token of its own: the tokenizer,
    trained on UD English-EWT, which writes quotation marks as '"', glues it to the word it opens or closes or
    cuts it in two ("''misconstrued", "U.S.''", "'" + "'I"), and the tagger and the parser then misread that
    word. A run of three apostrophes is a single quotation mark inside a double one: "''" + "'" where it opens a
    word, "'" + "''" where it closes one; four are two doubled marks. Multi-word tokens are left as they are."""
    if "''" not in text and "``" not in text:
        return sentences
    bounds = _token_bounds(sentences, text)
    if bounds is None:
        return sentences
    out = []
    for sent, spans in zip(sentences, bounds):
        fixed: list = []
        i = 0
        while i < len(sent):
            if isinstance(sent[i], tuple):
                fixed.append(sent[i])
                i += 1
                continue
            j = i + 1  # a run of plain tokens with no space between them
            while j < len(sent) and isinstance(sent[j], str) and spans[j][0] == spans[j - 1][1]:
                j += 1
            a, b = spans[i][0], spans[j - 1][1]
            cuts = {x for x, _ in spans[i + 1:j]}
            for m in APOSTROPHE_RUN.finditer(text, a, b):
                x, y = m.span()
                if y - x == 3:
                    mid = x + 2 if y < len(text) and text[y].isalnum() else x + 1
                    marks = [(x, mid), (mid, y)]
                elif y - x == 4:
                    marks = [(x, x + 2), (x + 2, y)]
                else:
                    marks = [(x, y)]
                for mx, my in marks:
                    cuts -= set(range(mx + 1, my))
                    cuts |= {c for c in (mx, my) if a < c < b}
            edges = [a, *sorted(cuts), b]
            fixed.extend(text[x:y] for x, y in zip(edges, edges[1:]))
            i = j
        out.append(fixed)
    return out


def join_split_sentences(sentences: list[list], text: str) -> list[list]:
    """Join a sentence the tokenizer ended without sentence punctuation to the next one in its paragraph
    ("Vatican spokesman the Rev. Federico Lombardi told reporters | Thursday that …", "Judicial | Watch said …"), so
    that the tagger and the parser see the sentence whole. ``sentences`` are the tokenizer's token lists for
    ``text`` (a multi-word token is a ``(text, True)`` pair), in order; a newline between two sentences is a
    paragraph break. Only a paragraph of punctuated prose is joined: lists, headers and unpunctuated web text
    (EWT's e-mail signatures) keep their lines as sentences. A split after a title or a month abbreviation before
    a name or a day ("Sen. | Ted Cruz", "on Feb. | 1"), after a middle initial (:func:`_split_after_initial`) or an
    initialism inside a name (:func:`_split_after_initialism`: "George H.W. | Bush", "the U.S. | Senate") and
    before a lowercase word at a mark that ends no sentence there (:func:`_split_before_lowercase`) is joined in any
    line. Tokens that cannot be found in ``text`` leave the sentences as they are."""
    spans = _token_bounds(sentences, text)
    if spans is None:
        return sentences
    bounds, pos = [], 0
    for sp in spans:
        bounds.append((sp[0][0], sp[-1][1]) if sp else (pos, pos))
        pos = sp[-1][1] if sp else pos
    paragraphs: list[list[int]] = []
    for i, (a, _) in enumerate(bounds):
        if not paragraphs or "\n" in text[bounds[i - 1][1]:a]:
            paragraphs.append([])
        paragraphs[-1].append(i)
    out: list[list] = []
    for para in paragraphs:
        end = sentences[para[-1]]
        prose = bool(end) and _tok_text(end[-1])[-1:] in PROSE_END
        out.append(list(sentences[para[0]]))
        for i in para[1:]:
            last = _tok_text(out[-1][-1]) if out[-1] else "."
            tail = [_tok_text(t) for t in out[-1][-2:]]
            nxt = _tok_text(sentences[i][0]) if sentences[i] else ""
            if prose and last[-1:] not in SENTENCE_END or sentences[i] and (
                    _split_after_abbreviation(last, nxt) or _split_after_initial(tail, nxt)
                    or _split_after_initialism(last, nxt)
                    or _split_before_lowercase(tail, nxt, text[bounds[i - 1][1]:bounds[i][0]])):
                out[-1].extend(sentences[i])
            else:
                out.append(list(sentences[i]))
    return out


def _cut_point(sent: list, limit: int) -> int:
    """Where to cut an overlong token list: after the last comma, semicolon, colon or dash in the second half of
    the first ``limit`` tokens, else at ``limit``."""
    for k in range(limit - 1, limit // 2, -1):
        if _tok_text(sent[k]) in (",", ";", ":", "-", "–", "—"):
            return k + 1
    return limit


def cut_long_sentences(sentences: list[list], limit: int = MAX_SENTENCE_TOKENS) -> tuple[list[list], list[int]]:
    """Sentences of more than ``limit`` tokens cut into pieces (:func:`_cut_point`); also returns, for each cut,
    the number of the first token after it among all the tokens (to find its article)."""
    out, cuts, n = [], [], 0
    for sent in sentences:
        while len(sent) > limit:
            k = _cut_point(sent, limit)
            out.append(sent[:k])
            n += k
            cuts.append(n)
            sent = sent[k:]
        out.append(sent)
        n += len(sent)
    return out, cuts


class TokenizerRepairs:
    """The tokenizer post-processor newsaudit runs: plain words kept whole (:func:`keep_plain_words`), split
    sentences joined (:func:`join_split_sentences`) and overlong ones cut (:func:`cut_long_sentences`, whose
    character offsets in ``text`` it keeps in ``cuts``). Stanza hands it the token lists of a whole batch,
    without offsets, so the parser sets ``text`` to the batch's text (the chunks joined by blank lines, as Stanza
    joins them) before each call."""

    def __init__(self):
        self.text: str | None = None
        self.cuts: list[int] = []

    def __call__(self, sentences: list[list]) -> list[list]:
        sentences = keep_plain_words(sentences)
        if self.text is not None:
            sentences = join_split_sentences(split_doubled_apostrophes(sentences, self.text), self.text)
        if all(len(s) <= MAX_SENTENCE_TOKENS for s in sentences):
            return sentences
        sentences, cuts = cut_long_sentences(sentences)
        bounds = _token_bounds(sentences, self.text) if self.text is not None else None
        if bounds is not None:
            starts = [a for sent in bounds for a, _ in sent]
            self.cuts.extend(starts[c] for c in cuts if c < len(starts))
        return sentences


@dataclass(slots=True)
class Word:
    index: int  # position in the document's word list
    sent: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # document-level word index, -1 for the root
    deprel: str
    start: int
    end: int
    # document-level index of the surface token: the words of a multi-word token ("do" + "n't") share it
    token: int = -1


@dataclass(slots=True)
class Sentence:
    index: int
    first: int  # first word index (inclusive)
    last: int  # last word index (exclusive)
    start: int
    end: int


@dataclass(slots=True)
class Entity:
    text: str
    label: str
    start: int
    end: int


@dataclass
class ParsedDoc:
    text: str
    words: list[Word] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    model_id: str = ""
    notes: list[str] = field(default_factory=list)  # what the parse did to the text: forced sentence breaks

    def sentence_words(self, s: int) -> list[Word]:
        sent = self.sentences[s]
        return self.words[sent.first:sent.last]

    def children(self, i: int) -> list[Word]:
        """Dependents of word i (an index built once per document)."""
        kids = self.__dict__.get("_kids")
        if kids is None or len(kids) != len(self.words):
            kids = [[] for _ in self.words]
            for w in self.words:
                if w.head >= 0:
                    kids[w.head].append(w)
            self.__dict__["_kids"] = kids
        return kids[i]

    def word_at(self, pos: int) -> int | None:
        """Index of the word covering character offset ``pos`` (an offset index built once per document)."""
        starts = self.__dict__.get("_starts")
        if starts is None or len(starts) != len(self.words):
            starts = [w.start for w in self.words]
            self.__dict__["_starts"] = starts
        k = bisect.bisect_right(starts, pos) - 1
        if 0 <= k < len(self.words) and self.words[k].start <= pos < max(self.words[k].end, self.words[k].start + 1):
            return k
        return None

    def n_words(self) -> int:
        return sum(1 for w in self.words if w.upos not in ("PUNCT", "SYM"))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def chunk_text(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split text into (offset, piece) at blank lines/newlines, cutting overlong paragraphs."""
    chunks: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\n]+", text):
        start, para = m.start(), m.group()
        if not para.strip():
            continue
        while len(para) > max_chars:
            window = para[max_chars // 2:max_chars]
            cuts = [c.end() for c in re.finditer(r"[.!?;][\"'”’)\]]*\s+", window)]
            if cuts:
                cut = max_chars // 2 + cuts[-1]
            else:
                spaces = [c.end() for c in re.finditer(r"\s+", window)]
                cut = max_chars // 2 + spaces[-1] if spaces else max_chars
            chunks.append((start, para[:cut]))
            start, para = start + cut, para[cut:]
        if para.strip():
            chunks.append((start, para))
    return chunks


class Parser:
    """One Stanza pipeline, loaded once, shared by threads behind a lock."""

    def __init__(self, models: ModelSet | str | os.PathLike | None = None, cache_dir: str | os.PathLike | None = None,
                 use_cache: bool = True, batch_chunks: int = 256, quantize: bool = False, pipeline_options=None,
                 lemma_memo: bool = True):
        self.models = models if isinstance(models, ModelSet) else resolve_models(models)
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self.use_cache = use_cache
        self.batch_chunks = batch_chunks
        # int8 dynamic quantization of the LSTM and linear layers (benchmarks/parse_levers.py measures it): other
        # parses, so another model id in the cache
        self.quantize = quantize
        self.model_id = self.models.model_id + ("-int8" if quantize else "")
        self.pipeline_options = dict(pipeline_options or {})
        self.lemma_memo = lemma_memo  # the same lemmas, each unknown word's model run once (audit/lemma_memo.py)
        self.lemmas = None  # that memo, once the pipeline is loaded
        self._nlp = None
        self._repairs = TokenizerRepairs()
        self._lock = threading.Lock()
        self.stats = {"parsed": 0, "cache_hits": 0, "cache_repaired": 0}
        log.info("newsaudit models: %s", self.models.source)

    @property
    def nlp(self):
        if self._nlp is None:
            import stanza

            from . import mst, reassemble, tensors

            mst.install()  # the same trees, decoded faster
            reassemble.install()  # the same tokens, rebuilt faster after the repairs
            tensors.install()  # the same id tensors, built faster
            logging.getLogger("stanza").setLevel(logging.WARNING)
            # "unsupported language" is Stanza's word for models it did not download itself: not news here
            self._nlp = stanza.Pipeline(**{**self.models.pipeline_kwargs, **self.pipeline_options},
                                        logging_level="ERROR", tokenize_postprocessor=self._repairs)
            if self.models.deprel_head:
                install_deprel_head(self._nlp, self.models.deprel_head)
            if self.lemma_memo:
                from .lemma_memo import install_lemma_memo

                self.lemmas = install_lemma_memo(self._nlp)
            if self.quantize:
                quantize_pipeline(self._nlp)
        return self._nlp

    # -- cache ------------------------------------------------------------------------------
    def _cache_path(self, text: str) -> Path:
        h = text_hash(text)
        return self.cache_dir / "parses" / f"{self.model_id}-{PARSE_FORMAT}" / h[:2] / f"{h}.parquet"

    def _cache_get(self, text: str) -> ParsedDoc | None:
        if not self.use_cache:
            return None
        path = self._cache_path(text)
        if not path.exists():
            return None
        try:
            doc = read_parsed(path)
            if doc.text != text:
                raise ValueError("cached text differs")
            self.stats["cache_hits"] += 1
            return relabel_outlets(doc)
        except Exception as exc:  # a truncated or foreign file: re-parse, never crash
            log.warning("parse cache entry %s is unreadable (%s); re-parsing", path, exc)
            self.stats["cache_repaired"] += 1
            try:
                path.unlink()
            except OSError:
                pass
            return None

    def _cache_put(self, doc: ParsedDoc) -> None:
        if not self.use_cache:
            return
        path = self._cache_path(doc.text)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        write_parsed(doc, tmp)
        os.replace(tmp, path)

    # -- parsing ----------------------------------------------------------------------------
    def parse(self, texts: Sequence[str], progress=None) -> list[ParsedDoc]:
        """Parse many texts (already validated with :func:`check_text`). Cached ones are not re-parsed."""
        out: list[ParsedDoc | None] = [None] * len(texts)
        todo = []
        for i, t in enumerate(texts):
            cached = self._cache_get(t)
            if cached is not None:
                out[i] = cached
            else:
                todo.append(i)
        if progress:
            progress(len(texts) - len(todo), len(texts))
        # batch several articles' chunks per Stanza call: ~64 paragraphs keeps the batches full
        group: list[int] = []
        n_chunks = 0
        for i in todo:
            group.append(i)
            n_chunks += len(chunk_text(texts[i]))
            if n_chunks >= self.batch_chunks:
                self._parse_group(texts, group, out)
                if progress:
                    progress(sum(d is not None for d in out), len(texts))
                group, n_chunks = [], 0
        if group:
            self._parse_group(texts, group, out)
            if progress:
                progress(len(texts), len(texts))
        return out  # type: ignore[return-value]

    def _parse_group(self, texts, group, out):
        import stanza

        pieces = []  # (article slot, offset, chunk text)
        for i in group:
            for off, chunk in chunk_text(texts[i]):
                pieces.append((i, off, chunk))
        with self._lock:
            self._repairs.text = "\n\n".join(c for _, _, c in pieces)  # what Stanza's tokenizer reads in one go
            self._repairs.cuts = []
            try:
                docs = self.nlp.bulk_process([stanza.Document([], text=c) for _, _, c in pieces]) if pieces else []
                cuts = self._cuts_per_article(pieces)
            finally:
                self._repairs.text = None
        per_article: dict[int, list] = {i: [] for i in group}
        for (i, off, _), d in zip(pieces, docs):
            per_article[i].append((off, d))
        for i in group:
            doc = _from_stanza(texts[i], per_article[i], self.model_id)
            if cuts.get(i):
                doc.notes.append(f"{cuts[i]} forced sentence break(s): a run of over {MAX_SENTENCE_TOKENS} tokens "
                                 "without sentence punctuation was cut")
            self.stats["parsed"] += 1
            out[i] = doc
            try:
                self._cache_put(doc)
            except OSError as exc:
                log.warning("could not write the parse cache (%s); continuing without it", exc)


    def _cuts_per_article(self, pieces) -> dict[int, int]:
        """How many forced sentence breaks fell in each article of the batch."""
        if not self._repairs.cuts:
            return {}
        ends, pos = [], 0  # where each piece ends in the batch text
        for _, _, c in pieces:
            pos += len(c)
            ends.append(pos)
            pos += 2  # the blank line Stanza joins pieces with
        out: dict[int, int] = {}
        for cut in self._repairs.cuts:
            k = bisect.bisect_left(ends, cut)
            if k < len(ends):
                article = pieces[k][0]
                out[article] = out.get(article, 0) + 1
        return out


def install_deprel_head(nlp, path: str) -> None:
    """Put the smaller relation scorer of ``path`` (scripts/train_deprel_head.py) in place of the parser's own. The
    parser scores every label for every pair of words; the decoder reads them at the arcs it keeps, and on the compact
    models the 192-unit scorer was about a quarter of all parse time."""
    import torch
    from stanza.models.common.biaffine import DeepBiaffineScorer

    saved = torch.load(path, map_location="cpu", weights_only=True)
    head = DeepBiaffineScorer(saved["input"], saved["input"], saved["hidden"], saved["labels"], pairwise=True)
    head.load_state_dict({k: v.float() for k, v in saved["state"].items()})
    model = nlp.processors["depparse"]._trainer.model
    if model.deprel.scorer.W_bilin.output_size != saved["labels"]:
        raise ValueError(f"{path}: {saved['labels']} relation labels, the parser has "
                         f"{model.deprel.scorer.W_bilin.output_size}")
    model.deprel = head.eval()


def quantize_pipeline(nlp) -> None:
    """Replace the LSTM and linear layers of every processor's model by int8 dynamically quantized ones."""
    import torch
    from torch import nn

    for proc in nlp.processors.values():
        trainer = getattr(proc, "_trainer", None)
        model = getattr(trainer, "model", None)
        if isinstance(model, nn.Module):
            trainer.model = torch.ao.quantization.quantize_dynamic(model, {nn.LSTM, nn.Linear}, dtype=torch.qint8)


def _from_stanza(text: str, parts: list, model_id: str) -> ParsedDoc:
    doc = ParsedDoc(text=text, model_id=model_id)
    n_tokens = 0
    for off, sdoc in parts:
        for sent in sdoc.sentences:
            first = len(doc.words)
            base = first
            for tok in sent.tokens:
                ts, te = tok.start_char + off, tok.end_char + off
                for w in tok.words:
                    ws = w.start_char + off if w.start_char is not None else ts
                    we = w.end_char + off if w.end_char is not None else te
                    # a one-word token keeps its surface form; the MWT model can turn a long URL into <UNK>
                    wtext = tok.text if len(tok.words) == 1 else w.text
                    if wtext == "<UNK>":
                        wtext = text[ws:we] if we > ws else tok.text
                    lemma = w.lemma if w.lemma and w.lemma != "<UNK>" else wtext
                    doc.words.append(Word(index=len(doc.words), sent=len(doc.sentences), text=wtext,
                                          lemma=lemma, upos=w.upos or "X", xpos=w.xpos or "",
                                          feats=w.feats or "", head=(base + w.head - 1) if w.head else -1,
                                          deprel=w.deprel or "dep", start=ws, end=we, token=n_tokens))
                n_tokens += 1
            if len(doc.words) == first:
                continue
            doc.sentences.append(Sentence(index=len(doc.sentences), first=first, last=len(doc.words),
                                          start=doc.words[first].start, end=doc.words[-1].end))
        for ent in sdoc.ents:
            doc.entities.append(Entity(text=ent.text, label=ent.type, start=ent.start_char + off,
                                       end=ent.end_char + off))
    return relabel_outlets(doc)


def relabel_outlets(doc: ParsedDoc) -> ParsedDoc:
    """News outlets the compact NER misreads ("Le Monde" as a person) are organizations: media.toml says so.
    Applied after parsing and after reading the cache, so cached parses get it too."""
    outlets = _outlet_names()
    for e in doc.entities:
        if e.label != "ORG" and re.sub(r"^the\s+", "", e.text, flags=re.I).lower() in outlets:
            e.label = "ORG"
    return doc


_OUTLETS: set[str] | None = None


def _outlet_names() -> set[str]:
    global _OUTLETS
    if _OUTLETS is None:
        from .lexicon import _bundled, load_media

        _OUTLETS = {re.sub(r"^the\s+", "", n, flags=re.I).lower() for name, al in load_media(_bundled("media.toml"))
                    for n in (name, *al) if len(n) > 3}
    return _OUTLETS


# -- on-disk format: one Parquet table of words; sentences and entities in the schema metadata ------
_WORD_FIELDS = ("sent", "text", "lemma", "upos", "xpos", "feats", "head", "deprel", "start", "end", "token")


def write_parsed(doc: ParsedDoc, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = {f: [getattr(w, f) for w in doc.words] for f in _WORD_FIELDS}
    types = {"sent": pa.int32(), "head": pa.int32(), "start": pa.int32(), "end": pa.int32(), "token": pa.int32()}
    table = pa.table({f: pa.array(v, type=types.get(f, pa.string())) for f, v in cols.items()})
    meta = {
        "text": doc.text,
        "model_id": doc.model_id,
        "sentences": [[s.first, s.last, s.start, s.end] for s in doc.sentences],
        "entities": [[e.text, e.label, e.start, e.end] for e in doc.entities],
        "n_words": len(doc.words),
        "notes": doc.notes,
    }
    table = table.replace_schema_metadata({"newsaudit": json.dumps(meta)})
    pq.write_table(table, path)


def read_parsed(path: Path) -> ParsedDoc:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    meta = json.loads(table.schema.metadata[b"newsaudit"])
    if meta["n_words"] != table.num_rows:
        raise ValueError("word count does not match")
    cols = table.to_pydict()
    doc = ParsedDoc(text=meta["text"], model_id=meta["model_id"], notes=list(meta.get("notes", ())))
    for i in range(table.num_rows):
        doc.words.append(Word(index=i, **{f: cols[f][i] for f in _WORD_FIELDS}))
    doc.sentences = [Sentence(index=k, first=a, last=b, start=s, end=e) for k, (a, b, s, e) in enumerate(meta["sentences"])]
    doc.entities = [Entity(*e) for e in meta["entities"]]
    return doc


def default_cache_dir() -> Path:
    return Path(os.environ.get("NEWSAUDIT_CACHE", Path.home() / ".cache" / "newsaudit"))


_PARSERS: dict[tuple, Parser] = {}


def get_parser(models=None, cache_dir=None, use_cache: bool = True) -> Parser:
    """A process-wide parser per (models, cache): the Stanza load happens once."""
    key = (str(models), str(cache_dir), use_cache)
    if key not in _PARSERS:
        _PARSERS[key] = Parser(models, cache_dir=cache_dir, use_cache=use_cache)
    return _PARSERS[key]


def parse(texts: Iterable[str], models=None, cache_dir=None, use_cache: bool = True,
          max_chars: int = DEFAULT_MAX_CHARS) -> list[ParsedDoc]:
    """Parse texts into :class:`ParsedDoc` records. Raises :class:`ArticleError` for invalid text."""
    texts = [check_text(f"#{i}", t, max_chars) for i, t in enumerate(texts)]
    return get_parser(models, cache_dir, use_cache).parse(texts)

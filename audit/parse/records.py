"""The parse records every later stage reads (words, sentences, entities of one text) and their on-disk form."""
from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from pathlib import Path


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

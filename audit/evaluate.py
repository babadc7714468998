"""Evaluation harness: score the attribution engine against PolNeAR (Newell, Margolin & Ruths, LREC 2018).

PolNeAR ships BRAT files: Source / Cue / Content text spans (offsets into the article .txt, possibly
discontinuous) linked by ``Attribution`` events. We use the first annotator listed for each article.
Scores: precision, recall and F1 for source, cue and content spans under exact match (same outer
bounds, whitespace trimmed) and partial match (one-to-one matching with word-level Jaccard ≥ 0.5,
punctuation ignored); attribution-level F1 (content matched and sources overlapping); source accuracy on
matched content; breakdowns by kind and publisher; a reporting-verb subset; bootstrap 95% intervals over
articles. Tune on train/dev; report test once.

PolNeAR annotates no statement inside another one (on train and dev, 132 of 22,025 gold cues stand inside another
gold attribution's content, most of them in the gap of a discontinuous content), so the scores are over the
records that are not ``nested``; scope ``with nested`` scores every record, and ``nested`` counts the others.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ELEMENTS = ("source", "cue", "content")
WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class GoldAttribution:
    source: list[tuple[int, int]] | None
    cue: list[tuple[int, int]] | None
    content: list[tuple[int, int]] | None
    kind: str = "indirect"
    reporting: bool = False


@dataclass
class Article:
    name: str
    publisher: str
    text: str
    gold: list[GoldAttribution] = field(default_factory=list)


def _parse_offsets(s: str) -> list[tuple[int, int]]:
    parts = []
    for piece in s.split(";"):
        a, b = piece.split()
        parts.append((int(a), int(b)))
    return parts


def read_ann(path: Path) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, offs = cols[1].partition(" ")
            try:
                spans[cols[0]] = (label, _parse_offsets(offs))
            except ValueError:
                continue
        elif line.startswith("E") and len(cols) >= 2:
            events.append(cols[1].split())
    out = []
    for ev in events:
        roles: dict[str, list[tuple[int, int]]] = {}
        etype = ev[0].split(":")[0]
        if not etype.startswith("Attribution"):
            continue
        for arg in ev[1:]:
            role, _, tid = arg.partition(":")
            role = re.sub(r"\d+$", "", role).lower()
            if tid in spans and role in ELEMENTS and role not in roles:
                roles[role] = spans[tid][1]
        if "content" not in roles and "cue" not in roles:
            continue
        out.append(GoldAttribution(roles.get("source"), roles.get("cue"), roles.get("content")))
    return out


def load_polnear(data: Path, split: str = "dev", limit: int | None = None) -> list[Article]:
    data = Path(data)
    if not (data / split / "attributions").is_dir():
        raise FileNotFoundError(f"{data / split / 'attributions'} not found: pass --data pointing at PolNeAR "
                                "(a folder with train/ dev/ test/ and metadata.tsv)")
    order: dict[str, list[str]] = {}
    publisher: dict[str, str] = {}
    meta = data / "metadata.tsv"
    if meta.exists():
        with open(meta, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                order[row["filename"]] = (row.get("annotators") or "").split("|")
                publisher[row["filename"]] = row.get("publisher") or ""
    files: dict[str, list[Path]] = defaultdict(list)
    for f in sorted((data / split / "attributions").glob("*.ann")):
        stem, _, annot = f.stem.rpartition("_")
        files[stem].append(f)
    arts = []
    for stem in sorted(files):
        txt = data / split / "text" / f"{stem}.txt"
        if not txt.exists():
            continue
        cands = files[stem]
        pref = order.get(stem, [])
        cands.sort(key=lambda p: pref.index(p.stem.rpartition("_")[2]) if p.stem.rpartition("_")[2] in pref else 99)
        arts.append(Article(stem, publisher.get(stem) or stem.split("_")[0], txt.read_text(encoding="utf-8"),
                            read_ann(cands[0])))
        if limit and len(arts) >= limit:
            break
    return arts


# -- matching -------------------------------------------------------------------------------------------
def _bounds(text: str, parts) -> tuple[int, int] | None:
    if not parts:
        return None
    a, b = min(p[0] for p in parts), max(p[1] for p in parts)
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _words(text: str, parts) -> frozenset:
    """The words of a span, punctuation ignored. A span of punctuation only (the ":" of a headline "Name:
    claim", the "―" of a testimonial) is its non-space characters instead, so that it can match itself."""
    out = set()
    for a, b in parts or ():
        for m in WORD.finditer(text, a, b):
            out.add((m.start(), m.end()))
    if not out:
        out = {(i, i + 1) for a, b in parts or () for i in range(a, b) if not text[i].isspace()}
    return frozenset(out)


def _jaccard(x: frozenset, y: frozenset) -> float:
    if not x and not y:
        return 0.0
    return len(x & y) / len(x | y)


def match_spans(text: str, gold: list, pred: list, mode: str) -> list[tuple[int, int]]:
    """One-to-one matches (gold index, pred index)."""
    pairs = []
    if mode == "exact":
        gb = [_bounds(text, g) for g in gold]
        pb = [_bounds(text, p) for p in pred]
        used = set()
        for i, g in enumerate(gb):
            for j, p in enumerate(pb):
                if j not in used and g is not None and g == p:
                    pairs.append((i, j))
                    used.add(j)
                    break
        return pairs
    gw = [_words(text, g) for g in gold]
    pw = [_words(text, p) for p in pred]
    cand = []
    for i, g in enumerate(gw):
        for j, p in enumerate(pw):
            if g & p:
                s = _jaccard(g, p)
                if s >= 0.5:
                    cand.append((s, i, j))
    used_g, used_p = set(), set()
    for s, i, j in sorted(cand, reverse=True):
        if i not in used_g and j not in used_p:
            pairs.append((i, j))
            used_g.add(i)
            used_p.add(j)
    return pairs


def _unique(spans: list) -> list:
    seen, out = set(), []
    for s in spans:
        if not s:
            continue
        key = tuple(sorted(s))
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _boot_f1(counts: np.ndarray, n_boot: int, seed: int = 0) -> tuple[float | None, float | None]:
    """counts: articles × (tp, fp, fn)."""
    n = len(counts)
    if n < 2:
        return None, None
    rng = np.random.default_rng(seed)
    w = rng.multinomial(n, np.full(n, 1.0 / n), size=n_boot)
    s = w @ counts
    tp, fp, fn = s[:, 0], s[:, 1], s[:, 2]
    f = np.divide(2 * tp, 2 * tp + fp + fn, out=np.zeros(n_boot), where=(2 * tp + fp + fn) > 0)
    lo, hi = np.quantile(f, [0.025, 0.975])
    return float(100 * lo), float(100 * hi)


def _score(per_article: list[tuple[int, int, int]], n_boot: int) -> dict:
    arr = np.array(per_article, dtype=float).reshape(-1, 3)
    tp, fp, fn = arr.sum(axis=0)
    p, r, f = _prf(tp, fp, fn)
    lo, hi = _boot_f1(arr, n_boot)
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f, 1),
            "f1_ci": [round(lo, 1), round(hi, 1)] if lo is not None else None,
            "tp": int(tp), "fp": int(fp), "fn": int(fn)}


def _gold_kind(text: str, parts, quotes) -> str:
    from .attribution.tree import _kind

    return _kind(parts, quotes, text) if parts else "indirect"


def evaluate_polnear(data: Path, split: str = "dev", limit: int | None = None, models=None, n_boot: int = 1000,
                     lexicons=None, cache_dir=None) -> dict:
    from .attribution import extract
    from .classify import classify
    from .lexicon import load_lexicons
    from .parse import get_parser
    from .quotes import find_quotes

    arts = load_polnear(data, split, limit)
    lex = lexicons or load_lexicons(("us_election_2016", "framing_general"))
    parser = get_parser(models, cache_dir)
    docs = parser.parse([a.text for a in arts])
    rows: dict[tuple, list] = defaultdict(list)  # (scope, element, mode) -> per-article counts
    speaker_hits = speaker_total = nested = 0
    for art, doc in zip(arts, docs):
        ext = extract(doc, lex)
        classify(doc, ext, lex)
        quotes = find_quotes(art.text)
        preds = [{"source": [(a.source.start, a.source.end)] if a.source else None,
                  "cue": [(a.cue.start, a.cue.end)] if a.cue else None,
                  "content": list(a.content_parts), "kind": a.kind,
                  # the subset is chosen by one test for gold and predicted cues alike: the cue span holds a
                  # reporting verb or "according to" (a colon or a dash cue is in neither)
                  "reporting": _is_reporting_cue(doc, [(a.cue.start, a.cue.end)] if a.cue else None, lex),
                  "publisher": art.publisher, "pattern": a.pattern or "none", "nested": a.nested}
                 for a in ext.attributions]
        every, preds = preds, [p for p in preds if not p["nested"]]
        nested += len(every) - len(preds)
        for g in art.gold:
            g.kind = _gold_kind(art.text, g.content, quotes)
            g.reporting = _is_reporting_cue(doc, g.cue, lex)
        scopes = {"all": (art.gold, preds), "with nested": (art.gold, every),
                  "reporting": ([g for g in art.gold if g.reporting], [p for p in preds if p["reporting"]])}
        for kind in ("direct", "mixed", "indirect"):
            scopes[f"kind:{kind}"] = ([g for g in art.gold if g.kind == kind], [p for p in preds if p["kind"] == kind])
        scopes[f"publisher:{art.publisher}"] = (art.gold, preds)
        # precision by the pattern that made the prediction (against all gold: its recall means nothing)
        for pattern in {p["pattern"] for p in preds}:
            scopes[f"pattern:{pattern}"] = (art.gold, [p for p in preds if p["pattern"] == pattern])
        for scope, (gold, pred) in scopes.items():
            for el in ELEMENTS:
                gs = _unique([getattr(g, el) for g in gold])
                ps = _unique([p[el] for p in pred])
                for mode in ("exact", "partial"):
                    m = len(match_spans(art.text, gs, ps, mode))
                    rows[(scope, el, mode)].append((m, len(ps) - m, len(gs) - m))
            # attribution level: content matched (partial) and sources overlapping
            gc = [g.content for g in gold]
            pc = [p["content"] for p in pred]
            pairs = match_spans(art.text, gc, pc, "partial")
            ok = 0
            for i, j in pairs:
                gsrc, psrc = gold[i].source, pred[j]["source"]
                same = (not gsrc and not psrc) or (gsrc and psrc and _words(art.text, gsrc) & _words(art.text, psrc))
                ok += bool(same)
                if scope == "all" and gsrc:
                    speaker_total += 1
                    speaker_hits += bool(psrc and _jaccard(_words(art.text, gsrc), _words(art.text, psrc)) >= 0.5)
            rows[(scope, "attribution", "partial")].append((ok, len(pred) - ok, len(gold) - ok))
    report: dict = {"split": split, "articles": len(arts), "gold_attributions": sum(len(a.gold) for a in arts),
                    "predicted_attributions": None, "nested": nested, "models": parser.models.source, "scores": {}}
    for (scope, el, mode), counts in sorted(rows.items()):
        report["scores"].setdefault(scope, {})[f"{el}/{mode}"] = _score(
            counts, n_boot if scope in ("all", "reporting", "with nested") else 200)
    report["predicted_attributions"] = report["scores"]["all"]["content/exact"]["tp"] + report["scores"]["all"]["content/exact"]["fp"]
    report["source_accuracy_on_matched_content"] = round(100 * speaker_hits / speaker_total, 1) if speaker_total else None
    return report


def _is_reporting_cue(doc, cue, lex) -> bool:
    if not cue:
        return False
    a, b = min(p[0] for p in cue), max(p[1] for p in cue)
    txt = doc.text[a:b].lower()
    if "according to" in txt:
        return True
    for w in doc.words:
        if a <= w.start < b and w.upos in ("VERB", "AUX", "NOUN"):
            cls = lex.verb_class(w.lemma) or lex.verb_class(lex.verb_lemma(w.text) or "")
            if cls in ("neutral", "loaded", "framing"):
                return True
    return False


def format_report(rep: dict) -> str:
    lines = [f"PolNeAR {rep['split']}: {rep['articles']} articles, {rep['gold_attributions']} gold attributions, "
             f"{rep['predicted_attributions']} predicted (and {rep.get('nested', 0)} nested statements, which PolNeAR "
             "does not annotate: scored only in scope 'with nested')", f"models: {rep['models']}", ""]
    hdr = f"{'scope':<28}{'element':<13}{'mode':<9}{'P':>6}{'R':>6}{'F1':>6}  95% CI"
    lines.append(hdr)
    lines.append("-" * len(hdr))
    order = ["all", "with nested", "reporting", "kind:direct", "kind:mixed", "kind:indirect"] + sorted(
        s for s in rep["scores"] if s.startswith("publisher:"))
    for scope in order:
        if scope not in rep["scores"]:
            continue
        for key, sc in rep["scores"][scope].items():
            if scope.startswith(("kind:", "publisher:", "with nested")) and key.endswith("exact"):
                continue
            el, mode = key.split("/")
            ci = f"[{sc['f1_ci'][0]:.1f}, {sc['f1_ci'][1]:.1f}]" if sc.get("f1_ci") else ""
            lines.append(f"{scope:<28}{el:<13}{mode:<9}{sc['p']:>6.1f}{sc['r']:>6.1f}{sc['f1']:>6.1f}  {ci}")
    patterns = sorted((s for s in rep["scores"] if s.startswith("pattern:")),
                      key=lambda s: -rep["scores"][s]["content/partial"]["fp"])
    if patterns:
        lines += ["", "precision by the pattern that made the prediction (partial match; fewest true first):",
                  f"{'pattern':<28}{'predicted':>10}{'source P':>10}{'cue P':>8}{'content P':>11}{'content FP':>12}"]
        for scope in patterns:
            sc = rep["scores"][scope]
            c = sc["content/partial"]
            lines.append(f"{scope.removeprefix('pattern:'):<28}{c['tp'] + c['fp']:>10}{sc['source/partial']['p']:>10.1f}"
                         f"{sc['cue/partial']['p']:>8.1f}{c['p']:>11.1f}{c['fp']:>12}")
    lines.append("")
    lines.append(f"source accuracy on matched content: {rep['source_accuracy_on_matched_content']}")
    return "\n".join(lines)

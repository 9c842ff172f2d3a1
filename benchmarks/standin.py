"""A random-weight stand-in for NLLB-200-distilled-600M, built once and cached.

The real weights cannot be downloaded here, so the benchmark builds a model with
the exact architecture (d_model 1024, 12+12 layers, 16 heads, FFN 4096, a
256,206-token tied output layer: 615M parameters) and random weights, and an
NllbTokenizer with a stand-in BPE vocabulary of the same size. The work per
token is then the real model's; only the outputs are nonsense, which is why the
benchmark forces the output length.

The stand-in vocabulary is split between scripts in an ASSUMED proportion (the
real NLLB vocabulary's split is not available offline): it decides how much the
target-vocabulary shortlist saves, so the benchmark prints the shortlist size.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
from pathlib import Path

VOCAB_SIZE = 256_206  # NLLB-200's vocabulary, language codes and <mask> included
N_ADDED = 203  # 202 language codes + <mask>, added by NllbTokenizer itself
SEED = 600
BUILD_VERSION = "1"

# Share of the BPE pieces per script (an assumption, see the module docstring).
SCRIPT_SHARE = {"Latn": 0.40, "Cyrl": 0.10, "none": 0.02, "other": 0.48}

_LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèàüöäçñ"
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөүАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯҢӨҮ"
_NONE = "0123456789.,;:!?-—«»()\"'%/"
# Other scripts of NLLB's 200 languages: Arabic, Devanagari, Greek, Armenian,
# Georgian, Ethiopic, Thai, Hangul and CJK ideographs.
_OTHER = (
    "".join(chr(c) for c in range(0x0627, 0x064B))
    + "".join(chr(c) for c in range(0x0905, 0x093A))
    + "".join(chr(c) for c in range(0x03B1, 0x03CA))
    + "".join(chr(c) for c in range(0x0561, 0x0587))
    + "".join(chr(c) for c in range(0x10D0, 0x10F1))
    + "".join(chr(c) for c in range(0x1200, 0x1248))
    + "".join(chr(c) for c in range(0x0E01, 0x0E2F))
    + "".join(chr(c) for c in range(0xAC00, 0xAC80))
    + "".join(chr(c) for c in range(0x4E00, 0x5100))
)
_ALPHABETS = {"Latn": _LATIN, "Cyrl": _CYRILLIC, "none": _NONE, "other": _OTHER}


def bench_cache_dir() -> Path:
    env = os.environ.get("WORKBENCH_BENCH_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "kyrgyz-workbench-bench"


def _vocab_and_merges(rng: random.Random) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """A valid BPE: every multi-character piece is a merge of two earlier pieces."""
    vocab: dict[str, int] = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    merges: list[tuple[str, str]] = []
    n_pieces = VOCAB_SIZE - N_ADDED - len(vocab)

    def add(piece: str) -> None:
        vocab[piece] = len(vocab)

    add("▁")
    by_script: dict[str, list[str]] = {}
    for script, alphabet in _ALPHABETS.items():
        pieces = []
        for ch in alphabet:
            add(ch)
            pieces.append(ch)
            merges.append(("▁", ch))
            add("▁" + ch)
            pieces.append("▁" + ch)
        by_script[script] = pieces
    for script, alphabet in _ALPHABETS.items():
        pieces = by_script[script]
        if script == "other":  # the last one takes what is left
            want = VOCAB_SIZE - N_ADDED - len(vocab)
        else:
            want = int(SCRIPT_SHARE[script] * n_pieces) - len(pieces)
        while want > 0:
            # Grow a short piece by one character: pieces of 2 to about 8 characters.
            base = pieces[int(len(pieces) * rng.random() ** 2)]
            new = base + rng.choice(alphabet)
            if new in vocab:
                continue
            merges.append((base, new[len(base) :]))
            add(new)
            pieces.append(new)
            want -= 1
    assert len(vocab) == VOCAB_SIZE - N_ADDED, len(vocab)
    return vocab, merges


def build_tokenizer(out_dir: Path):
    from transformers import NllbTokenizer

    vocab, merges = _vocab_and_merges(random.Random(SEED))
    tok = NllbTokenizer(vocab=vocab, merges=merges, src_lang="kir_Cyrl", model_max_length=1024)
    assert len(tok) == VOCAB_SIZE, len(tok)
    tok.save_pretrained(out_dir)
    return tok


def build_model(out_dir: Path) -> None:
    import torch
    from transformers import GenerationConfig, M2M100Config, M2M100ForConditionalGeneration

    torch.manual_seed(SEED)
    tok = build_tokenizer(out_dir)
    # NLLB-200-distilled-600M's config.json, weights aside.
    config = M2M100Config(
        vocab_size=VOCAB_SIZE,
        d_model=1024,
        encoder_layers=12,
        decoder_layers=12,
        encoder_attention_heads=16,
        decoder_attention_heads=16,
        encoder_ffn_dim=4096,
        decoder_ffn_dim=4096,
        activation_function="relu",
        max_position_embeddings=1024,
        scale_embedding=True,
        dropout=0.1,
        attention_dropout=0.1,
        pad_token_id=tok.pad_token_id,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        decoder_start_token_id=tok.eos_token_id,
        tie_word_embeddings=True,
    )
    model = M2M100ForConditionalGeneration(config).eval()
    model.generation_config = GenerationConfig(
        decoder_start_token_id=tok.eos_token_id,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        max_length=200,
    )
    model.save_pretrained(out_dir)
    (out_dir / "standin.json").write_text(
        json.dumps({"version": BUILD_VERSION, "parameters": model.num_parameters()}),
        encoding="utf-8",
    )


def _complete(folder: Path) -> bool:
    names = ("standin.json", "tokenizer.json", "config.json", "model.safetensors")
    return all((folder / name).is_file() for name in names)


def standin_model_dir() -> Path:
    """The stand-in model folder, built on first use (a minute or two, 2.5 GB).

    Several sessions may share the cache: each builds in its own folder and the
    first complete one wins (a shared ".building" folder let one build delete the
    other's tokenizer and leave a model folder without it)."""
    out = bench_cache_dir() / f"nllb-600m-standin-v{BUILD_VERSION}"
    if _complete(out):
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=out.name + ".building-", dir=out.parent))
    print(f"building the 600M stand-in model in {out} (once)...", flush=True)
    try:
        build_model(work)
        if _complete(out):  # another process finished first: keep theirs
            return out
        stale = out.with_name(f"{out.name}.stale-{os.getpid()}")
        if out.exists():
            os.replace(out, stale)
        os.replace(work, out)
        shutil.rmtree(stale, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out


if __name__ == "__main__":
    print(standin_model_dir())

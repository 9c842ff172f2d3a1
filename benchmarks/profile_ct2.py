"""Where CTranslate2's time goes on NLLB-600M's architecture (stand-in weights).

    python -m benchmarks.profile_ct2 [--quick]

Times the same batch (16 sentences of 30 pieces) several ways and derives the
shares by difference:
  encoder     forced output length 1 (the encoder plus one decoder step)
  full        30 pieces out, all 256,206 output tokens scored
  shortlist   30 out, the Cyrillic shortlist (what the workbench runs)
  tiny list   30 out, only the special tokens: the decoder without its output layer
so  output layer share of the decoder = (full - tiny) / (full - encoder).
Also batch 1 (latency) and batch sizes 16/32/64 with the shortlist.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.translate import ct2_model_dir
from benchmarks.workload import LATENCY_TOKENS, make_workload


def _tiny_variant(ct2_dir: Path, tmp: Path) -> Path:
    """A model folder whose vmap keeps only the special tokens and language codes."""
    from workbench.mt.convert import load_ct2_vocabulary
    from workbench.mt.shortlist import is_special

    variant = tmp / "tiny-list"
    variant.mkdir()
    for name in ("model.bin", "config.json", "shared_vocabulary.json"):
        os.link(ct2_dir / name, variant / name)
    specials = [t for t in load_ct2_vocabulary(ct2_dir) if is_special(t)]
    (variant / "vmap.txt").write_text("\t" + " ".join(specials) + "\n", encoding="utf-8")
    return variant


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    import ctranslate2
    from tokenizers import Tokenizer

    from workbench.mt.convert import variant_dir
    from workbench.mt.hardware import physical_cores

    ct2_dir = ct2_model_dir()
    tokenizer = Tokenizer.from_file(str(ct2_dir / "tokenizer.json"))
    probe = make_workload(tokenizer, 1).latency_sentence
    source = ["kir_Cyrl", *tokenizer.encode(probe, add_special_tokens=False).tokens, "</s>"]
    reps = 2 if args.quick else 3
    tmp = Path(tempfile.mkdtemp())
    try:
        paths = {
            "full": ct2_dir,
            "shortlist": variant_dir(ct2_dir, "Cyrl"),
            "tiny list": _tiny_variant(ct2_dir, tmp),
        }

        def timed(translator, batch: int, out_len: int, vmap: bool) -> float:
            times = []
            for _ in range(reps):
                t = time.perf_counter()
                translator.translate_batch(
                    [source] * batch,
                    target_prefix=[["rus_Cyrl"]] * batch,
                    beam_size=1,
                    max_decoding_length=out_len + 1,
                    min_decoding_length=out_len + 1,
                    use_vmap=vmap,
                    return_scores=True,
                )
                times.append(time.perf_counter() - t)
            return min(times)  # the least disturbed run: the machine is shared

        print(f"threads {physical_cores()}; batch of 16 x {LATENCY_TOKENS} pieces in and out")
        rows: dict[str, float] = {}
        for label, path in paths.items():
            translator = ctranslate2.Translator(
                str(path), compute_type="int8", intra_threads=physical_cores()
            )
            vmap = label != "full"
            timed(translator, 2, 2, vmap)  # warm-up
            if label == "full":
                rows["encoder"] = timed(translator, 16, 1, vmap)
            rows[label] = timed(translator, 16, LATENCY_TOKENS, vmap)
            rows[f"{label} batch 1"] = timed(translator, 1, LATENCY_TOKENS, vmap)
            if label == "shortlist" and not args.quick:
                for batch in (32, 64):
                    rows[f"shortlist batch {batch}"] = timed(
                        translator, batch, LATENCY_TOKENS, vmap
                    )
            del translator
        for label, seconds in rows.items():
            batch = int(label.rsplit(" ", 1)[1]) if "batch" in label else 16
            print(f"  {label:<22}{seconds:7.2f} s  {batch / seconds:6.2f} sentences/s")
        decoder = rows["full"] - rows["encoder"]
        output_layer = rows["full"] - rows["tiny list"]
        print(
            f"encoder + first step {rows['encoder'] / rows['full']:.0%} of the full run; "
            f"output layer {output_layer / decoder:.0%} of the decoder's time "
            f"({output_layer / rows['full']:.0%} of all); shortlist saves "
            f"{1 - rows['shortlist'] / rows['full']:.0%} at batch 16, "
            f"{1 - rows['shortlist batch 1'] / rows['full batch 1']:.0%} at batch 1"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

"""The CTranslate2 backend: NLLB converted to int8, the fast path on a CPU.

The transformers model is converted once (workbench.mt.convert) and cached with
its revision. Tokenisation uses the model's own tokenizer.json through the
`tokenizers` library (no torch, no transformers: the engine process stays
small), laid out as transformers' NllbTokenizer does: source = [src_lang]
pieces [</s>], target prefix = [tgt_lang].

Speed comes from int8 weights, calls sorted by length and cut by padded tokens,
one OpenMP thread per physical core, and the target-vocabulary shortlist
(workbench.mt.shortlist): CTranslate2 then scores only the tokens of the target
language's alphabet at each step instead of all 256,206. A sentence whose output
may need other tokens (a Latin name to copy into Russian) is translated with the
full vocabulary instead; `counts` says how many went each way.

A shortlist changes one thing besides speed: CTranslate2 normalises the
log-probabilities over the candidates, so a shortlisted score is slightly higher
(less negative) than the full-vocabulary score of the same output, by the
probability mass the model put outside the target script.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from workbench.core.errors import ModelError
from workbench.core.i18n import msg
from workbench.core.languages import get_language
from workbench.core.task import TaskState
from workbench.mt.align import from_attention
from workbench.mt.convert import (
    MANIFEST,
    convert_model,
    read_manifest,
    variant_dir,
)
from workbench.mt.engine import (
    CompletionSettings,
    Continuation,
    GenerationSettings,
    Translation,
    Work,
    completion_budget,
)
from workbench.mt.hardware import (
    NLLB_MAX_INPUT_TOKENS,
    choose_device,
    cpu_vendor,
    physical_cores,
)
from workbench.mt.shortlist import piece_fits, read_vmap_tokens, script_of_language

EOS = "</s>"
SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "»", ")")
# Padded source tokens in CTranslate2's hands at once: one batch of at most this
# many, or with two replicas (THROUGHPUT) two batches of half as many each. Bigger
# batches are faster on a CPU, but activations grow with them (about 100 MB per 512
# padded tokens on NLLB-600M): 1024 keeps the engine near 1.05 GB at peak, under the
# 1.2 GB goal with margin (benchmarks/batch_sweep.py, RESULTS.md).
DEFAULT_BATCH_TOKENS = 1024
# What the pipeline should hand over in one call (padded tokens, rows; its
# batch_limits): more than one batch, since the engine cuts each call into batches of
# DEFAULT_BATCH_TOKENS / replicas that the replicas take from CTranslate2's queue. A
# bigger call keeps both replicas busy with fewer waits for the slower one at the end
# of each call (64 rows against 32: about 10% more sentences/s at the same peak
# memory, benchmarks/batch_sweep.py); results still come out call by call.
CALL_LIMITS = (8192, 64)
PIECES_CACHE = 8192  # texts whose pieces the engine remembers (see _text_pieces)


# Words a Cyrillic translation usually keeps in Latin letters: NATO, iPhone,
# COVID-19, A4, www.example.kg, name@mail.kg.
KEPT_IN_LATIN = re.compile(
    r"\b[A-Z]{2,}|\b[a-z]+[A-Z]|\b[A-Z][a-z]+[A-Z]|\b[A-Za-z]+\d|\b\d+[A-Za-z]"
    r"|[A-Za-z][./@][A-Za-z]"
)


def release_free_memory() -> None:
    """Hand memory that was freed but kept by glibc's malloc back to the system.

    Parsing a 256k-token tokenizer.json leaves about 100 MB of freed heap that
    would otherwise count in the process's resident memory for good.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl, ...): nothing to do
        pass


def run_settings(
    device: str, threads: int = 0, mkl: bool | None = None, replicas: int = 0
) -> tuple[int, int]:
    """(replicas, threads per replica) for CTranslate2's (inter_threads, intra_threads).

    On a CPU with two cores or more: two replicas. CTranslate2 shares the weights
    between replicas (one copy in memory), so a THROUGHPUT call runs two batches at
    once, while a LATENCY call runs on one replica. Threads per replica depend on
    CTranslate2's int8 GEMM library (benchmarks/ct2_settings.py, RESULTS.md):
    - Intel MKL (its choice on Intel CPUs): one core per replica. One sentence
      alone took 0.63-0.66 s on one thread against 0.71-0.76 s on two (2-core
      Intel VM, three runs), and two parallel batches ran as fast either way.
    - oneDNN (AMD CPUs, or CT2_USE_MKL=0): every core per replica; there one
      sentence took 1.15 s on two threads against 1.80 s on one (issue 20, AMD).
    `threads` is the cores to use (0: the physical cores); `mkl` None: detect;
    `replicas` 0: the choice above (benchmarks compare others).
    """
    cores = threads or physical_cores()
    if device != "cpu":
        return 1, cores
    replicas = replicas or (2 if cores >= 2 else 1)
    if mkl is None:
        mkl = uses_mkl()
    return replicas, (max(1, cores // replicas) if mkl else cores)


def uses_mkl() -> bool:
    """Whether CTranslate2 runs its CPU GEMMs with Intel MKL: by default on Intel CPUs
    (on others it uses oneDNN), unless CT2_USE_MKL says otherwise, as CTranslate2
    itself decides."""
    forced = os.environ.get("CT2_USE_MKL", "").strip().lower()
    if forced:
        return forced in ("1", "true", "on", "yes")
    return cpu_vendor() == "GenuineIntel"


def _read_tokenizer(ct2_dir: Path):
    from tokenizers import Tokenizer

    try:
        tokenizer = Tokenizer.from_file(str(ct2_dir / "tokenizer.json"))
    except Exception as exc:  # noqa: BLE001 - a broken cache folder, whatever broke
        raise ModelError(
            msg(
                "cannot read the converted model ({exc}); delete the folder to convert again",
                exc=exc,
            ),
            path=ct2_dir,
        ) from None
    release_free_memory()  # parsing 256k tokens leaves ~100 MB of freed heap
    return tokenizer


def pick_device(device: str) -> str:
    import ctranslate2

    # CTranslate2 takes the device index separately: "cuda:1" runs as "cuda".
    return choose_device(device, ctranslate2.get_cuda_device_count() > 0).split(":")[0]


def quantization_for(device: str) -> str:
    """How the converted weights are stored: int8 on a CPU, int8 with fp16 on a GPU."""
    return "int8_float16" if device == "cuda" else "int8"


def compute_type_for(device: str) -> str:
    import ctranslate2

    supported = ctranslate2.get_supported_compute_types(device)
    for candidate in ("int8_float16", "float16", "int8") if device == "cuda" else ("int8",):
        if candidate in supported:
            return candidate
    return "default"


class CT2Engine:
    """An NLLB model run with CTranslate2; implements workbench.mt.engine.Engine."""

    name = "ctranslate2"
    batch_limits = CALL_LIMITS  # what the pipeline hands over per call

    def __init__(
        self,
        ct2_dir: Path,
        *,
        model_id: str,
        revision: str,
        device: str = "auto",
        threads: int = 0,
        shortlist: bool = True,
        batch_tokens: int = DEFAULT_BATCH_TOKENS,
        target: str = "ru",
        replicas: int = 0,  # 0: run_settings' choice (benchmarks compare others)
    ) -> None:
        self.ct2_dir = Path(ct2_dir)
        self.model_id = model_id
        self.revision = revision
        self.device = pick_device(device)
        self.compute_type = compute_type_for(self.device)
        # One Translator, `replicas` of it sharing the weights (CTranslate2's
        # inter_threads), each running on `threads` cores (intra_threads): see run_settings.
        self.replicas, self.threads = run_settings(self.device, threads, replicas=replicas)
        # On a GPU the output layer is cheap, and CTranslate2 pads a restricted layer
        # there, which its vmap code gets wrong (see workbench.mt.shortlist).
        self.shortlist = shortlist and self.device == "cpu"
        self.allowed: frozenset[str] = frozenset()  # the loaded shortlist's tokens
        # Sentences translated with the shortlist and with the full vocabulary.
        self.counts = {"shortlist": 0, "full": 0}
        self.batch_tokens = batch_tokens
        self.max_input_tokens = NLLB_MAX_INPUT_TOKENS
        # Benchmarks only: output length as a function of the input's piece count
        # (min = max), so random weights cannot stop early. None in the workbench.
        self.forced_output_length: Callable[[int], int] | None = None
        manifest = read_manifest(self.ct2_dir) or {}
        self.shortlist_sizes: dict[str, int] = manifest.get("shortlist_sizes", {})
        self._lock = threading.Lock()
        self._translator = None
        self._loaded_script: str | None = None  # "" = no shortlist
        # Load now, with the shortlist of the likeliest target, so a broken model
        # fails here and the first translation does not pay for the load. The model
        # before the tokenizer: CTranslate2's load peaks about 300 MB above what it
        # keeps, and that peak should not stack on the tokenizer's 100 MB.
        self._load(self._script_for(target))
        self.tokenizer = _read_tokenizer(self.ct2_dir)
        # Pieces per text: the pipeline counts a text's tokens to split and batch it,
        # then translates it; tokenise it once (bounded: cleared when full).
        self._pieces: dict[str, list[str]] = {}

    # -- loading ----------------------------------------------------------------
    def _load(self, script: str) -> None:
        """(Re)load the model with the shortlist for `script` ("" for none).

        CTranslate2 reads one vocabulary map per model load, so a model serves one
        target script at a time; switching script reloads it (about a second for
        NLLB-600M int8) from the sibling folder that holds that script's map.
        """
        import ctranslate2

        if script == self._loaded_script:
            return
        self._translator = None  # free the old copy first: peak memory stays one model
        self._loaded_script = None
        path = variant_dir(self.ct2_dir, script) if script else self.ct2_dir
        try:
            self.allowed = read_vmap_tokens(path / "vmap.txt") if script else frozenset()
            self._translator = ctranslate2.Translator(
                str(path),
                device=self.device,
                compute_type=self.compute_type,
                inter_threads=self.replicas,
                intra_threads=self.threads if self.device == "cpu" else 0,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(
                msg(
                    "cannot load the converted model ({exc}); delete the folder to convert again",
                    exc=exc,
                ),
                path=self.ct2_dir,
            ) from None
        # The load's temporary buffers (about 300 MB for NLLB-600M int8) are freed
        # but kept by malloc: give them back, or they count in the RSS for good.
        release_free_memory()
        self._loaded_script = script

    def _script_for(self, tgt: str) -> str:
        script = script_of_language(tgt)
        if not self.shortlist or not (variant_dir(self.ct2_dir, script) / "vmap.txt").is_file():
            return ""
        return script

    # -- Engine protocol --------------------------------------------------------
    def _text_pieces(self, text: str) -> list[str]:
        """The tokenizer's pieces of `text` (the same in every source language),
        remembered: the pipeline asks for a text's count, then translates it."""
        pieces = self._pieces.get(text)
        if pieces is None:
            if len(self._pieces) >= PIECES_CACHE:
                self._pieces.clear()
            pieces = self._pieces[text] = self.tokenizer.encode(
                text, add_special_tokens=False
            ).tokens
        return pieces

    def source_tokens(self, text: str, src: str) -> list[str]:
        """[src_lang] pieces [</s>], as NllbTokenizer lays them out, truncated to 512."""
        pieces = self._text_pieces(text)[: self.max_input_tokens - 2]
        return [get_language(src).nllb, *pieces, EOS]

    def count_tokens(self, text: str, src: str) -> int:
        # Untruncated, so the pipeline sees an over-long sentence and splits it
        # instead of the model silently dropping its end.
        return len(self._text_pieces(text)) + 2

    def translate(
        self,
        sentences: Sequence[str],
        src: str,
        tgt: str,
        settings: GenerationSettings,
        work: Work = Work.THROUGHPUT,
    ) -> list[Translation]:
        """THROUGHPUT cuts each batch into one part per replica and runs the parts in
        parallel; LATENCY runs each batch whole on one replica (see run_settings)."""
        if not sentences:
            return []
        tgt_code = get_language(tgt).nllb
        sources = [self.source_tokens(s, src) for s in sentences]
        results: list[Translation | None] = [None] * len(sources)
        parts = self.replicas if work is Work.THROUGHPUT else 1
        with self._lock:
            self._load(self._script_for(tgt))
            short = [
                i
                for i, (text, pieces) in enumerate(zip(sentences, sources, strict=True))
                if self.allowed and self._shortlist_suits(text, pieces, src, tgt)
            ]
            full = sorted(set(range(len(sources))) - set(short))
            # Every call is handed to CTranslate2 before the first is waited for, so
            # its replicas take them in parallel.
            running = []
            for indexes, use_vmap in ((short, True), (full, False)):
                self.counts["shortlist" if use_vmap else "full"] += len(indexes)
                for group in self._groups([sources[i] for i in indexes], parts):
                    rows = [indexes[i] for i in group]
                    batch = [sources[i] for i in rows]
                    running.append((rows, batch, self._start(batch, tgt_code, settings, use_vmap)))
            for rows, batch, pending in running:
                for i, translation in zip(rows, self._finish(batch, pending), strict=True):
                    results[i] = translation
        return results  # type: ignore[return-value]

    def _shortlist_suits(self, text: str, pieces: list[str], src: str, tgt: str) -> bool:
        """Whether the output can do without tokens outside the target's shortlist.

        Pieces foreign to both the source and the target alphabet (a Latin name in a
        Kyrgyz sentence going into Russian, a Chinese name) are usually copied, so
        such sentences get the full vocabulary. So do Latin-script sources going
        into a Cyrillic target that hold words usually kept in Latin letters
        (acronyms, camel case, letters with digits, addresses): plain names such
        as "London" are transliterated and need no Latin pieces.
        """
        src_script = script_of_language(src)
        for piece in pieces:
            if piece not in self.allowed and not piece_fits(piece, src_script):
                return False
        if src_script == "Latn" != script_of_language(tgt):
            return not KEPT_IN_LATIN.search(text)
        return True

    def _groups(self, sources: list[list[str]], parts: int = 1) -> list[list[int]]:
        """Indexes of the sources, sorted by length and cut into batches of at most
        `batch_tokens / parts` padded tokens, in the order they are to be handed over.

        Cut here rather than by CTranslate2's max_batch_size so that each group
        stops at its own longest output and the shortlist is chosen per group.
        With `parts` replicas (THROUGHPUT): every batch is a job in CTranslate2's
        queue, which a replica takes as soon as it is free, so a replica that drew
        short sentences is not left waiting for the other; there are at least
        `parts` batches (the largest is halved until there are), and the longest
        go first, so the short ones fill in at the end (longest job first). Two
        replicas run two batches at once: each gets half the tokens, so the memory
        of the activations stays that of one batch of `batch_tokens`.
        """
        budget = self.batch_tokens // max(1, parts)
        order = sorted(range(len(sources)), key=lambda i: len(sources[i]))
        batches: list[list[int]] = []
        current: list[int] = []
        for i in order:
            if current and len(sources[i]) * (len(current) + 1) > budget:
                batches.append(current)
                current = []
            current.append(i)
        if current:
            batches.append(current)
        while batches and len(batches) < parts and max(len(b) for b in batches) > 1:
            k = max(range(len(batches)), key=lambda j: len(batches[j]))
            half = len(batches[k]) // 2
            batches[k : k + 1] = [batches[k][:half], batches[k][half:]]
        return batches[::-1] if parts > 1 else batches

    def _start(
        self,
        sources: list[list[str]],
        tgt_code: str,
        settings: GenerationSettings,
        use_vmap: bool,
    ) -> list:
        """Hand one batch to CTranslate2 without waiting (its AsyncTranslationResults)."""
        longest = max(len(s) for s in sources)
        # Like the transformers engine: the limit counts the target-language token.
        max_length = min(
            settings.max_new_tokens_cap,
            int(longest * settings.max_length_ratio) + settings.max_length_extra,
        )
        min_length = 1
        if self.forced_output_length is not None:
            max_length = min_length = self.forced_output_length(longest - 2) + 1
        return self._translator.translate_batch(
            sources,
            target_prefix=[[tgt_code]] * len(sources),
            beam_size=max(1, settings.beam_size),
            max_input_length=self.max_input_tokens,
            max_decoding_length=max_length,
            min_decoding_length=min_length,
            use_vmap=use_vmap,
            return_scores=True,  # the pipeline's confidence
            return_end_token=True,
            return_attention=True,  # cross-attention: where the inline codes go
            asynchronous=True,
        )

    def _finish(self, sources: list[list[str]], pending: list) -> list[Translation]:
        """Wait for a batch _start handed over; its translations in order."""
        out = []
        for waiting, source in zip(pending, sources, strict=True):
            r = waiting.result()
            out.append(self._result(r.hypotheses[0], r.scores[0], source, r.attention))
        return out

    def _result(
        self,
        tokens: list[str],
        score: float,
        source: list[str] | None = None,
        attention: list | None = None,
    ) -> Translation:
        # CTranslate2 divides the summed log-probability of the output tokens
        # (</s> included when reached, the forced language token not) by their
        # count plus one; the workbench's score is the plain mean.
        scored = len(tokens) - 1  # all but the target-language prefix
        mean = score * (scored + 1) / scored if scored else 0.0
        ids = [self.tokenizer.token_to_id(t) for t in tokens[1:]]
        text = self.tokenizer.decode([i for i in ids if i is not None], skip_special_tokens=True)
        alignment = None
        if source is not None and attention:
            rows = attention[0]
            # One row per output token; the forced language token may have none.
            target = tokens[len(tokens) - len(rows) :] if len(rows) < len(tokens) else tokens
            alignment = from_attention(source, target, rows)
        return Translation(text.strip(), mean, alignment)

    def complete(
        self,
        source: str,
        src: str,
        tgt: str,
        prefixes: Sequence[str],
        settings: CompletionSettings,
    ) -> list[list[Continuation]]:
        """All prefixes in one call: target_prefix forces [tgt_lang, *prefix pieces],
        return_alternatives expands the first free position into distinct tokens
        (never </s>: see one_pass below), and with
        length_penalty=0 a hypothesis' score is the plain sum of the
        log-probabilities of its new tokens (the forced prefix is not scored)."""
        if not prefixes:
            return []
        tgt_code = get_language(tgt).nllb
        pieces = self.source_tokens(source, src)
        forced = [self._target_pieces(p) for p in prefixes]
        budgets = [completion_budget(settings, len(pieces), len(f)) for f in forced]
        longest = max(len(f) + b for f, b in zip(forced, budgets, strict=True))
        # Benchmarks: random weights decode the whole budget instead of stopping early.
        shortest = longest + 1 if self.forced_output_length is not None else 1
        # return_alternatives also runs the decoder over the forced prefix in one
        # pass instead of token by token (20 typed tokens: 0.44 s instead of 1.75 s
        # on NLLB-600M here), but it never offers </s> at the first free position.
        # Only after sentence-final punctuation is "the sentence ends here" likely
        # enough to pay for the step-by-step path that can say so. Never pass
        # min_alternative_expansion_prob: when no alternative reaches it, CTranslate2
        # 4.8.5 decodes an empty batch and the process dies (SIGFPE, "trap divide
        # error" in TransformerDecoder::decode: batch / memory_lengths->dim(0) = 0/0).
        one_pass = settings.alternatives > 1 or not any(
            p.rstrip().endswith(SENTENCE_END) for p in prefixes
        )
        with self._lock:
            self._load(self._script_for(tgt))
            # The shortlist only when the forced pieces are in it, like any output.
            use_vmap = (
                bool(self.allowed)
                and self._shortlist_suits(source, pieces, src, tgt)
                and all(p in self.allowed for f in forced for p in f)
            )
            results = self._translator.translate_batch(
                [pieces] * len(forced),
                target_prefix=[[tgt_code, *f] for f in forced],
                beam_size=1,
                num_hypotheses=max(1, settings.alternatives),
                return_alternatives=one_pass,
                length_penalty=0,
                max_input_length=self.max_input_tokens,
                max_decoding_length=longest + 1,  # counts the language token and the prefix
                min_decoding_length=shortest,
                use_vmap=use_vmap,
                return_scores=True,
                return_end_token=True,
            )
        # A shorter prefix in the same call may get a few more new tokens than its
        # budget: the decoding steps, hence the time, are the longest one's anyway.
        return [
            [
                self._continuation(prefix, hyp[1 + len(prefix) :], score)
                for hyp, score in zip(result.hypotheses, result.scores, strict=True)
            ]
            for prefix, result in zip(forced, results, strict=True)
        ]

    def _target_pieces(self, text: str) -> list[str]:
        return self.tokenizer.encode(text, add_special_tokens=False).tokens if text else []

    def _continuation(self, prefix: list[str], new: list[str], score: float) -> Continuation:
        finished = bool(new) and new[-1] == EOS
        before = self._decode(prefix)
        after = self._decode(prefix + new)
        text = after[len(before) :] if after.startswith(before) else after
        return Continuation(text, score / len(new) if new else 0.0, finished)

    def _decode(self, pieces: list[str]) -> str:
        ids = [self.tokenizer.token_to_id(t) for t in pieces]
        return self.tokenizer.decode([i for i in ids if i is not None], skip_special_tokens=True)

    def close(self) -> None:
        with self._lock:
            self._translator = None
            self._loaded_script = None


def load_ct2_engine(
    model_dir: Path,
    model_id: str,
    revision: str,
    device: str = "auto",
    threads: int = 0,
    state: TaskState | None = None,
    shortlist: bool = True,
    root: Path | None = None,
    target: str = "ru",
) -> CT2Engine:
    """Convert the transformers model once if needed, then load it with CTranslate2.

    Raises ModelError when ctranslate2 is missing or the model cannot be
    converted; the loader then falls back to the transformers engine.
    """
    try:
        import ctranslate2  # noqa: F401
    except ImportError:
        raise ModelError(msg("CTranslate2 is not installed: pip install ctranslate2")) from None
    resolved = pick_device(device)
    ct2_dir = convert_model(
        Path(model_dir), model_id, revision, quantization_for(resolved), state, root
    )
    if state is not None:
        state.set_status(
            msg("loading {model} with CTranslate2 on {device}", model=model_id, device=resolved)
        )
    engine = CT2Engine(
        ct2_dir,
        model_id=model_id,
        revision=revision,
        device=resolved,
        threads=threads,
        shortlist=shortlist,
        target=target,
    )
    if state is not None:
        state.set_status(
            msg(
                "loaded {model} with CTranslate2 {compute} on {device}",
                model=model_id,
                compute=engine.compute_type,
                device=resolved,
            )
        )
    return engine


__all__ = ["CT2Engine", "MANIFEST", "load_ct2_engine", "physical_cores"]

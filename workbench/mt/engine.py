"""The one interface every translation engine implements.

An engine translates a batch of sentences from one language to another and
returns, for each, the text and a score (mean log-probability of the output
tokens: 0 is certain, more negative is less sure). Everything else (splitting,
dedupe, cache, batching, order, guard rails) is the pipeline's job
(workbench.mt.pipeline), so an engine stays small.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from workbench.core.placement import WordAlignment


class Work(Enum):
    """What a translation call is for. It decides how an engine schedules the call on
    the machine, never what comes out (the MT cache key ignores it)."""

    # Batch, pre-translation, look-ahead: as many sentences per second as possible
    # (CTranslate2 runs several batches in parallel, one per core).
    THROUGHPUT = "throughput"
    # The segment the translator is waiting for, completion: one call as soon as
    # possible (CTranslate2 runs it as one batch on every core).
    LATENCY = "latency"


@dataclass(frozen=True)
class Translation:
    text: str
    score: float  # mean token log-probability
    # Source word -> output word links from the model's cross-attention (for placing
    # inline codes); None when the engine or the cache has none.
    alignment: WordAlignment | None = None


@dataclass(frozen=True)
class GenerationSettings:
    beam_size: int = 1
    # New tokens allowed per input token, plus a constant: NLLB outputs are rarely
    # more than twice the input; old configs default to 20 tokens, far too few.
    max_length_ratio: float = 2.0
    max_length_extra: int = 10
    max_new_tokens_cap: int = 512

    def key(self) -> str:
        """The part of the MT cache key that depends on generation settings."""
        return (
            f"beam={self.beam_size};ratio={self.max_length_ratio};"
            f"extra={self.max_length_extra};cap={self.max_new_tokens_cap}"
        )


@dataclass(frozen=True)
class CompletionSettings:
    """How far and how wide the model continues a typed target (interactive MT)."""

    alternatives: int = 4  # distinct first tokens after the prefix, each continued greedily
    # New tokens per continuation; None: as many as a full translation may have
    # (GenerationSettings' budget), for a whole-sentence completion.
    max_new_tokens: int | None = 8


def completion_budget(settings: CompletionSettings, source_tokens: int, prefix_tokens: int) -> int:
    """New tokens a continuation may have: the setting, or what is left of a full
    translation's budget after the prefix."""
    if settings.max_new_tokens is not None:
        return max(1, settings.max_new_tokens)
    full = GenerationSettings()
    whole = min(
        full.max_new_tokens_cap, int(source_tokens * full.max_length_ratio) + full.max_length_extra
    )
    return max(8, whole - prefix_tokens)


@dataclass(frozen=True)
class Continuation:
    """What the model writes after a target prefix."""

    text: str  # the decoded continuation; starts with a space when it starts a new word
    score: float  # mean log-probability of its tokens (</s> included when reached)
    finished: bool  # the model ended the sentence within the token limit


class Engine(Protocol):
    name: str  # "transformers" | "ctranslate2"
    model_id: str  # catalogue or hub id, or the local folder
    revision: str  # model revision (commit hash or content hash), part of the cache key
    device: str  # "cpu" | "cuda"
    max_input_tokens: int  # 512 for NLLB

    def count_tokens(self, text: str, src: str) -> int:
        """Number of tokens the model sees for `text` in language `src` (ky/ru/en)."""
        ...

    def translate(
        self,
        sentences: Sequence[str],
        src: str,
        tgt: str,
        settings: GenerationSettings,
        work: Work = Work.THROUGHPUT,
    ) -> list[Translation]:
        """Translate one batch; src and tgt are workbench codes (ky/ru/en). `work` may
        change how fast, never what: the same sentences give the same translations."""
        ...

    def complete(
        self,
        source: str,
        src: str,
        tgt: str,
        prefixes: Sequence[str],
        settings: CompletionSettings,
    ) -> list[list[Continuation]]:
        """Continue each target prefix (text the translator typed) of one source sentence.

        For each prefix, up to settings.alternatives continuations, best first:
        one per distinct token at the first free position (CTranslate2's
        return_alternatives), each decoded greedily from there. With more than
        one, </s> is never among the first tokens, so "the sentence ends here"
        shows only as a single continuation, an empty finished one (CTranslate2
        checks for it only after sentence-final punctuation: see its engine). The rules on top
        (half-typed words, which continuation to show) are workbench.mt.completion's.
        """
        ...

    def close(self) -> None:
        """Free the model's memory."""
        ...

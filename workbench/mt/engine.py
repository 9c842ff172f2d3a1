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
from typing import Protocol


@dataclass(frozen=True)
class Translation:
    text: str
    score: float  # mean token log-probability


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
    ) -> list[Translation]:
        """Translate one batch; src and tgt are workbench codes (ky/ru/en)."""
        ...

    def close(self) -> None:
        """Free the model's memory."""
        ...

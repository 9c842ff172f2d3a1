"""The benchmark's fixed, seeded workload: Kyrgyz-like sentences of 8 to 60 tokens.

Words are Cyrillic pieces of the stand-in vocabulary, so the tokenizer splits
them much as it would real text; each sentence is grown word by word to a
target token count drawn from a log-normal (median 24 tokens, as in news
text), and its actual count is recorded. The output length is forced to
`output_length(n)` new pieces for an input of n pieces (language token and
</s> not counted), so random weights cannot stop early.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

SEED = 2024
MIN_TOKENS, MAX_TOKENS = 8, 60
LATENCY_TOKENS = 30  # the single-sentence latency probe: 30 pieces in, 30 out


def output_length(n_pieces: int) -> int:
    """New pieces forced for an input of n pieces: as long as the input."""
    return n_pieces


@dataclass(frozen=True)
class Workload:
    sentences: list[str]
    pieces: list[int]  # source pieces per sentence (no language token, no </s>)
    latency_sentence: str

    @property
    def output_tokens(self) -> int:
        return sum(output_length(n) for n in self.pieces)


def _words(tokenizer) -> list[str]:
    vocab = tokenizer.get_vocab()
    return sorted(
        piece[1:]
        for piece in vocab
        if piece.startswith("▁") and 2 <= len(piece) <= 7 and "\u0430" <= piece[1] <= "\u044f"
    )


def _count(tokenizer, text: str) -> int:
    return len(tokenizer.encode(text, add_special_tokens=False).tokens)


def _sentence(tokenizer, words: list[str], rng: random.Random, target: int) -> tuple[str, int]:
    text, count = "", 0
    while count < target:
        candidate = (text + " " + rng.choice(words)).strip()
        n = _count(tokenizer, candidate)
        if n > target and count >= target - 1:
            break
        if n <= target or not text:
            text, count = candidate, n
    return text, count


def make_workload(tokenizer, n_sentences: int) -> Workload:
    """`tokenizer` is a `tokenizers.Tokenizer` (the stand-in model's tokenizer.json)."""
    rng = random.Random(SEED)
    words = _words(tokenizer)
    sentences, pieces = [], []
    for _ in range(n_sentences):
        target = round(math.exp(rng.gauss(math.log(24), 0.45)))
        target = min(MAX_TOKENS, max(MIN_TOKENS, target))
        text, count = _sentence(tokenizer, words, rng, target)
        sentences.append(text)
        pieces.append(count)
    probe, count = _sentence(tokenizer, words, random.Random(SEED + 1), LATENCY_TOKENS)
    assert count == LATENCY_TOKENS, count
    return Workload(sentences, pieces, probe)

"""Word alignment from a model's cross-attention, for placing inline codes in MT drafts.

Each output token is linked to the source token it attends to most (language tags, </s>
and padding left out), and tokens to the words they belong to: a SentencePiece piece
starting with "▁" starts a new word, as the words of the decoded text do. Attention is a
rough aligner (best in middle layers, worse for short function words); the placement
treats what it finds as a hint and checks it (workbench.core.placement).
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.placement import WordAlignment

_SPECIAL = ("</s>", "<s>", "<pad>", "<unk>")


def _word_indexes(pieces: Sequence[str]) -> list[int | None]:
    """The word index of each piece (None for special tokens and language tags)."""
    out: list[int | None] = []
    word = -1
    for piece in pieces:
        if piece in _SPECIAL or _is_language_tag(piece):
            out.append(None)
            continue
        if piece.startswith("▁") or word < 0:
            if piece.strip("▁") or word < 0:
                word += 1
        out.append(word)
    return out


def _is_language_tag(piece: str) -> bool:
    return len(piece) == 8 and piece[3] == "_" and piece[:3].isalpha() and piece[4:].isalpha()


def from_attention(
    source_pieces: Sequence[str],
    target_pieces: Sequence[str],
    attention: Sequence[Sequence[float]],
) -> WordAlignment:
    """Word links from attention rows (one per target piece, one column per source piece)."""
    src_words = _word_indexes(source_pieces)
    tgt_words = _word_indexes(target_pieces)
    columns = [i for i, w in enumerate(src_words) if w is not None]
    pairs: dict[tuple[int, int], None] = {}
    if not columns:
        return WordAlignment()
    for row, t_word in zip(attention, tgt_words, strict=False):
        if t_word is None:
            continue
        best = max(columns, key=lambda c: row[c] if c < len(row) else -1.0)
        s_word = src_words[best]
        if s_word is not None:
            pairs[(s_word, t_word)] = None
    return WordAlignment(tuple(pairs))

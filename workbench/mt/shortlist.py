"""Target-vocabulary shortlists: the output layer restricted to one script.

NLLB's output layer scores all 256,206 tokens at every decoding step, more than
half of the decoder's work on a CPU. A Kyrgyz or Russian translation only ever
needs Cyrillic pieces, digits, punctuation and the special tokens; an English
one only Latin pieces. CTranslate2 can restrict the output layer to a candidate
list per batch (`use_vmap=True` with a `vmap.txt` in the model folder).

CTranslate2's vocabulary map is keyed by SOURCE n-grams ("source token TAB
candidate target tokens"; a line with an empty key lists tokens that are always
candidates), and the target prefix tokens are added. It cannot be keyed by the
target language, because NLLB puts the target language in the target prefix.
So the workbench writes one map per target script:

- always candidates (empty key): every piece whose letters are all in the
  target script, every piece with no letters (digits, punctuation, symbols),
  the special tokens and the language codes;
- copy rules: each other piece maps to itself (with and without the leading
  "▁"), so names, URLs and Latin words in a Russian source can still be copied
  into the Russian output.

The engine loads the map that matches the target language's script.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from workbench.core.languages import LANGUAGES

WORD_START = "▁"
SCRIPT_PREFIX = {"Cyrl": "CYRILLIC", "Latn": "LATIN"}  # unicodedata name prefixes


def script_of_language(code: str) -> str:
    """The ISO 15924 script of a workbench language (ky -> Cyrl)."""
    return LANGUAGES[code].script


def char_script(ch: str) -> str | None:
    """'Cyrl', 'Latn', 'other' for a letter; None for anything that is not a letter."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for script, prefix in SCRIPT_PREFIX.items():
        if name.startswith(prefix):
            return script
    return "other"


def piece_fits(piece: str, script: str) -> bool:
    """Whether a target piece can appear in text of this script.

    True when every letter of the piece is in the script; pieces without
    letters (digits, punctuation, "▁") fit every script.
    """
    return all(char_script(ch) in (None, script) for ch in piece)


def is_special(token: str) -> bool:
    """Special tokens (<s>, </s>, <unk>, <pad>, <mask>) and NLLB language codes (kir_Cyrl)."""
    if token.startswith("<") and token.endswith(">"):
        return True
    head, _, tail = token.partition("_")
    is_lang = head.isascii() and head.islower() and tail.isascii() and tail.istitle()
    return is_lang and len(head) == 3 and len(tail) == 4


def shortlist_tokens(vocabulary: Sequence[str], script: str) -> list[str]:
    """The tokens that are always candidates for a target in `script`."""
    return [tok for tok in vocabulary if is_special(tok) or piece_fits(tok, script)]


def copy_rules(vocabulary: Sequence[str], script: str) -> dict[str, list[str]]:
    """Source piece -> itself (and its other word-start form), for pieces outside the script."""
    known = set(vocabulary)
    rules: dict[str, list[str]] = {}
    for tok in vocabulary:
        if is_special(tok) or piece_fits(tok, script) or " " in tok or "\t" in tok:
            continue
        other = tok[1:] if tok.startswith(WORD_START) else WORD_START + tok
        rules[tok] = [tok, other] if other in known else [tok]
    return rules


def vmap_lines(vocabulary: Sequence[str], script: str) -> Iterable[str]:
    """The lines of CTranslate2's vmap.txt for a target in `script`."""
    # Tokens with a space or tab cannot be written in the file's format.
    fixed = [t for t in shortlist_tokens(vocabulary, script) if " " not in t and "\t" not in t]
    yield "\t" + " ".join(fixed)
    for source, targets in copy_rules(vocabulary, script).items():
        yield source + "\t" + " ".join(targets)


def write_vmap(vocabulary: Sequence[str], script: str, path: Path) -> int:
    """Write the map; returns how many tokens are always candidates."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for line in vmap_lines(vocabulary, script):
            out.write(line + "\n")
    return len(shortlist_tokens(vocabulary, script))

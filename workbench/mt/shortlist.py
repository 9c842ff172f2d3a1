"""Target-vocabulary shortlists: the output layer restricted to one script.

NLLB's output layer scores all 256,206 tokens at every decoding step, more than
half of the decoder's work on a CPU. A Kyrgyz or Russian translation only ever
needs Cyrillic pieces, digits, punctuation and the special tokens; an English
one only Latin pieces. CTranslate2 can restrict the output layer to a candidate
list per batch (`use_vmap=True` with a `vmap.txt` in the model folder).

CTranslate2's vocabulary map is keyed by SOURCE n-grams ("source tokens TAB
candidate target tokens"; a line with an empty key lists tokens that are always
candidates) plus the target prefix; it cannot be keyed by the target language,
because NLLB puts that in the target prefix. So the workbench writes one map per
target script, loaded with the model (workbench.mt.convert), holding only the
always-candidates line: every piece whose letters are all in the target
languages' alphabet (letter_allowed), every piece without letters (digits,
punctuation, symbols), the special tokens and the language codes.

Why no per-source rules (such as "a Latin source piece may be copied"):
CTranslate2 4.8 keeps a stale id map when the candidate set changes from one
call to the next (Decoder::update_output_layer fills `_to_output_word_id` with
emplace without clearing it), so the forced language token can map to the wrong
row, or out of range. With one fixed candidate set per loaded model the map is
always right. Sentences whose source has pieces outside the target script (a
Latin name in a Russian target) are translated with the full vocabulary
instead (use_vmap=False resets the layer cleanly on a CPU), so the shortlist
never has to guess which foreign pieces an output may need.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from workbench.core.languages import LANGUAGES

_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_KYRGYZ = "ңөү"  # the letters Kyrgyz adds to the Russian alphabet
_CYRILLIC_LETTERS = frozenset(_RUSSIAN + _KYRGYZ + (_RUSSIAN + _KYRGYZ).upper())


def script_of_language(code: str) -> str:
    """The ISO 15924 script of a workbench language (ky -> Cyrl)."""
    return LANGUAGES[code].script


def letter_allowed(ch: str, script: str) -> bool:
    """Whether a letter belongs in a target of this script.

    Not the whole Unicode script: NLLB's vocabulary serves 200 languages, and a
    Kyrgyz or Russian output needs only the Russian alphabet plus ң ө ү (no
    Ukrainian ї, Kazakh қ, Serbian ђ...); an English one needs ASCII letters and
    the accents of names (Latin-1 and Latin Extended-A: é, ü, ł, ş...).
    """
    if script == "Cyrl":
        return ch in _CYRILLIC_LETTERS
    if script == "Latn":
        return ch.isascii() or 0xC0 <= ord(ch) <= 0x17F and ch not in "×÷"
    raise ValueError(f"no shortlist alphabet for script {script!r}")


def piece_fits(piece: str, script: str) -> bool:
    """Whether a target piece can appear in text of this script.

    True when every letter of the piece is allowed; pieces without letters
    (digits, punctuation, symbols, "▁") fit every script.
    """
    return all(letter_allowed(ch, script) for ch in piece if ch.isalpha())


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


def vmap_lines(vocabulary: Sequence[str], script: str) -> Iterable[str]:
    """The lines of CTranslate2's vmap.txt for a target in `script`."""
    # Tokens with a space or tab cannot be written in the file's format.
    fixed = [t for t in shortlist_tokens(vocabulary, script) if " " not in t and "\t" not in t]
    yield "\t" + " ".join(fixed)


def read_vmap_tokens(path: Path) -> frozenset[str]:
    """The always-candidate tokens of a vmap.txt written by write_vmap."""
    with path.open(encoding="utf-8") as handle:
        first = handle.readline().rstrip("\n")
    return frozenset(first.partition("\t")[2].split(" "))


def write_vmap(vocabulary: Sequence[str], script: str, path: Path) -> int:
    """Write the map; returns how many tokens are always candidates."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for line in vmap_lines(vocabulary, script):
            out.write(line + "\n")
    return len(shortlist_tokens(vocabulary, script))

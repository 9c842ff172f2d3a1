"""The text rules behind the QA checks (core/qa.py): quotes, brackets, punctuation,
spaces, length, scripts, Kazakh letters, and Kyrgyz ө ү ң typed as о у н.

Each function returns a message (empty when all is well) or the places it found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.core.i18n import msg, nmsg
from workbench.core.morph import WORD, fold
from workbench.core.morph.kyrgyz import stems_of

_QUOTE_MARKS = re.compile('[«»“”„"]')


def quotes_message(source: str, target: str) -> str:
    if not (_QUOTE_MARKS.search(source) or _QUOTE_MARKS.search(target)):
        return ""  # the usual case, and a cheap one
    opening, closing = target.count("«"), target.count("»")
    odd = target.count('"') % 2
    if opening != closing:
        if odd:
            return msg(
                '« and » do not pair up ({opening} « and {closing} »); an odd number of "',
                opening=opening,
                closing=closing,
            )
        return msg(
            "« and » do not pair up ({opening} « and {closing} »)", opening=opening, closing=closing
        )
    if odd:
        return msg('An odd number of "')
    quoted_source, quoted_target = _quoted_spans(source), _quoted_spans(target)
    if quoted_source != quoted_target:
        return msg(
            "The source quotes {source} time(s), the target {target}",
            source=quoted_source,
            target=quoted_target,
        )
    return ""


def _quoted_spans(text: str) -> int:
    """How many quotations a text has, whatever marks it uses."""
    return (
        text.count("«")
        + text.count("“")
        + text.count("„")
        + text.count('"') // 2
        - (
            # „...“ (German/Russian low-high) uses “ as its closing mark: count the pair once
            min(text.count("„"), text.count("“"))
        )
    )


def brackets_message(source: str, target: str) -> str:
    for opening, closing in (("(", ")"), ("[", "]")):
        if opening not in source and opening not in target and closing not in target:
            continue
        depth = 0
        for ch in target:
            depth += (ch == opening) - (ch == closing)
            if depth < 0:
                break
        if depth:
            return msg(
                "{opening} and {closing} do not pair up in the target",
                opening=opening,
                closing=closing,
            )
        if source.count(opening) != target.count(opening):
            return msg(
                "The source has {source} {pair}, the target {target}",
                source=source.count(opening),
                pair=opening + closing,
                target=target.count(opening),
            )
    return ""


_CLOSERS = "\"'»”)]"  # what may follow the final mark, with spaces
_END_NAMES = {".": msg("a full stop"), "!": "!", "?": "?", ":": ":", ";": ";", "…": "…"}
_NO_END = msg("no punctuation")


def end_punctuation_message(source: str, target: str) -> str:
    s_end, t_end = _ending(source), _ending(target)
    if s_end == t_end:
        return ""
    said_s = _END_NAMES.get(s_end, _NO_END) if s_end else _NO_END
    said_t = _END_NAMES.get(t_end, _NO_END) if t_end else _NO_END
    return msg(
        "The source ends with {source}, the target with {target}", source=said_s, target=said_t
    )


def _ending(text: str) -> str:
    """The final mark (... and … both read "…") before any trailing closers and spaces;
    read from the end (a regex search for it was tried at every character)."""
    text = text.rstrip()
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in _CLOSERS):
        end -= 1
    if text.endswith("...", 0, end) or text.endswith("…", 0, end):
        return "…"
    mark = text[end - 1 : end]
    return mark if mark and mark in ".!?:;" else ""


def double_space_at(source: str, target: str) -> int | None:
    """Where the target has two spaces in a row (the source having none)."""
    if "  " in source:
        return None
    at = target.strip().find("  ")
    if at < 0:
        return None
    return at + (len(target) - len(target.lstrip()))


def edge_space_message(source: str, target: str) -> str:
    start = source[:1].isspace() != target[:1].isspace()
    end = source[-1:].isspace() != target[-1:].isspace()
    if start and end:
        return msg("Spaces at the start and at the end differ from the source's")
    if start:
        return msg("Spaces at the start differ from the source's")
    if end:
        return msg("Spaces at the end differ from the source's")
    return ""


# Length: a translation between these languages is rarely under half or over twice as
# long as its source; short texts (titles, names) vary more, so they are left alone.
MIN_LENGTH = 20
MIN_RATIO, MAX_RATIO = 0.5, 2.0


def length_message(source: str, target: str) -> str:
    s, t = len(source.strip()), len(target.strip())
    if s < MIN_LENGTH or not t:
        return ""
    ratio = t / s
    if MIN_RATIO <= ratio <= MAX_RATIO:
        return ""
    return nmsg(
        "The target is {ratio:.1f} times as long as the source ({t} / {n} character)",
        "The target is {ratio:.1f} times as long as the source ({t} / {n} characters)",
        s,
        ratio=ratio,
        t=t,
    )


# A key under which two texts that differ only in case, spacing, quote and dash styles,
# ё/е and final punctuation are the same (for consistency and "untranslated"). Cheaper
# than kyrgyz.normalise_for_matching, which also replaces look-alike letters: sources
# come with those already replaced (Segment.mt_source), and the mixed-script check
# reports them in targets.
_FOLD = str.maketrans(
    {
        **{ch: '"' for ch in "«»“”„‟‹›"},
        **{ch: "'" for ch in "‘’‚‛`´ʼ"},
        **{ch: "-" for ch in "‐‑‒–—―−"},
        "…": "...",
        "ё": "е",
        "Ё": "Е",
        "\u00a0": " ",
    }
)
_TRAIL_CHARS = " .!?;:,"  # trailing spaces and final marks
_FOLDED = re.compile("[" + "".join(chr(c) for c in _FOLD) + "]")


def match_key(text: str) -> str:
    if _FOLDED.search(text):  # translate() is slow on Cyrillic text: replace what is there
        # (no replacement contains a character that is replaced, so the order is free)
        for ch in set(_FOLDED.findall(text)):
            text = text.replace(ch, _FOLD[ord(ch)])
    text = text.casefold()
    # White space made single spaces: only where there is more than a single " " between
    # words (every character str.split splits on, " " aside, is not printable), which
    # most texts are not; else split/join would only strip the ends.
    if "  " in text or not text.isprintable():
        text = " ".join(text.split())
    # The only white space left is " ", so stripping these characters is what
    # [\s.!?;:,]+$ removes, without a regex tried at every space of the text.
    return text.strip(" ").rstrip(_TRAIL_CHARS)


_URLISH = re.compile(r"^(\S+@\S+|https?://\S+|www\.\S+|[\d\W_]+)$")


def needs_translation(source: str) -> bool:
    """A source with words to translate (not just numbers, a URL or an e-mail address)."""
    text = source.strip()
    if not text or _URLISH.match(text):
        return False
    return any(len(m.group()) >= 3 for m in WORD.finditer(text))


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u052f"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or "\u00c0" <= ch <= "\u024f"


_HAS_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_HAS_CYRILLIC = re.compile("[\u0400-\u052f]")


def mixed_script_words(text: str) -> Iterator[tuple[str, int]]:
    """Words with both Latin and Cyrillic letters ("Pеспублика" with a Latin P)."""
    if not (_HAS_LATIN.search(text) and _HAS_CYRILLIC.search(text)):
        return
    for m in WORD.finditer(text):
        word = m.group()
        if any(_is_cyrillic(c) for c in word) and any(_is_latin(c) for c in word):
            yield word, m.start()


KAZAKH = "қғұіһәҚҒҰІҺӘ"
_HAS_KAZAKH = re.compile(f"[{KAZAKH}]")


def kazakh_words(text: str) -> Iterator[tuple[str, int, str]]:
    """Words with Kazakh letters (қ ғ ұ і һ ә), which Kyrgyz does not use."""
    if not _HAS_KAZAKH.search(text):
        return
    for m in WORD.finditer(text):
        letters = "".join(dict.fromkeys(c for c in m.group() if c in KAZAKH))
        if letters:
            yield m.group(), m.start(), " ".join(letters)


_PLAIN = str.maketrans("өүң", "оун")


class KyrgyzLetters:
    """Kyrgyz words as the termbase and memory spell them, to catch ө ү ң typed as о у н.

    A target word is suspect when it has no ө ү ң, is not itself a known word (or an
    inflection of one), and one of its stems, with ө ү ң put back, is a known stem that
    has them: "окмоттун" -> "өкмөт". тоо "mountain" and төө "camel" are both words:
    a known тоо is never reported.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._known: set[str] = set()
        self._by_plain: dict[str, str] = {}
        self.add(words)

    def add(self, texts: Iterable[str]) -> None:
        """Learn the words of `texts` (new memory units, newly confirmed targets): the
        result is the same whatever order the words come in."""
        known, by_plain = self._known, self._by_plain
        for text in texts:
            for m in WORD.finditer(text):
                word = fold(m.group())
                if word in known:
                    continue
                known.add(word)
                # A word like "тоо" that is known as it is shadows a "төө" with its letters.
                by_plain.pop(word, None)
                if any(c in word for c in "өүң"):
                    plain = word.translate(_PLAIN)
                    if plain not in known:
                        by_plain.setdefault(plain, word)

    def __bool__(self) -> bool:
        return bool(self._by_plain)

    @property
    def learnt(self) -> int:
        """How many words are known: grows with every add that teaches something (a
        stamp for results computed with fewer words)."""
        return len(self._known)

    def mistyped(self, text: str) -> Iterator[tuple[str, int, str]]:
        """(word, start, the known word it probably is) for each suspect word."""
        if not self._by_plain:
            return
        for m in WORD.finditer(text):
            word = fold(m.group())
            if any(c in word for c in "өүң") or word in self._known:
                continue
            stems = stems_of(word)
            if stems & self._known:
                continue
            for stem in sorted(stems, key=len, reverse=True):
                right = self._by_plain.get(stem)
                if right is not None:
                    yield m.group(), m.start(), right
                    break

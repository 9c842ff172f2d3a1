"""Undoing mojibake: text decoded with the wrong code page and saved again."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.core.plausibility import per_letter

# Mojibake is text decoded with the wrong code page and saved again. Kinds found in Kyrgyz
# and Russian documents:
#   UTF-8 bytes read as cp1251 ("РљС‹СЂРіС‹Р·") or as cp1252/Latin-1 ("ÐšÑ‹Ñ€Ð³Ñ‹Ð·"),
#   cp1251 bytes read as cp1252/Latin-1 ("Ðîññèÿ"),
#   cp1251 and koi8-r read as each other ("бНОПНЯ", "чПРТПУ" for "Вопрос").
# Each is undone only where the evidence is strong: the repaired span must consist of
# letters of the three languages (and common punctuation), must be long enough not to be a
# coincidence, and the repaired line must score as clearly more plausible text (per letter)
# than the original. Work is per line and per run of suspicious words, so a line that mixes
# broken and correct text is repaired only where it is broken.


def _char_to_byte(encoding: str) -> dict[str, int]:
    """Each character `encoding` decodes from a byte 0x80-0xFF, mapped back to that byte."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        if byte < 0xA0:
            table[chr(byte)] = byte  # a C1 control: how Latin-1 (or Windows, if undefined) shows it
        try:
            table[bytes([byte]).decode(encoding)] = byte
        except UnicodeDecodeError:
            pass
    return table


_CP1251 = _char_to_byte("cp1251")
_CP1252 = _char_to_byte("cp1252")
# Letters of Kyrgyz and Russian.
_KY_RU = set("абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя")
_KY_RU |= {ch.upper() for ch in _KY_RU}
_ALLOWED_REPAIRED = (
    _KY_RU
    | {chr(c) for c in range(0xC0, 0x100) if chr(c) not in "×÷"}  # Latin-1 letters
    | set("\u00a0«»“”„‘’‚—–…№°§©®•‹›€™")
)


def _class(table: dict[str, int], low: int, high: int) -> str:
    chars = sorted(ch for ch, b in table.items() if low <= b <= high)
    return "[" + "".join(re.escape(ch) for ch in chars) + "]"


@dataclass(frozen=True)
class _Misreading:
    """UTF-8 bytes shown through a single-byte code page."""

    to_bytes: dict[int, str]  # str.translate table: each character to the byte it came from
    sequence: re.Pattern[str]  # one UTF-8 sequence: "Рљ", "вЂ”"
    run: re.Pattern[str]  # several in a row
    # Byte prefixes that never begin a correct word in this code page, so that even one
    # sequence is evidence: "вЂ"/"â€" (E2 80, punctuation) and, in cp1252, "Ã" and "Â".
    telltales: tuple[bytes, ...]

    @classmethod
    def of(cls, table: dict[str, int], telltales: tuple[bytes, ...]) -> _Misreading:
        lead2, lead3 = _class(table, 0xC2, 0xDF), _class(table, 0xE0, 0xEF)
        cont = _class(table, 0x80, 0xBF)
        cont = cont[:-1] + "\ufffd]"  # a byte the wrong code page did not define, already lost
        sequence = f"(?:{lead2}{cont}|{lead3}{cont}{cont})"
        to_bytes = str.maketrans({ch: chr(byte) for ch, byte in table.items()})
        return cls(to_bytes, re.compile(sequence), re.compile(f"{sequence}+"), telltales)

    def raw(self, chars: str) -> bytes:
        return chars.translate(self.to_bytes).encode("latin-1")


# In cp1251, C2 and C3 are the letters В and Г: "В«" is only a missing space.
_UTF8_AS = (
    _Misreading.of(_CP1251, (b"\xe2\x80",)),
    _Misreading.of(_CP1252, (b"\xe2\x80", b"\xc2", b"\xc3")),
)


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo wrong-code-page decoding line by line where confident; True if anything changed."""
    lines = text.split("\n")
    repaired, swaps = [], set()
    for line in lines:
        fixed, swap = _repair_line(line)
        repaired.append(fixed)
        swaps.add(swap)
    swaps.discard(None)
    if len(swaps) == 1:
        # A line of small letters only has no telltale once swapped ("ФЮПДЮЛ АЕПЕР."): it is
        # repaired when another line of the same text showed which swap happened.
        swap = swaps.pop()
        repaired = [
            _undo_swap_if_better(line, swap) if line == old and _all_capitals(line) else line
            for line, old in zip(repaired, lines, strict=True)
        ]
    return "\n".join(repaired), repaired != lines


def _repair_line(line: str) -> tuple[str, int | None]:
    """The line repaired, and which of _SWAPS repaired it, if one did."""
    if line.isascii():
        return line, None
    for misreading in _UTF8_AS:
        line = _repair_utf8(line, misreading)
    return _repair_swapped_cyrillic(_repair_cp1251_as_latin(line))


def _repair_utf8(line: str, misreading: _Misreading) -> str:
    """UTF-8 shown through a single-byte code page: every letter became a pair (or triple)."""
    spans: list[tuple[int, int, str]] = []
    strong = False
    for run in misreading.run.finditer(line):
        chunk = run.group()
        raw = b"" if "\ufffd" in chunk else misreading.raw(chunk)
        fixed = _utf8_or_none(raw) if raw else None
        if fixed is not None:
            if set(fixed) <= _ALLOWED_REPAIRED:
                spans.append((run.start(), run.end(), fixed))
                # One letter may be a coincidence ("Р»" is Р before a guillemet); two are not.
                strong = strong or len(fixed) >= 2 or raw.startswith(misreading.telltales)
            continue
        # A run with lost or invalid bytes: sequence by sequence.
        good = 0
        for match in misreading.sequence.finditer(chunk):
            seq = match.group()
            if "\ufffd" in seq:
                letter = "\ufffd"  # the letter is lost: one mark instead of two junk characters
            else:
                letter = _utf8_or_none(misreading.raw(seq)) or ""
                if letter not in _ALLOWED_REPAIRED:
                    continue
                good += 1
            spans.append((run.start() + match.start(), run.start() + match.end(), letter))
        strong = strong or good >= 2
    if not strong:
        return line
    return _apply_if_better(line, spans)


def _utf8_or_none(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


_LATIN_WORD = re.compile(r"[\w\u00a8\u00b8\u00d7\u00f7]+")
_NUMBER_WORD = re.compile(r"\d+|[IVXLCM]+")  # 1991, XX (кылым)
_CP1251_AS_LATIN = re.compile(r"[\u00c0-\u00ff\u00a8\u00b8]+")
_CASE_BREAK = re.compile(r"[^\W\d_]*[a-zа-яёңөү][A-ZА-ЯЁҢӨҮ]")
_VOWELS = set("аеёиоөуүыэюяАЕЁИОӨУҮЫЭЮЯ")


def _repair_cp1251_as_latin(line: str) -> str:
    """cp1251 shown as cp1252: Cyrillic words became words of accented letters only ("Ðîññèÿ")."""
    if not _CP1251_AS_LATIN.search(line):
        return line
    runs: list[list[tuple[int, int, str]]] = [[]]
    for match in _LATIN_WORD.finditer(line):
        word = match.group()
        fixed = _cp1251_word(word) if _CP1251_AS_LATIN.fullmatch(word) else None
        if fixed is None:
            if not _NUMBER_WORD.fullmatch(word):
                runs.append([])  # an ordinary word ends a run of suspicious words; "1991" not
        else:
            runs[-1].append((match.start(), match.end(), fixed))
    spans: list[tuple[int, int, str]] = []
    for run in runs:
        # A run is repaired only when it holds one real-looking word of three letters or more:
        # a lone "à" or "Ð" is French or Icelandic, not damaged Russian.
        if any(_real_looking(fixed) for *_, fixed in run):
            spans.extend(run)
    return _apply_if_better(line, spans) if spans else line


def _real_looking(word: str) -> bool:
    if len(set(word.casefold())) < 2:
        return False  # "ÀÀà" would be "ААа": one letter repeated is no word
    if word.isupper():
        return len(word) >= 4  # an abbreviation: РСФСР, КМШнын is not all upper
    return len(word) >= 3 and bool(_VOWELS & set(word))


def _cp1251_word(word: str) -> str | None:
    fixed = bytes(_CP1252[ch] for ch in word).decode("cp1251", errors="replace")
    if not all(ch in _KY_RU for ch in fixed) or _CASE_BREAK.match(fixed):
        return None
    return fixed


# cp1251 read as koi8-r, or koi8-r read as cp1251: each swaps small and capital letters (and
# shuffles them), so "Вопрос" shows as "бНОПНЯ" or "чПРТПУ". A small letter followed by
# capitals to the end of the word is the telltale; "кВт" and "мРНК" are the real exceptions.
_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]+")
# Units and terms that really are written with a small letter and then capitals.
_REAL_SMALL_CAPITALS = frozenset(
    "кВт мВт кВ мВ мкВ кА мА мкА дБ кДж мДж кПа мПа гПа кОм мОм мГн мкФ пФ кВА кВтч мЗв мкЗв "
    "мРНК тРНК рРНК иРНК мкРНК дНК кДНК".split()
)
_SWAPPED_WORD = re.compile(r"(?<![^\W\d_])[а-яё][А-ЯЁ]+(?![^\W\d_])")
_SWAPS = tuple(
    (
        wrong,
        right,
        re.compile("[" + re.escape(bytes(range(0x80, 0x100)).decode(wrong, "ignore")) + "]+"),
    )
    for wrong, right in (("koi8-r", "cp1251"), ("cp1251", "koi8-r"))
)


def _repair_swapped_cyrillic(line: str) -> tuple[str, int | None]:
    telltales = [w for w in _SWAPPED_WORD.findall(line) if w not in _REAL_SMALL_CAPITALS]
    if not telltales:
        return line, None
    # Swapped, capitalised words become telltales and small-letter words all capitals:
    # those must outnumber ordinary words ("вакцина", "Бишкек"), and a short telltale
    # ("юК" for "Ал") needs an all-capitals word beside it ("ЙЕРРХ" for "кетти").
    words = _cyrillic_words(line)
    ordinary = sum(1 for w in words if _is_ordinary(w))
    capitals = sum(1 for w in words if len(w) >= 3 and w.isupper())
    if ordinary >= len(words) - ordinary:
        return line, None
    if not capitals and not any(len(word) >= 5 for word in telltales):
        return line, None
    scored = []
    for swap in range(len(_SWAPS)):
        candidate = _undo_swap(line, swap)
        if not _SWAPPED_WORD.search(candidate):
            scored.append((per_letter(candidate), swap, candidate))
    if not scored:
        return line, None
    scored.sort(reverse=True)
    best_score, swap, best = scored[0]
    # Undoing the wrong swap also gives normal-looking letters: on a short line the two
    # directions can score alike ("Билбейм" / "Чкнчело"), and then neither is trusted.
    if len(scored) > 1 and best_score - scored[1][0] < 0.3:
        return line, None
    if best_score > per_letter(line) + 0.5:
        return best, swap
    return line, None


def _undo_swap(line: str, swap: int) -> str:
    wrong, right, run = _SWAPS[swap]

    def undo(match: re.Match[str]) -> str:
        try:
            return match.group().encode(wrong).decode(right)
        except UnicodeError:
            return match.group()

    return run.sub(undo, line)


def _undo_swap_if_better(line: str, swap: int) -> str:
    candidate = _undo_swap(line, swap)
    return candidate if per_letter(candidate) > per_letter(line) + 0.5 else line


def _cyrillic_words(line: str) -> list[str]:
    return [w for w in _CYRILLIC_WORD.findall(line) if len(w) >= 2]


def _is_ordinary(word: str) -> bool:
    return word.islower() or (word[0].isupper() and word[1:].islower())


def _all_capitals(line: str) -> bool:
    words = _cyrillic_words(line)
    return bool(words) and not any(_is_ordinary(w) for w in words)


def _apply_if_better(line: str, spans: list[tuple[int, int, str]]) -> str:
    parts, last = [], 0
    for start, end, fixed in spans:
        parts += [line[last:start], fixed]
        last = end
    parts.append(line[last:])
    candidate = "".join(parts)
    # Scores are sums over letters, so compare them per letter: the repair must be clearly better.
    return candidate if per_letter(candidate) > per_letter(line) + 0.5 else line

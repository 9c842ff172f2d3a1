"""Split a paragraph into sentences (segments) for Kyrgyz, Russian and English.

Lossless: "".join(p.lead + p.text + p.trail for p in pieces) == paragraph, always. Each
piece's text has no surrounding whitespace; the whitespace between sentences becomes the
trail of the sentence before, and whitespace at the very start becomes the first lead.

The splitter walks the whitespace-separated tokens once (linear time) and decides at each
token that ends in . ! ? or … whether a sentence ends there, from the token itself
(abbreviation, initial, number) and from the token that follows (capital letter, digit,
opening quote, dash). Line breaks end a sentence after final punctuation, before a list item
(-, •, 1., 1), а) ...) and at a blank line; other line breaks are soft wraps.

A sentence that starts with a Latin-script sentence and runs straight into a Cyrillic one
without punctuation between them ("Photo by Aigul Toktogulova Бишкекте жаңы мектеп
ачылды.", a photo credit before a caption) is split where the script changes, so each
part gets its own language. A Latin name inside Cyrillic text ("NATO", "iPhone 15 Pro",
"Coca-Cola Company") is no sentence and is never split off.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    lead: str  # whitespace before the text
    text: str  # the segment: never empty, no leading or trailing whitespace
    trail: str  # whitespace after the text


UNITS = ("sentence", "paragraph")

# Abbreviations a sentence never ends with: titles, "street", "page", "for example"...
_NEVER_FINAL = {
    # Russian
    "т.е.", "т.к.", "им.", "ул.", "пр.", "просп.", "пер.", "д.", "кв.", "с.", "стр.", "см.",
    "ср.", "рис.", "табл.", "ст.", "п.", "пп.", "ч.", "гл.", "т.", "обл.", "р.", "акад.",
    "проф.", "доц.", "тел.", "напр.", "англ.", "рус.", "кырг.", "нем.", "лат.", "изд.", "ред.",
    "сост.", "ген.", "тов.", "св.", "оз.", "пос.", "пгт.", "мкр.", "м.", "о.", "гр.", "зам.",
    "пред.", "б.", "ж.-д.", "р-н.", "каф.", "фак.", "ин-т.", "ун-т.", "н.",
    # Kyrgyz
    "б.а.", "мис.", "ш.", "көч.", "кыш.", "а.", "аб.", "өк.", "б.з.ч.", "ө.",
    # English
    "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "mt.", "gen.", "sen.", "rep.", "gov.", "lt.",
    "col.", "capt.", "sgt.", "rev.", "hon.", "sr.", "e.g.", "i.e.", "cf.", "vs.", "approx.",
    "dept.", "est.", "u.s.", "u.k.", "u.n.", "e.u.", "ph.d.", "a.k.a.", "mx.", "pres.",
}  # fmt: skip

# Abbreviations that may end a sentence: a capital letter after them starts a new one.
_MAY_END = {
    "т.д.", "т.п.", "др.", "пр.", "млн.", "млрд.", "трлн.", "тыс.", "руб.", "коп.", "сом.",
    "долл.", "н.э.", "т.б.", "ж.б.", "ж.б.у.с.", "б.з.", "etc.", "inc.", "ltd.", "co.",
    "corp.", "jr.", "a.m.", "p.m.", "al.", "kg.", "km.", "мин.", "сек.", "км.", "кг.",
}  # fmt: skip

# After a number these may end a sentence ("в 2021 г. Затем"); elsewhere they do not
# ("г. Бишкек" is "the city of Bishkek").
_AFTER_NUMBER = {"г.", "гг.", "в.", "вв.", "ж.", "жж.", "к.", "кк.", "ч.", "мин.", "с.", "м.", "л."}

# English words that are abbreviations only before a number ("No. 5", "Jan. 12").
_BEFORE_NUMBER = {
    "no.", "nos.", "vol.", "fig.", "art.", "sec.", "ch.", "pp.", "p.", "jan.", "feb.", "mar.",
    "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "№.",
}  # fmt: skip

# Words that often start a sentence after an ambiguous abbreviation.
_STARTERS = set(
    """а ал алар анда андан ансыз анткени бирок бул булар биз же жана мындан ошондой ошону
    ошол ошентип мен сен силер ошондуктан эми эгерде азыр кийин мурда учурда буга
    в во на но и с со по после это этот эта эти он она они мы вы я однако также кроме затем
    потом тогда поэтому при для как когда если так все всего из к у о об от до за сейчас
    the a an this that these those it he she they we i in on at but and or however also
    then thus so for after before when if there as by""".split()
)

_CLOSERS = "»\"”’'“)]}›"
_OPENERS = "«\"“„‘'([{‹"
_FINAL = ".!?…"
_DASHES = "-–—―"
_BULLETS = "-–—•*·▪◦●○■□➢✓►‣⁃"

_TOKEN = re.compile(r"\S+")
_NUMBERED = re.compile(
    r"(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-zа-яёңөү][.)]|[IVXLCivxlc]{1,6}[.)])"
)
_NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")  # т.е, U.S, e.g, б.з.ч, Ph.D


def split_paragraph(text: str, lang: str, unit: str = "sentence") -> list[Piece]:
    """Split `text` into pieces; `unit` is "sentence" or "paragraph" (one piece).

    The rules and abbreviation lists of all three languages apply whatever `lang` says:
    Kyrgyz and Russian news quote each other's abbreviations and English names.
    """
    if unit not in UNITS:
        raise ValueError(f"unknown segmentation unit {unit!r}: use one of {', '.join(UNITS)}")
    if not text.strip():
        return []
    if unit == "paragraph":
        return [_piece(text)]
    starts = [0]
    tokens = list(_TOKEN.finditer(text))
    first = 0  # index of the first token of the current sentence
    for i in range(len(tokens) - 1):
        if _is_boundary(text, tokens, i, i - first + 1):
            starts.append(tokens[i + 1].start())
            first = i + 1
    starts.append(len(text))
    starts = [
        cut
        for a, b in zip(starts, starts[1:], strict=False)
        for cut in (a, *_script_change(text, tokens, a, b))
    ] + [len(text)]
    return [_piece(text[a:b]) for a, b in zip(starts, starts[1:], strict=False)]


# Lower-case words inside names (Bank of America, University of Central Asia): they do
# not make a Latin run a sentence.
_NAME_LINKS = frozenset("of and the for de du des la le von van der da di y".split())


def _script(token: str) -> str:
    """ "L" (Latin letters only), "C" (Cyrillic letters only) or "" (neither, or both)."""
    latin = cyrillic = False
    for ch in token:
        if ch.isalpha():
            if ch < "\u0250":
                latin = True
            elif "\u0400" <= ch <= "\u04ff":
                cyrillic = True
    return "L" if latin and not cyrillic else "C" if cyrillic and not latin else ""


def _script_change(text: str, tokens: list[re.Match[str]], start: int, end: int) -> list[int]:
    """Where the sentence text[start:end] should be cut because it begins with a Latin
    sentence that runs into a Cyrillic one; [] when it does not.

    The Latin run must read as a sentence or a credit, not a name: two or more Latin
    words starting with a capital, and among them a lower-case word that is not part of
    names ("by", "courtesy"; not "of") or a colon ("Photo: Reuters"). The Cyrillic part
    must start with a capital and have two words or more."""
    first = bisect_left(tokens, start, key=lambda t: t.start())
    last = bisect_left(tokens, end, key=lambda t: t.start())
    latin_words = 0
    phrase = False
    # The walk stops at the first word that is not Latin: linear over the paragraph.
    for j in range(first, last):
        token = tokens[j]
        word = token.group().strip(_OPENERS + _CLOSERS + ",;")
        script = _script(word)
        if script == "L":
            if latin_words == 0 and not word[:1].isupper():
                return []
            latin_words += 1
            phrase = phrase or (
                word.isalpha() and word.islower() and len(word) > 1 and word not in _NAME_LINKS
            )
            phrase = phrase or word.endswith(":")
        elif script == "C":
            if latin_words < 2 or not phrase or not word[:1].isupper():
                return []
            before = tokens[j - 1].group().rstrip(_CLOSERS)
            if before[-1:] in _FINAL:
                return []  # the sentence splitter decided not to cut here: leave it
            if sum(_script(tokens[k].group()) == "C" for k in range(j, min(j + 4, last))) < 2:
                return []
            return [token.start()]
        elif latin_words == 0 and any(ch.isalpha() for ch in word):
            return []  # mixed-script first word: no Latin sentence to split off
    return []


def _piece(chunk: str) -> Piece:
    body = chunk.strip()
    start = chunk.index(body[0])
    return Piece(chunk[:start], body, chunk[start + len(body) :])


def _is_boundary(text: str, tokens: list[re.Match[str]], i: int, length: int) -> bool:
    """Does a sentence end after token i? `length`: tokens in the sentence so far."""
    token = tokens[i].group()
    newlines = text.count("\n", tokens[i].end(), tokens[i + 1].start())
    if not newlines and token[-1] not in _FINAL + _CLOSERS:
        return False  # the common case, kept cheap
    nxt = tokens[i + 1].group()
    line_start = i == 0 or "\n" in text[tokens[i - 1].end() : tokens[i].start()]
    if newlines:
        if newlines >= 2 or _is_list_marker(nxt):
            return True
        core = token.rstrip(_CLOSERS)
        if core.endswith((":", "!", "?", "…")):
            return True
        if core.endswith(".") and not (line_start and _is_list_marker(token)):
            # "ул.\nМанаса" is a wrapped line; "т.б.\nБул" and "болду.\nАл" end sentences.
            word = core[: len(core.rstrip(_FINAL))].lstrip(_OPENERS)
            previous = _previous(tokens, i)
            return core.endswith("..") or _period_ends_sentence(word, "upper", previous, True)
        return False
    core = token.rstrip(_CLOSERS)
    if not core or core[-1] not in _FINAL:
        return False
    if line_start and _is_list_marker(token):
        return False  # "1. Кириш" at the start of a line is a numbered heading, not a sentence
    follower = _follower(tokens, i)
    punct_len = len(core) - len(core.rstrip(_FINAL))
    punct, word = core[-punct_len:], core[:-punct_len].lstrip(_OPENERS)
    if punct != ".":
        return follower in ("upper", "digit")  # ! ? … ?! !! ... end a sentence before a capital
    # After an abbreviation that may or may not end a sentence ("в 1991 г. Кыргызстан стал",
    # "торговлю и т.д. Затем"), a capital starts a new sentence only after a sentence of some
    # length or before a word that typically starts one.
    next_word = nxt.lstrip(_OPENERS + _DASHES).rstrip(',.:;!?»"”')
    sure = length >= 4 or next_word.lower() in _STARTERS
    return _period_ends_sentence(word, follower, _previous(tokens, i), sure)


def _is_list_marker(token: str) -> bool:
    return (
        (len(token) == 1 and token in _BULLETS)
        or token[0] in "•▪◦●■□➢✓►‣⁃"
        or (_NUMBERED.fullmatch(token) is not None)
    )


def _follower(tokens: list[re.Match[str]], i: int) -> str:
    """What the next token starts with: "upper", "digit", "lower" or "other"."""
    nxt = tokens[i + 1].group()
    if nxt in _DASHES or nxt == "--":  # "— Кел! — деди ал." : look past a dialogue dash
        if i + 2 >= len(tokens):
            return "other"
        nxt = tokens[i + 2].group()
    first = nxt.lstrip(_OPENERS + _DASHES)[:1]
    if not first:
        return "other"
    if first.isupper():
        return "upper"
    if first.isdigit():
        return "digit"
    if first.islower():
        return "lower"
    return "other"


def _previous(tokens: list[re.Match[str]], i: int) -> str:
    return tokens[i - 1].group() if i > 0 else ""


def _period_ends_sentence(word: str, follower: str, previous: str, sure: bool) -> bool:
    """Does "word." end a sentence? `sure`: a capital after it would surely start one."""
    if follower not in ("upper", "digit"):
        return False
    if not word:
        return True
    key = word.lower() + "."
    # "2021-ж." / "2021-жылы" : the part after a hyphen decides, a number before it counts.
    head, _, tail = word.rpartition("-")
    after_number = _NUMBER.fullmatch(previous.rstrip(",")) is not None
    if head and tail and _NUMBER.fullmatch(head):
        key, after_number = tail.lower() + ".", True
    if len(word) == 1 and word.isalpha():
        # "т. д." written with a space: the two letters together are the abbreviation.
        if len(previous) == 2 and previous[1] == "." and previous[0].isalpha():
            pair = previous.lower() + key
            if pair in _MAY_END:
                return follower == "upper" and sure
            if pair in _NEVER_FINAL:
                return False
        if word.isupper():
            return False  # an initial: В. В. Путин, J. R. R. Tolkien
    if key in _AFTER_NUMBER:
        return after_number and follower == "upper" and sure
    if key in _MAY_END:
        return follower == "upper" and sure
    if key in _NEVER_FINAL:
        return False
    if key in _BEFORE_NUMBER and follower == "digit":
        return False
    if _DOTTED.fullmatch(word):
        return False  # an unknown dotted abbreviation: б.з., Т.Ж.
    if len(word) == 1 and word.isalpha():
        return False  # a one-letter abbreviation: с. Ала-Бука, п. 3
    return True

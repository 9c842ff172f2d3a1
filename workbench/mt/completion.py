"""Interactive MT: the model finishes the target the translator is typing.

The rule lives here, engine-independent; engines only continue a target prefix
(Engine.complete). Given what was typed:

- The typed text is split at its last space into whole words and a half-typed
  word ("Бишкек шаа" -> "Бишкек" + "шаа"). Only the whole words are forced as
  the prefix, tokenised as the model would tokenise them, and only
  continuations whose next word starts with the typed letters are kept. Forcing
  the half word instead would give the model a sub-word split it never saw in
  training ("▁шаа" where it knows "▁шаа" + "рында" only by chance).
- When too few of those start with the typed letters, a second call forces the
  whole typed text (half word included), for a word the model would not have
  started itself: the model then finishes the letters it was given.
- A continuation cut by the token limit ends in a word that may be cut too
  ("мекте"): that last fragment is dropped, so accepting a suggestion never
  inserts half a word.

- A segment of several sentences is completed a sentence at a time, as the
  engines translate (NLLB drops sentences of multi-sentence input): the source
  and the typed text are split with the segmenter, the typed sentences are
  paired with the source sentences in order (the k-th typed sentence translates
  the k-th source sentence; typed sentences beyond the source's stay with its
  last), and only the sentence the cursor is in is continued: its source
  sentence, and the typed text since the last typed sentence as the prefix.
  After a typed sentence that ends in final punctuation, the ghost is the start
  of the next source sentence's translation (after a space).

What is shown after the cursor is the "ghost": the typed text is always kept as
typed; the suggested target is typed + ghost. Alternatives come from distinct
first tokens at the cursor (CTranslate2's return_alternatives), best first;
only the single greedy continuation can say "the sentence ends here" (no
suggestion), since return_alternatives never offers </s>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from workbench.core.segmenter import split_paragraph
from workbench.mt.engine import CompletionSettings, Continuation, Engine

DEFAULT_NEW_TOKENS = 8  # a few words: enough to be useful, short enough to be fast
# A half word widens the first position: fewer of the model's top first tokens
# start with the typed letters.
PARTIAL_WIDTH = 8

_LAST_WORD = re.compile(r"\S+\s*$")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”)\]]*\s*$")
_FIRST_WORD = re.compile(r"\s*\S+")


@dataclass(frozen=True)
class Suggestion:
    ghost: str  # what follows the typed text
    score: float  # mean token log-probability of the continuation
    finished: bool  # the suggestion ends the sentence


@dataclass(frozen=True)
class Completion:
    typed: str
    suggestions: tuple[Suggestion, ...]  # best first; empty when the model had nothing

    @property
    def best(self) -> Suggestion | None:
        return self.suggestions[0] if self.suggestions else None

    @property
    def target(self) -> str:
        """The full suggested target: the typed text and the best continuation."""
        return self.typed + (self.best.ghost if self.best else "")

    @property
    def alternatives(self) -> list[str]:
        """The other suggested targets, best first."""
        return [self.typed + s.ghost for s in self.suggestions[1:]]


def split_typed(typed: str) -> tuple[str, str]:
    """(whole words, half-typed word): "Бишкек шаа" -> ("Бишкек", "шаа").

    Text ending in a space has no half word; the whole words are right-stripped
    (the space is the model's to write, as the start of its next piece).
    """
    if not typed or typed[-1].isspace():
        return typed.rstrip(), ""
    cut = max(typed.rfind(ch) for ch in (" ", "\t", "\n", "\u00a0"))
    return typed[: cut + 1].rstrip(), typed[cut + 1 :]


def next_word(ghost: str) -> str:
    """The part of a ghost that Tab accepts: up to the end of its first word."""
    match = _FIRST_WORD.match(ghost)
    return match.group(0) if match else ghost


def still_matches(completion: Completion, typed: str) -> Suggestion | None:
    """The best suggestion re-based on newer typed text, if the typing followed it.

    Typing the ghost's own next letters keeps the rest of the ghost without a
    new request; anything else (a different letter, a deletion) returns None.
    """
    best = completion.best
    if best is None or not typed.startswith(completion.typed):
        return None
    extra = typed[len(completion.typed) :]
    if not best.ghost.startswith(extra) or len(extra) >= len(best.ghost):
        return None
    return Suggestion(best.ghost[len(extra) :], best.score, best.finished)


@dataclass(frozen=True)
class CurrentSentence:
    """Where the cursor is, in a multi-sentence segment (see the module docstring)."""

    source: str  # the source sentence it translates
    typed: str  # what was typed of it (the prefix to continue)
    lead: str  # what the ghost starts with before the continuation ("" or a space)
    count: int  # sentences in the source


def current_sentence(source: str, src: str, tgt: str, typed: str) -> CurrentSentence:
    """The source sentence the cursor's typed sentence translates, and its typed part."""
    sources = [p.text for p in split_paragraph(source, src)] or [source.strip()]
    pieces = split_paragraph(typed, tgt)
    starts, at = [], 0
    for piece in pieces:
        starts.append(at)
        at += len(piece.lead) + len(piece.text) + len(piece.trail)
    index = len(pieces) - 1
    fragment = typed[starts[-1] :] if pieces else typed
    lead = ""
    if pieces and _SENTENCE_END.search(typed) and len(pieces) < len(sources):
        index, fragment = len(pieces), ""  # a finished sentence: the next one begins
        lead = "" if typed[-1:].isspace() else " "
    index = min(max(index, 0), len(sources) - 1)
    return CurrentSentence(sources[index], fragment.lstrip(), lead, len(sources))


def complete_target(
    engine: Engine,
    source: str,
    src: str,
    tgt: str,
    typed: str,
    *,
    alternatives: int = 0,
    max_new_tokens: int | None = DEFAULT_NEW_TOKENS,
) -> Completion:
    """Ask the engine to continue `typed`, a draft translation of `source`.

    Returns at most `alternatives` + 1 suggestions (the best and the others). A
    source of several sentences is completed in the sentence the cursor is in.
    """
    here = current_sentence(source, src, tgt, typed)
    if here.count == 1:  # the whole typed text continues the one sentence
        return _complete_sentence(engine, source, src, tgt, typed, alternatives, max_new_tokens)
    done = _complete_sentence(
        engine, here.source, src, tgt, here.typed, alternatives, max_new_tokens
    )
    suggestions = tuple(replace(s, ghost=here.lead + s.ghost) for s in done.suggestions)
    return Completion(typed, suggestions)


def _complete_sentence(
    engine: Engine,
    source: str,
    src: str,
    tgt: str,
    typed: str,
    alternatives: int,
    max_new_tokens: int | None,
) -> Completion:
    """complete_target's rules on one source sentence and its typed prefix."""
    whole, partial = split_typed(typed)
    # One greedy continuation when only the best is wanted (the ghost text);
    # otherwise room for the ones the rules below drop.
    width = 2 * (alternatives + 1) if alternatives else 1
    if partial:
        width = max(width, PARTIAL_WIDTH)
    settings = CompletionSettings(alternatives=width, max_new_tokens=max_new_tokens)
    (found,) = engine.complete(source, src, tgt, [whole], settings)
    after_whole = [_ghost_after_whole(c, bool(whole), partial) for c in found]
    fallback: list[Suggestion] = []
    matched = sum(1 for g in after_whole if g is not None and g.ghost.strip())
    if partial and matched < alternatives + 1:
        # Too few of the model's own next words start with the typed letters: a
        # second call has it finish them itself (only then: it is a second encoder
        # run and decode, about as long as the first).
        again = CompletionSettings(alternatives + 1, max_new_tokens=max_new_tokens)
        (more,) = engine.complete(source, src, tgt, [typed], again)
        fallback = [_trimmed(c.text, c) for c in more]
    top = after_whole[0] if after_whole else None
    if top is not None and top.finished and not top.ghost.strip():
        # The model's first choice is to end the sentence where the typing stopped.
        # (Not asked of the fallback: a half word forced as its own piece often
        # makes the model stop, which says nothing about the sentence.)
        return Completion(typed, ())
    # The model's choices after the whole words first (in its order), then the
    # fallbacks; one suggestion per next word, so alternatives really differ.
    unique: list[Suggestion] = []
    words: set[str] = set()
    for ghost in (*after_whole, *fallback):
        if ghost is None or not ghost.ghost.strip():
            continue
        word = next_word(ghost.ghost)
        if word not in words:
            words.add(word)
            unique.append(ghost)
    return Completion(typed, tuple(unique[: alternatives + 1]))


def _ghost_after_whole(cont: Continuation, has_whole: bool, partial: str) -> Suggestion | None:
    text = cont.text
    if not text.strip():
        return Suggestion("", cont.score, cont.finished)  # the end of the sentence
    if has_whole and not text[:1].isspace():
        return None  # glued onto the last whole word: not what was typed
    text = text.lstrip()
    if partial:
        if not text.casefold().startswith(partial.casefold()):
            return None
        text = text[len(partial) :]
    return _trimmed(text, cont)


def _trimmed(ghost: str, cont: Continuation) -> Suggestion:
    """Drop a last word that the token limit may have cut (kept when it is all there is)."""
    if not cont.finished:
        match = _LAST_WORD.search(ghost)
        if match and match.start() > 0 and ghost[: match.start()].strip():
            ghost = ghost[: match.start()].rstrip()
    return Suggestion(ghost, cont.score, cont.finished)

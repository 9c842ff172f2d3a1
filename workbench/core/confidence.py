"""How sure the model was of a machine translation, as a band a translator can read.

An MT score is the mean log-probability of the output tokens (the engines'
Translation.score; 0 is certain). exp(score) is the geometric mean of the
token probabilities: the model's typical confidence in each word piece it
wrote. The bands cut that probability at two points:

    high     exp(score) >= 0.60   (score >= -0.51)
    medium   0.35 <= ... < 0.60   (-1.05 <= score < -0.51)
    low      exp(score) < 0.35    (score < -1.05)

Why there: the mean token log-probability is the best unsupervised quality
signal of an NMT model's own (Fomicheva et al. 2020, "Unsupervised Quality
Estimation for Neural Machine Translation", TACL: it correlates with human
adequacy scores at about 0.4-0.6 across language pairs). Fluent, adequate NMT
output typically spends more than 0.6 on each piece it writes; the failure
modes that matter here (hallucination, repetition loops, output in the wrong
language, a copied source) sit well under 0.35. The cut points are a starting
calibration, not a measurement on NLLB-200 for Kyrgyz (the real weights cannot
be fetched in this environment); the band is for ordering the translator's
attention ("least confident first"), and the tooltip always shows the score.

The CTranslate2 engine's target-vocabulary shortlist renormalises over fewer
candidates, which raises a score slightly (see workbench.mt.ct2_engine); the
difference is far smaller than a band.
"""

from __future__ import annotations

import math
from enum import StrEnum

HIGH_FROM = 0.60  # geometric-mean token probability
MEDIUM_FROM = 0.35


class Band(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


def token_probability(score: float) -> float:
    """The geometric mean of the token probabilities of a mean log-probability."""
    return math.exp(min(0.0, max(score, -50.0)))


def band(score: float) -> Band:
    p = token_probability(score)
    if p >= HIGH_FROM:
        return Band.HIGH
    if p >= MEDIUM_FROM:
        return Band.MEDIUM
    return Band.LOW


def describe(score: float) -> str:
    """The tooltip: the band, and the numbers behind it."""
    return (
        f"model confidence {band(score)}: mean token probability "
        f"{100 * token_probability(score):.0f}% (log-probability {score:.2f}); "
        f"high from {100 * HIGH_FROM:.0f}%, medium from {100 * MEDIUM_FROM:.0f}%"
    )

"""Which language an article is in, from how many of each language's function words it uses."""

from __future__ import annotations

from claimcheck.extractors.lexicon import stopwords
from claimcheck.extractors.normalize import words

LANGUAGES = ("es", "en")


def detect_language(text: str, sample_words: int = 1500) -> str:
    """"es" or "en" (the languages with resources), "und" when neither shows up."""
    tokens = words(text[: sample_words * 8])[:sample_words]
    scores = {lang: sum(1 for t in tokens if t in stopwords(lang)) for lang in LANGUAGES}
    best = max(scores, key=scores.get)
    if scores[best] < 3:
        return "und"
    return best

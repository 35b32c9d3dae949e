"""Shared machinery for Shoal's pattern recognizers: separator-tolerant checksums and scores.

Scoring convention (see `anonymize.recognizers.SCORE_THRESHOLD`):
- a strong format whose checksum validates scores `STRONG` (kept on its own);
- a weak format (plain digits that could be an order number) scores `NEEDS_CONTEXT`, below the
  threshold, and only passes when Presidio's context enhancer finds one of ``CONTEXT`` within the five
  words before it (or in the ``context=`` words a caller passes, e.g. a column header).
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult

from anonymize.entities import NATIONAL_ID_ENTITIES

STRONG = 0.85
MEDIUM = 0.5
NEEDS_CONTEXT = 0.05

#: Presidio compiles patterns with IGNORECASE by default; ours are case-sensitive unless a pattern
#: says `(?i)`, so "DE123456789 on the invoice" does not swallow lower-case words.
CASE_SENSITIVE_FLAGS = re.DOTALL | re.MULTILINE

#: Words that announce an identity number, in English and the covered countries' languages.
GENERIC_ID_CONTEXT: list[str] = [
    "id", "identity", "identification", "national", "personal", "social", "security", "insurance",
    "tax", "passport", "asmens", "kodas", "ahv", "avs", "cnp", "emso", "amka", "rodné", "rodne",
    "číslo", "személyi", "azonosító", "egn", "егн", "oib", "isikukood", "personas", "ssn",
]  # fmt: skip

_SEPARATORS = re.compile(r"[\s.\-/]")


def compact(text: str) -> str:
    """Drop the spaces, dots, dashes and slashes people type inside identifiers."""
    return _SEPARATORS.sub("", text).upper()


class ChecksumRecognizer(PatternRecognizer):
    """A `PatternRecognizer` whose matches must pass ``VALIDATOR`` (usually a python-stdnum ``is_valid``).

    Subclasses set ENTITY, PATTERNS, CONTEXT and VALIDATOR; the compacted match is validated, so
    ``123.456.789`` and ``123456789`` are the same candidate. An invalid checksum drops the match.
    National identifiers also accept `GENERIC_ID_CONTEXT` ("My ID number is …" names no country).
    """

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    #: A ``staticmethod`` taking the compacted match and returning validity (typed Any: mypy binds callables).
    VALIDATOR: ClassVar[Any] = None

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=list(self.PATTERNS),
            context=self._context(),
            supported_language=supported_language,
            global_regex_flags=CASE_SENSITIVE_FLAGS,
            name=type(self).__name__,
        )

    @classmethod
    def _context(cls) -> list[str]:
        words = list(cls.CONTEXT)
        if cls.ENTITY in NATIONAL_ID_ENTITIES:
            words += [w for w in GENERIC_ID_CONTEXT if w not in words]
        return words

    def validate_result(self, pattern_text: str) -> bool | None:
        validator = type(self).VALIDATOR
        if validator is None:
            return None
        try:
            valid = bool(validator(compact(pattern_text)))
        except Exception:  # stdnum raises on odd input; that is simply "no match"
            valid = False
        # Presidio turns True into a score of 1.0, which would let a bare nine-digit number with a
        # lucky checksum bypass the context requirement: a passing checksum keeps the pattern's score.
        return None if valid else False


def make_result(
    recognizer: object, entity: str, start: int, end: int, score: float, why: str
) -> RecognizerResult:
    """Build a `RecognizerResult` carrying the explanation Presidio's context enhancer writes into."""
    name = getattr(recognizer, "name", type(recognizer).__name__)
    return RecognizerResult(
        entity,
        start,
        end,
        score,
        analysis_explanation=AnalysisExplanation(
            recognizer=name, original_score=score, pattern_name=why, textual_explanation=why
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: getattr(recognizer, "id", name),
        },
    )

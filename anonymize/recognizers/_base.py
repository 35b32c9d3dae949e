"""Shared machinery for Shoal's pattern recognizers: separator-tolerant checksums and scores.

Scoring convention (see `anonymize.recognizers.SCORE_THRESHOLD`):
- a strong format whose checksum validates scores `STRONG` (kept on its own);
- a weak format (plain digits that could be an order number) scores `NEEDS_CONTEXT`, below the
  threshold, and only passes when Presidio's context enhancer finds one of ``CONTEXT`` within the five
  words before it (or in the ``context=`` words a caller passes, e.g. a column header).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar

from presidio_analyzer import (
    AnalysisExplanation,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.entities import NATIONAL_ID_ENTITIES

STRONG = 0.85
MEDIUM = 0.5
NEEDS_CONTEXT = 0.05

#: Presidio compiles patterns with IGNORECASE by default; ours are case-sensitive unless a pattern
#: says `(?i)`, so "DE123456789 on the invoice" does not swallow lower-case words.
CASE_SENSITIVE_FLAGS = re.DOTALL | re.MULTILINE

#: Words that announce an identity number in any country; Presidio matches context words as
#: substrings of the surrounding words, so only words that are not part of common words go here.
GENERIC_ID_CONTEXT: list[str] = [
    "identity", "identification", "passport", "asmens", "kodas", "isikukood", "személyi", "azonosító",
    "rodné", "rodne", "číslo", "personas", "ausweis", "identit", "identidad", "documento", "dowód",
    "dowod", "legitimatie", "paspoort", "reisepass", "passeport", "pasaporte", "passaporto",
]  # fmt: skip
#: Short generic ID words, matched as whole words only ("id" must not match "provide", "national"
#: must not match "international").
GENERIC_ID_WORDS: frozenset[str] = frozenset(
    {"id", "national", "personal", "social", "security", "insurance", "tax", "ssn", "ahv", "avs", "cnp",
     "emso", "amka", "egn", "егн", "oib", "pin"}
)  # fmt: skip
#: Context boost, as Presidio's enhancer gives it: +0.35, at least 0.4.
CONTEXT_BOOST, MIN_SCORE_WITH_CONTEXT = 0.35, 0.4
_WORDS = re.compile(r"[^\W\d_]+")
#: How many words before a match count as its context (Presidio's default prefix window).
CONTEXT_WINDOW = 5

_SEPARATORS = re.compile(r"[\s.\-/]")


def compact(text: str) -> str:
    """Drop the spaces, dots, dashes and slashes people type inside identifiers."""
    return _SEPARATORS.sub("", text).upper()


class NameSpanRecognizer(LocalRecognizer):
    """A recognizer of ``PERSON`` spans that loads nothing itself (a model the NLP engine runs, or word
    lists read on first use); subclasses implement ``analyze``."""

    ENTITY = "PERSON"

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY], supported_language=supported_language, name=type(self).__name__
        )

    def load(self) -> None:
        """Nothing to load here."""


class ShoalPatternRecognizer(PatternRecognizer):
    """A `PatternRecognizer` configured from class attributes ENTITY, PATTERNS and CONTEXT, matching
    case-sensitively, named after its class (how `register_all` and `REMOVED_PRESIDIO_RECOGNIZERS`
    refer to recognizers)."""

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []

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
        return list(cls.CONTEXT)


class ChecksumRecognizer(ShoalPatternRecognizer):
    """A `PatternRecognizer` whose matches must pass ``VALIDATOR`` (usually a python-stdnum ``is_valid``).

    Subclasses set ENTITY, PATTERNS, CONTEXT and VALIDATOR; the compacted match is validated, so
    ``123.456.789`` and ``123456789`` are the same candidate. An invalid checksum drops the match.
    National identifiers also accept `GENERIC_ID_CONTEXT` and, as whole words, `GENERIC_ID_WORDS`
    ("My ID number is …" names no country).
    """

    #: A ``staticmethod`` taking the compacted match and returning validity (typed Any: mypy binds callables).
    VALIDATOR: ClassVar[Any] = None

    @classmethod
    def _context(cls) -> list[str]:
        words = list(cls.CONTEXT)
        if cls.ENTITY in NATIONAL_ID_ENTITIES:
            words += [w for w in GENERIC_ID_CONTEXT if w not in words]
        return words

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Boost national-ID matches preceded by a short generic ID word (`GENERIC_ID_WORDS`), whole word."""
        if self.ENTITY not in NATIONAL_ID_ENTITIES:
            return raw_recognizer_results
        caller_words = {w.lower() for phrase in context or [] for w in _WORDS.findall(phrase)}
        for result in raw_recognizer_results:
            if result.score >= MIN_SCORE_WITH_CONTEXT:
                continue
            before = _WORDS.findall(text[max(0, result.start - 80) : result.start])[-CONTEXT_WINDOW:]
            found = next((w for w in before if w.lower() in GENERIC_ID_WORDS), None)
            found = found or next(iter(sorted(caller_words & GENERIC_ID_WORDS)), None)
            if found is None:
                continue
            result.score = max(result.score + CONTEXT_BOOST, MIN_SCORE_WITH_CONTEXT)
            if result.recognition_metadata is not None:
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            if result.analysis_explanation is not None:
                result.analysis_explanation.set_supportive_context_word(found)
                result.analysis_explanation.set_improved_score(result.score)
        return raw_recognizer_results

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


def token_around(text: str, start: int, end: int) -> str:
    """The token that holds ``text[start:end]``, delimited by whitespace or a field separator (a row
    pasted into a note: "ALEXIU,margaritis,+44 7400 103614" is three fields, not one code)."""
    left = start
    while left > 0 and not _token_end(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and not _token_end(text[right]):
        right += 1
    return text[left:right]


def _token_end(ch: str) -> bool:
    # Brackets close a Markdown link's text ("[Ġuad Dahili](https://crm.example/contacts/43934)"), a
    # colon or an equals sign a calendar line's value ("ORGANIZER;CN=Ħakiem Sagħiedi:mailto:sa_ak34@…").
    return ch.isspace() or ch in ",;|[]:="


def in_code_token(text: str, start: int, end: int) -> bool:
    """Digits in the same whitespace-delimited token as ``text[start:end]``: part of a code
    ("KNF-411-OAK", "EE263371859GB"), not a name."""
    return any(ch.isdigit() for ch in token_around(text, start, end))


def recognizer_name(result: RecognizerResult) -> str | None:
    """The name of the recognizer that made ``result`` (`make_result` and the engine record it)."""
    name = (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
    return name if isinstance(name, str) else None


#: Name readers that are neither a cue nor a list: their PERSON findings hold within their own record
#: (`anonymize.propagation.is_sure`) and do not outweigh a product noun (`filters._names_position`).
SHAPE_AND_MODEL_NAME_SOURCES = frozenset(
    {"LearnedNameRecognizer", "NameShapeRecognizer", "NoWordNameRecognizer"}
)


def respan(result: RecognizerResult, start: int, end: int, entity: str | None = None) -> RecognizerResult:
    """The same finding (score, explanation, recognizer) over ``start:end``, as another entity if given:
    what trimming, growing and re-reading a finding all need."""
    return RecognizerResult(
        entity or result.entity_type,
        start,
        end,
        result.score,
        result.analysis_explanation,
        result.recognition_metadata,
    )


def url_inside_a_word(text: str, result: RecognizerResult) -> bool:
    """A letter or digit right after the match, or "_" right before it: part of a longer token; or an
    abbreviation's dots ("art.nr.", "tel.nr."): two short words, no scheme, "www" or path."""
    value = text[result.start : result.end]
    return (
        text[result.end : result.end + 1].isalnum()
        or text[result.start - 1 : result.start] == "_"
        or bool(_ABBREVIATION.fullmatch(value))
    )


_ABBREVIATION = re.compile(r"(?i)[a-z]{2,5}\.(?:nr|no|nº)\.?")

"""Ages → ``AGE`` (a quasi-identifier): the number in "35 years old", "aged 35", "I'll turn 35",
"35 Jahre alt", "âgé de 35 ans", "tiene 35 años", "ha 35 anni", "35 jaar oud", "ma 35 lat",
"35 år gammal", "35-vuotias", "tem 35 anos". Only the number is reported; ages above 120 are ignored.
No checksum exists: the surrounding words are the evidence, so "35 years ago" is not an age.
"""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import make_result

_N = r"(\d{1,3})"
AGE_RE = re.compile(
    "|".join(
        [
            rf"\b{_N}[ -]?(?:years?|yrs?)[ -]old\b",
            rf"\b{_N} ?y/?o\b",
            rf"\b(?:aged?|age:|at the age of|age of) {_N}\b",
            rf"\b(?:i'll|i will|just|he|she|they|to) turn(?:ed|s)? {_N}\b",
            rf"\b{_N} Jahre alt\b",
            rf"\b(?:im Alter von|Alter:?) {_N}\b",
            rf"(?:j'ai|il a|elle a|âgée? de) {_N} ans\b",
            rf"\b(?:tiene|tengo|edad de|edad:?) {_N}(?: años)?\b",
            rf"\b{_N} años de edad\b",
            rf"\b(?:ha|ho|età:?|età di) {_N} anni\b",
            rf"\b{_N} jaar oud\b",
            rf"\b(?:ma|mam|wiek:?) {_N} lat\b",
            rf"\b{_N} år gammal\b",
            rf"\b{_N}-vuotias\b",
            rf"\b(?:tem|tenho|idade:?) {_N} anos\b",
        ]
    ),
    re.IGNORECASE,
)


class AgeRecognizer(LocalRecognizer):
    ENTITY = "AGE"
    SCORE = 0.6

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY], supported_language=supported_language, name="AgeRecognizer"
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for match in AGE_RE.finditer(text):
            number_span = _number_span(match)
            if number_span is None or int(text[number_span[0] : number_span[1]]) > 120:
                continue
            results.append(make_result(self, self.ENTITY, *number_span, self.SCORE, "age phrase"))
        return results


def _number_span(match: re.Match[str]) -> tuple[int, int] | None:
    """The span of whichever number group matched (each alternative has its own)."""
    for index in range(1, (match.re.groups or 0) + 1):
        if match.group(index) is not None:
            return match.span(index)
    return None

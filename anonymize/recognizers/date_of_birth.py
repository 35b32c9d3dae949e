"""Dates of birth → ``DATE_OF_BIRTH``: a date with a birth word shortly before it.

Dates: ``12/03/1985``, ``12.03.1985``, ``1985-03-12``, ``12 March 1985``, ``March 12, 1985``,
``12. März 1985``, ``12 de marzo de 1985``. Birth words (within 40 characters before, on the same line): born, DOB,
date of birth, birthday, b., geboren, Geburtsdatum, né/née le, date de naissance, nacido/a,
fecha de nacimiento, nato/a il, data di nascita, geboren op, geboortedatum, urodzony, data urodzenia,
nascido, född, syntynyt, født. Without such a word a date stays a ``DATE_TIME`` (kept by default).
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import ShoalPatternRecognizer

_MONTHS = (
    r"jan(?:uary|vier|uar|eiro)?|feb(?:ruary|ruar|rero|braio)?|févr(?:ier)?|mar(?:ch|s|zo|ço)?|märz|"
    r"apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maggio|maio|jun(?:e|i|io|ho)?|juin|giugno|"
    r"jul(?:y|i|io|ho)?|juil(?:let)?|luglio|aug(?:ust)?|ao[uû]t|ago(?:sto)?|sep(?:t|tember|tembre|tiembre|tembro)?|"
    r"sett(?:embre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|ott(?:obre)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?|"
    r"dec(?:ember)?|dez(?:ember|embro)?|déc(?:embre)?|dic(?:iembre|embre)?"
)
DATE = (
    rf"(?i:\b\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b|"
    rf"\b\d{{1,2}}\.?\s(?:de\s)?(?:{_MONTHS})\.?,?\s(?:de\s)?\d{{4}}\b|"
    rf"\b(?:{_MONTHS})\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}\b)"
)
BIRTH_WORDS = re.compile(
    r"(?i)\b(?:born|birth|d\.?o\.?b\.?|b\.(?=\s?(?:\d|$))|birthday|geboren|geburtsdatum|geb\.|née?|naissance|nacid[oa]|"
    r"nacimiento|nat[oa]|nascita|geboortedatum|urodzon[ya]|urodzenia|nascid[oa]|nascimento|född|"
    r"födelsedatum|syntynyt|syntymäaika|født|fødselsdato|nac\.|f\.\s?nac|fec\.\s?nac|ur\.|nasc\.|"
    r"geb(?:\.|urtstag|dat)|date de naiss|dt\.?\s?naiss|data ur|d\.\s?ur)"
)
_WINDOW = 40


class DateOfBirthRecognizer(ShoalPatternRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [Pattern("Date", DATE, 0.8)]
    CONTEXT = ["born", "birth", "dob", "birthday", "geboren", "naissance", "nacimiento", "nascita"]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if BIRTH_WORDS.search(_window_before(text, r.start))]


def _window_before(text: str, start: int) -> str:
    """The 40 characters before a date, within its line: a birth word closing the previous line (or
    record, in a TXT file read in blocks) says nothing about the date that opens the next one."""
    window = text[max(0, start - _WINDOW) : start]
    return window[window.rfind("\n") + 1 :]

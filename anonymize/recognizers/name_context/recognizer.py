"""`NameContextRecognizer` and `find_name_positions`: every name-position finder over a text, line by line."""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import make_result
from anonymize.recognizers.name_context.acceptance import (
    _joined,
    _name_after,
    _name_before,
    _possessive,
    glued_to_digits,
)
from anonymize.recognizers.name_context.agents import agent_spans
from anonymize.recognizers.name_context.companies import (
    _after_product_spans,
    _capitals_spans,
    _from_company_spans,
    _whole_line_names,
)
from anonymize.recognizers.name_context.cues import (
    _LOOSE,
    MAX_CUE_WORDS,
    WORD_RE,
    LineContext,
    before_index,
    cue_first_words,
    cue_index,
    line_context,
    role_index,
)
from anonymize.recognizers.name_context.rota import hours_spans, numbered_spans, rota_spans
from anonymize.recognizers.name_context.signatures import _signoff_spans, _trailing_signature
from anonymize.recognizers.name_context.speakers import (
    _alias_spans,
    _dash_enclosed,
    _labelled_handles,
    _mention_spans,
    _speaker_spans,
    _speakers_by_line,
    plus_spans,
    status_label_span,
    vocative_spans,
)
from anonymize.recognizers.name_context.speech import speech_spans
from anonymize.vocabulary import guess_languages


class NameContextRecognizer(LocalRecognizer):
    """PERSON spans at name positions: cue phrases, chat speakers, @mentions, sign-offs."""

    ENTITY = "PERSON"
    #: Cue families whose finding is a user name (a handle with digits or dots), not a person's name.
    HANDLE_FAMILIES = frozenset({"handle"})

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY, "USERNAME"],
            supported_language=supported_language,
            name=type(self).__name__,
        )

    def load(self) -> None:
        cue_index()
        before_index()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            make_result(
                self, "USERNAME" if why in self.HANDLE_FAMILIES else self.ENTITY, start, end, score, why
            )
            for start, end, score, why in find_name_positions(text)
        ]


def find_name_positions(text: str, *, loose: bool = False) -> list[tuple[int, int, float, str]]:
    """``(start, end, score, cue family)`` of every name found at a name position in ``text``.

    ``loose`` is the self-check's reading: every position accepts words `LOOSE_ZIPF` more common
    than the detectors do, so a name they let through at a name position is still seen there.
    """
    spans: list[tuple[int, int, float, str]] = []
    fallback = guess_languages(text)
    offset = 0
    token = _LOOSE.set(loose)
    lines = text.split("\n")
    speakers = _speakers_by_line(lines)
    try:
        for index, line in enumerate(lines):
            words = list(WORD_RE.finditer(line))
            if words:
                context = line_context(line, words, fallback, whole_text=len(lines) == 1)
                label = status_label_span(line, context)
                for start, end, score, why in _line_spans(line, words, context, speakers[index]):
                    if label is None or not (label[0] <= start < label[1]):
                        spans.append((offset + start, offset + end, score, why))
            offset += len(line) + 1
        spans.extend(_signoff_spans(text, fallback))
        spans.extend(_whole_line_names(text))
        spans.extend(_labelled_handles(text))
        spans.extend(_alias_spans(text, fallback))
        spans.extend(_dash_enclosed(text, fallback))
    finally:
        _LOOSE.reset(token)
    return [span for span in spans if not _no_name_after(text, span)]


#: A gender ending glued to a participle: "né(e) le", "nacido/a el", "geboren(e)".
_GENDER_ENDING = re.compile(r"(?i)\((?:e|a|in|ne)\)|/(?:a|e|in|ne)(?![^\W\d_])")


def _no_name_after(text: str, span: tuple[int, int, float, str]) -> bool:
    """What follows the span shows it is no name: a gender ending ("né(e)") or, after a label, a colon
    (a second label: "CONTACT:ADRES: …")."""
    _, end, _, why = span
    return _GENDER_ENDING.match(text, end) is not None or (why == "label" and text[end : end + 1] == ":")


def _line_spans(
    line: str, words: list[re.Match[str]], context: LineContext, speakers: frozenset[str] = frozenset()
) -> list[tuple[int, int, float, str]]:
    lowered = [w.group().casefold() for w in words]
    spans: list[tuple[int, int, float, str]] = []
    forward = cue_index()
    backward = before_index()
    firsts = cue_first_words()
    roles = role_index()
    for i in range(len(words)):
        if lowered[i] not in firsts:
            if "'" in lowered[i] or "’" in lowered[i]:
                _possessive(line, words, lowered, i, context, spans)
            continue
        if glued_to_digits(line, words[i]):
            continue  # "Artikel HF-476-M. Anzahlung": the code's last letter, not the title "M."
        for n in range(min(MAX_CUE_WORDS, len(words) - i), 0, -1):
            key = tuple(lowered[i : i + n])
            after, before = forward.get(key), backward.get(key)
            if (after is None and before is None) or not _joined(line, words, i, i + n):
                continue
            if after is not None:
                name = _name_after(line, words, i + n, after, context)
                if name is None and after.needs_colon and key in roles:
                    after = roles[key]  # "customer Anna" without the colon: a role, not a label
                    name = _name_after(line, words, i + n, after, context)
                if name is not None:
                    spans.append((*name, after.score, after.family))
            if before is not None and i > 0:
                name = _name_before(line, words, i, before, context)
                if name is not None:
                    spans.append((*name, before.score, before.family))
            break
    spans.extend(agent_spans(line, words, context))
    spans.extend(speech_spans(line, words, context))
    spans.extend(rota_spans(line, words, context))
    spans.extend(hours_spans(line, words, context))
    spans.extend(numbered_spans(line, words, context))
    spans.extend(_speaker_spans(line, context, speakers))
    spans.extend(_mention_spans(line, context))
    spans.extend(plus_spans(line, words, context))
    if "?" in line:
        spans.extend(vocative_spans(line, words, context))
    spans.extend(_capitals_spans(line, words, context))
    spans.extend(_after_product_spans(line, words, context))
    spans.extend(_trailing_signature(line, words, context))
    spans.extend(_from_company_spans(line, words, context))
    return spans

"""PERSON spans from Shoal's own names model (``anonymize/models/shoal_names-*``, trained by
``training/names``): a small multilingual NER trained on synthetic notes, tickets and chats in which
names come in every case and from no list, so it reads context and shape rather than membership.

The model runs beside spaCy's English pipeline in the NLP engine (`anonymize.engine`), which hands
its spans over on the artifacts (``learned_names``); without them this recognizer finds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from anonymize.recognizers._base import NameSpanRecognizer, make_result


class LearnedNameRecognizer(NameSpanRecognizer):
    SCORE = 0.75

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans = getattr(nlp_artifacts, "learned_names", None) or ()
        return [make_result(self, self.ENTITY, start, end, self.SCORE, "names model") for start, end in spans]


def line_names(names_nlp: Any, texts: list[str], batch_size: int) -> Iterator[list[tuple[int, int]]]:
    """The names model's PERSON spans per text, read line by line: it learned from single notes and
    chat lines, and a line read inside a long block of others loses names it finds on its own
    ("pregúntale a yebfi jaja" in a day of chat). A line that recurs is read once."""
    lines = [(i, offset, line) for i, text in enumerate(texts) for offset, line in _lines(text)]
    distinct = list(dict.fromkeys(line for _, _, line in lines))
    found = {
        line: [
            (s, e)
            for span in _person_spans(doc)
            for s, e in _fields(line, *span)
            if not _lone_word(line, s, e) and not _opens_with_stop_word(line, s, e)
        ]
        for line, doc in zip(distinct, names_nlp.pipe(distinct, batch_size=batch_size), strict=True)
    }
    spans: list[list[tuple[int, int]]] = [[] for _ in texts]
    for i, offset, line in lines:
        spans[i].extend((offset + s, offset + e) for s, e in found[line])
    yield from spans


#: What separates the fields of a pasted row; no name holds one ("ARBARO;Nebulo").
_FIELD_SEPARATOR = re.compile(r"[;|]")


def _fields(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at field separators, each part without a last word in lower case that is a
    common word of the line's language after a capitalised or lower-case name ("aslanvik complained"):
    the model runs a name on into the verb after it."""
    from anonymize.vocabulary import guess_languages, zipf

    parts: list[tuple[int, int]] = []
    cut = start
    for separator in [*_FIELD_SEPARATOR.finditer(line, start, end), None]:
        stop = end if separator is None else separator.start()
        text = line[cut:stop]
        s, e = cut + len(text) - len(text.lstrip()), cut + len(text.rstrip())
        cut = stop + 1
        words = line[s:e].split()
        if len(words) >= 2 and words[-1].islower() and words[-1].isalpha():
            languages = guess_languages(line) or ("en",)
            if max(zipf(words[-1], lang) for lang in (*languages, "en")) >= 3.0:
                e = s + line[s:e].rstrip().rfind(" ")
        if e > s:
            parts.append((s, e))
    return parts


def _lone_word(line: str, start: int, end: int) -> bool:
    """The span is the whole line and one lower-case word ("terugbetaald" in a status cell): read on its
    own, with nothing around it, the model takes such words for names."""
    return line.strip() == line[start:end] and line[start:end].islower() and " " not in line[start:end]


def _opens_with_stop_word(line: str, start: int, end: int) -> bool:
    """The span opens in capitals with a function word of the line's language, no name particle, or
    ends in one ("KEIN VORSTIEG für …"): the model reads a shouted phrase as a name; a name opens and
    ends with no such word."""
    from anonymize.recognizers.particles import PARTICLES
    from anonymize.vocabulary import guess_languages, stop_words

    words = line[start:end].split()
    if not words[0].isupper() or len(words[0]) < 2:
        return False  # "Will Hartley", "Ella Brandt": given names that are function words too
    first, last = words[0].casefold(), words[-1].casefold()
    languages = guess_languages(line)
    if first not in PARTICLES and any(first in stop_words(lang) for lang in languages):
        return True
    # "KEIN VORSTIEG für": a shouted phrase running on into a function word, which ends no name
    return len(words) > 1 and last not in PARTICLES and any(last in stop_words(lang) for lang in languages)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` of each line of ``text`` that holds more than whitespace."""
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            yield offset, line
        offset += len(line) + 1


def _person_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "PERSON"]

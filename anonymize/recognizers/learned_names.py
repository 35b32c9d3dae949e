"""PERSON spans from Shoal's own names model (``anonymize/models/shoal_names-*``, trained by
``training/names``): a small multilingual NER trained on synthetic notes, tickets and chats in which
names come in every case and from no list, so it reads context and shape rather than membership.

The model runs beside spaCy's English pipeline in the NLP engine (`anonymize.engine`), which hands
its spans over on the artifacts (``learned_names``); without them this recognizer finds nothing.
"""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import make_result


class LearnedNameRecognizer(LocalRecognizer):
    ENTITY = "PERSON"
    SCORE = 0.75

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY], supported_language=supported_language, name=type(self).__name__
        )

    def load(self) -> None:
        """Nothing to load: the NLP engine runs the model."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        spans = getattr(nlp_artifacts, "learned_names", None) or ()
        return [make_result(self, self.ENTITY, start, end, self.SCORE, "names model") for start, end in spans]

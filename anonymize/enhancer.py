"""`FastContextEnhancer`: Presidio's lemma context enhancer with its per-result scans made cheap.

A packed text holds hundreds of tokens and many candidate matches; Presidio finds each match's token
by scanning from the start, deep-copies the results and tests lemmas against a keyword *list*, which
together were a quarter of the analysis time. The scores it gives are Presidio's own.
"""

from __future__ import annotations

import bisect
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts


class FastContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, finding a match's token by bisection.

    Presidio scans the tokens from the start for every result; on packed texts with hundreds of
    tokens and many candidate matches that scan was a quarter of the analysis time.
    """

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[Any],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's enhancement, in place: the results are fresh for each call, so Presidio's deep
        copy of them (a fifth of the analysis time on packed texts) buys nothing here."""
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        extra = [word.lower() for word in context or ()]
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            recognizer = by_id.get(metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or not recognizer.context:
                continue
            if metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            surrounding = self._extract_surrounding_words(
                nlp_artifacts=nlp_artifacts, word=text[result.start : result.end], start=result.start
            )
            surrounding.extend(extra)
            supportive = self._find_supportive_word_in_context(
                surrounding, recognizer.context, self.context_matching_mode
            )
            if supportive:
                result.score = min(
                    max(
                        result.score + self.context_similarity_factor, self.min_score_with_context_similarity
                    ),
                    self.MAX_SCORE,
                )
                if result.analysis_explanation is not None:
                    result.analysis_explanation.set_supportive_context_word(supportive)
                    result.analysis_explanation.set_improved_score(result.score)
        return raw_results

    def _extract_surrounding_words(self, nlp_artifacts: NlpArtifacts, word: str, start: int) -> list[str]:
        """Presidio's context window (the n keyword lemmas before and after the match, the match's own
        included), looked up in a set: Presidio tests each lemma against the text's keyword *list*,
        which on packed texts of hundreds of tokens was most of the enhancement's time."""
        if not nlp_artifacts.tokens:
            return [""]
        keywords = getattr(nlp_artifacts, "_shoal_keyword_set", None)
        if keywords is None:
            keywords = frozenset(nlp_artifacts.keywords)
            nlp_artifacts._shoal_keyword_set = keywords  # type: ignore[attr-defined]
        index = self._find_index_of_match_token(
            word, start, nlp_artifacts.tokens, nlp_artifacts.tokens_indices
        )
        lemmas = nlp_artifacts.lemmas
        found: list[str] = []
        for step, count in ((-1, self.context_prefix_count), (1, self.context_suffix_count)):
            i, remaining = index, count + 1
            while 0 <= i < len(lemmas) and remaining > 0:
                lemma = lemmas[i].lower()
                if lemma in keywords:
                    found.append(lemma)
                    remaining -= 1
                i += step
        return list(set(found))

    @staticmethod
    def _find_index_of_match_token(word: str, start: int, tokens: Any, tokens_indices: list[int]) -> int:
        i = bisect.bisect_right(tokens_indices, start) - 1
        if i < 0:
            return 0
        if start >= tokens_indices[i] + len(tokens[i]) and i + 1 < len(tokens_indices):
            return i + 1  # the match starts in the white space after a token
        return i

"""Words of no language in a name's shape → ``PERSON``: two capitalised ones side by side ("a me l'ha
risolto Yunting Zhuozhai dell'assistenza"), one addressed at a sentence's end ("Anything else,
Iboarortz?") or one with a kin word in brackets after it ("lid via gavriil (partner)").

A given name and a surname that no list holds and no model read still have a shape: two or three
adjacent capitalised words, each absent from every language's common words, stop words and the
product nouns. Products, firms and streets that look alike keep a word of the language ("Vectra
Router", "Skirek Road") or a legal form after them ("Ornenkwerk AG"), which this recognizer checks; a
code's letters ("KNF-OAK") share their token with digits or dashes and do not count.

The score is medium: the finding stays in its own text (`anonymize.propagation.is_sure` does not
carry it further) and the post-filter judges it like a model's.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import NameSpanRecognizer, make_result
from anonymize.recognizers.name_cues import NOT_NAMES
from anonymize.recognizers.name_cues.contacts import KIN_WORDS

#: Two or three capitalised words (first letter upper, then 3+ lower-case letters), single spaces
#: between, not glued to digits, dashes, dots or @ on either side.
_RUN = re.compile(
    r"(?<![\w@.#/-])(?:[A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{3,})(?:[ ][A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{3,}){1,2}(?![\w@/-]|\.\w)"
)


#: A lower-case word more frequent than this in one text (a block of up to 200 lines) is filler
#: ("lorem ipsum lorem ipsum …"), not a name.
MAX_REPEATS = 200

#: A lower-case word of 5+ letters on its own (chats write names so): two of no language side by side
#: are a name, as a slip of the keyboard is rarely two words long.
_LOWER_WORD = re.compile(r"(?<![\w@.#/-])[a-zß-öø-ÿā-ž]{5,}(?![\w@/-]|\.\w)")

#: A model code or a number right after the words: a product line ("Shimano Deore XT M8100").
_MODEL_AFTER = re.compile(r"[ \t]+(?:[A-Z]{1,4}\b|[\w.-]*\d)")

#: A quantity right before the words, not the end of a date: an order line ("2x Nordvik Oakhelm").
_QUANTITY_BEFORE = re.compile(r"(?<![\d./:-])\b\d+[ \t]?(?:x|×|pcs|stk|szt)?[ \t]+$", re.IGNORECASE)

#: One capitalised word addressed at a sentence's end: "Anything else, Iboarortz?", "Thanks, Nuria!".
_VOCATIVE = re.compile(r",[ \t]+(?P<name>[A-ZÀ-ÞĀ-Ž][a-zß-öø-ÿā-ž]{3,})[ \t]*(?:[?!.…]|$)", re.MULTILINE)

#: Kin words and the roles a meeting's minutes give in brackets ("Rasheeda (chair)").
_BRACKETED_ROLES = KIN_WORDS | frozenset(
    """
    chair chairperson chairwoman chairman secretary treasurer leitung vorsitz vorsitzende vorsitzender
    schriftführer schriftführerin kassier kassierin président présidente secrétaire trésorier trésorière
    presidente secretario secretaria tesorero tesorera segretario segretaria tesoriere voorzitter
    secretaris penningmeester przewodniczący przewodnicząca sekretarz skarbnik secretário secretária
    tesoureiro tesoureira
    """.split()  # noqa: SIM905 - a word list reads best as words
)

#: One capitalised or lower-case word with a kin word or a role in brackets after it: "Iboarortz (partner)".
_KIN_AFTER = re.compile(r"(?<![\w@.#/-])(?P<name>[^\W\d_]{4,})[ \t]+\((?P<kin>[^\W\d_-]+(?:-[^\W\d_]+)*)\)")


class NameShapeRecognizer(NameSpanRecognizer):
    SCORE = 0.55

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if self.ENTITY not in entities:
            return []
        found = [
            make_result(self, self.ENTITY, m.start(), m.end(), self.SCORE, "capitalised words of no language")
            for m in _RUN.finditer(text)
            if len(set(m.group().split())) > 1  # "Lorem Lorem": a repeated word is filler, not a name
            and all(is_no_word(w) for w in m.group().split())
            and not _MODEL_AFTER.match(text, m.end())
            and not _QUANTITY_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ]
        words = list(_LOWER_WORD.finditer(text))
        counts = Counter(w.group() for w in words)
        for left, right in pairwise(words):
            if (
                text[left.end() : right.start()] == " "
                and left.group() != right.group()
                and counts[left.group()] <= MAX_REPEATS >= counts[right.group()]
                and is_no_word(left.group())
                and is_no_word(right.group())
            ):
                found.append(
                    make_result(
                        self,
                        self.ENTITY,
                        left.start(),
                        right.end(),
                        self.SCORE,
                        "lower-case words of no language",
                    )
                )
        for m in _VOCATIVE.finditer(text):
            if is_no_word(m.group("name")):
                found.append(make_result(self, self.ENTITY, *m.span("name"), self.SCORE, "addressed by name"))
        for m in _KIN_AFTER.finditer(text):
            if m.group("kin").casefold() in _BRACKETED_ROLES and is_no_word(m.group("name")):
                found.append(
                    make_result(self, self.ENTITY, *m.span("name"), self.SCORE, "kin after the name")
                )
        return found


@lru_cache(maxsize=65536)
def is_no_word(word: str) -> bool:
    """A word of no language Shoal reads: no stop word, not in wordfreq's common words of any of them,
    no product noun, no legal form."""
    from anonymize.recognizers.products import is_product_noun
    from anonymize.vocabulary import LANGUAGES, stop_words, zipf

    lowered = word.casefold()
    if is_product_noun(word) or lowered in _NOT_NAMES:
        return False
    return not any(zipf(lowered, lang) > 0 or lowered in stop_words(lang) for lang in LANGUAGES)


#: Words that are business, not people, and may be missing from the common-word lists: the cue lists'
#: non-names (legal forms, roles, labels) and street and group words.
_NOT_NAMES = NOT_NAMES | frozenset(
    """
    avenue bvba calle group gruppe holding holdings laan lane ltda oyj platz road rua rue spzoo straat
    strasse straße street ulica via weg
    """.split()  # noqa: SIM905 - a word list reads best as words
)

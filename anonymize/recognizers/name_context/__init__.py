"""Person names found by where they stand, not by whether a list holds them → ``PERSON``.

Name lists and spaCy's small English model miss most names they have not seen: lower-case names,
names from outside Europe, invented spellings. But notes, e-mails and chats put names in a few
positions: after a cue phrase ("escalated to …", "behandeld door …", "Madame …", "ma voisine …",
see `anonymize.recognizers.name_cues`), before a cue ("… called"), as the speaker before a chat
line's colon, after an ``@``, and under a sign-off ("Groetjes,\\nNur"). This recognizer finds those
positions and takes the words there that can be a name:

- not a stop word or a team/role word (`NOT_NAMES`) of the text's languages (`guess_languages`);
- in a cased text, capitalised (German capitalises nouns, so there the word must also be rare);
- in a lower-case or ALL-CAPS text, rare: below a Zipf frequency that depends on how sure the
  position is (strong positions such as "my name is" or a chat speaker accept more common words
  than "I am …", which is followed by adjectives as often as by names).

Up to three words are taken (with particles such as "de", "van", "dos" between them), so
"escalated to marek nowicki yesterday" gives "marek nowicki".

The package: `cues` (cue strengths, indexes, `LineContext`), `acceptance` (can these words be a
name, how far does it run), one module per position family (`speakers`, `signatures`,
`companies`) and `recognizer` (`NameContextRecognizer`, `find_name_positions`).
"""

from __future__ import annotations

from anonymize.recognizers.name_context.acceptance import (
    CONJUNCTIONS,
    DOTTED_TITLES,
    acceptable,
    complete_name,
    complete_name_start,
    coordinated_before,
    coordinated_name,
    glued_to_digits,
    inflected_word,
)
from anonymize.recognizers.name_context.companies import AFTER_PRODUCT_CUE, CAPITALS_CUE, FROM_COMPANY_CUE
from anonymize.recognizers.name_context.cues import (
    BEFORE_CUE,
    FIELD_LABELS,
    LOOSE_ZIPF,
    MAX_CUE_WORDS,
    MAX_NAME_WORDS,
    MEDIUM,
    MENTION_CUE,
    PACK_MARK,
    POSSESSIVE_CUE,
    SIGNOFF_CUE,
    SPEAKER_CUE,
    STRONG,
    WEAK,
    WORD_RE,
    Cue,
    LineContext,
    before_index,
    cue_first_words,
    cue_index,
    line_context,
    role_index,
    title_words,
)
from anonymize.recognizers.name_context.recognizer import NameContextRecognizer, find_name_positions
from anonymize.recognizers.name_context.signatures import DASH_SIGNATURE_CUE, STOP_SIGNATURE_CUE
from anonymize.recognizers.name_context.speakers import (
    ALIAS_CUE,
    DASH_CUE,
    HANDLE_CUE,
    HANDLE_RE,
    MENTION_RE,
    MENTION_WORDS_RE,
    SPEAKER_RE,
)

__all__ = [
    "AFTER_PRODUCT_CUE",
    "ALIAS_CUE",
    "BEFORE_CUE",
    "CAPITALS_CUE",
    "CONJUNCTIONS",
    "DASH_CUE",
    "DASH_SIGNATURE_CUE",
    "DOTTED_TITLES",
    "FIELD_LABELS",
    "FROM_COMPANY_CUE",
    "HANDLE_CUE",
    "HANDLE_RE",
    "LOOSE_ZIPF",
    "MAX_CUE_WORDS",
    "MAX_NAME_WORDS",
    "MEDIUM",
    "MENTION_CUE",
    "MENTION_RE",
    "MENTION_WORDS_RE",
    "PACK_MARK",
    "POSSESSIVE_CUE",
    "SIGNOFF_CUE",
    "SPEAKER_CUE",
    "SPEAKER_RE",
    "STOP_SIGNATURE_CUE",
    "STRONG",
    "WEAK",
    "WORD_RE",
    "Cue",
    "LineContext",
    "NameContextRecognizer",
    "acceptable",
    "before_index",
    "complete_name",
    "complete_name_start",
    "coordinated_before",
    "coordinated_name",
    "cue_first_words",
    "cue_index",
    "find_name_positions",
    "glued_to_digits",
    "inflected_word",
    "line_context",
    "role_index",
    "title_words",
]

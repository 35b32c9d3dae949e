"""Names inside tokens the other readers take whole: hashtags ("#Maszel", "#lhuna"), file names
("scan_Zarif_Agrin_0412.pdf", also at the end of a path: "scans/2025/Zarif_Agrin.jpg") and the last
segment of a web address ("…/team/rusnan-vorazin"), and the surname a customer's match code is built
from ("Kundenkürzel JALAMA88", "ledger code POMTAYER36").

A part is a name when it is a word of no common use in any language Shoal reads, or a listed name, of
three letters or more and no acronym: "#sale", "Budget_2024_final.xlsx", "IMG_4821.jpg" and
"/blog/summer-opening-hours" hold none. A web address's slug counts only when every part is one.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import NameSpanRecognizer, make_result

_HASHTAG = re.compile(r"(?<![\w#&/])#(?P<body>[^\W\d_][^\W_]{2,30})(?![\w-])")
_FILE = re.compile(
    r"(?<![\w.-])(?P<stem>[\w-]*[^\W\d_][\w-]*)\."
    r"(?i:pdf|docx?|xlsx?|csv|jpe?g|png|gif|heic|tiff?|txt|odt|ods|rtf|zip|mp3|mp4|wav|mov)(?!\w|\.\w)"
)
_SLUG = re.compile(
    r"https?://[^\s/]+(?:/[^\s/?#]+)*?/(?P<slug>[^\W\d_]+(?:-[^\W\d_]+){1,2})(?=[/?#]?(?:[\s,;)]|\.?$|\.\s))"
)
_PART = re.compile(r"[^\W\d_]+")
#: A match code: a surname in capitals (five letters or more, a vowel among them) and two or three digits.
_NAME_CODE = re.compile(
    r"(?<![\w@/.#\\-])(?P<name>(?=[A-ZÀ-ÞĀ-Ž]*[AEIOUYÀ-ÆÈ-ÏÒ-ÖÙ-Ü])[A-ZÀ-ÞĀ-Ž]{5,16})\d{2,3}(?![\w@/\\-]|\.\w)"
)
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


def is_name_part(part: str) -> bool:
    """``part`` may be a name: three letters or more, no acronym, listed or of no common use."""
    from anonymize.recognizers.person_names import is_listed_name
    from anonymize.vocabulary import LANGUAGES, is_common_word

    if len(part) < 3 or (part.isupper() and len(part) <= 4):
        return False
    return is_listed_name(part) or not is_common_word(part.casefold(), LANGUAGES, 3.0)


class EmbeddedNameRecognizer(NameSpanRecognizer):
    SCORE = 0.6

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        # each reader only where its mark is: most texts have digits, few a hash, a dot or a slash
        found = [
            *(_hashtags(text) if "#" in text else ()),
            *(_file_parts(text) if "." in text else ()),
            *(_slugs(text) if "/" in text else ()),
            *(_name_codes(text) if any(c.isdigit() for c in text) else ()),
        ]
        return [make_result(self, self.ENTITY, start, end, self.SCORE, why) for start, end, why in found]


def _hashtags(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for match in _HASHTAG.finditer(text):
        body = match.group("body")
        if len(_CAMEL.split(body)) == 1 and is_name_part(body):  # "#BlackFriday" is two words
            found.append((match.start("body"), match.end("body"), "hashtag"))
    return found


def _file_parts(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for match in _FILE.finditer(text):
        base = match.start("stem")
        found.extend(
            (base + part.start(), base + part.end(), "file name")
            for part in _PART.finditer(match.group("stem"))
            if is_name_part(part.group())
        )
    return found


def _slugs(text: str) -> list[tuple[int, int, str]]:
    return [
        (match.start("slug"), match.end("slug"), "web address")
        for match in _SLUG.finditer(text)
        if all(is_name_part(part) for part in match.group("slug").split("-"))
    ]


def _name_codes(text: str) -> list[tuple[int, int, str]]:
    """The surname of a match code ("JALAMA88", "ANDREADIS12"): no common word of a language Shoal reads
    and no two of them joined; a code built from words ("SUMMER25", "WELCOME10", "BLACKFRIDAY24") or
    a vowelless one ("TXKL12") holds none."""
    from anonymize.recognizers.no_words import frequent_pair
    from anonymize.vocabulary import LANGUAGES, is_common_word

    return [
        (match.start("name"), match.end("name"), "match code")
        for match in _NAME_CODE.finditer(text)
        if not is_common_word(match.group("name"), LANGUAGES, 3.0)
        and not frequent_pair(match.group("name").casefold(), (*LANGUAGES, "en"))
    ]

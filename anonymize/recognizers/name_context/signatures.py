"""Names under a sign-off ("Groetjes,\nNur") and at the end of a line as a signature."""

from __future__ import annotations

import re

from anonymize.recognizers.name_context.acceptance import _GAP_IN_NAME, _case, acceptable, glued_to_digits
from anonymize.recognizers.name_context.cues import (
    _NAME_JOINERS,
    MEDIUM,
    SIGNOFF_CUE,
    WORD_RE,
    Cue,
    LineContext,
)
from anonymize.recognizers.products import is_product_noun

#: The end of a note signed by its writer: "… (EUR 2.007,83) – Gunnild", "… after 10.15am. olumane".
_SIGNATURE_GAP = re.compile(r"(?:[.!?)][ \t]+|[ \t]+[-–—]{1,2}[ \t]*|[ \t]*/[ \t]*)$")

DASH_SIGNATURE_CUE = Cue("signature", MEDIUM, lower_in_cased=True)

STOP_SIGNATURE_CUE = Cue("signature", 2.5, lower_in_cased=True)

#: A line naming a company by its legal form (a signature block's company line).
_COMPANY_LINE = re.compile(
    r"(?i)(?<!\w)(?:ltd|llc|plc|inc|gmbh|ag|kg|ug|e\.k|e\.v|sarl|sas|s\.a|s\.l|s\.c|srl|s\.r\.l|spa|s\.p\.a|"
    r"bv|b\.v|nv|vof|lda|sp\. z o\.o|limited)\.?(?!\w)"
)


def _trailing_signature(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """One or two name-shaped words closing a line after a dash (a writer's mark: a sign-off
    position) or after a full stop (weaker: only words rare in every language the line may be in)."""
    if len(words) < 4 or line[words[-1].end() :].strip(" \t.!"):
        return []
    if _COMPANY_LINE.search(line):
        return []  # "Energia Dolina s.c. – Spedycja": a company and its department, not a signature
    for size in (2, 1):
        run = words[-size:]
        gap = _SIGNATURE_GAP.search(line, 0, run[0].start())
        if gap is None or gap.end() != run[0].start():
            continue
        if size == 2 and not _GAP_IN_NAME.fullmatch(line[run[0].end() : run[1].start()]):
            continue
        cue = STOP_SIGNATURE_CUE if gap.group().strip()[:1] in ".!?)" else DASH_SIGNATURE_CUE
        if len({_case(w.group()) for w in run}) == 1 and all(
            not glued_to_digits(line, w)
            and not is_product_noun(w.group())
            and acceptable(w.group(), cue, context)
            for w in run
        ):
            return [(run[0].start(), run[-1].end(), cue.score, "signature")]
    return []


def _signoff_spans(text: str, fallback: tuple[str, ...]) -> list[tuple[int, int, float, str]]:
    """The words that sign a message after a sign-off ("Groetjes,\\nNur", "cheers anna")."""
    from anonymize.recognizers.person_names import SIGN_OFF_FIRST_WORDS, sign_offs

    spans = []
    for match in sign_offs(text):
        name = match.group("name")
        every = list(WORD_RE.finditer(name))
        if not every or every[0].group().casefold() in _NAME_JOINERS:
            continue  # "Gracias y saludos": a second sign-off, not a name
        words = [w for w in every if w.group().casefold() not in _NAME_JOINERS]
        if any(w.group().casefold() in SIGN_OFF_FIRST_WORDS for w in words):
            continue
        context = LineContext(fallback, False, False)
        if not all(acceptable(w.group(), SIGNOFF_CUE, context) for w in words):
            continue
        base = match.start("name")
        spans.append((base + words[0].start(), base + words[-1].end(), SIGNOFF_CUE.score, "signoff"))
    return spans

"""Italian codice fiscale → ``IT_FISCAL_CODE``.

Format: 16 characters ``RSSMRA85T10A562S`` (surname, name, birth date/sex, place, control letter;
omocodia may swap digits for letters LMNPQRSTUV). Check character: odd/even position value tables summed
mod 26 (python-stdnum ``stdnum.it.codicefiscale``). Source: DM 23/12/1976, Agenzia delle Entrate.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum.it import codicefiscale

from anonymize.recognizers._base import MEDIUM, STRONG, ChecksumRecognizer, make_result

_D = "[0-9LMNPQRSTUV]"
_SHAPE = rf"[A-Z]{{6}}{_D}{{2}}[ABCDEHLMPRST]{_D}{{2}}[A-Z]{_D}{{3}}[A-Z]"
#: The code's own label right before it: "CF", "C.F.", "cod. fisc.", "codice fiscale".
_LABELLED = re.compile(
    rf"(?i)\b(?:c\.?\s?f\.?|cod\.?\s?fisc\.?|codice\s+fiscale)\s*[:=]?\s*(?P<code>{_SHAPE})\b"
)


class ShoalItFiscalCodeRecognizer(ChecksumRecognizer):
    ENTITY = "IT_FISCAL_CODE"
    COUNTRY_CODE = "it"
    PATTERNS = [
        Pattern(
            "Codice fiscale",
            rf"(?i)\b{_SHAPE}\b",
            STRONG,
        )
    ]
    CONTEXT = ["codice", "fiscale", "cf", "tax"]
    VALIDATOR = staticmethod(codicefiscale.is_valid)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The checked codes, plus a code of the right shape right after its label whose check character
        or birth day is wrong ("CF YMAMDV57T36E549P"): a mistyped code still names its holder."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        taken = {(r.start, r.end) for r in results if r.score > 0}
        for match in _LABELLED.finditer(text):
            if match.span("code") not in taken:
                results.append(
                    make_result(
                        self, self.ENTITY, *match.span("code"), MEDIUM, "codice fiscale after its label"
                    )
                )
        return results

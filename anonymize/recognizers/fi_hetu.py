"""Finnish personal identity code (henkilötunnus, HETU) → ``FI_HETU``.

Format: ``DDMMYYCZZZQ`` with century sign C (``+``, ``-``, ``A``–``F``, ``U``–``Y``), e.g. ``131052-308T``.
Check character: the nine digits mod 31 indexed into ``0123456789ABCDEFHJKLMNPRSTUVWXY``
(python-stdnum ``stdnum.fi.hetu``). Source: Digital and Population Data Services Agency (DVV).
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.fi import hetu

from anonymize.recognizers._base import STRONG, ChecksumRecognizer


class FiHetuRecognizer(ChecksumRecognizer):
    ENTITY = "FI_HETU"
    COUNTRY_CODE = "fi"
    PATTERNS = [Pattern("HETU", r"\b[0-3]\d[01]\d{3}[-+A-FU-Y]\d{3}[0-9A-Y]\b", STRONG)]
    CONTEXT = ["hetu", "henkilötunnus", "sosiaaliturvatunnus"]

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if hetu.is_valid(pattern_text) else False

"""Portuguese NIF (número de identificação fiscal) → ``PT_NIF``.

Format: nine digits, e.g. ``123 456 789``. Check digit: weights 9..2, 11 − (sum mod 11), 10/11 → 0
(python-stdnum ``stdnum.pt.nif``). Source: Decreto-Lei 463/79, Autoridade Tributária. Needs context.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.pt import nif

from anonymize.recognizers._base import NEEDS_CONTEXT, ChecksumRecognizer


class PtNifRecognizer(ChecksumRecognizer):
    ENTITY = "PT_NIF"
    COUNTRY_CODE = "pt"
    PATTERNS = [Pattern("NIF", r"\b[1-35-9]\d{2}[ ]?\d{3}[ ]?\d{3}\b", NEEDS_CONTEXT)]
    CONTEXT = ["nif", "contribuinte", "fiscal"]
    VALIDATOR = staticmethod(nif.is_valid)

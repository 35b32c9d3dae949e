"""US Social Security number → ``US_SSN`` (replaces Presidio's ShoalUsSsnRecognizer).

Format: ``AAA-GG-SSSS``. No check digit; validity is the issuance rules (area not 000, 666 or 9xx,
group not 00, serial not 0000, well-known dummies rejected; python-stdnum ``stdnum.us.ssn``).
Source: SSA, POMS RM 10201.035. Dashed or spaced is medium; nine plain digits need context.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.us import ssn

from anonymize.recognizers._base import MEDIUM, NEEDS_CONTEXT, ChecksumRecognizer


class ShoalUsSsnRecognizer(ChecksumRecognizer):
    ENTITY = "US_SSN"
    COUNTRY_CODE = "us"
    PATTERNS = [
        Pattern("SSN (dashed)", r"\b\d{3}([- ])\d{2}\1\d{4}\b", MEDIUM),
        Pattern("SSN (plain)", r"\b\d{9}\b", NEEDS_CONTEXT),
    ]
    CONTEXT = ["ssn", "social security", "social", "security", "ss#", "ssid"]
    VALIDATOR = staticmethod(ssn.is_valid)

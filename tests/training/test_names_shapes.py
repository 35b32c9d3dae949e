"""The names model's 0.2.0 shapes are well-formed templates in the eight languages (every placeholder one
the generator fills, persons and non-persons both present), and its tokenizer makes each field of a
pasted row a token. The generator itself needs the word tables of a downloaded wheel, so it runs in
``training.names.train``, not here."""

from __future__ import annotations

import pytest

from training.names.generate import PLACEHOLDER
from training.names.shapes import COMPANY_PREFIXES, CONTACT, ORDER_LINE, SHAPES
from training.names.tokenizer import tokenize

LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
FILLERS = {
    *("PROD", "PROD2", "CITY", "STREET", "COMP", "DEPT", "ROLE", "DAY", "MONTH", "DATE", "TIME", "ORDER"),
    *("SKU", "AMT", "PHONE", "EMAIL", "TICKET", "BRAND", "HI", "HI0", "BYE", "STATUS", "NUM", "COUNTRY"),
    *("JOB", "W"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_shapes_with_and_without_people(lang: str) -> None:
    templates = SHAPES[lang]
    with_person = [t for t in templates if any(m.group(1) for m in PLACEHOLDER.finditer(t))]
    assert len(with_person) >= 15 and len(templates) - len(with_person) >= 3
    assert lang in COMPANY_PREFIXES and lang in ORDER_LINE and lang in CONTACT


@pytest.mark.parametrize("lang", LANGS)
def test_every_placeholder_is_one_the_generator_fills(lang: str) -> None:
    for template in [*SHAPES[lang], *CONTACT[lang]]:
        assert "{" not in PLACEHOLDER.sub("", template), template
        for match in PLACEHOLDER.finditer(template):
            assert match.group(1) or match.group(5) in FILLERS, template


def test_the_tokenizer_splits_the_fields_of_a_pasted_row() -> None:
    assert tokenize("Gedul Milmilat;Mayei Ndojoyei;booked") == [
        *("Gedul", "Milmilat", ";", "Mayei", "Ndojoyei", ";", "booked"),
    ]

"""Business text that read as personal data in the output and made the self-check refuse whole files:
weekday abbreviations of a rota ("lun. Ana / mié. Luis"), a common word and a rarer word of the language
("Ricevuta controfirmata"), an item before its price ("soggiorno Elsa, 62,85 €"), a receipt number and
its year ("KW 0001/2025"), a date and an hour joined by a slash ("13-10-2025/15:59"), and a common
English noun the filled placeholders lend a name's context ("Receipt countersigned by Xxxxxxxx").
Each still leaves real names and phones found."""

from __future__ import annotations

import pytest

from anonymize.engine import get_analyzer
from anonymize.selfcheck import self_check
from anonymize.vocabulary import rota_days
from tests.anonymize.detection import detect


def _found(text: str, entity: str) -> set[str]:
    return {value for kind, value in detect(text) if kind == entity}


@pytest.mark.parametrize(
    "text",
    [
        "Turnos: lun. Zorvaki / mié. Qwendel / vie. Tasmuni",
        "Turni: lun Zorvaki, mer Qwendel, ven Tasmuni",
        "Dienst: Mo. Zorvaki / Mi. Qwendel / Fr. Tasmuni",
        "Grafik: pon. Zorvaki / śr. Qwendel / pt. Tasmuni",
    ],
)
def test_weekday_abbreviations_of_a_rota_are_no_names_and_the_names_are(text: str) -> None:
    found = " ".join(_found(text, "PERSON"))
    assert {"Zorvaki", "Qwendel", "Tasmuni"} <= set(found.split())
    assert not {w for w in found.split() if w.casefold().rstrip(".") in rota_days(text)}


def test_a_lone_weekday_like_name_is_no_rota() -> None:
    assert rota_days("Thanks, Sam. See you Dom.") == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "Controllato e chiuso da Wobrelki. Ricevuta controfirmata da Zerrindo. Zerrindo ha chiamato.",
        "Ordine IT-81925: soggiorno Elsa, 62,85 €, sospeso (Barro Vivo Lda).",
        "Ordine IT-54953: costume Bruno, 470,09 €, sospeso.",
    ],
)
def test_words_of_the_language_and_items_before_a_price_are_no_names(text: str) -> None:
    assert not {v for v in _found(text, "PERSON") if v.split()[0] in {"Ricevuta", "soggiorno", "costume"}}


def test_a_name_before_a_price_after_a_title_stays_a_name() -> None:
    assert "Elsa Rossi" in _found("Rimborso a signora Elsa Rossi, 62,85 €.", "PERSON")


@pytest.mark.parametrize("text", ["Kwit KW 0001/2025 wydany.", "13-10-2025/15:59 ▸ Bon GW-7798: gewassen."])
def test_a_number_and_its_year_or_a_date_and_its_hour_is_no_phone(text: str) -> None:
    assert not _found(text, "PHONE_NUMBER")


def test_phones_beside_them_are_still_phones() -> None:
    text = "13-10-2025/15:59 Bon GW-7798: bellen 06-12345678 of 020-1234567."
    assert {"06-12345678", "020-1234567"} <= _found(text, "PHONE_NUMBER")


def test_the_self_check_reads_no_name_in_a_noun_before_a_lower_case_verb() -> None:
    cells = [("text", f"Receipt countersigned by <PERSON>. Invoice {n} sent.") for n in range(50)]
    result = self_check(get_analyzer(), cells)
    assert result.passed, result.findings


def test_the_self_check_still_refuses_a_left_name() -> None:
    cells = [("text", "Receipt countersigned by Zorvaki Qwendel. Invoice sent.")] * 50
    result = self_check(get_analyzer(), cells)
    assert not result.passed

"""Names a layout marks rather than a cue: before a tick or a cross, after a tilde, in brackets after a
phone number or a referral word ("via", "über", "par", "vía", "przez", "tramite", "door", "através de"),
with a capital initial after them, and inside a file name at the end of a path; tables whose cells join
an initial to a surname ("B.Wozbrel") and closed lists whose items share a head word ("Ruta Norte").
Every person name here is invented (no list holds it)."""

from __future__ import annotations

import pandas as pd
import pytest

from anonymize.profile import DIRECT, NOT_PERSONAL, profile_frame
from tests.anonymize.detection import detect


def _persons(text: str) -> set[str]:
    return {value for entity, value in detect(text) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Volunteers: Wobrelki Tasmun ✓ ortavenu ✗ keeps asking.", {"Wobrelki Tasmun", "ortavenu"}),
        ("Helfer: Zerrindal ✓ KUMBRALO ✗ fragt nach.", {"Zerrindal", "KUMBRALO"}),
        ("Bénévoles : Ezzivan Q. ✔ velmaru ✘", {"Ezzivan Q.", "velmaru"}),
        ("Voluntarios: Drobnicz Okwarel ✓ zanquiro ✗", {"Drobnicz Okwarel", "zanquiro"}),
        ("Wolontariusze: Tasmunka ☑ Okwarelka ☒", {"Tasmunka", "Okwarelka"}),
    ],
)
def test_names_before_a_tick_or_a_cross(text: str, names: set[str]) -> None:
    assert names <= _persons(text)


def test_tasks_before_a_tick_hold_no_name() -> None:
    assert not _persons("Checklist: invoice sent ✓ delivery booked ✗ payment ✓")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Left the receipt under the mat ~KEYWOBREL New customer.", "KEYWOBREL"),
        ("Bitte am Tor lassen ~Ganairuk N. Danke.", "Ganairuk N."),
        ("Laissé au portail ~zerrindal", "zerrindal"),
        ("Dejado en la puerta ~Ezzivan. Gracias.", "Ezzivan"),
    ],
)
def test_a_signature_after_a_tilde(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("text", ["About ~50 kg left.", "Delivery ~ Tuesday.", "Noted ~Thanks team."])
def test_a_tilde_before_a_number_or_a_word_signs_nothing(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Second number +44 7700 900123 (amalwobri).", "amalwobri"),
        ("Zweite Nummer 0151 2345 6789 (KHUIZERRIN).", "KHUIZERRIN"),
        ("Otro número 612 56 82 99 (Dornorchhu K.).", "Dornorchhu K."),
        ("New customer (via tldzanqu).", "tldzanqu"),
        ("Neukunde (über Xima Wobrel).", "Xima Wobrel"),
        ("Nouveau client (par ezzivanne).", "ezzivanne"),
        ("Cliente nuevo (vía Raxad Z.).", "Raxad Z."),
        ("Nowy klient (przez okwarelka).", "okwarelka"),
        ("Nuovo cliente (tramite Zerrindo).", "Zerrindo"),
        ("Nieuwe klant (door kumbralo).", "kumbralo"),
        ("Cliente novo (através de Tasmunho).", "Tasmunho"),
    ],
)
def test_the_owner_of_a_phone_or_a_referral_in_brackets(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "commande 759993253 (Théière Margot) en attente",
        "bestellung #393456627 (leon stehlampe) versandt",
        "pedido FA-4424484 (ingrid edredón) entregado",
        "Call +44 7700 900123 (mobile) or the office.",
        "Paid (via Skyline Mapping Ltd) on time.",
        "Sent (par téléphone) hier.",
    ],
)
def test_products_companies_and_words_in_brackets_stay(text: str) -> None:
    assert not {v for v in _persons(text) if "(" not in v and v in text[text.index("(") :]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Frau Lenz und Bolungon G. teilen sich die Lieferung.", "Bolungon G."),
        ("Genyeu Q. voltou a ligar por causa das caixas.", "Genyeu Q."),
        ("Rudaung M. y Ana se reparten el lote.", "Rudaung M."),
    ],
)
def test_a_rare_word_with_a_capital_initial_after_it(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("text", ["We fall back to Plan B. Then wait.", "Take Vitamin C. Daily."])
def test_a_common_word_with_a_letter_after_it_is_no_name(text: str) -> None:
    assert not _persons(text)


def test_names_in_a_file_name_at_the_end_of_a_path() -> None:
    text = "Photo saved as scans/2025/Akunwo_Agozerri_before.jpg. Second photo to follow."
    found = detect(text)
    assert {("PERSON", "Akunwo"), ("PERSON", "Agozerri")} <= found
    assert not [v for e, v in found if e == "URL"]  # "before.jp" inside the file name is no web address


def test_a_path_of_plain_words_holds_no_name() -> None:
    assert not _persons("Saved as reports/2025/Budget_final_summary.xlsx. Done.")


def test_a_column_of_initials_joined_to_rare_surnames_is_a_person_column() -> None:
    values = ["B.Wozbrelak", "D.Zerrindova", "K.Tasmunko", "O.Okwarelli", "Q.Ezzivanko", "T.Kumbrelo"]
    column = profile_frame(pd.DataFrame({"ecailler": values * 10})).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "PERSON")


def test_a_closed_list_whose_items_share_a_head_word_is_a_kind() -> None:
    values = ["Ruta Norte", "Ruta Sierra", "Ruta Costa"] * 20
    column = profile_frame(pd.DataFrame({"ruta": values})).columns[0]
    assert column.kind == NOT_PERSONAL

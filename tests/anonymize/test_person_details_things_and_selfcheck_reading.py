"""A person's details under their JSON key are replaced in a file of any size, "by" keys in every
language hold names, a thing's name after an article and its noun stays, a plant catalogue with one
given-name-like noun is still a catalogue, and the self-check reads shouted lines, code prefixes,
boat models after "the", clauses after a comma and record numbers as the detectors do. Every person
name here is invented (no list holds it)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from anonymize.engine import get_analyzer
from anonymize.pipeline import run
from anonymize.pipeline.catalogue import MIN_VALUES, personal_detail
from anonymize.profile import NOT_PERSONAL, is_name_key, profile_frame
from anonymize.recognizers.learned_names import line_names
from anonymize.recognizers.name_context import find_name_positions
from anonymize.recognizers.products import named_thing
from anonymize.selfcheck import _fill_placeholders, _names_a_reference, self_check
from tests.anonymize.detection import detect


def _persons(text: str) -> set[str]:
    return {value for entity, value in detect(text) if entity == "PERSON"}


def _loose(text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in find_name_positions(text, loose=True)]


@pytest.mark.parametrize(
    ("path", "value", "entity"),
    [
        ("zgloszenie.klient.adres.kod", "62-345", "POSTCODE"),
        ("encomenda.cliente.morada.codigo_postal", "4715-031", "POSTCODE"),
        ("ordine.cliente.indirizzo.citta", "Borgoventa", "CITY"),
        ("huur.klant.adres.plaats", "Molzijl", "CITY"),
        ("pedido.cliente.direccion.calle", "Travesía Fuen, 141", "STREET_ADDRESS"),
        ("einsatz.kunde.anschrift", "Am Grumerhang 97, 47281 Grustedt", "STREET_ADDRESS"),
        ("zgloszenie.klient.adres.ulica", "os. Warlin 12/3", "STREET_ADDRESS"),
        ("huur.contact.bsn", "172044820", "NATIONAL_ID"),
        ("vertrag.kunde.steuer_id", "86095742719", "NATIONAL_ID"),
        ("booking.client.ni_number", "QQ 12 34 56 C", "NATIONAL_ID"),
    ],
)
def test_a_persons_detail_is_read_from_its_key(path: str, value: str, entity: str) -> None:
    assert personal_detail(path, value) == entity


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("order.city", "Paris"),  # a shop's order, no person's key on the path
        ("cliente.codice", "C-10023"),  # the customer's code is the record's, not an identity number
        ("kunde.status", "offen"),
        ("huur.klant.adres.postcode", "pending confirmation by phone"),  # no postcode's shape
        ("shipment.warehouse.city", "Lyon"),
    ],
)
def test_other_values_under_keys_stay_with_detection(path: str, value: str) -> None:
    assert personal_detail(path, value) is None


def test_a_few_records_with_a_persons_address_lose_it_whole(tmp_path: Path) -> None:
    """Fewer records than a catalogue needs (`MIN_VALUES`): the keys still say what the values are."""
    source = tmp_path / "serwis.jsonl"
    rows = [
        {
            "zgloszenie": {
                "nr": f"ZL/{40 + i:04d}/25",
                "klient": {
                    "nazwa": "Qorvena Ulbatsi",
                    "adres": {
                        "ulica": f"os. Warlin {i + 2}/3",
                        "kod": f"62-3{i:02d}",
                        "miasto": "Trzebulowice",
                    },
                    "pesel": "44051401359",
                },
            }
        }
        for i in range(MIN_VALUES // 4)
    ]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    run(source, tmp_path / "out", analyzer=get_analyzer())
    out = [
        json.loads(line) for line in (tmp_path / "out" / source.name).read_text(encoding="utf-8").splitlines()
    ]
    for before, after in zip(rows, out, strict=True):
        client = after["zgloszenie"]["klient"]
        assert client["adres"] == {"ulica": "<STREET_ADDRESS>", "kod": "<POSTCODE>", "miasto": "<CITY>"}
        assert client["pesel"] == "<NATIONAL_ID>"
        assert after["zgloszenie"]["nr"] == before["zgloszenie"]["nr"]


@pytest.mark.parametrize(
    "key", ["seguimiento[].por", "opmerkingen[].door", "echanges[].par", "historia[].przez"]
)
def test_by_in_every_language_is_a_name_key(key: str) -> None:
    assert is_name_key(key, ["fecha", "nota"])


def test_van_is_a_name_key_only_beside_no_language_codes() -> None:
    assert is_name_key("van", ["bericht", "tijd"])
    assert not is_name_key("van", ["en", "nl"])


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("D'après l'équipe, la chaudière gaz Lorraine a été révisée le 13/11/2026.", "Lorraine"),
        ("Hoy llegó un sofá Carmen para el salón.", "Carmen"),
        ("Bitte eine lampe Florence einpacken.", "Florence"),
    ],
)
def test_a_capitalised_word_after_an_article_and_a_things_noun_is_its_name(text: str, thing: str) -> None:
    start = text.index(thing)
    assert named_thing(text, start, start + len(thing))
    assert thing not in _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hoy vino la vecina Qorvena a recoger el pedido.", "Qorvena"),  # a person's noun
        ("Las flores las pone Wilqasi este año.", "Wilqasi"),  # a pronoun and a verb
        ("Welcome to the band Gigi Kedaash!", "Gigi"),  # a two-word name
        ("Puente despegado, lo encola Inawi.", "Inawi"),
    ],
)
def test_a_name_after_a_persons_noun_a_verb_or_with_a_surname_is_no_thing(text: str, name: str) -> None:
    start = text.index(name)
    assert not named_thing(text, start, start + len(name))


def test_a_plant_catalogue_with_a_given_name_for_a_noun_is_a_catalogue() -> None:
    """ "Hortensia" is a given name somewhere; among four plants it is one plant."""
    items = ["lavanda Aranjuez", "buganvilla Lola", "palmera Elche", "hortensia Begoña"]
    frame = pd.DataFrame({"planta": (items * 30)[:120]})
    (column,) = profile_frame(frame, analyzer=get_analyzer()).columns
    assert column.kind == NOT_PERSONAL


def test_placeholders_in_a_shouted_line_are_filled_in_capitals() -> None:
    assert _fill_placeholders("CALLED <PERSON> ABOUT THE BOAT\nmet <PERSON>") == (
        "CALLED XXXXXXXX ABOUT THE BOAT\nmet Xxxxxxxx"
    )


def test_a_shouted_phrase_opening_with_a_function_word_is_no_name_to_the_model() -> None:
    text = "KEIN VORSTIEG für Xxxxxxxx bis zur Nachschulung."
    spans = next(line_names(get_analyzer().nlp_engine.names_nlp, [text], 8))
    assert not any("KEIN" in text[s:e] for s, e in spans)


def test_the_names_model_reads_a_recurring_line_once_and_maps_it_everywhere() -> None:
    texts = ["ok\nok\nQorvena Ulbatsi rang\nok", "Qorvena Ulbatsi rang"]
    spans = list(line_names(get_analyzer().nlp_engine.names_nlp, texts, 8))
    assert [texts[0][s:e] for s, e in spans[0]] == [texts[1][s:e] for s, e in spans[1]]


@pytest.mark.parametrize(
    "text",
    [
        "ANTIFOULING DONE BY XXXXXXXX, INVOICE INV-84156 EMAILED TO Xxxxxxxx.",  # a code's prefix
        "Bilge alarm on the Westerly Centaur at 13:57; Xxxxxxxx phoned.",  # a boat model after "the"
        "Erste Hilfe durch Xxxxxxxx wurde informiert, Protokoll CS655586.",  # a new clause after a comma
    ],
)
def test_the_self_checks_loose_reading_sees_no_name_in_things(text: str) -> None:
    assert [w for w in _loose(text) if not w.startswith("X")] == []


def test_a_cue_still_takes_a_name_straight_after_it() -> None:
    assert "Qorvena Ulbatsi" in _loose("Erste Hilfe durch Xxxxxxxx, informiert Qorvena Ulbatsi.")


@pytest.mark.parametrize("column", ["huur.nummer", "reparacion.n", "pedido.nr", "order_no"])
def test_a_bare_number_key_names_the_records_reference(column: str) -> None:
    assert _names_a_reference(column)


def test_the_self_check_passes_kept_record_numbers_shaped_like_phones() -> None:
    cells = [("huur.nummer", f"{256128 + i * 7919}/{i:02d}") for i in range(40)]
    assert self_check(get_analyzer(), cells, structured_columns={"huur.nummer"}).passed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gutschein eingelöst von Agimi Peshkatari; an der Kasse saß MASTRUDAXXA", "MASTRUDAXXA"),
        ("LET OP: AAMRI mag niet zonder begeleiding het water in.", "AAMRI"),
        ("Kein Vorstieg bis zur Nachschulung bei Ssaito.", "Ssaito"),  # German, no compound
        ("Il cane del box 7 non va d'accordo con i gatti — Qorvel farà una prova.", "Qorvel"),
        ("riprovare alle 06:52 — Xitai ha il numero di casa.", "Xitai"),
        ("op verzoek van meneer Kandaouroff – L. Pafomoff belt de andere ouders.", "L. Pafomoff"),
    ],
)
def test_lone_names_in_capitals_after_bei_and_after_a_clauses_dash_are_names(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Order via ACME Portal today.", "ACME"),  # an acronym beside a capitalised word
        ("Ticket ABCD-1234 is open again.", "ABCD"),  # a code's letters
        ("Termin zur Nachschulung bei Kaminofen erledigt.", "Kaminofen"),  # a German compound
        ("Bestellung (Dywan Bergen – Butelkowa zieleń) geliefert.", "Butelkowa"),  # a colour
        ("cambio de Tetera Valencia – Terracota ref. EO-3645-S", "Terracota"),
        ("hoi allemaal, de constateerklok is kapot", "constateerklok"),  # a Dutch compound
    ],
)
def test_acronyms_codes_compounds_and_colours_stay(text: str, word: str) -> None:
    assert not any(word in value for value in _persons(text))


def test_a_noun_and_name_pair_that_recurs_in_a_batch_is_a_catalogue_item(tmp_path: Path) -> None:
    from anonymize.recognizers.products import recurring_thing_spans

    texts = [f"leitão Bairrada para o batizado da Qorvena Ulbatsi, dia {d}/11/2026." for d in range(1, 5)]
    assert all(
        text[slice(*spans[0])] == "leitão Bairrada"
        for text, spans in zip(texts, recurring_thing_spans(texts), strict=True)
    )
    source = tmp_path / "talho.jsonl"
    source.write_text(
        "".join(json.dumps({"nota": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8"
    )
    run(source, tmp_path / "out", analyzer=get_analyzer())
    out = (tmp_path / "out" / source.name).read_text(encoding="utf-8")
    assert out.count("leitão Bairrada") == 4 and "Qorvena" not in out and "Ulbatsi" not in out


def test_a_name_after_a_persons_noun_recurring_is_still_a_name() -> None:
    from anonymize.recognizers.products import recurring_thing_spans

    texts = ["o técnico Ruiz veio", "o técnico Ruiz foi", "o técnico Ruiz ligou", "ligar Ana amanhã"] * 2
    assert all(spans == [] for spans in recurring_thing_spans(texts))


def test_a_trade_runs_on_to_its_legal_form_a_person_from_a_company_does_not() -> None:
    assert not _persons("La selle est à réparer chez Sellerie du Vallon SARL.")
    assert "Kerti" in _persons(
        "Gespräch mit Kerti von Druckerei Tintenfass GmbH & Co. KG: neue Ansprechperson"
    )
    assert "Ademane Kouraogo" in _persons("Ademane Kouraogo von Datenfluss Software UG wartet auf den Fix.")


@pytest.mark.parametrize("text", ["Lift-out 207988/14 for the yard", "Huur 410009/71 bevestigd"])
def test_a_number_with_a_short_part_after_a_slash_is_no_phone(text: str) -> None:
    assert not any(e == "PHONE_NUMBER" for e, _ in detect(text))


def test_a_german_area_code_and_line_are_a_phone() -> None:
    assert ("PHONE_NUMBER", "0221/4711234") in detect("Rückruf unter 0221/4711234 bitte")


def test_a_street_word_before_a_date_is_no_address() -> None:
    assert not any(e == "STREET_ADDRESS" for e, _ in detect("la strada resta chiusa fino al 06/04/2026."))


def test_a_size_ends_no_name_and_a_possessive_ends_a_shouted_name() -> None:
    text = "UPEPO PWANI'S FALMOUTH FENDER XL NEEDS NEW ANODES — KHEBEK GUGKATY WILL QUOTE."
    persons = _persons(text)
    assert not any("FENDER" in p or "FALMOUTH" in p for p in persons)
    assert any("PWANI" in p for p in persons) and "KHEBEK GUGKATY" in persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ficha de sócio verificada por mudroliuba.", "mudroliuba"),
        ("Contract signed by Qorvena Ulbatsi yesterday.", "Qorvena Ulbatsi"),
        ("La commande a été validée par Ilyas Qarrouti.", "Ilyas Qarrouti"),
        ("la fattura è stata firmata da Chasun ieri", "Chasun"),
        ("Der Antrag wurde geprüft von Ssaito.", "Ssaito"),
        ("De offerte is gecontroleerd door Mirvel Tasku.", "Mirvel Tasku"),
        ("Umowa podpisana przez Kwabenę Oduro.", "Kwabenę Oduro"),
    ],
)
def test_the_agent_after_a_participle_and_by_is_a_name_in_every_language(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_carriers_acronym_after_by_is_no_agent() -> None:
    assert not [
        why for *_, why in find_name_positions("Parcel shipped by DHL this morning.") if why == "agent"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("wer kommt? cwunphyo, niwwel, amadek … sonst noch wer", ("cwunphyo", "niwwel", "amadek")),
        ("who's in? qorvel, tasku, mirvenna.", ("qorvel", "tasku", "mirvenna")),
    ],
)
def test_every_item_of_a_list_after_a_question_up_to_an_ellipsis_is_a_name(
    text: str, names: tuple[str, ...]
) -> None:
    found = " ".join(_persons(text))
    assert all(name in found for name in names)


def test_dutch_belt_after_a_name_is_a_verb_not_a_product() -> None:
    assert "Chaehu Shim" in _persons("Afleveradres volgt — Chaehu Shim belt vooraf.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Relance — ISIDA n'a pas récupéré ses chaussures.", "ISIDA"),
        ("Essayage robe — Rániile a choisi la Menu Verona.", "Rániile"),
        ("Rondvraag — Rimedeka vraagt om een nieuwe sleutel.", "Rimedeka"),
    ],
)
def test_a_word_opening_a_clause_after_a_dash_is_a_name(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_name_grows_no_further_than_its_possessive() -> None:
    from anonymize.recognizers.name_context import complete_name

    text = "Wassa Awramenko's Sadler 25 needs new anodes"
    assert text[: complete_name(text, 0, len("Wassa"))] == "Wassa Awramenko's"
    assert text[: complete_name(text, 0, len("Wassa Awramenko's"))] == "Wassa Awramenko's"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Pasted from the depot sheet: ALEXIU,margaritis,+44 7400 103614,£705.35,refunded", {"ALEXIU"}),
        ("Aus der Liste kopiert: ARBARO;Nebulo;01512 3921112;in Prüfung", {"ARBARO", "Nebulo"}),
        ("Copiado de la hoja: Chaschiel;Brentina;0034 612 87 00 91;tramitado", {"Chaschiel", "Brentina"}),
    ],
)
def test_the_name_fields_of_a_row_pasted_into_a_note_are_names(text: str, names: set[str]) -> None:
    found = detect(text)
    assert names <= {value for entity, value in found if entity == "PERSON"}
    assert any(entity == "PHONE_NUMBER" for entity, _ in found)  # a field is no code's part
    assert not any(value in {"refunded", "tramitado"} for _, value in found)


def test_a_row_without_a_contact_is_left_to_the_other_readers() -> None:
    assert not _persons("Farben: rot,blau,grün,gelb")


@pytest.mark.parametrize(
    ("header", "entity"),
    [("Rufname", "PERSON"), ("Zuname", "PERSON"), ("born", "DATE_OF_BIRTH"), ("geboren", "DATE_OF_BIRTH")],
)
def test_more_header_words_name_people_and_birth_dates(header: str, entity: str) -> None:
    from anonymize.profile.vocabularies import header_hint

    assert header_hint(header) == entity


@pytest.mark.parametrize(
    ("path", "value", "entity"),
    [
        ("passenger.born", "1961-03-12", "DATE_OF_BIRTH"),
        ("melder.adres.plaats", "Gerkamwijk", "CITY"),
        ("beneficiaire.adresse.cp", "75011", "POSTCODE"),
    ],
)
def test_passengers_reporters_and_beneficiaries_are_people_by_their_key(
    path: str, value: str, entity: str
) -> None:
    assert personal_detail(path, value) == entity


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Herr Pajhai sagte: "Vesim steigt ab Montag in Corquorwede zu."', "Vesim"),
        ('Sr. Višnjakov dijo: "Hacr viene a por la furgoneta a las 14:22."', "Hacr"),
    ],
)
def test_the_subject_opening_quoted_speech_is_a_name(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_german_noun_opening_quoted_speech_stays() -> None:
    assert not _persons("Er sagte: „Abholung erfolgt morgen.“")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lieferung 46: Ngengithando Mbong/Liwanag Gubat teilen sich das.", ["Mbong", "Liwanag"]),
        ("Plot 1: Zheshindu Khankhördo/geay share this one.", ["Khankhördo", "geay"]),
    ],
)
def test_both_halves_of_a_slashed_pair_of_names_are_names(text: str, names: list[str]) -> None:
    found = " ".join(_persons(text))
    assert all(name in found for name in names)


def test_slashes_in_urls_units_and_and_or_stay() -> None:
    from anonymize.text import slashes_between_words

    for text in ("see https://example.com/path/to/x", "km/h", "www.shop.de/kontakt", "ratio 3/4"):
        assert slashes_between_words(text) == text
    assert not _persons("Pay by card and/or voucher, 30 km/h max.")


def test_a_name_found_elsewhere_is_no_name_right_after_a_product_noun() -> None:
    from anonymize.propagation import find_known

    text = "Order EN-54476: reader bag Bruno, paid by Bruno himself."
    hits = find_known(text, [("Bruno", "PERSON")])
    assert [r.start for r in hits] == [text.rindex("Bruno")]


def test_a_product_noun_with_a_place_recurring_is_no_location() -> None:
    from anonymize.recognizers.products import recurring_thing_spans

    texts = [f"Order {i}: reader bag Bremen, £{i}0.00, done." for i in range(3)]
    assert all(spans for spans in recurring_thing_spans(texts))

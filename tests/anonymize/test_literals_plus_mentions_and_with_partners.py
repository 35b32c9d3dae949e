"""Names inside pasted code literals (tuple items, JSON pairs keyed by a person), after a "+", after a
participle and "von" of any German verb class, across "with" from a found name; a phone whose last group
reads as a postcode; company names with Iberian and Polish legal forms; role columns named by a compound
("Bandkontakt") whose cells join a name's parts with "/", "_" or brackets. Every person name here is
invented (no list holds it)."""

from __future__ import annotations

import pandas as pd
import pytest

from anonymize.profile import DIRECT, profile_frame
from tests.anonymize.detection import detect


def _persons(text: str) -> set[str]:
    return {value for entity, value in detect(text) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Import row: ('Wobrelki Tasmun', 3, 'ok')", "Wobrelki Tasmun"),
        ("Import: ('ortavenu', 2, 'offen')", "ortavenu"),
        ("Ligne importée : ('Q. Zerrindal', 1, 'ok')", "Q. Zerrindal"),
        ("Fila importada: ('TASKOVELLI', 4, 'ok')", "TASKOVELLI"),
        ("Riga importata: ('KUMBRALO, Ezzivan', 3, 'ok')", "KUMBRALO, Ezzivan"),
        ("Geïmporteerd: [('velmaru', 2), ('x', 1)]", "velmaru"),
        ("Wiersz: (12, 'Drobnicz Okwarel', 'zapłacone')", "Drobnicz Okwarel"),
        ('Linha importada: ("zanquiro", 5, "ok")', "zanquiro"),
    ],
)
def test_a_name_in_a_pasted_tuple_or_list(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Import row: ('Kayak Tandem 480', 2, 'paid')",
        "Import: ('ok', 'paid', 'open')",
        "values (3, 'open', 'urgent')",
    ],
)
def test_products_and_states_in_a_tuple_hold_no_name(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Web form said {"who": "Posivel Ardunek", "flocks": 2}.', "Posivel Ardunek"),
        ('Formular: {"wer": "tramvoli", "glocken": 2}.', "tramvoli"),
        ('Formulaire : {"qui": "ZENDRAVOT", "cadres": 2}.', "ZENDRAVOT"),
        ('Formulario: {"quién": "Ulzabet Moranqui"}', "Ulzabet Moranqui"),
        ('Modulo: {"chi": "vessandro", "strumenti": 2}.', "vessandro"),
        ("Formulier: {'wie': 'Kobbert Zwanel'}", "Kobbert Zwanel"),
        ('Formularz: {"kto": "DRUZBIEL"}', "DRUZBIEL"),
        ('Formulário: {"quem": "Tavrinho Quelmar", "itens": 1}', "Tavrinho Quelmar"),
        ('{"customer": "Yzzerin Potalu", "qty": 2}', "Yzzerin Potalu"),
    ],
)
def test_a_name_as_the_value_of_a_person_key_in_inline_json(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_product_or_a_state_in_inline_json_stays() -> None:
    assert not _persons('{"product": "Victoria Teapot", "status": "open"}')


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("+Nivrel Osgaro please confirm the fleece count.", "Nivrel Osgaro"),
        ("+kaldruvi bitte Termin bestätigen.", "kaldruvi"),
        ("Commande notée. +ZAPRELOT merci de valider.", "ZAPRELOT"),
        ("+ermosinda confirma el pedido, por favor.", "ermosinda"),
        ("+Tubrazzo Velcani conferma l'ordine delle corde.", "Tubrazzo Velcani"),
        ("+wolbrecht graag de bestelling bevestigen.", "wolbrecht"),
        ("+Krzewiak Oltran proszę potwierdzić zamówienie.", "Krzewiak Oltran"),
        ("+quelmiro confirme a encomenda.", "quelmiro"),
    ],
)
def test_a_name_after_a_plus_that_assigns_a_task(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("text", ["Call +39 312 325 4708 today.", "Total 3 +2 extra.", "Add + shipping."])
def test_a_plus_before_digits_or_a_space_assigns_nobody(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Auftrag fertig, erledigt von zembrowa.", "zembrowa"),
        ("Glocke abgeholt von Tarvelik Osdrun.", "Tarvelik Osdrun"),
        ("Gerät repariert von KWALMERIN.", "KWALMERIN"),
        ("Formular verpackt von oskarrel und versandt.", "oskarrel"),
    ],
)
def test_the_agent_after_any_german_participle_and_von(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rückruf. zorvekka tauscht den Termin mit Anna Weber.", "zorvekka"),
        ("Noted. Anna Weber swapped the shed shift with pelmurat.", "pelmurat"),
        ("Rappel. QUENDROVA échange son créneau avec Anna Weber.", "QUENDROVA"),
        ("Nota. Anna Weber cambia el turno con velcurra.", "velcurra"),
        ("Nota. zimbrella scambia il turno con Anna Weber.", "zimbrella"),
        ("Notitie. Anna Weber ruilt de dienst met Korvaldo Tesk.", "Korvaldo Tesk"),
        ("Uwaga. drobnelka zamienia dyżur z Anna Weber.", "drobnelka"),
        ("Nota. Anna Weber troca o turno com quintreva.", "quintreva"),
    ],
)
def test_the_other_side_of_with_from_a_found_name(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_common_subject_across_with_is_no_name() -> None:
    assert _persons("Rückruf. Der Termin tauscht mit Anna Weber.") <= {"Anna Weber"}


def test_an_inflected_word_across_with_is_no_name() -> None:
    assert "laptopami" not in _persons("Dziękujemy Anna Weber za pomoc z laptopami.")


@pytest.mark.parametrize("phone", ["312 351 9492", "0039 02 1234 5678"])
def test_a_phone_whose_last_group_reads_as_a_postcode_is_a_phone(phone: str) -> None:
    assert ("PHONE_NUMBER", phone) in detect(f"Recapito {phone} o per posta.")


@pytest.mark.parametrize(
    "company",
    ["Pasieka Złota sp. z o.o.", "Barros do Vale Lda", "Arcillas Norte SL", "Zeilwerf BV"],
)
def test_a_company_with_its_legal_form_stays_whole(company: str) -> None:
    text = f"Order ORD-51129: Kayak Tandem 480, 551,62 EUR, paid via {company}, packed by Anna Weber."
    found = detect(text)
    start = text.index(company)
    assert ("PERSON", "Anna Weber") in found
    assert not [v for e, v in found if e != "ORGANIZATION" and v in company and text.find(v) >= start]


@pytest.mark.parametrize(
    ("header", "values"),
    [
        ("Bandkontakt", ["BRESSOVAL/Tunik", "KWARDELO/Ysmene", "ZOTRIVAN/Perlucha", "MUNDAREL/Oszka"]),
        ("instruktor", ["Wozbrel_Elkiana", "Tamprusz_Odile", "Kelvaro_Zintra", "Quarnek_Bessaly"]),
        ("Schichtleiterin", ["Ysmene (KWARDELO)", "Tunik (BRESSOVAL)", "Oszka (MUNDAREL)", "Perl (ZOTRIV)"]),
    ],
)
def test_a_role_column_whose_cells_join_the_name_parts_with_marks(header: str, values: list[str]) -> None:
    column = profile_frame(pd.DataFrame({header: values * 10})).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("who brings the launch rail sunday?, vobri? ok", "vobri"),
        ("wer mischt heute, zunk? bin dabei", "zunk"),
        ("qui amène les pierres, ghelo? moi", "ghelo"),
        ("quién trae la baraja, nakru? yo no", "nakru"),
        ("chi porta lo striscione, juvvo? io", "juvvo"),
        ("wie neemt de accordeon mee, lirrin? ik", "lirrin"),
        ("kto ma wolne pasmo, tsuxel? ja", "tsuxel"),
        ("quem leva as capas, zachuxar? eu", "zachuxar"),
    ],
)
def test_the_person_a_question_is_put_to(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("text", ["that works, right? yes", "passt so, oder? ja", "c'est bon, non? oui"])
def test_a_tag_question_names_nobody(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("<posvel ŋardo> antenna is up on the roof", "posvel ŋardo"),
        ("[21:04] <zarvelk> łączność z islandią wczoraj", "zarvelk"),
    ],
)
def test_an_irc_speaker_in_angle_brackets(text: str, name: str) -> None:
    assert name in _persons(text)


def test_an_html_tag_opening_a_line_is_no_speaker() -> None:
    assert not _persons("<b> Note</b> about the order")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pasted note: <b>ŊOLIVAR</b> brings the wool press back.", "ŊOLIVAR"),
        ("Note collée : <em>zahirva</em> rapporte les feuilles d'or.", "zahirva"),
    ],
)
def test_a_name_as_the_text_of_an_inline_html_tag(text: str, name: str) -> None:
    assert name in _persons(text)


def test_words_in_an_inline_html_tag_stay() -> None:
    assert not _persons("<b>Important</b>: the <i>Kayak Tandem</i> is back.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Auftrag, erledigt von RUVELKOŊ, Rɛzuo.", {"RUVELKOŊ", "Rɛzuo"}),
        ("Nota. Anna Weber troca o turno com SHABVOTƏ, Nyapsal Ngurtjaṉ.", {"Nyapsal", "Ngurtjaṉ"}),
    ],
)
def test_the_other_half_of_a_reversed_name(text: str, names: set[str]) -> None:
    found = _persons(text)
    assert all(any(name in value for value in found) for name in names), found


def test_the_dutch_agent_after_gedaan_door() -> None:
    assert "zaamurk" in _persons("On hold via Archetti Srl, gedaan door zaamurk.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rappel noté. zerivka a récupéré les cadres ce matin.", "zerivka"),
        ("Note. ŋadvri booked the shearing gang for Tuesday.", "ŋadvri"),
        ("Richiamare. nkatvo ha ritirato il violino stamattina.", "nkatvo"),
    ],
)
def test_a_lower_case_no_word_opening_a_sentence_in_a_cased_text(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_lower_case_brand_opening_a_sentence_is_no_name() -> None:
    assert not _persons("Done. ebay order arrived. Fine. iphone screen is broken.")


@pytest.mark.parametrize("quantity", ["x4", "× 2", "x11"])
def test_a_product_line_and_its_quantity_hold_no_name_position(quantity: str) -> None:
    """The self-check reads name positions loosely; a product's name before its quantity is none."""
    from anonymize.recognizers.name_context import find_name_positions

    text = (
        f"Commessa IT107-00917: Tenda a Bracci Velvare {quantity}, 1903,25 €, montato, tramite Ombralux Srl."
    )
    assert not [text[s:e] for s, e, _, why in find_name_positions(text, loose=True) if why == "after_product"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Presupuesto 28: interlocutor=lenvokul | Pedido ES-45674", "lenvokul"),
        ("log: status=open customer=Zorvelik.", "Zorvelik"),
    ],
)
def test_a_name_as_the_value_of_a_person_key_in_a_log_pair(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_log_pair_with_another_key_holds_no_name() -> None:
    assert not _persons("status=open id=kayak mode=fast")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Resuelto ayer por ñitvu.", "ñitvu"),
        ("Ticket checked today by zembrowa.", "zembrowa"),
        ("Auftrag gestern erledigt von Kwarnel Ostrup.", "Kwarnel Ostrup"),
    ],
)
def test_the_agent_after_a_participle_an_adverb_of_time_and_by(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pregunte por gaivsa en la entrada.", "gaivsa"),
        ("Vraag naar Tolvrik bij de balie.", "Tolvrik"),
        ("Proszę pytać o zarnelka przy wejściu.", "zarnelka"),
        ("Pergunte por Quelvira na receção.", "Quelvira"),
        ("La petición de Vladimirel Zafkopulu sigue abierta.", "Vladimirel Zafkopulu"),
        ("Het verzoek van Orvendel staat nog open.", "Orvendel"),
    ],
)
def test_asking_for_a_person_and_a_persons_request(text: str, name: str) -> None:
    assert name in _persons(text)


def test_asking_for_a_thing_names_nobody() -> None:
    assert not _persons("Pregunte por el precio en la entrada.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cover agreed between Anna Weber and szifvteh.", "szifvteh"),
        ("Cambio concordato tra Anna Weber e lampetvello.", "lampetvello"),
    ],
)
def test_a_lower_case_partner_closing_the_clause_after_a_name_and_and(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_lower_case_word_after_a_name_and_and_is_no_partner() -> None:
    assert _persons("Anna Weber and others were there.") == {"Anna Weber"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("_BENFONVRE Ranthal_ rang back twice about it.", "BENFONVRE Ranthal"),
        ("Contact ~~bozhevryl~~ from now on.", "bozhevryl"),
        ("History in [[Kannvre Monfil]] on the shared drive.", "Kannvre Monfil"),
        ("**zarvelka** hat zweimal angerufen.", "zarvelka"),
        ("HAYLAVR @ 17:30, gate code at the side.", "HAYLAVR"),
        ("ANAGNOSTOVRU ........ £525.16; paid.", "ANAGNOSTOVRU"),
        ("Contact ~~Anna Weber~~ → UMBOVRA from now on.", "UMBOVRA"),
        ("kvenrohniva, [08.08.25 10:39]: morning all! who has the pruner?", "kvenrohniva"),
    ],
)
def test_names_in_markdown_at_a_time_before_a_leader_and_in_a_messenger_copy(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "**Important**: the ~~Kayak Tandem~~ is back.",
        "Job KS-48873: Oxford whetstone 1000 x8, £1791.84, done.",
        "Auftrag LP-3: Greta Mostkrug ×6, 1662,00 €, bezahlt.",
        "Ordine: burrata 200 g ×2, 3,00 €, pagato.",
    ],
)
def test_markup_around_words_and_a_product_before_its_quantity_hold_no_name(text: str) -> None:
    assert not _persons(text)


def test_a_date_and_an_hour_joined_by_a_slash_are_no_phone() -> None:
    assert not any(e == "PHONE_NUMBER" for e, _ in detect("03.07.2025/15:38 ▸ Auftrag LP-63075 bezahlt."))


@pytest.mark.parametrize(
    ("header", "values"),
    [
        (
            "grinder",
            [
                "zlatovska",
                "mnyavma",
                "lawivlu",
                "shavmol",
                "shulvaa",
                "qorvbo",
                "kolovdar",
                "saruvgu",
                "neyve",
                "umwevru",
                "fawvu",
                "rivovtra",
                "umutvuku",
                "nasevrin",
                "qorva",
                "nahevhwe",
                "inkuvba",
                "runcarvmuni",
                "izuvba",
                "bomvvu",
            ],
        ),
        ("cliente", ["haylvr.thaysnaw", "sukvro.mahaymw", "zelvra.ontrop", "kwivr.barlenz"] * 2),
    ],
)
def test_a_column_of_lower_case_first_names_or_given_dot_surname_handles_holds_people(
    header: str, values: list[str]
) -> None:
    from anonymize.engine import get_analyzer

    # the NER reads the lower-case column as people (it does in the pipeline, which passes its analyzer)
    column = profile_frame(pd.DataFrame({header: values * 5}), analyzer=get_analyzer()).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "PERSON")

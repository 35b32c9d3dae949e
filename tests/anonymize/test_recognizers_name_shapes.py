"""Names by shape (words of no language in a name's place), new cue phrases, and the business values
around them that must stay: products named after people and places, references, mail prefixes. Names
are invented here (no list holds them)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from anonymize.propagation import find_known
from anonymize.recognizers.learned_names import line_names
from anonymize.recognizers.name_shapes import NameShapeRecognizer
from anonymize.selfcheck import self_check
from anonymize.text import analyze_texts
from tests.anonymize.detection import detect

# (language, text, the name that must be found)
SHAPED_NAMES: list[tuple[str, str, str]] = [
    ("it", "a me l'ha risolto Tavunoa Mekhelashvi dell'assistenza", "Tavunoa Mekhelashvi"),
    ("pl", "klucze odebrała Orrimeta Zhungbaqo wczoraj", "Orrimeta Zhungbaqo"),
    ("en", "Lovely, that's £12.50 on the invoice. Anything else, Qavirumba?", "Qavirumba"),
    ("nl", "lid via yeltranko (partner) binnengekomen", "yeltranko"),
    ("de", "Neues Mitglied über Wuhelmatra (Schwager) angemeldet", "Wuhelmatra"),
    ("pl", "guneska: hrodvalinde mowrenski ma dziś wolne", "hrodvalinde mowrenski"),
    ("fr", "21/07/2025 Khaldoriyah Harbavouri refuse le colis", "Khaldoriyah Harbavouri"),
    (
        "es",
        "llamada saliente a Qorikuwampa Huamantinku (Tolikwerk S.A.), interesado",
        "Qorikuwampa Huamantinku",
    ),
]


@pytest.mark.parametrize(("language", "text", "name"), SHAPED_NAMES)
def test_words_of_no_language_in_a_names_shape_are_a_name(language: str, text: str, name: str) -> None:
    assert ("PERSON", name) in detect(text), language


# (language, text, a kin word or a cue phrase new to the lists, the name after it)
NEW_CUES: list[tuple[str, str, str]] = [
    ("en", "vacc reminder: mother-in-law Oqwendra brings the dog", "Oqwendra"),
    ("en", "NB do not discuss the account with ex-partner Ulvazenko", "Ulvazenko"),
    ("de", "Die Schwiegermutter Pazzimoor holt den Hund ab", "Pazzimoor"),
    ("fr", "Colis laissé chez Brunevault sans prévenir", "Brunevault"),
    ("fr", "Sa belle-mère Quellinor appellera demain", "Quellinor"),
    ("es", "[09:59] kelu: pregúntale a zorwendi", "zorwendi"),
    ("es", "su suegra Ximatlaca pasará mañana", "Ximatlaca"),
    ("it", "la suocera Ventrazzi passa domani", "Ventrazzi"),
    ("nl", "haar schoonmoeder Kwaddeling belt terug", "Kwaddeling"),
    ("pl", "członek polecony przez qorvenszky", "qorvenszky"),
    ("pt", "recomendado por Tchivalunga na semana passada", "Tchivalunga"),
    ("en", "per Zuvandrel on 22/11/2025", "Zuvandrel"),
    ("en", "buddy assigned; desk next to Vidongyes", "Vidongyes"),
    ("de", "Pate zugeteilt; Platz neben Sieghaldra", "Sieghaldra"),
    ("de", "Csennga möchte Cssirka genannt werden", "Cssirka"),
    ("fr", "Bienvenue au bureau (dite Staulina) depuis lundi", "Staulina"),
    ("pl", "zgubiona karta, nową wydał Mwakesoru", "Mwakesoru"),
    ("en", "Tunchiko plays Tue doubles with the club", "Tunchiko"),
    ("en", "Minutes – present: the board, Rashendra (chair).", "Rashendra"),
]


@pytest.mark.parametrize(("language", "text", "name"), NEW_CUES)
def test_new_cue_phrases_put_a_name_after_them(language: str, text: str, name: str) -> None:
    assert ("PERSON", name) in detect(text), language


# Business values that look like names or phone numbers and must not be found as personal data.
KEPT: list[tuple[str, str]] = [
    ("16 units of renal diet Lyon Chef Knife ordered", "Knife"),
    ("preventivo Lotte Sleep Mask, richiamare", "Lotte"),
    ("pour le Oscar Cat Tree (réf VSE-557-BLK)", "Oscar"),
    ("demo del Bruno Dog Harness ayer", "Bruno"),
    ("2x Hugo Beard Trimmer for the shop", "Hugo"),
    ("Auftrag #4892560, Lieferung nach Polen", "4892560"),
    ("called the shop re 0914761861, wants it gift-wrapped", "0914761861"),
    ("Fwd: 85-2692949", "Fwd"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_products_references_and_mail_prefixes_stay(text: str, word: str) -> None:
    assert not any(word in value for _, value in detect(text)), detect(text)


def test_a_first_name_that_is_a_kin_word_elsewhere_is_no_cue() -> None:
    assert not any(value == "omgeruild" for _, value in detect("Theepot Nora omgeruild, art.nr. TV-1172-XL"))


def test_a_lines_own_names_hold_across_the_line_in_a_block() -> None:
    from anonymize.text import TextAnonymizer

    lines = [
        "client absent ; Silvrano rappelle demain / colis pour Silvrano Lazarovko, tél +33123449311",
        "[23:00] ralf: adresse: Am Braskarhof 78, 21559 Timlastedt",
        "[23:01] anna: danke",
    ]
    out, _ = TextAnonymizer(_analyzer()).anonymize_blocks(lines)
    assert "Silvrano" not in out[0] and "Braskarhof" not in out[1], out


def test_a_name_before_a_product_noun_after_an_honorific_is_still_a_name() -> None:
    assert ("PERSON", "Lampe") in detect("Rückruf an Frau Lampe wegen der Rechnung")


def test_no_finding_runs_from_one_line_into_the_next() -> None:
    text = (
        "woont Mavoorrstraat 94a, 6871 UG Dramadam\nOWNER QELMARO TSVANDEKI rang re the refund\n"
        "per Ruozhen on 22/11/2025\nDD set up for the account"
    )
    (found,) = analyze_texts(_analyzer(), [text])
    for r in found:
        assert "\n" not in text[r.start : r.end] or r.entity_type == "STREET_ADDRESS"
        assert "OWNER" not in text[r.start : r.end]
    assert not any(r.entity_type == "POSTCODE" and "2025" in text[r.start : r.end] for r in found)


def test_an_initial_is_no_birth_word() -> None:
    found = detect("collected by B. Jaziqo on 16/12/2025; b. 03/04/1961")
    assert ("DATE_OF_BIRTH", "16/12/2025") not in found
    assert ("DATE_OF_BIRTH", "03/04/1961") in found


def test_a_known_name_is_not_replaced_inside_a_code() -> None:
    text = "Nordvik Oak shelf (SKU KNF-411-OAK); ask Oak, or @oak_77"
    code = text.index("KNF")
    found = find_known(text, [("Oak", "PERSON")])
    assert len(found) == 3  # the shelf's word, the person and the handle
    assert not any(code <= r.start < code + len("KNF-411-OAK") for r in found)


def test_a_model_code_or_a_quantity_beside_the_words_makes_them_a_product() -> None:
    recognizer = NameShapeRecognizer()
    for text in (
        "Shimano Deore XT M8100 back in stock",
        "2x Nordvik Oakhelm delivered",
        "for Qoritupa Yupanrinku",
    ):
        found = [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON"])]
        assert found == (["Qoritupa Yupanrinku"] if text.startswith("for") else []), text


def test_the_names_model_reads_each_line_on_its_own() -> None:
    @dataclass
    class Ent:
        start_char: int
        end_char: int
        label_: str = "PERSON"

    @dataclass
    class Doc:
        ents: list[Ent]

    seen: list[str] = []

    class Model:
        def pipe(self, lines, batch_size: int = 1):  # type: ignore[no-untyped-def]
            for line in lines:
                seen.append(line)
                start = line.find("Zed")
                yield Doc([Ent(start, start + 3)] if start >= 0 else [])

    texts = ["first line\n\nhi Zed\n", "Zed alone"]
    spans = list(line_names(Model(), texts, batch_size=8))
    assert seen == ["first line", "hi Zed", "Zed alone"]
    assert [[t[s:e] for s, e in found] for t, found in zip(texts, spans, strict=True)] == [["Zed"], ["Zed"]]


def test_the_self_check_reads_numbers_under_a_reference_header_as_references() -> None:
    cells = [("order_no", "0743729868"), ("order_no", "54-5018289")] * 10
    result = self_check(_analyzer(), cells, structured_columns={"order_no"})
    assert result.cells_with_findings == 0
    phones = self_check(_analyzer(), [("contact", "+44 7400 505828")] * 5, structured_columns={"contact"})
    assert phones.cells_with_findings == 5


def _analyzer():  # type: ignore[no-untyped-def]
    from anonymize.engine import get_analyzer

    return get_analyzer()


def test_a_repeated_filler_word_is_no_name() -> None:
    """'lorem lorem …' (a hostile file's 16,000 words) yields no name shapes, and fast."""
    recognizer = NameShapeRecognizer()
    assert recognizer.analyze("Note: " + " ".join(["lorem"] * 16_000), ["PERSON"]) == []
    assert recognizer.analyze("Note: " + " ".join(["Lorem"] * 16_000), ["PERSON"]) == []

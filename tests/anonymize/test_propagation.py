"""A name found once in a record is removed everywhere in that record: elsewhere in the text (any
case, with possessives), in the record's other fields, and from its structured columns into its
free text. One case per language Shoal reads; the names are invented (no list holds them)."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from anonymize.entities import CONTEXT_ENTITIES
from anonymize.pipeline import run
from anonymize.text import TextAnonymizer

# (language, text, name): the name has a cue once and appears again without one.
REPEATED: list[tuple[str, str, str]] = [
    ("en", "Escalated to Zorwyn yesterday. zorwyn's notes say the parcel was lost.", "Zorwyn"),
    ("de", "Bearbeitet von Kaltebrek. Laut KALTEBREK fehlt noch die Rechnung.", "Kaltebrek"),
    ("fr", "Bonjour Ysolde, merci. Le colis d'ysolde arrive lundi.", "Ysolde"),
    ("es", "atendido por xabiertxo; xabiertxo enviará el reembolso mañana", "xabiertxo"),
    ("it", "Ciao Tamsworth! Il reso di Tamsworth è stato approvato.", "Tamsworth"),
    ("nl", "Behandeld door Wiebrand. Wiebrands collega belt morgen terug.", "Wiebrand"),
    ("pl", "cześć zbyszko, paczka wyszła. zbyszko potwierdził adres.", "zbyszko"),
    ("pt", "Olá Ilídio, obrigado. O Ilídio vai receber o reembolso.", "Ilídio"),
]


def _anonymizer(analyzer) -> TextAnonymizer:
    return TextAnonymizer(analyzer, keep_entities=sorted(CONTEXT_ENTITIES))


def _mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<![^\W\d_]){re.escape(name.casefold())}", text.casefold()) is not None


@pytest.mark.parametrize(("language", "text", "name"), REPEATED)
def test_every_occurrence_of_a_name_found_once_is_replaced(analyzer, language, text, name):
    [out], _ = _anonymizer(analyzer).anonymize([text])
    assert not _mentions(out, name), (language, out)
    assert out.count("<PERSON>") >= 2


def test_a_name_found_in_one_field_of_a_record_leaves_its_other_fields(analyzer):
    texts = [
        "Handled by Oyelaran Adebisi",
        "oyelaran will send the label today",
        "oyelaran is unrelated here",
    ]
    out, _ = _anonymizer(analyzer).anonymize(texts, groups=[0, 0, 1])
    assert not _mentions(out[1], "oyelaran")
    # another record: a name surely found earlier in the file is a name there too (the inventory)
    assert not _mentions(out[2], "oyelaran")


def test_a_name_only_a_model_read_does_not_spread_beyond_its_record(analyzer):
    texts = ["Quinrel Vastaboon arrived today with the bike", "The vastaboon tariff is unchanged"]
    out, _ = _anonymizer(analyzer).anonymize(texts, groups=[0, 1])
    assert _mentions(out[1], "vastaboon")


def test_a_jsonl_record_shares_its_names_across_its_fields(analyzer, tmp_path):
    source = tmp_path / "chat.jsonl"
    records = [
        {"from": "Tjarvi Olwensk", "body": "Guten Tag, mein Name ist Tjarvi Olwensk."},
        {"from": "support", "body": "olwensk hat noch keine Antwort bekommen, bitte prüfen"},
    ]
    records[1]["from"] = "mein Name ist Tjarvi Olwensk"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    run(source, tmp_path / "out", analyzer=analyzer)
    out = (tmp_path / "out" / "chat.jsonl").read_text(encoding="utf-8")
    assert "olwensk" not in out.casefold() and "tjarvi" not in out.casefold()


def test_names_from_structured_columns_and_other_notes_reach_every_note_of_the_row(analyzer, tmp_path):
    frame = pd.DataFrame(
        {
            "customer": ["Quennell Brasko", "Ysolde Marchetaux"] * 10,
            "note_a": ["quennell asked for a refund", "Rappeler Madame Okkerse demain"] * 10,
            "note_b": ["BRASKO will call again", "okkerse n'a pas répondu"] * 10,
        }
    )
    source = tmp_path / "crm.csv"
    frame.to_csv(source, index=False)
    run(source, tmp_path / "out", analyzer=analyzer, risk=False)
    out = pd.read_csv(tmp_path / "out" / "crm.csv", dtype=str, keep_default_na=False)
    text = " ".join(out["note_a"]) + " " + " ".join(out["note_b"])
    for word in ("quennell", "brasko", "okkerse"):
        assert word not in text.casefold(), word


def test_a_chat_speaker_field_is_a_name_and_reaches_the_messages_of_its_record(analyzer, tmp_path):
    """A JSON ``user``/``author`` value is a name by its place, with no cue at all; a handle with
    digits is a user name; both are removed wherever they recur in the record, nowhere else."""
    source = tmp_path / "chat.jsonl"
    records = [
        {
            "id": 1,
            "messages": [
                {"user": "Kadwelle", "text": "ok thx"},
                {"user": "larktony28", "text": "kadwelle your parcel is out, ping @larktony28 if not"},
                {"user": "system", "text": "chat closed"},
            ],
        },
        {
            "id": 2,
            "product": {"name": "Victoria Teapot"},
            "messages": [{"user": "Brannoch", "text": "any news?"}],
        },
    ]
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    run(source, tmp_path / "out", analyzer=analyzer)
    first, second = (
        json.loads(line)
        for line in (tmp_path / "out" / "chat.jsonl").read_text(encoding="utf-8").splitlines()
    )
    users = [m["user"] for m in first["messages"]]
    assert users == ["<PERSON>", "<USERNAME>", "system"]
    assert "kadwelle" not in json.dumps(first).casefold() and "larktony28" not in json.dumps(first)
    assert second["product"]["name"] == "Victoria Teapot"  # a bare "name" under a product is not a person
    assert second["messages"][0]["user"] == "<PERSON>"
    assert second["messages"][0]["text"] == "any news?"


def test_a_first_name_before_a_propagated_surname_is_taken_and_spread(analyzer):
    texts = [
        "fyi mrs. aslanvik complained about invoice R18528588",
        "lol no, that was not bahrid aslanvik",
        "the lily white tribute for bahrid is ready",
    ]
    out, _ = _anonymizer(analyzer).anonymize(texts, groups=[0, 0, 0])
    assert "complained" in out[0]  # a verb after the name is not its surname
    assert not any(_mentions(o, "aslanvik") or _mentions(o, "bahrid") for o in out), out
    assert "lily white tribute" in out[2]


@pytest.mark.parametrize("suffix", ["txt", "jsonl"])
def test_a_name_surely_found_late_in_a_file_is_replaced_in_the_records_before(analyzer, tmp_path, suffix):
    notes = [
        "called back, oyelaran still waiting for the refund",
        "",
        "Ticket 4417 closed, no action needed",
        "",
        "Handled by Oyelaran Adebisi, refund of EUR 40 approved",
    ]
    source = tmp_path / f"notes.{suffix}"
    lines = notes if suffix == "txt" else [json.dumps({"note": n}) for n in notes if n]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spans = tmp_path / "spans.jsonl"
    run(source, tmp_path / "out", analyzer=analyzer, spans_path=spans)
    out = (tmp_path / "out" / source.name).read_text(encoding="utf-8")
    assert "oyelaran" not in out.casefold() and "adebisi" not in out.casefold()
    assert "Ticket 4417 closed" in out and "EUR 40" in out
    # the late replacement is reported in the input's offsets, like every other span
    first = [json.loads(line) for line in spans.read_text().splitlines() if json.loads(line)["record"] == 0]
    assert any(notes[0][s["start"] : s["end"]].casefold() == "oyelaran" for s in first), first


def test_the_self_check_reads_a_name_running_on_to_a_legal_form_as_a_company(analyzer):
    from anonymize.selfcheck import self_check

    result = self_check(analyzer, [("text", "Ritiro presso Corriere Lampo Srl alle 11:30, rif. 1551834313")])
    assert result.passed and not result.signals.get("structure"), result.to_dict()
    assert not self_check(analyzer, [("text", "Ritiro presso il corriere Lampo alle 11:30")]).passed

"""Issue 11: a headerless upload's first record must not reach a version's catalogue entry.

The version detail (``GET /api/v1/corpora/<slug>/versions/<n>/``) is a catalogue visible to every
member, grant or not; its datasheet names the columns. The contribution here goes through the real
pipeline (the first record of a CSV without a header row holds canary values) and the real build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from anonymize.engine import get_analyzer
from anonymize.pipeline import run
from pool.services.corpora import corpus_build
from tests.api.pooling import isolated_media, make_corpus, ready_dataset
from tests.conftest import api_client_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("isolated_media")]
__all__ = ["isolated_media"]

CANARY = ("Quirin Zaunkönig", "quirin.zaunkoenig@canary-mail.example", "+49 151 98765432")
PEOPLE = [
    ("Anna Schmidt", "anna.schmidt@example.de", "+49 30 1234567"),
    ("Jean Dupont", "jean.dupont@example.fr", "+33 1 23 45 67 89"),
    ("Giulia Rossi", "giulia.rossi@example.it", "+39 06 1234 5678"),
    ("Lars Eriksson", "lars.eriksson@example.se", "+46 8 123 456 78"),
]


def test_a_headerless_uploads_first_record_is_not_in_the_version_catalogue(
    world: dict[str, Any], tmp_path: Path
) -> None:
    rows = [CANARY] + [PEOPLE[i % len(PEOPLE)] for i in range(40)]
    source = tmp_path / "contacts.csv"
    source.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    report = run(source, tmp_path / "out", analyzer=get_analyzer(), artifact_format="parquet")
    corpus = make_corpus()
    ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=[corpus],
        frame=pd.read_parquet(tmp_path / "out" / report.output_name),
    )
    assert corpus_build(corpus=corpus).status == "published"

    response = api_client_for(world["consumer"]).get("/api/v1/corpora/health/versions/1/")

    assert response.status_code == 200
    fields = response.json()["datasheet"]["recordSet"][0]["field"]
    assert [f["name"] for f in fields] == ["column_1", "column_2", "column_3"]
    body = response.content.decode("utf-8")
    for value in (*CANARY, "Quirin", "Zaunkönig", "canary-mail", "98765432"):
        assert value not in body

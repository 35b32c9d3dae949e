"""Readers: the streaming CSV reader stays a few blocks ahead of its consumer, whatever the file size."""

from __future__ import annotations

import pytest

from anonymize import io as shoal_io


@pytest.fixture
def lead_spy(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record, at every read of the CSV reader, how many bytes it holds beyond what was consumed."""
    leads: list[int] = []

    class Spy(shoal_io._PacedFile):
        def read(self, size: int = -1) -> bytes:
            data = super().read(size)
            leads.append(self._read - self._batches * self._block)
            return data

    monkeypatch.setattr(shoal_io, "_PacedFile", Spy)
    return leads


def _write_csv(path, rows: int, encoding: str = "utf-8") -> None:
    with path.open("w", encoding=encoding, newline="") as fh:
        fh.write("id,city,note\n")
        for i in range(rows):
            fh.write(f'{i},Zürich,"a note, with a comma and a\nnew line {i:08d}"\n')


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_a_large_csv_is_read_at_most_a_few_blocks_ahead(tmp_path, lead_spy, encoding) -> None:
    path = tmp_path / "big.csv"
    _write_csv(path, 200_000, encoding)  # about 12 MiB: Arrow alone would read 12 blocks ahead
    assert path.stat().st_size > 10 * shoal_io.BLOCK_BYTES

    source = shoal_io.open_table(path)
    ids = [int(v) for chunk in source.iter_chunks(10_000) for v in chunk["id"]]

    assert ids == list(range(200_000))
    assert max(lead_spy) <= 4 * shoal_io.BLOCK_BYTES  # LEAD_BLOCKS (3) plus the read in flight


def test_stopping_early_releases_the_reader(tmp_path, lead_spy) -> None:
    path = tmp_path / "big.csv"
    _write_csv(path, 200_000)
    source = shoal_io.open_table(path)

    head = source.head(50)  # closes the generator after its first chunk: the paced file must let go
    again = source.head(50)

    assert head.equals(again) and len(head) == 50
    assert max(lead_spy) <= 4 * shoal_io.BLOCK_BYTES  # LEAD_BLOCKS (3) plus the read in flight

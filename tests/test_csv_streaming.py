"""A UTF-8 file is parsed as it is read: the same cells as reading it whole, whatever falls
on the edge of a piece read (a letter's bytes, the guard apostrophe, the byte order mark)."""

from __future__ import annotations

import pytest

from contacttracker.io import csv_format
from contacttracker.io.csv_format import decode, reader, utf8_stream

ROWS = (
    "uuid,name,notes\r\n"
    '1,Олена Коваленко,"\'=SUM(A1) стоїть як текст"\r\n'
    '2,Taras,"два\r\nрядки, кома"\r\n'
    "3,Ґанна 😀,'+380 67 123 4567\r\n"
)


def cells(source) -> tuple[list[str], list[tuple[int, list[str]]]]:
    header, rows = reader(source)
    return header, list(rows)


@pytest.mark.parametrize("piece", [1, 2, 3, 5, 7, 64])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_streamed_rows_are_the_rows_read_whole(tmp_path, monkeypatch, piece, bom):
    monkeypatch.setattr(csv_format, "_SCAN_BYTES", piece)  # every edge lands somewhere
    path = tmp_path / "clients.csv"
    path.write_bytes(bom + ROWS.encode("utf-8"))
    streamed = utf8_stream(path)
    assert streamed is not None
    try:
        assert streamed.guarded, "the guard apostrophe is seen across a piece's edge"
        assert cells(streamed) == cells(decode(path.read_bytes(), path.name))
    finally:
        streamed.stream.close()
    header, rows = cells(decode(path.read_bytes()))
    assert header == ["uuid", "name", "notes"]
    assert rows[0][1][2] == "=SUM(A1) стоїть як текст" and rows[2][1][2] == "+380 67 123 4567"


def test_anything_but_utf8_is_read_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_format, "_SCAN_BYTES", 16)
    cases = {
        "cp1251.csv": ROWS.replace("😀", "").encode("cp1251"),  # fails after the first piece
        "utf16.csv": ROWS.encode("utf-16"),
        "nul.csv": ROWS.encode("utf-8") + b"\x00",
        "cut.csv": ROWS.encode("utf-8")[:-6] + "ї".encode()[:1],  # ends inside a letter
        "blank.csv": b"   \r\n",
        "empty.csv": b"",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        assert utf8_stream(tmp_path / name) is None, name

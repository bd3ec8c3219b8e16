"""A file is parsed as it is read, in any encoding the import takes: the same cells as
reading it whole, whatever falls on the edge of a piece read (a letter's bytes, the guard
apostrophe, the byte order mark), and the same refusals in the same words."""

from __future__ import annotations

import pytest

from contacttracker.io import csv_format
from contacttracker.io.csv_format import InputError, decode, reader, text_stream

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
    streamed = text_stream(path)
    try:
        assert streamed.guarded, "the guard apostrophe is seen across a piece's edge"
        assert cells(streamed) == cells(decode(path.read_bytes(), path.name))
    finally:
        streamed.stream.close()
    header, rows = cells(decode(path.read_bytes()))
    assert header == ["uuid", "name", "notes"]
    assert rows[0][1][2] == "=SUM(A1) стоїть як текст" and rows[2][1][2] == "+380 67 123 4567"


@pytest.mark.parametrize("piece", [1, 2, 3, 5, 16])
@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cp1251.csv", ROWS.replace("😀", "").encode("cp1251")),
        ("utf16le.csv", ROWS.encode("utf-16-le").join([b"\xff\xfe", b""])),
        ("utf16be.csv", ROWS.encode("utf-16-be").join([b"\xfe\xff", b""])),
    ],
)
def test_other_encodings_stream_too(tmp_path, monkeypatch, piece, name, data):
    """Windows-1251 and Excel's "Unicode text" are decoded as they are read as well: a
    letter split between two pieces (UTF-16 has two bytes to each) reads as one."""
    monkeypatch.setattr(csv_format, "_SCAN_BYTES", piece)
    path = tmp_path / name
    path.write_bytes(data)
    streamed = text_stream(path)
    try:
        assert streamed.guarded
        assert cells(streamed) == cells(decode(data, name))
    finally:
        streamed.stream.close()


REFUSED = {
    "nul.csv": ROWS.encode("utf-8") + b"\x00",
    "cut.csv": ROWS.encode("utf-8")[:-6] + "ї".encode()[:1],  # ends inside a letter
    "blank.csv": b"   \r\n",
    "empty.csv": b"",
    "cut16.csv": ROWS.encode("utf-16") + b"x",  # half a letter at the end
    "nul16.csv": ROWS.encode("utf-16") + "\x00".encode("utf-16-le"),
    "blank16.csv": " \r\n".encode("utf-16"),
    "wrong16.csv": b"\xfe\xff" + ROWS.encode("utf-16-le"),  # the BOM says big-endian
    "controls.csv": bytes(range(1, 9)) * 20 + "Олена".encode("cp1251"),
    "cp1251_hole.csv": "Олена".encode("cp1251") + b"\x98",  # a byte Windows-1251 lacks
}


@pytest.mark.parametrize("piece", [1, 7, 4096])
@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_streamed_file_is_refused_as_a_whole_one_is(tmp_path, monkeypatch, piece, name):
    monkeypatch.setattr(csv_format, "_SCAN_BYTES", piece)
    path = tmp_path / name
    path.write_bytes(REFUSED[name])
    with pytest.raises(InputError) as whole:
        decode(REFUSED[name], name)
    with pytest.raises(InputError) as streamed:
        text_stream(path).stream.close()
    assert str(streamed.value) == str(whole.value)


def test_the_window_previews_a_table_as_it_streams(tmp_path):
    """The import dialog's preview of our own CSV reads the head of the file through the
    same stream as the import (a 200 MB file is not decoded whole to show its first rows)."""
    from contacttracker.ui.import_dialog import preview

    path = tmp_path / "clients.txt"
    lines = [f"{n}\tОлена {n}\temail: olena{n}@example.com\r\n" for n in range(3000)]
    path.write_bytes(("uuid\tname\tchannels\r\n" + "".join(lines)).encode("utf-16"))
    what, header, rows, problems = preview(path, "")
    assert (what, header, problems) == ("contacttracker CSV", ["uuid", "name", "channels"], [])
    assert rows[0] == ["0", "Олена 0", "email: olena0@example.com"]

"""Spreadsheets as people keep them, made for the tests: with XlsxWriter (what the export
writes with), and an OpenDocument sheet written by hand as LibreOffice lays one out."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

EXCEL_HEADER = ["Ім'я", "Компанія", "Телефон", "E-mail", "Telegram", "Примітки"]
CLIENTS = [
    ["Олена Коваленко", "ТОВ Ромашка", "+380671234567", "olena@example.com", "@olena_k", "зранку"],
    ["Іван Петренко", "", "050 111 22 33", "ivan@example.com", "", ""],
    ["Марія Шевченко", "ФОП Шевченко", "+380931112233", "", "@maria_sh", "рахунок щомісяця"],
]


def excel_csv(path: Path, rows: list[list[str]] | None = None) -> Path:
    """What Excel in a Ukrainian Windows saves as "CSV (розділювач – крапка з комою)"."""
    lines = [";".join(EXCEL_HEADER)] + [";".join(r) for r in (rows or CLIENTS)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
    return path


def workbook(path: Path, sheets: dict[str, list[list[object]]], merges=()) -> Path:
    """An .xlsx: each sheet's rows from its first row (None leaves a cell empty); merges
    are (sheet, "A1:D1", text)."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    pages = {}
    for name, rows in sheets.items():
        page = pages[name] = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    page.write(r, c, value)
    for name, cells, text in merges:
        pages[name].merge_range(cells, text)
    book.close()
    return path


def ods(path: Path, rows: list[list[object]], sheet: str = "Аркуш1") -> Path:
    """An OpenDocument spreadsheet written by hand: text cells, numbers as floats, a
    repeated empty row between the header and the data as LibreOffice writes one."""

    def cell(value: object) -> str:
        if value is None or value == "":
            return "<table:table-cell/>"
        if isinstance(value, (int, float)):
            return (
                f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>"
            )
        return (
            f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
            "</text:p></table:table-cell>"
        )

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path

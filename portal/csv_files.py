"""The one CSV writer of every file the portal emits (KPI open data, registration exports):
a cell that a spreadsheet would run as a formula is written as text.

A cell is guarded (prefixed with ') when, after Unicode compatibility folding (full-width
＝ ＋ － ＠ are = + - @ to some spreadsheets) and leading whitespace, it starts with = + - or @,
or when it starts with a tab or carriage return. Only text is guarded: numbers (a negative
value included) stay numbers."""

import csv
import unicodedata

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard(value):
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    folded = unicodedata.normalize("NFKC", value)
    if folded.startswith(("\t", "\r")) or folded.lstrip().startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _Echo:
    """A file-like object whose write returns the line: rows become strings to stream."""

    def write(self, value):
        return value


class CsvWriter:
    """writerow(cells) returns the CSV line, every cell guarded."""

    def __init__(self):
        self._writer = csv.writer(_Echo())

    def writerow(self, cells) -> str:
        return self._writer.writerow([guard(cell) for cell in cells])

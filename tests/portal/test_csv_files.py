import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portal.csv_files import CsvWriter, guard


@pytest.mark.parametrize(
    "cell",
    [
        '=HYPERLINK("http://evil.example","click")',
        "+1+2",
        "-2+3",
        "@SUM(A1)",
        "\tcmd",
        "\r=1",
        "  =1+1",
        "\u3000=1+1",
        "＝1+1",
        "＋1",
        "－1",
        "＠SUM(A1)",
        " \t@x",
    ],
)
def test_formula_cells_are_written_as_text(cell):
    line = CsvWriter().writerow(["label", cell])

    (row,) = csv.reader(io.StringIO(line))
    assert row == ["label", "'" + cell]


@pytest.mark.parametrize("cell", ["Trust Index", "역삼동", "3 - 1", "a=b", "<5", "", "user@x"])
def test_other_text_is_unchanged(cell):
    assert guard(cell) == cell


def test_numbers_stay_numbers():
    (row,) = csv.reader(io.StringIO(CsvWriter().writerow([-3.5, 0, None])))
    assert row == ["-3.5", "0", ""]


@settings(max_examples=200, derandomize=True, database=None)
@given(
    padding=st.text(alphabet=" \u3000\u00a0\t", max_size=3),
    start=st.sampled_from(list("=+-@＝＋－＠")),
    rest=st.text(max_size=20),
)
def test_no_cell_a_spreadsheet_reads_as_a_formula(padding, start, rest):
    cell = padding + start + rest

    assert guard(cell).startswith("'")

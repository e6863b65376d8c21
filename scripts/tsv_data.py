# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the hand-written tables in scripts/data/ for the build scripts: UTF-8, tab-separated, '#' comment
lines, then a header row naming the columns; list fields are joined by '|'."""
import os

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def read_rows(name, columns):
    """The rows of scripts/data/NAME as lists of fields, after checking its header against COLUMNS."""
    path = os.path.join(DATA, name)
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\r\n") for line in f if not line.startswith("#") and line.strip()]
    if not lines or lines[0].split("\t") != columns:
        raise ValueError("%s: header must be %s" % (path, "\t".join(columns)))
    rows = [line.split("\t") for line in lines[1:]]
    for n, row in enumerate(rows, 1):
        if len(row) != len(columns):
            raise ValueError("%s: data row %d has %d fields, not %d" % (path, n, len(row), len(columns)))
    return rows


def split_list(field):
    """A '|'-joined list field; empty means no items."""
    return field.split("|") if field else []

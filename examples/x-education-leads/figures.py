#!/usr/bin/env python3
"""Independent scorecard figures for the X Education leads example.

Reads Leads.csv with nothing but Python's standard library, so that the
figures Accord's scorecard computes from the imported events can be checked
against a calculation that shares no code with it. Prints Markdown tables.

    python3 examples/x-education-leads/figures.py
"""
import csv
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
NONE = "(no value)"
SENTINELS = {"select"}
# The fields of the field_completeness KPI, by column name.
FIELDS = [
    "Specialization",
    "How did you hear about X Education",
    "Lead Profile",
    "City",
    "Country",
    "What is your current occupation",
    "What matters most to you in choosing a course",
    "Tags",
    "Lead Quality",
]

with open(HERE / "Leads.csv", newline="", encoding="utf-8") as f:
    leads = list(csv.DictReader(f))


def filled(value):
    return value.strip() != "" and value.strip().lower() not in SENTINELS


def table(title, rows, columns):
    print(f"\n#### {title}\n")
    print("| " + " | ".join(["key"] + columns) + " |")
    print("|" + "---|" * (len(columns) + 1))
    for key, values in rows:
        print("| " + " | ".join([key] + [str(v) for v in values]) + " |")


def funnel(group):
    converted = sum(1 for r in group if r["Converted"] == "1")
    return [len(group), f"{converted / len(group):.4f}"]


table("All leads", [("all", funnel(leads))], ["lead_count", "conversion_rate"])
for dimension, column, key in [
    # Sources are compared case-insensitively: `Google` and `google` are one source.
    ("source", "Lead Source", lambda v: v.strip().lower() or NONE),
    ("origin", "Lead Origin", lambda v: v.strip() or NONE),
]:
    groups = defaultdict(list)
    for r in leads:
        groups[key(r[column])].append(r)
    table(f"By {dimension}", [(k, funnel(groups[k])) for k in sorted(groups)], ["lead_count", "conversion_rate"])

cells = [(field, filled(r[field])) for r in leads for field in FIELDS]
table(
    "field_completeness",
    [("all", [f"{sum(1 for _, ok in cells if ok) / len(cells):.4f}"])]
    + [(field, [f"{sum(1 for r in leads if filled(r[field])) / len(leads):.4f}"]) for field in FIELDS],
    ["field_completeness"],
)

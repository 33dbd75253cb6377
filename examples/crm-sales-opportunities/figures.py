#!/usr/bin/env python3
"""Independent scorecard figures for the CRM sales-opportunities example.

Reads the CSV files with nothing but Python's standard library, so that the
figures Accord's scorecard computes from the imported events can be checked
against a calculation that shares no code with it. Prints Markdown tables.

    python3 examples/crm-sales-opportunities/figures.py
"""
import csv
import statistics
from collections import defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
NONE = "(no value)"


def read(name):
    with open(HERE / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def day(text):
    return datetime.strptime(text, "%d-%m-%Y").date()


teams = {r["sales_agent"]: r for r in read("sales_teams.csv")}
accounts = {r["account"]: r for r in read("accounts.csv")}
products = {r["product"]: r for r in read("products.csv")}

deals = []
for r in read("sales_pipeline.csv"):
    team = teams.get(r["sales_agent"], {})
    account = accounts.get(r["account"], {})
    product = products.get(r["product"], {})
    close = day(r["close_date"]) if r["close_date"] else None
    deals.append({
        "stage": r["deal_stage"],
        "value": int(r["close_value"]) if r["close_value"] else 0,
        "cycle": (close - day(r["engage_date"])).days if close else None,
        "regional_office": team.get("regional_office") or NONE,
        "manager": team.get("manager") or NONE,
        "sales_agent": r["sales_agent"] or NONE,
        # GTXPro matches no product: its deals have no series.
        "product_series": product.get("series") or NONE,
        # A `null` account is no account: no sector.
        "sector": account.get("sector") or NONE,
        "close_quarter": f"{close.year}-Q{(close.month - 1) // 3 + 1}" if close else NONE,
    })


def figures(group):
    won = [d for d in group if d["stage"] == "Won"]
    lost = [d for d in group if d["stage"] == "Lost"]
    closed = len(won) + len(lost)
    return {
        "won_count": len(won),
        "lost_count": len(lost),
        "win_rate": f"{len(won) / closed:.4f}" if closed else "-",
        "won_value": sum(d["value"] for d in won),
        # The median of an even count is the mean of the two middle values.
        "median_cycle_days": f"{statistics.median(d['cycle'] for d in won):.1f}" if won else "-",
    }


KPIS = ["won_count", "lost_count", "win_rate", "won_value", "median_cycle_days"]


def table(title, rows):
    print(f"\n#### {title}\n")
    print("| " + " | ".join(["key"] + KPIS) + " |")
    print("|" + "---|" * (len(KPIS) + 1))
    for key, f in rows:
        print("| " + " | ".join([key] + [str(f[k]) for k in KPIS]) + " |")


table("All deals", [("all", figures(deals))])
for dimension in ["regional_office", "manager", "sales_agent", "product_series", "sector", "close_quarter"]:
    groups = defaultdict(list)
    for d in deals:
        groups[d[dimension]].append(d)
    # A group of open deals only (no close quarter; no sector, its account being `null`) has
    # none of these figures.
    keys = sorted(k for k in groups if figures(groups[k])["won_count"] + figures(groups[k])["lost_count"])
    table(f"By {dimension}", [(k, figures(groups[k])) for k in keys])

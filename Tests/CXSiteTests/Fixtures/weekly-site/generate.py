#!/usr/bin/env python3
"""Writes the weekly-site fixture's exports and metrics, and expected.json: every weekly value
computed here independently of cxsite (Python's ISO calendar, zoneinfo, statistics).

Run from this folder: python3 generate.py"""
import csv, json, os, statistics
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
os.makedirs("content/orders", exist_ok=True)
os.makedirs("content/surveys", exist_ok=True)
def week(d): y, w, _ = d.isocalendar(); return f"{y}-W{w:02d}"
def month(d): return f"{d.year}-{d.month:02d}"

expected = {"tooling_uptime": {}, "first_response_hours": {}, "csat": {}, "tickets_created": {}}

# Daily rows across the year boundary: uptime (mean per week) and first response (median per week).
rows, uptime, response = [], {}, {}
day = date(2026, 12, 14)
i = 0
while day <= date(2027, 1, 17):
    u = round(99.0 + (i * 37 % 10) / 10, 1)
    r = round(10 + (i * 53 % 17) * 0.75, 2)
    rows.append((day.isoformat(), "tooling_uptime", u))
    rows.append((day.isoformat(), "first_response_hours", r))
    uptime.setdefault(week(day), []).append(u)
    response.setdefault(week(day), []).append(r)
    day += timedelta(days=1); i += 1
with open("content/metrics/daily.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(["date", "metric", "value"]); w.writerows(rows)
expected["tooling_uptime"] = {k: statistics.mean(v) for k, v in uptime.items()}
# The months' summaries count the month's own days, not its weeks.
by_month = {}
for d, metric, v in rows:
    if metric == "tooling_uptime": by_month.setdefault(month(date.fromisoformat(d)), []).append(v)
expected["tooling_uptime_by_month"] = {k: statistics.mean(v) for k, v in by_month.items()}
expected["first_response_hours"] = {k: statistics.median(v) for k, v in response.items()}

# A weekly CSAT with small samples, named by ISO week.
csat = [("2026-W50", 88, 52), ("2026-W51", 86, 47), ("2026-W52", 79, 31), ("2026-W53", 81, 24),
        ("2027-W01", 87, 58), ("2027-W02", 90, 61)]
with open("content/metrics/csat-weekly.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(["week", "metric", "value", "n"])
    for k, v, n in csat: w.writerow([k, "csat", v, n])
expected["csat"] = {k: v for k, v, _ in csat}
expected["csat_n"] = {k: n for k, _, n in csat}

# Zendesk tickets, created in UTC instants near Berlin's midnight at week boundaries: the week is
# counted in tickets: timezone (Europe/Berlin).
header = ["Id", "Subject", "Created at", "Solved at", "Status", "Via", "Group", "Satisfaction Score",
          "First reply time in minutes", "Full resolution time in minutes"]
created = []
start = datetime(2026, 12, 20, 22, 30, tzinfo=timezone.utc)   # Sunday 23:30 in Berlin
for n in range(60):
    created.append(start + timedelta(hours=7 * n + (n % 5)))
tickets, tickets_by_month = {}, {}
with open("content/tickets/zendesk.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(header)
    for n, t in enumerate(created):
        local = t.astimezone(BERLIN)
        solved = t + timedelta(hours=3 + n % 7)
        w.writerow([2000 + n, f"Question {n}", t.strftime("%Y-%m-%dT%H:%M:%SZ"), solved.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "Solved", ["Email", "Chat", "Web form"][n % 3], "Support", ["Good", "Bad", "Offered"][n % 3],
                    30 + n, (3 + n % 7) * 60])
        tickets[week(local.date())] = tickets.get(week(local.date()), 0) + 1
        tickets_by_month[month(local.date())] = tickets_by_month.get(month(local.date()), 0) + 1
expected["tickets_created"] = tickets
expected["tickets_created_by_month"] = tickets_by_month

# A survey export (Zendesk's layout): NPS per week of the survey's sending, in Berlin time (its
# times carry no offset, so they are in tickets: timezone); n is the surveys answered.
surveys, nps = [], {}
sent0 = datetime(2026, 12, 20, 23, 15)   # naive: Sunday 23:15 in Berlin
for k in range(40):
    sent = sent0 + timedelta(hours=9 * k + (k % 3))
    score = [10, 9, 8, 7, 3, 10, 6, 9][k % 8] if k % 6 != 5 else None
    surveys.append((3000 + k, sent, score))
    if score is not None: nps.setdefault(week(sent.date()), []).append(score)
with open("content/surveys/nps.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(["Ticket ID", "Sent at", "Answered at", "NPS"])
    for tid, sent, score in surveys:
        w.writerow([tid, sent.strftime("%Y-%m-%d %H:%M:%S"), (sent + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S") if score is not None else "", "" if score is None else score])
expected["nps"] = {k: 100 * (sum(s >= 9 for s in v) - sum(s <= 6 for s in v)) / len(v) for k, v in nps.items()}
expected["nps_n"] = {k: len(v) for k, v in nps.items()}

# Stripe payments across the boundary (Created (UTC) is UTC); active_days: 14 in site.yml. Per
# week: active customers (an order in the week), new ones (first order in the week), and of the
# customers active at the end of the week before (an order in the 14 days ending that Sunday),
# the share active at the end of this week (retention) and the share ordering this week.
payments, day0 = [], datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)
for k in range(48):
    t = day0 + timedelta(hours=k * 19 + (k % 4) * 5)
    customer = f"cus_W{(k * 7) % 11:03d}"
    status = "Failed" if k % 13 == 6 else "Paid"
    payments.append((f"ch_{k:05d}", t, 25.0 + k % 3 * 10, status, customer))
with open("content/orders/stripe.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "Created (UTC)", "Amount", "Amount Refunded", "Currency", "Status", "Customer ID", "Customer Email"])
    for pid, t, amount, status, customer in payments:
        w.writerow([pid, t.strftime("%Y-%m-%d %H:%M"), f"{amount:.2f}", "0.00", "eur", status, customer, f"{customer}@example.org"])
orders = [(c, t.date()) for _, t, _, status, c in payments if status == "Paid"]
first_order = {}
for c, d in orders: first_order[c] = min(first_order.get(c, d), d)
def monday(d): return d - timedelta(days=d.weekday())
weeks = sorted({monday(d) for _, d in orders})
weeks = [weeks[0] + timedelta(days=7 * i) for i in range((weeks[-1] - weeks[0]).days // 7 + 1)]
def active_on(day): return {c for c, d in orders if day - timedelta(days=14) < d <= day}
for key in ("active_customers", "new_customers", "retention_rate", "repurchase_rate"): expected[key] = {}
for i, m in enumerate(weeks):
    in_week = {c for c, d in orders if monday(d) == m}
    expected["active_customers"][week(m)] = len(in_week)
    expected["new_customers"][week(m)] = len({c for c in in_week if monday(first_order[c]) == m})
    if i == 0: continue
    before, now = active_on(m - timedelta(days=1)), active_on(m + timedelta(days=6))
    if before:
        expected["retention_rate"][week(m)] = 100 * len(before & now) / len(before)
        expected["repurchase_rate"][week(m)] = 100 * len(before & in_week) / len(before)

with open("expected.json", "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True); f.write("\n")

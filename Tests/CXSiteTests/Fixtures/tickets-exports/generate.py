#!/usr/bin/env python3
"""Writes the tickets-exports fixture: four ticket exports as help desks write them, in every
variant cxsite must read, and expected.json, the monthly values computed here independently
(Python's csv and datetime.strptime, not cxsite's code).

    python3 Tests/CXSiteTests/Fixtures/tickets-exports/generate.py

- content/tickets/zendesk.csv: comma, BOM, CRLF; Satisfaction Score mixing Unoffered, Offered,
  Good, Bad, "Good with comment" and numeric 1-5; a drop-down 'Contact reason [list]' with
  'Billing::Refund' values, e-mail addresses and an over-long text; unreadable cells (a reply
  count 'three', a score 'meh'), an unreadable creation date, deleted and spam tickets, a
  repeated header, a ragged row.
- content/tickets/freshdesk.csv: ';' between fields, decimal commas in hours ('26,5'), dates
  '05-01-25 14:05' (site.yml date_format "%d-%m-%y %H:%M"), survey words and rating codes.
- content/tickets/intercom.tsv.csv: tab between fields, Unix times, ratings 1-5 and words.
- content/tickets/mapped.csv: a mapped export with dates '22-Apr-25' ("%d-%b-%y").
Deterministic; Python 3 standard library only. The output is committed.
"""
import csv, datetime as dt, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "content", "tickets")
rng = random.Random(18)
MONTHS = [(2025, 1), (2025, 2), (2025, 3)]
REASONS = ["Billing::Refund", "Billing::Invoice", "Login", "Payroll::Tax code", "Bank file", "Onboarding"]
SOLVED_WORDS = {"solved", "closed", "resolved"}

# What the fixture is expected to give, by month: counted here as each row is written.
created, created_solvable, solved_in = {}, {}, {}
csat = {}  # month -> [satisfied, answers]
channels, groups, reasons = {}, {}, {}


def month(t):
    return f"{t.year:04d}-{t.month:02d}"


def add(table, key, n=1):
    table[key] = table.get(key, 0) + n


def count(t_created, t_solved, solved_column, status_solved, satisfied, channel, group, reason):
    """Counts one readable ticket the way docs/TICKETS.md defines the measures."""
    m = month(t_created)
    add(created, m)
    if solved_column is not None:  # the export has a solved time and this cell is readable
        add(created_solvable, m)
        if t_solved is not None and t_solved >= t_created and status_solved:
            add(solved_in, month(t_solved))
    if satisfied is not None:
        c = csat.setdefault(m, [0, 0])
        c[0] += satisfied
        c[1] += 1
    if channel:
        add(channels, (channel, m))
    if group:
        add(groups, (group, m))
    if reason and "@" not in reason and len(reason) <= 80:
        add(reasons, (reason.replace("::", " › "), m))


def when():
    y, mo = rng.choice(MONTHS)
    return dt.datetime(y, mo, rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))


def solved_after(t):
    return t + dt.timedelta(hours=rng.choice([2, 20, 50, 400, 900]))


def zendesk():
    header = ["Id", "Requester", "Requester email", "Subject", "Created at", "Solved at", "Status", "Via", "Group", "Tags",
              "Reopens", "Replies", "Satisfaction Score", "First reply time in minutes", "Full resolution time in minutes",
              "Contact reason [list]"]
    rows = []
    for n in range(160):
        t = when()
        status = rng.choice(["Solved", "Closed", "Open", "Pending", "Solved", "Closed"])
        solved = solved_after(t) if status in ("Solved", "Closed") else None
        score = rng.choice(["Unoffered", "Offered", "Good", "Bad", "Good with comment", "1", "2", "3", "4", "5", ""])
        reason = rng.choice(REASONS + ["-", "", "jo.bloggs@example.com", "x" * 90])
        via, group = rng.choice(["Web form", "Email", "Chat", "Phone call (incoming)"]), rng.choice(["Payroll support", "Billing", "Tier 2"])
        replies = str(rng.randint(0, 5))
        row = [1000 + n, "Jo Bloggs", "jo@example.com", 'Payslip "wrong", again', t.strftime("%Y-%m-%d %H:%M:%S"),
               solved.strftime("%Y-%m-%d %H:%M:%S") if solved else "", status, via, group, "payroll", "0", replies, score,
               str(rng.randint(5, 3000)), str(int((solved - t).total_seconds() // 60)) if solved else "", reason]
        kind = n % 40
        if kind == 3:
            row[11] = "three"  # unreadable reply count: the ticket still counts
        elif kind == 5:
            row[12] = "meh"  # unreadable satisfaction: out of CSAT only
        elif kind == 7:
            row[4] = "31/31/2025"  # unreadable creation time: the row is left out
        elif kind == 9:
            row[6] = rng.choice(["Deleted", "Spam"])
        elif kind == 11:
            rows.append(row[:6])  # ragged: left out
            continue
        rows.append(row)
        if kind in (7, 9):
            continue
        satisfied = None
        if kind != 5:
            if score in ("Good", "Good with comment", "4", "5"):
                satisfied = 1
            elif score in ("Bad", "1", "2", "3"):
                satisfied = 0
        count(t, solved, True, status.lower() in SOLVED_WORDS, satisfied, via, group, None if reason in ("-", "") else reason)
    with open(os.path.join(OUT, "zendesk.csv"), "w", newline="", encoding="utf-8") as f:
        f.write("\ufeff")
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        for i, row in enumerate(rows):
            if i == 80:
                w.writerow(header)  # exports pasted together
            w.writerow(row)


def freshdesk():
    header = ["Ticket ID", "Subject", "Status", "Priority", "Source", "Type", "Agent", "Group", "Created time", "Resolved time",
              "Closed time", "First response time (in hrs)", "Resolution time (in hrs)", "Agent interactions", "Survey results",
              "Contact reason"]
    words = {"Extremely happy": 1, "Very happy": 1, "Happy": 1, "Awesome": 1, "Neutral": 0, "Not good": 0, "Unhappy": 0,
             "103": 1, "101": 1, "100": 0, "-102": 0, "4": 1, "2": 0, "": None}
    rows = []
    for n in range(120):
        t = when()
        status = rng.choice(["Resolved", "Closed", "Open", "Pending", "Resolved"])
        solved = solved_after(t) if status in ("Resolved", "Closed") else None
        survey = rng.choice(list(words))
        source, group = rng.choice(["Email", "Portal", "Phone", "Chat"]), rng.choice(["Billing", "Tier 2"])
        reason = rng.choice(REASONS + [""])
        hours = f"{rng.randint(0, 40)},{rng.randint(0, 9)}"
        row = [str(5000 + n), "Bank file; rejected", status, "Medium", source, "Question", "Agent 3", group, t.strftime("%d-%m-%y %H:%M"),
               solved.strftime("%d-%m-%y %H:%M") if solved else "", solved.strftime("%d-%m-%y %H:%M") if solved else "", hours,
               f"{(solved - t).total_seconds() / 3600:.1f}".replace(".", ",") if solved else "", str(rng.randint(1, 6)), survey, reason]
        rows.append(row)
        count(t, solved, True, status.lower() in SOLVED_WORDS, words[survey], source, group, reason or None)
    with open(os.path.join(OUT, "freshdesk.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def intercom():
    header = ["conversation_id", "conversation_created_at", "conversation_first_response_at", "conversation_closed_at",
              "conversation_state", "conversation_rating", "conversation_tags"]
    ratings = {"1": 0, "2": 0, "3": 0, "4": 1, "5": 1, "amazing": 1, "terrible": 0, "": None}
    rows = []
    epoch = dt.datetime(1970, 1, 1)
    for n in range(80):
        t = when()
        state = rng.choice(["closed", "open", "closed", "snoozed"])
        solved = solved_after(t) if state == "closed" else None
        rating = rng.choice(list(ratings))
        secs = lambda x: str(int((x - epoch).total_seconds()))
        rows.append([f"21{n:06d}", secs(t), secs(t + dt.timedelta(minutes=30)), secs(solved) if solved else "", state, rating, "billing, vip"])
        count(t, solved, True, state == "closed", ratings[rating], None, None, None)
    with open(os.path.join(OUT, "intercom-tabs.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def mapped():
    header = ["Ref", "Opened", "Closed On", "State", "Channel", "Team", "Rating", "Reason"]
    rows = []
    for n in range(60):
        t = when().replace(hour=0, minute=0)
        state = rng.choice(["done", "open", "done"])
        solved = (t + dt.timedelta(days=rng.choice([0, 3, 40]))) if state == "done" else None
        rating = rng.choice(["happy", "unhappy", "5", "1", ""])
        reason = rng.choice(REASONS)
        rows.append([f"M-{n}", t.strftime("%d-%b-%y"), solved.strftime("%d-%b-%y") if solved else "", state, "Chat", "Tier 2", rating, reason])
        count(t, solved, True, state == "done", {"happy": 1, "5": 1, "unhappy": 0, "1": 0, "": None}[rating], "Chat", "Tier 2", reason)
    with open(os.path.join(OUT, "mapped.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


zendesk()
freshdesk()
intercom()
mapped()
def wilson(hits, n, confidence=95):
    from statistics import NormalDist
    z = NormalDist().inv_cdf(1 - (1 - confidence / 100) / 2)
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * (p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5
    return [100 * max(0.0, centre - half), 100 * min(1.0, centre + half)]


months = sorted(created)
open_count, backlog = 0, {}
for m in months:
    open_count += created_solvable.get(m, 0) - solved_in.get(m, 0)
    backlog[m] = open_count
expected = {
    "tickets_created": created,
    # A month after the last one with a created ticket is not covered by the exports: no value.
    "tickets_solved": {m: solved_in.get(m, 0) for m in sorted(set(months) | {s for s in solved_in if s <= months[-1]})},
    "backlog": backlog,
    "csat": {m: 100 * s / n for m, (s, n) in sorted(csat.items())},
    "by_channel": {f"{c}|{m}": v for (c, m), v in sorted(channels.items())},
    "by_group": {f"{g}|{m}": v for (g, m), v in sorted(groups.items())},
    "reasons": {f"{r}|{m}": v for (r, m), v in sorted(reasons.items())},
}
# n and the 95 % Wilson interval of each month's CSAT (NormalDist from the standard library).
with open(os.path.join(HERE, "expected-intervals.json"), "w") as f:
    json.dump({"csat": {m: [n] + wilson(s, n) for m, (s, n) in sorted(csat.items())}}, f, indent=1, sort_keys=True)
    f.write("\n")
with open(os.path.join(HERE, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True, ensure_ascii=False)
    f.write("\n")

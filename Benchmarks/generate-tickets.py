#!/usr/bin/env python3
"""Generates a realistic help-desk export for cxsite's benchmark and for trying the checks page.

    Benchmarks/generate-tickets.py --tickets 500000 --out /tmp/bench/content/tickets/zendesk.csv \
        --surveys /tmp/bench/content/surveys/surveys.csv

The ticket export has Zendesk's columns, requester names and emails included (cxsite must never
copy them to the site), subjects with commas and quotes, and — unless --clean — the mess real
exports have: sentinel dates (1900-01-01), empty cells, a few other date formats within a column,
a repeated header line, a stray quote, and a bad row now and then. Output is deterministic for a
given --seed. Python 3 standard library only.
"""
import argparse
import csv
import datetime as dt
import os
import random

FIRST = ["Maya", "Tomás", "Priya", "Hannah", "Dev", "Grace", "Oluwaseun", "Lena", "Marco", "Aisha", "Jonas", "Sofia",
         "Kenji", "Fatima", "Liam", "Chloé", "Ravi", "Zainab", "Noah", "Ingrid"]
LAST = ["Patel", "Byrne", "Nair", "Okafor", "Malhotra", "Liu", "Adeyemi", "Schmidt", "Rossi", "Khan", "Berg", "García",
        "Sato", "Haddad", "Murphy", "Dubois", "Iyer", "Bello", "Walsh", "Lund"]
SUBJECTS = ["Payslip shows the wrong tax code", "Can't log in after password reset", "Pension file rejected, again",
            "Question about \"holiday pay\" calculation", "Invoice for March, missing VAT", "How do I add a new starter?",
            "Bank file failed: error 4012", "Year-end P60s, when?", "Export to Xero doesn't match", "Change of address"]
VIA = [("Web form", 0.42), ("Email", 0.30), ("Chat", 0.18), ("Phone call (incoming)", 0.06), ("Mobile SDK", 0.04)]
GROUPS = ["Payroll support", "Billing", "Onboarding", "Tier 2"]
PRODUCTS = ["payroll", "pensions", "billing", "integrations"]

ZENDESK = ["Id", "Requester", "Requester email", "Subject", "Created at", "Solved at", "Status", "Via", "Group", "Assignee",
           "Tags", "Reopens", "Replies", "Satisfaction Score", "First reply time in minutes",
           "First reply time in minutes within business hours", "Full resolution time in minutes",
           "Full resolution time in minutes within business hours", "Product [list]"]
SURVEYS = ["Ticket ID", "Email", "Sent at", "Answered at", "Resolved at", "CSAT", "NPS", "Did we solve it?", "Comment"]


def pick(rng, weighted):
    r = rng.random()
    for value, weight in weighted:
        r -= weight
        if r <= 0:
            return value
    return weighted[-1][0]


def stamp(t, rng, noisy):
    """A timestamp, now and then in another format a real export mixes in."""
    if noisy:
        r = rng.random()
        if r < 0.002:
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if r < 0.003:
            return t.strftime("%d.%m.%Y %H:%M")
    return t.strftime("%Y-%m-%d %H:%M:%S")


def months_between(start, count):
    year, month = map(int, start.split("-"))
    for _ in range(count):
        yield year, month
        month += 1
        if month == 13:
            year, month = year + 1, 1


def generate(args):
    rng = random.Random(args.seed)
    months = list(months_between(args.start, args.months))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    survey_file = None
    if args.surveys:
        os.makedirs(os.path.dirname(os.path.abspath(args.surveys)), exist_ok=True)
        survey_file = open(args.surveys, "w", newline="", encoding="utf-8")
        surveys = csv.writer(survey_file, lineterminator="\r\n")
        surveys.writerow(SURVEYS)
    noisy = not args.clean
    with open(args.out, "w", newline="", encoding="utf-8") as out:
        out.write("\ufeff")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(ZENDESK)
        for n in range(args.tickets):
            ticket_id = 100000 + n
            year, month = months[n * len(months) // args.tickets]
            days = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.date(year, month, 1)).days
            created = dt.datetime(year, month, 1) + dt.timedelta(seconds=rng.randrange(days * 86400))
            first, last = rng.choice(FIRST), rng.choice(LAST)
            requester = f"{first} {last}"
            email = f"{first.lower()}.{last.lower()}{rng.randrange(100)}@example.com".replace("é", "e").replace("á", "a")
            replies = min(1 + int(rng.expovariate(1.1)), 12)
            first_reply = None if rng.random() < 0.03 else rng.lognormvariate(6.3, 0.9)  # minutes, median ~9 h
            status = pick(rng, [("closed", 0.55), ("solved", 0.30), ("open", 0.08), ("pending", 0.05), ("hold", 0.02)])
            solved = status in ("solved", "closed")
            resolution = rng.lognormvariate(7.4, 0.8) if solved else None  # minutes, median ~27 h
            if first_reply and resolution and resolution < first_reply:
                resolution = first_reply + rng.uniform(5, 120)
            reopens = pick(rng, [(0, 0.95), (1, 0.04), (2, 0.01)]) if solved else 0
            via = pick(rng, VIA)
            tags = [rng.choice(PRODUCTS)]
            group = rng.choice(GROUPS)
            if replies > 2 and via != "Phone call (incoming)" and rng.random() < 0.9:
                tags.append("escalated_to_call")
            satisfaction = pick(rng, [("Unoffered", 0.3), ("Offered", 0.45), ("Good", 0.2), ("Bad", 0.05)]) if solved else "Unoffered"
            solved_at = created + dt.timedelta(minutes=resolution) if solved else None
            row = [ticket_id, requester, email, rng.choice(SUBJECTS), stamp(created, rng, noisy),
                   stamp(solved_at, rng, noisy) if solved_at else ("1900-01-01 00:00:00" if noisy and rng.random() < 0.3 else ""),
                   status.capitalize(), via, group, f"Agent {rng.randrange(1, 25)}", " ".join(tags), reopens, replies, satisfaction,
                   "" if first_reply is None else round(first_reply), "" if first_reply is None else round(first_reply * 0.6),
                   "" if resolution is None else round(resolution), "" if resolution is None else round(resolution * 0.55),
                   tags[0]]
            if noisy:
                r = rng.random()
                if r < 0.0005:
                    row[4] = "2025-13-45 10:00:00"  # a bad date
                elif r < 0.0007:
                    row = row[:10]  # a truncated row
                elif r < 0.001:
                    row[12] = ""  # an empty count
            if noisy and n > 0 and n % 200000 == 0:
                writer.writerow(ZENDESK)  # a repeated header from concatenated exports
            if noisy and n % 100003 == 7:
                out.write(",".join(str(c) for c in row[:3]) + ',Screen is 27" wide,' + ",".join(str(c) for c in row[4:]) + "\r\n")
                continue
            writer.writerow(row)
            if survey_file and solved and rng.random() < 0.6:
                soon = rng.random() < 0.05
                sent = solved_at + (dt.timedelta(minutes=rng.uniform(1, 90)) if soon else dt.timedelta(hours=rng.uniform(24, 30)))
                answered = rng.random() < 0.3
                at = sent + dt.timedelta(hours=rng.uniform(0.1, 48))
                csat = pick(rng, [(5, 0.55), (4, 0.28), (3, 0.08), (2, 0.05), (1, 0.04)]) if answered else ""
                nps = pick(rng, [(10, 0.3), (9, 0.2), (8, 0.2), (7, 0.1), (5, 0.1), (2, 0.1)]) if answered else ""
                yes = ("yes" if rng.random() < 0.87 else "no") if answered else ""
                surveys.writerow([ticket_id, email, sent.strftime("%Y-%m-%d %H:%M:%S"), at.strftime("%Y-%m-%d %H:%M:%S") if answered else "",
                                  solved_at.strftime("%Y-%m-%d %H:%M:%S"), csat, nps, yes,
                                  "Thanks, " + first + "!" if answered and rng.random() < 0.2 else ""])
    if survey_file:
        survey_file.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tickets", type=int, default=500000, help="number of tickets (default 500000)")
    parser.add_argument("--start", default="2025-01", help="first month, YYYY-MM (default 2025-01)")
    parser.add_argument("--months", type=int, default=24, help="months the tickets spread over (default 24)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", required=True, help="the ticket export to write")
    parser.add_argument("--surveys", help="also write a survey export here")
    parser.add_argument("--clean", action="store_true", help="no sentinel dates, mixed formats or bad rows")
    generate(parser.parse_args())


if __name__ == "__main__":
    main()

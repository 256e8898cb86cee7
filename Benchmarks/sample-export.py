#!/usr/bin/env python3
"""Writes the sample project's small Zendesk export and "Did we solve it?" survey export.

    Benchmarks/sample-export.py content

Kestrel Payroll's tickets for September and October 2026 (fictional customers at example.com).
The counts behind the two rule checks that have a metric in content/metrics/ are fixed so the
checks agree with the published numbers: escalation after two replies 30 of 31 (96.8 %) and
35 of 36 (97.2 %), surveys sent 24 h or more after resolution 34 of 35 (97.1 %) and 39 of 40
(97.5 %). Deterministic; Python 3 standard library only.
"""
import csv
import datetime as dt
import os
import random
import sys

FIRST = ["Amara", "Ben", "Carys", "Declan", "Elif", "Finn", "Gita", "Hugo", "Isla", "Jamal", "Keira", "Luca", "Mei",
         "Niamh", "Owen", "Paula", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wes", "Yara", "Zoe"]
LAST = ["Achebe", "Brennan", "Costa", "Doyle", "Eriksen", "Flynn", "Gallagher", "Hussain", "Ivanova", "Jensen", "Kowalski",
        "Lopez", "McCarthy", "Nowak", "O'Neill", "Pereira", "Quigley", "Reid", "Silva", "Tanaka", "Ueda", "Varga", "Walsh"]
SUBJECTS = ["Payslip shows the wrong tax code", "Pension file rejected by the provider", "Can't add a new starter",
            "Question about holiday pay, again", "Bank file failed: error 4012", "P45 for a leaver", "Invoice missing VAT number",
            "Export to Xero doesn't match", "Change of company address", "Payroll run stuck at \"approving\"",
            "Auto-enrolment letter wording", "Two-factor code not arriving"]
AGENTS = ["Hannah Okafor", "Dev Malhotra", "Tomás Byrne", "Grace Liu", "Priya Nair", "Sean Doherty"]
HEADER = ["Id", "Requester", "Requester email", "Subject", "Created at", "Updated at", "Solved at", "Status", "Via", "Group",
          "Assignee", "Tags", "Reopens", "Replies", "Satisfaction Score", "First reply time in minutes",
          "First reply time in minutes within business hours", "Full resolution time in minutes",
          "Full resolution time in minutes within business hours", "Product [list]"]
MONTHS = [  # (year, month, tickets, past two replies, of which not escalated, surveys, of which sent too soon)
    (2026, 9, 210, 31, 1, 35, 1),
    (2026, 10, 230, 36, 1, 40, 1),
]


def main(content):
    rng = random.Random(20261031)
    tickets, surveys = [], []
    next_id = 48211
    for year, month, count, past_two, unescalated, survey_count, too_soon in MONTHS:
        days = 30 if month == 9 else 31
        rows = []
        for n in range(count):
            day = rng.randrange(1, days + 1)
            created = dt.datetime(year, month, day, rng.choice([8, 9, 9, 10, 11, 12, 13, 14, 15, 16, 17, 20]), rng.randrange(60), rng.randrange(60))
            rows.append(created)
        rows.sort()
        heavy = set(rng.sample(range(count), past_two))
        not_escalated = set(rng.sample(sorted(heavy), unescalated))
        month_tickets = []
        for n, created in enumerate(rows):
            ticket_id = next_id
            next_id += 1
            first, last = rng.choice(FIRST), rng.choice(LAST)
            email = f"{first.lower()}.{last.lower().replace(chr(39), '')}@example.com"
            via = rng.choices(["Web form", "Email", "Chat", "Phone call (incoming)"], [40, 35, 18, 7])[0]
            replies = rng.randint(3, 6) if n in heavy else rng.choices([1, 2], [70, 30])[0]
            tags = [rng.choice(["payroll", "pensions", "billing", "onboarding"])]
            group = rng.choice(["Payroll support", "Payroll support", "Billing", "Onboarding"])
            if n in heavy and n not in not_escalated and via != "Phone call (incoming)":
                if rng.random() < 0.8:
                    tags.append("escalated_to_call")
                else:
                    group = "Call team"
            if n in not_escalated and via == "Phone call (incoming)":
                via = "Email"
            reply = rng.lognormvariate(6.45, 0.75) if via != "Chat" else rng.lognormvariate(4.2, 0.6)  # minutes
            late = created > dt.datetime(year, month, days - 2)
            status = rng.choices(["Closed", "Solved", "Pending", "Open"], [70, 22, 5, 3] if not late else [30, 30, 25, 15])[0]
            solved = status in ("Closed", "Solved")
            resolution = max(reply + rng.uniform(20, 240), rng.lognormvariate(7.5, 0.7)) if solved else None
            reopens = 1 if solved and rng.random() < 0.04 else 0
            satisfaction = rng.choices(["Unoffered", "Offered", "Good", "Bad"], [35, 48, 15, 2])[0] if solved else "Unoffered"
            solved_at = created + dt.timedelta(minutes=resolution) if solved else None
            updated = solved_at or created + dt.timedelta(minutes=reply)
            month_tickets.append((ticket_id, email, solved_at))
            tickets.append([ticket_id, f"{first} {last}", email, rng.choice(SUBJECTS), created.strftime("%Y-%m-%d %H:%M:%S"),
                            updated.strftime("%Y-%m-%d %H:%M:%S"), solved_at.strftime("%Y-%m-%d %H:%M:%S") if solved_at else "",
                            status, via, group, rng.choice(AGENTS), " ".join(tags), reopens, replies, satisfaction,
                            round(reply), round(reply * 0.7), round(resolution) if resolution else "",
                            round(resolution * 0.45) if resolution else "", tags[0]])
        # Surveys: sent in this month, for tickets solved early enough in it.
        candidates = [t for t in month_tickets if t[2] and t[2] < dt.datetime(year, month, days - 2)]
        chosen = sorted(rng.sample(candidates, survey_count), key=lambda t: t[2])
        soon = set(rng.sample(range(survey_count), too_soon))
        for i, (ticket_id, email, solved_at) in enumerate(chosen):
            sent = solved_at + (dt.timedelta(minutes=rng.uniform(2, 20)) if i in soon else dt.timedelta(hours=rng.uniform(24, 26)))
            if sent.month != month:
                sent = solved_at + dt.timedelta(hours=24)
            answered = rng.random() < 0.18
            surveys.append([ticket_id, email, sent.strftime("%Y-%m-%d %H:%M:%S"),
                            (sent + dt.timedelta(hours=rng.uniform(0.2, 20))).strftime("%Y-%m-%d %H:%M:%S") if answered else "",
                            solved_at.strftime("%Y-%m-%d %H:%M:%S"), ("yes" if rng.random() < 0.88 else "no") if answered else "", ""])
    os.makedirs(os.path.join(content, "tickets"), exist_ok=True)
    os.makedirs(os.path.join(content, "surveys"), exist_ok=True)
    with open(os.path.join(content, "tickets", "zendesk-2026-09-10.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(tickets)
    with open(os.path.join(content, "surveys", "did-we-solve-it-2026-09-10.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["Ticket ID", "Email", "Sent at", "Answered at", "Resolved at", "Did we solve it?", "Comment"])
        writer.writerows(surveys)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "content")

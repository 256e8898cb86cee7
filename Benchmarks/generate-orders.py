#!/usr/bin/env python3
"""Generates a large Stripe payments export for cxsite's benchmark (the `orders` part of bench.py).

    Benchmarks/generate-orders.py --orders 1000000 --customers 200000 --out /tmp/bench/content/orders/stripe.csv

Stripe's unified payments export, every column: payments of --customers customers over three
years (2023-01 to 2025-12), each customer with a first payment and then repeat payments at
irregular gaps (some churn early, some stay); Status Paid, Refunded (with Amount Refunded) and
Failed; about one payment in twenty without a Customer ID (identified by its e-mail); card
holders' names and e-mails included (cxsite must never copy them); amounts with two decimals;
times in UTC as Stripe writes them (`2024-03-04 15:16`). Deterministic for a given --seed.
Python 3 standard library only.
"""
import argparse
import csv
import datetime as dt
import random

HEADER = ("id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,Currency,Converted Amount,Converted Amount Refunded,Fee,Tax,"
          "Converted Currency,Mode,Status,Statement Descriptor,Customer ID,Customer Description,Customer Email,Captured,Card ID,Card Last4,"
          "Card Brand,Card Funding,Card Exp Month,Card Exp Year,Card Name,Card Address Line1,Card Address Line2,Card Address City,"
          "Card Address State,Card Address Country,Card Address Zip,Card Issue Country,Card Fingerprint,Card CVC Status,Card AVS Zip Status,"
          "Card AVS Line1 Status,Card Tokenization Method,Disputed Amount,Dispute Status,Dispute Reason,Dispute Date (UTC),"
          "Dispute Evidence Due (UTC),Invoice ID,Invoice Number,Payment Source Type,Destination,Transfer,Transfer Group,PaymentIntent ID").split(",")
FIRST = ["Maya", "Tomás", "Priya", "Hannah", "Dev", "Grace", "Oluwaseun", "Lena", "Marco", "Aisha", "Jonas", "Sofia"]
LAST = ["Patel", "Byrne", "Nair", "Okafor", "Malhotra", "Liu", "Adeyemi", "Schmidt", "Rossi", "Khan", "Berg", "García"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=1000000)
    parser.add_argument("--customers", type=int, default=200000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = dt.datetime(2023, 1, 1)
    span = 3 * 365 * 24 * 60  # minutes in three years
    # Each customer's payments: a first one anywhere in the three years, then gaps of 10 to 200 days.
    per_customer = [1] * args.customers
    for _ in range(args.orders - args.customers):
        per_customer[int(rng.random() ** 2 * args.customers)] += 1
    events = []
    for c, n in enumerate(per_customer):
        t = rng.randrange(span)
        for _ in range(n):
            if t >= span:
                t = rng.randrange(span)
            events.append((t, c))
            t += rng.randint(10, 200) * 1440 + rng.randrange(1440)
    events.sort()
    import os
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(HEADER)
        for k, (minute, c) in enumerate(events):
            name = f"{FIRST[c % 12]} {LAST[(c // 12) % 12]}"
            email = f"customer{c}@example.com"
            status = "Failed" if rng.random() < 0.04 else "Refunded" if rng.random() < 0.03 else "Paid"
            amount = rng.choice([19.0, 29.0, 49.0, 99.0, 149.0, 299.0])
            refunded = amount if status == "Refunded" else 0.0
            created = (start + dt.timedelta(minutes=minute)).strftime("%Y-%m-%d %H:%M")
            cid = "" if c % 20 == 7 else f"cus_{c:08d}"
            w.writerow([f"ch_{k:012d}", "Subscription update", "Payment complete." if status != "Failed" else "Your card was declined.",
                        created, f"{amount:.2f}", f"{refunded:.2f}", "eur", f"{amount:.2f}", f"{refunded:.2f}", f"{amount * 0.029 + 0.25:.2f}",
                        "0.00", "eur", "Live", status, "KESTREL PAYROLL", cid, name if cid else "", email, "true" if status != "Failed" else "false",
                        f"card_{c:010d}", f"{c % 10000:04d}", "Visa", "credit", str(1 + c % 12), str(2026 + c % 4), name, "", "", "", "", "IE", "",
                        "IE", f"fp{c:010d}", "pass", "", "", "", "0.00", "", "", "", "", f"in_{k:012d}", f"KP-{k:07d}", "card", "", "", "",
                        f"pi_{k:012d}"])


if __name__ == "__main__":
    main()

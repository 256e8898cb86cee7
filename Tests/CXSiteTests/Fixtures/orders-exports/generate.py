#!/usr/bin/env python3
"""Writes the orders-exports fixture: four order exports as the shops write them and a Telco-style
customer list, then expected.json, every customer definition of docs/CUSTOMERS.md computed here
independently (Python's csv, datetime and zoneinfo; sets of customers per day, by brute force),
and secrets.json, every customer id, e-mail and name in the fixture (none may reach the site).

    python3 Tests/CXSiteTests/Fixtures/orders-exports/generate.py

- content/orders/shopify.csv: Shopify's orders export, every column; one row per line item, the
  order's totals and dates on its first row only; Financial Status paid, pending, refunded,
  partially_refunded, voided; Cancelled at; Refunded Amount; offsets in the times; the same
  customer's e-mail in two spellings; an order at 23:30 UTC on 31 July (1 August in Dublin).
- content/orders/stripe.csv: Stripe's payments export; Status Paid, Refunded, Failed; Amount
  Refunded; payments without a Customer ID (identified by e-mail, one of them a Shopify customer);
  times in UTC, one at 23:30 on 31 March (1 April in Dublin, summer time) and on 31 October
  (still October: winter time).
- content/orders/woocommerce.csv: WooCommerce's order export; wc-completed, wc-processing,
  wc-on-hold, wc-refunded (counted with no revenue), wc-cancelled, wc-failed, wc-pending; guests
  (customer_id 0) identified by e-mail.
- content/orders/mapped.csv, the ugliest: ';', BOM, CRLF, decimal commas, two-digit years read
  by date_format "%d/%m/%y %H:%M", a euro sign, refunds as negative rows, a segment with a ';'
  inside quotes, a line break inside a quoted note, a stray quote, a ragged row, a repeated
  header, a blank line, a row without a customer, an impossible date, an unreadable amount (the
  order counts, without its amount), a cancelled order, a customer who orders once and one whose
  gap between orders is longer than active_days.
- content/customers/telco.csv: the Telco customer churn layout, as of 2025-12 (site.yml).
Deterministic; Python 3 standard library only. The output is committed.
"""
import csv, datetime as dt, json, os, random
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ORDERS = os.path.join(HERE, "content", "orders")
LISTS = os.path.join(HERE, "content", "customers")
ZONE = ZoneInfo("Europe/Dublin")
UTC = dt.timezone.utc
WINDOW = 90
rng = random.Random(19)
secrets = set()


def when(hour_range=(0, 23)):
    start = dt.datetime(2025, 1, 1)
    return start + dt.timedelta(days=rng.randint(0, 364), hours=rng.randint(*hour_range), minutes=rng.randint(0, 59))


def money(x):
    return f"{x:.2f}"


# ---- writing the exports ---------------------------------------------------------------

SHOPIFY = ("Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,"
           "Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,"
           "Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,"
           "Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,"
           "Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,"
           "Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Id,Tags,Risk Level,"
           "Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,"
           "Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,"
           "Next Payment Due At,Payment References").split(",")


def shopify():
    people = [(f"Shopper {i}", f"shopper{i}@example.com") for i in range(1, 19)] + [("Ann Byrne", "ann@example.com")]
    rows = []
    number = 1001
    for k in range(70):
        name, email = rng.choice(people)
        if k == 0:
            created, offset = dt.datetime(2025, 7, 31, 23, 30), "+0000"  # 1 August in Dublin
            name, email = "Ann Byrne", "ann@example.com"
        else:
            created, offset = when(), rng.choice(["+0000", "+0100", "-0500"])
        if email == "ann@example.com" and k % 2:
            email = " Ann@Example.COM "
        secrets.update([name, email.strip(), email.strip().lower()])
        status = rng.choice(["paid", "paid", "paid", "pending", "refunded", "partially_refunded", "voided"])
        items = [(rng.randint(1, 3), rng.choice(["Payroll Lite", "Payroll Pro", "Pension add-on"]), rng.choice([19.0, 29.0, 49.0])) for _ in range(rng.randint(1, 3))]
        subtotal = sum(q * p for q, p, _ in [(q, p, n) for q, n, p in items])
        total = subtotal + 4.95
        refunded = total if status == "refunded" else round(total / 3, 2) if status == "partially_refunded" else 0
        cancelled = created + dt.timedelta(days=1) if status == "voided" or k % 23 == 5 else None
        stamp = created.strftime("%Y-%m-%d %H:%M:%S") + " " + offset
        for i, (q, item, price) in enumerate(items):
            row = dict.fromkeys(SHOPIFY, "")
            row.update({"Name": f"#{number}", "Email": email, "Lineitem quantity": str(q), "Lineitem name": item, "Lineitem price": money(price),
                        "Lineitem sku": "SKU-" + item[:3].upper(), "Lineitem requires shipping": "false", "Lineitem taxable": "true",
                        "Lineitem fulfillment status": "fulfilled", "Vendor": "Kestrel"})
            if i == 0:
                row.update({"Financial Status": status, "Paid at": stamp if status != "pending" else "", "Fulfillment Status": "fulfilled",
                            "Accepts Marketing": "no", "Currency": "EUR", "Subtotal": money(subtotal), "Shipping": "4.95", "Taxes": "0.00",
                            "Total": money(total), "Discount Amount": "0.00", "Shipping Method": "Standard", "Created at": stamp,
                            "Billing Name": name, "Billing Street": "1 Quay St", "Billing City": "Dublin", "Billing Zip": "D02 X285",
                            "Billing Country": "IE", "Billing Phone": "+353 1 555 0100", "Shipping Name": name, "Notes": 'Leave at "reception"',
                            "Cancelled at": cancelled.strftime("%Y-%m-%d %H:%M:%S") + " " + offset if cancelled else "",
                            "Payment Method": "Shopify Payments", "Refunded Amount": money(refunded), "Id": str(5400000000 + number),
                            "Risk Level": "Low", "Source": "web", "Payment ID": f"c{number}.1"})
            rows.append(row)
        number += 1
    with open(os.path.join(ORDERS, "shopify.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, SHOPIFY, quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        w.writerows(rows)


STRIPE = ("id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,Currency,Converted Amount,Converted Amount Refunded,Fee,Tax,"
          "Converted Currency,Mode,Status,Statement Descriptor,Customer ID,Customer Description,Customer Email,Captured,Card ID,Card Last4,"
          "Card Brand,Card Funding,Card Exp Month,Card Exp Year,Card Name,Card Address Line1,Card Address Line2,Card Address City,"
          "Card Address State,Card Address Country,Card Address Zip,Card Issue Country,Card Fingerprint,Card CVC Status,Card AVS Zip Status,"
          "Card AVS Line1 Status,Card Tokenization Method,Disputed Amount,Dispute Status,Dispute Reason,Dispute Date (UTC),"
          "Dispute Evidence Due (UTC),Invoice ID,Invoice Number,Payment Source Type,Destination,Transfer,Transfer Group,PaymentIntent ID").split(",")


def stripe():
    people = [(f"cus_Q{i:04d}X", f"payer{i}@example.org", f"Payer {i}") for i in range(1, 15)]
    people += [("", "ann@example.com", "Ann Byrne"), ("", "guest.payer@example.net", "Guest Payer")]
    rows = []
    for k in range(60):
        cid, email, name = rng.choice(people)
        created = {0: dt.datetime(2025, 3, 31, 23, 30), 1: dt.datetime(2025, 10, 31, 23, 30)}.get(k) or when()
        secrets.update([x for x in (cid, email, name) if x])
        status = rng.choice(["Paid", "Paid", "Paid", "Paid", "Refunded", "Failed"])
        amount = rng.choice([29.0, 49.0, 99.0, 149.0])
        refunded = amount if status == "Refunded" else (10.0 if k % 9 == 4 and status == "Paid" else 0.0)
        row = dict.fromkeys(STRIPE, "")
        row.update({"id": f"ch_3P{k:05d}", "Description": "Subscription update", "Seller Message": "Payment complete." if status != "Failed" else "The bank did not return any further details with this decline.",
                    "Created (UTC)": created.strftime("%Y-%m-%d %H:%M"), "Amount": money(amount), "Amount Refunded": money(refunded),
                    "Currency": "eur", "Converted Amount": money(amount), "Converted Amount Refunded": money(refunded), "Fee": money(amount * 0.029 + 0.25),
                    "Tax": "0.00", "Converted Currency": "eur", "Mode": "Live", "Status": status, "Customer ID": cid,
                    "Customer Description": name if cid else "", "Customer Email": email, "Captured": "true" if status != "Failed" else "false",
                    "Card ID": f"card_{k}", "Card Last4": "4242", "Card Brand": "Visa", "Card Funding": "credit", "Card Exp Month": "12",
                    "Card Exp Year": "2027", "Card Name": name, "Card Address Country": "IE", "Card Issue Country": "IE",
                    "Card CVC Status": "pass", "Payment Source Type": "card", "PaymentIntent ID": f"pi_3P{k:05d}"})
        rows.append(row)
    with open(os.path.join(ORDERS, "stripe.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, STRIPE, quoting=csv.QUOTE_ALL)
        w.writeheader()
        w.writerows(rows)


WOO = ("order_id,order_number,order_date,status,shipping_total,shipping_tax_total,fee_total,fee_tax_total,tax_total,cart_discount,"
       "order_discount,discount_total,order_total,order_subtotal,order_currency,payment_method,payment_method_title,transaction_id,"
       "customer_ip_address,customer_user_agent,shipping_method,customer_id,customer_user,customer_email,billing_first_name,"
       "billing_last_name,billing_company,billing_email,billing_phone,billing_address_1,billing_address_2,billing_postcode,billing_city,"
       "billing_state,billing_country,shipping_first_name,shipping_last_name,shipping_address_1,shipping_postcode,shipping_city,"
       "shipping_country,customer_note,line_items,shipping_items,coupon_items,order_notes").split(",")


def woocommerce():
    people = [(str(20 + i), f"woo{i}@example.com", f"Woo{i}", "Buyer") for i in range(1, 11)] + [("0", "guest1@example.com", "Guest", "One"), ("0", "guest2@example.com", "Guest", "Two")]
    rows = []
    for k in range(45):
        cid, email, first, last = rng.choice(people)
        secrets.update([email, first + " " + last] + ([cid] if cid != "0" else []))
        created = when()
        status = rng.choice(["wc-completed", "wc-completed", "wc-processing", "wc-on-hold", "wc-refunded", "wc-cancelled", "wc-failed", "wc-pending"])
        total = rng.choice([25.0, 40.0, 65.5])
        row = dict.fromkeys(WOO, "")
        row.update({"order_id": str(300 + k), "order_number": str(300 + k), "order_date": created.strftime("%Y-%m-%d %H:%M:%S"), "status": status,
                    "shipping_total": "5.00", "tax_total": "0.00", "order_total": money(total), "order_subtotal": money(total - 5),
                    "order_currency": "EUR", "payment_method": "stripe", "payment_method_title": "Credit card", "customer_ip_address": "203.0.113.7",
                    "customer_user_agent": "Mozilla/5.0", "shipping_method": "Flat rate", "customer_id": cid, "customer_user": cid,
                    "customer_email": email, "billing_first_name": first, "billing_last_name": last, "billing_email": email,
                    "billing_phone": "+353 1 555 0199", "billing_address_1": "2 Dock Rd", "billing_city": "Cork", "billing_country": "IE",
                    "line_items": f"name:Payroll Lite|quantity:1|total:{money(total - 5)}", "order_notes": "Order status changed."})
        rows.append(row)
    with open(os.path.join(ORDERS, "woocommerce.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, WOO)
        w.writeheader()
        w.writerows(rows)


MAPPED = ["Account", "Ordered on", "Net amount", "Plan", "State", "Email", "Notes"]


def mapped():
    lines = []
    def add(account, t, amount, plan, state="paid", note=""):
        email = f"{account.lower()}@mapped.example" if account else ""
        secrets.update([x for x in (account, email) if x])
        lines.append([account, t.strftime("%d/%m/%y %H:%M") if isinstance(t, dt.datetime) else t, amount, plan, state, email, note])
    accounts = [f"A-{i:03d}" for i in range(1, 13)]
    plans = {a: rng.choice(["Basic", "Team", "Pro; annual"]) for a in accounts}
    for k in range(70):
        a = rng.choice(accounts)
        amount = f"{rng.randint(10, 90)},{rng.randint(0, 99):02d}"
        add(a, when(), amount if k % 17 else "€" + amount, plans[a], note="line one\nline two" if k == 3 else "")
    add("A-ONCE", dt.datetime(2025, 4, 10, 9, 0), "30,00", "Basic")                 # orders once
    add("A-GAP", dt.datetime(2025, 1, 5, 9, 0), "40,00", "Team")                    # then nothing for 166 days
    add("A-GAP", dt.datetime(2025, 6, 20, 9, 0), "40,00", "Team")
    add("A-001", dt.datetime(2025, 5, 2, 12, 0), "-12,50", plans["A-001"], note="refund")  # a refund row
    add("A-002", dt.datetime(2025, 8, 8, 8, 8), "12,3,4", plans["A-002"])          # unreadable amount: counts as an order
    add("A-003", dt.datetime(2025, 9, 9, 9, 9), "55,00", plans["A-003"], state="cancelled")
    add("A-004", dt.datetime(2025, 12, 1, 0, 30), "n/a", plans["A-004"])           # no amount: counts as an order
    add("", dt.datetime(2025, 6, 1, 10, 0), "20,00", "Basic")                       # no customer: left out
    add("A-005", "31/02/25 10:00", "20,00", plans["A-005"])                         # impossible date: left out
    lines.insert(40, MAPPED)                                                        # exports pasted together
    out = "\ufeff" + ";".join(MAPPED) + "\r\n"
    for i, row in enumerate(lines):
        cells = []
        for cell in row:
            cells.append('"' + cell.replace('"', '""') + '"' if any(c in cell for c in ';"\n') else cell)
        out += ";".join(cells) + "\r\n"
        if i == 10:
            out += "\r\n"                                                           # a blank line
        if i == 20:
            out += "A-006;03/03/25 10:00;27\" screen\r\n"                           # ragged: left out
    with open(os.path.join(ORDERS, "mapped.csv"), "w", newline="", encoding="utf-8") as f:
        f.write(out)


TELCO = ["customerID", "gender", "SeniorCitizen", "Partner", "Dependents", "tenure", "PhoneService", "MultipleLines", "InternetService",
         "OnlineSecurity", "OnlineBackup", "DeviceProtection", "TechSupport", "StreamingTV", "StreamingMovies", "Contract", "PaperlessBilling",
         "PaymentMethod", "MonthlyCharges", "TotalCharges", "Churn"]


def telco():
    rows = []
    for k in range(48):
        cid = f"{7590 + k * 13:04d}-VHVEG{k}"
        secrets.add(cid)
        contract = rng.choice(["Month-to-month", "Month-to-month", "One year", "Two year"])
        churn = "Yes" if rng.random() < {"Month-to-month": 0.45, "One year": 0.12, "Two year": 0.04}[contract] else "No"
        rows.append([cid, rng.choice(["Female", "Male"]), "0", "Yes", "No", str(rng.randint(1, 72)), "Yes", "No", "DSL", "No", "Yes", "No", "No",
                     "No", "No", contract, "Yes", "Electronic check", "29.85", "29.85" if k else " ", churn])
    with open(os.path.join(LISTS, "telco.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(TELCO)
        w.writerows(rows)


# ---- the independent computation ---------------------------------------------------------

def local_day(t):
    return t.astimezone(ZONE).date()


def read_orders():
    """Every order and refund as (customer, day, amount or None, segment or None, order?)."""
    out = []
    with open(os.path.join(ORDERS, "mapped.csv"), newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f, delimiter=";"):
            if row["Account"] == "Account" or None in row.values() or row["State"] == "cancelled":
                continue
            try:
                day = dt.datetime.strptime(row["Ordered on"], "%d/%m/%y %H:%M").replace(tzinfo=ZONE).date()
            except ValueError:
                continue
            if not row["Account"].strip():
                continue
            text = row["Net amount"].strip().lstrip("€")
            try:
                amount = None if text in ("", "n/a") else float(text.replace(",", "."))
            except ValueError:
                amount = None
            customer = row["Account"].strip()
            out.append((customer, day, amount, row["Plan"], amount is None or amount >= 0))
    with open(os.path.join(ORDERS, "shopify.csv"), newline="", encoding="utf-8") as f:
        previous = None
        for row in csv.DictReader(f):
            if row["Name"] == previous and row["Total"] == "":
                continue
            previous = row["Name"]
            if row["Cancelled at"] or row["Financial Status"] in ("voided", "expired"):
                continue
            t = dt.datetime.strptime(row["Created at"], "%Y-%m-%d %H:%M:%S %z")
            out.append((row["Email"].strip().lower(), local_day(t), float(row["Total"]) - float(row["Refunded Amount"] or 0), None, True))
    with open(os.path.join(ORDERS, "stripe.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["Status"].lower() in ("failed", "canceled"):
                continue
            t = dt.datetime.strptime(row["Created (UTC)"], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
            customer = row["Customer ID"].strip() or row["Customer Email"].strip().lower()
            out.append((customer, local_day(t), float(row["Amount"]) - float(row["Amount Refunded"]), None, True))
    with open(os.path.join(ORDERS, "woocommerce.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            status = row["status"].removeprefix("wc-")
            if status in ("cancelled", "failed", "pending", "checkout-draft", "draft", "trash"):
                continue
            day = dt.datetime.strptime(row["order_date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=ZONE).date()
            customer = row["customer_id"] if row["customer_id"] not in ("", "0") else row["customer_email"].strip().lower()
            out.append((customer, day, 0.0 if status == "refunded" else float(row["order_total"]), None, True))
    return out


def month_of(d):
    return f"{d.year:04d}-{d.month:02d}"


def months_between(first, last):
    y, m = first
    while (y, m) <= last:
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def last_day(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


def compute():
    rows = read_orders()
    orders = [r for r in rows if r[4]]
    refunds = [r for r in rows if not r[4]]
    first = min((o[1].year, o[1].month) for o in orders)
    last = max((o[1].year, o[1].month) for o in orders)
    months = list(months_between(first, last))
    first_order = {}
    for c, d, *_ in orders:
        first_order[c] = min(first_order.get(c, d), d)

    def active_on(day):
        return {c for c, d, *_ in orders if day - dt.timedelta(days=WINDOW) < d <= day}

    def segment_on(c, day):
        mine = [(d, i) for i, (cc, d, a, s, o) in enumerate(orders) if cc == c and d <= day]
        return orders[max(mine)[1]][3] if mine else None

    values, breakdowns = {}, {}
    def put(table, key, month, value, n):
        table.setdefault(key, {})[month] = [value, n]
    for i, (y, m) in enumerate(months):
        key = f"{y:04d}-{m:02d}"
        in_month = {c for c, d, *_ in orders if (d.year, d.month) == (y, m)}
        put(values, "active_customers", key, len(in_month), len(in_month))
        new = {c for c in in_month if (first_order[c].year, first_order[c].month) == (y, m)}
        put(values, "new_customers", key, len(new), len(new))
        revenue = sum(a for c, d, a, *_ in rows if (d.year, d.month) == (y, m) and a is not None)
        if in_month:
            put(values, "revenue_per_customer", key, revenue / len(in_month), len(in_month))
        if i == 0:
            continue
        previous_end = last_day(*months[i - 1])
        before, now = active_on(previous_end), active_on(last_day(y, m))
        if not before:
            continue
        for name, group in [(None, before)] + [(s, {c for c in before if segment_on(c, previous_end) == s}) for s in ("Basic", "Team", "Pro; annual")]:
            if not group:
                continue
            retained = len(group & now)
            table, metric_key = (values, "{}") if name is None else (breakdowns, "{}|" + name)
            put(table, metric_key.format("retention_rate"), key, 100 * retained / len(group), len(group))
            put(table, metric_key.format("churn_rate"), key, 100 - 100 * retained / len(group), len(group))
            put(table, metric_key.format("repurchase_rate"), key, 100 * len(group & in_month) / len(group), len(group))
    # The customer list is the team's own statement: its month replaces the orders' value.
    with open(os.path.join(LISTS, "telco.csv"), newline="", encoding="utf-8") as f:
        people = list(csv.DictReader(f))
    for name, group in [(None, people)] + [(s, [p for p in people if p["Contract"] == s]) for s in sorted({p["Contract"] for p in people})]:
        churned = sum(p["Churn"] == "Yes" for p in group)
        table, metric_key = (values, "{}") if name is None else (breakdowns, "{}|" + name)
        put(table, metric_key.format("churn_rate"), "2025-12", 100 * churned / len(group), len(group))
        put(table, metric_key.format("retention_rate"), "2025-12", 100 - 100 * churned / len(group), len(group))
    cohorts = {}
    for y, m in months:
        members = {c for c, d in first_order.items() if (d.year, d.month) == (y, m)}
        if not members:
            continue
        later = list(months_between((y, m), last))
        active = [len({c for c, d, *_ in orders if c in members and (d.year, d.month) == k}) for k in later]
        total, cumulative = 0.0, []
        for k in later[:12]:
            total += sum(a for c, d, a, *_ in rows if c in members and (d.year, d.month) == k and a is not None)
            cumulative.append(total / len(members))
        cohorts[f"{y:04d}-{m:02d}"] = {"size": len(members), "active": active, "revenue": cumulative}
    return {"values": values, "breakdowns": breakdowns, "cohorts": cohorts}


if __name__ == "__main__":
    os.makedirs(ORDERS, exist_ok=True)
    os.makedirs(LISTS, exist_ok=True)
    shopify()
    stripe()
    woocommerce()
    mapped()
    telco()
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump(compute(), f, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(HERE, "secrets.json"), "w") as f:
        json.dump(sorted(s for s in secrets if len(s) >= 4), f, indent=1)
        f.write("\n")

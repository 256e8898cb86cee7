#!/usr/bin/env python3
"""usage: gen-corpus.py [--seed S] [--rows M] [--min-bytes B] [--max-bytes B] N OUTDIR

Writes a deterministic synthetic corpus for cxsite's benchmark (same arguments, same bytes):

  OUTDIR/pages/<stage>/<pillar>-NNNNN.md   N CommonMark pages of MIN..MAX bytes (default
      4,000..6,000) with YAML front matter (title, date, stage, pillar); bodies have ## and ###
      headings, paragraphs with emphasis, strong, code spans and links (to other pages of the
      corpus, relative, and to external sites), bullet lists (some nested), ordered lists,
      block quotes and fenced code blocks. Plain CommonMark: no tables, no raw HTML.
  OUTDIR/data/metrics.csv  M rows (default 20 * N, at least 1,000), sorted by date:
      date,metric,stage,pillar,segment,channel,value,target
      weekly dates over three years; several rows may share a date, metric, segment and
      channel (they differ in stage and pillar), as in an export of tagged observations.

The layout is the one of ../shared/tools/gen-corpus (so peer tools can be pointed at either),
but this is cxsite's own code and its text differs. Python standard library only.
Last line printed: 'N pages, M rows, X bytes'.
"""
import argparse
import csv
import datetime
import os
import random
import sys

STAGES = ["connect", "assist", "resolve", "enhance"]
PILLARS = ["technology", "strategy", "people", "service", "operations"]
SEGMENTS = ["enterprise", "mid-market", "small-business", "consumer", "public-sector"]
CHANNELS = ["web", "mobile-app", "phone", "email", "chat", "in-person"]
# metric id: (low, high, decimals)
METRICS = {
    "csat": (3.0, 5.0, 2), "nps": (-20, 70, 0), "first_contact_resolution": (0.4, 0.95, 3),
    "avg_handle_time_s": (120, 900, 0), "self_service_rate": (0.1, 0.8, 3), "adoption_rate": (0.05, 0.9, 3),
    "cost_per_contact": (1.5, 25.0, 2), "backlog": (0, 5000, 0), "sla_attainment": (0.7, 1.0, 3),
    "employee_engagement": (50, 95, 1),
}
NOUNS = ("customer reply queue handover ticket agent greeting survey journey touchpoint channel "
         "callback refund invoice onboarding renewal escalation playbook macro article search "
         "chatbot backlog shift roster forecast target trend cohort segment review retro "
         "dashboard signal baseline outcome promise apology follow-up").split()
VERBS = ("shortens lifts tracks explains routes tags merges flags drafts trims reopens "
         "escalates closes measures predicts nudges").split()
ADJECTIVES = ("quicker calmer clearer warmer weekly monthly proactive reactive personal shared "
              "seasonal noisy stable urgent routine").split()
LANGUAGES = ["sql", "yaml", "json", "bash", "text", ""]


def words(r, n):
    return [r.choice(NOUNS) for _ in range(n)]


def sentence(r, links):
    w = words(r, r.randint(7, 17))
    w[1] = r.choice(VERBS)
    roll = r.random()
    if roll < 0.25:
        i = r.randrange(2, len(w))
        w[i] = "*" + r.choice(ADJECTIVES) + "*"
    elif roll < 0.4:
        i = r.randrange(2, len(w))
        w[i] = "**" + w[i] + "**"
    if r.random() < 0.15:
        i = r.randrange(2, len(w))
        w[i] = "`" + r.choice(NOUNS) + "." + r.choice(NOUNS) + "`"
    if r.random() < 0.3:
        i = r.randrange(2, len(w))
        w[i] = "[" + w[i].strip("*`") + " " + r.choice(NOUNS) + "](" + r.choice(links) + ")"
    if r.random() < 0.04:
        i = r.randrange(2, len(w))
        w[i] = "<https://help.example.net/" + r.choice(NOUNS) + "/" + str(r.randint(1, 500)) + ">"
    text = " ".join(w)
    return text[0].upper() + text[1:] + r.choice([".", ".", ".", "!", "?"])


def paragraph(r, links, count=None):
    return " ".join(sentence(r, links) for _ in range(count or r.randint(2, 5)))


def block(r, links):
    roll = r.random()
    if roll < 0.45:
        return paragraph(r, links)
    if roll < 0.62:
        lines = []
        for _ in range(r.randint(3, 7)):
            lines.append("- " + sentence(r, links))
            if r.random() < 0.2:
                lines.append("  - " + sentence(r, links))
        return "\n".join(lines)
    if roll < 0.74:
        return "\n".join(f"{k}. {sentence(r, links)}" for k in range(1, r.randint(3, 6) + 1))
    if roll < 0.84:
        return "\n".join("> " + sentence(r, links) for _ in range(r.randint(2, 4)))
    language = r.choice(LANGUAGES)
    code = []
    for _ in range(r.randint(3, 9)):
        a, b = r.choice(NOUNS), r.choice(NOUNS)
        if language == "sql":
            code.append(f"SELECT {a}, count(*) FROM tickets WHERE stage = '{r.choice(STAGES)}' GROUP BY {a};")
        elif language == "json":
            code.append(f'{{"{a}": {r.randint(0, 999)}, "{b}": "{r.choice(ADJECTIVES)}"}}')
        elif language == "yaml":
            code.append(f"{a}_{b}: {r.randint(0, 99)}")
        elif language == "bash":
            code.append(f"export-tickets --{a} {b} | sort | uniq -c")
        else:
            code.append(f"{a}.{b} = weigh('{r.choice(NOUNS)}', days={r.randint(1, 90)})")
    return f"```{language}\n" + "\n".join(code) + "\n```"


def main():
    doc = __doc__.splitlines()
    parser = argparse.ArgumentParser(usage=doc[0][7:], description="\n".join(doc[1:]),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int)
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rows", type=int)
    parser.add_argument("--min-bytes", type=int, default=4000)
    parser.add_argument("--max-bytes", type=int, default=6000)
    args = parser.parse_args()
    r = random.Random(args.seed)
    n = args.n
    rows = args.rows if args.rows is not None else max(1000, 20 * n)
    pages = os.path.join(args.outdir, "pages")
    for stage in STAGES:
        os.makedirs(os.path.join(pages, stage), exist_ok=True)
    os.makedirs(os.path.join(args.outdir, "data"), exist_ok=True)

    names = [(r.choice(STAGES), r.choice(PILLARS)) for _ in range(n)]
    names = [(stage, f"{pillar}-{k + 1:05d}") for k, (stage, pillar) in enumerate(names)]
    total = 0
    start = datetime.date(2023, 1, 1)
    for stage, slug in names:
        pillar = slug.rsplit("-", 1)[0]
        title = " ".join(words(r, r.randint(3, 6))).title()
        links = []
        for _ in range(6):
            other_stage, other = names[r.randrange(n)]
            links.append(f"{other}.md" if other_stage == stage else f"../{other_stage}/{other}.md")
        links.append("https://example.com/cx/" + r.choice(NOUNS))
        head = (f"---\ntitle: \"{title}\"\ndate: {start + datetime.timedelta(days=r.randrange(1095))}\n"
                f"stage: {stage}\npillar: {pillar}\n---\n\n")
        parts = ["# " + title, paragraph(r, links)]
        goal = r.randint(args.min_bytes, args.max_bytes)
        size = len(head) + sum(len(p) + 2 for p in parts)
        while size < goal:
            if r.random() < 0.35:
                heading = ("## " if r.random() < 0.7 else "### ") + " ".join(words(r, r.randint(2, 5))).capitalize()
                parts.append(heading)
                size += len(heading) + 2
            piece = block(r, links)
            if size + len(piece) > args.max_bytes and size >= 0.9 * args.min_bytes:
                break
            parts.append(piece)
            size += len(piece) + 2
        text = head + "\n\n".join(parts) + "\n"
        with open(os.path.join(pages, stage, slug + ".md"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))

    path = os.path.join(args.outdir, "data", "metrics.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["date", "metric", "stage", "pillar", "segment", "channel", "value", "target"])
        ids = list(METRICS)
        first = datetime.date(2023, 1, 2)
        for k in range(rows):
            metric = r.choice(ids)
            low, high, decimals = METRICS[metric]
            day = first + datetime.timedelta(weeks=(k * 156) // rows)
            target = low + (high - low) * r.uniform(0.55, 0.8)
            value = min(high, max(low, target + (high - low) * r.gauss(0, 0.12)))
            out.writerow([day.isoformat(), metric, r.choice(STAGES), r.choice(PILLARS), r.choice(SEGMENTS),
                          r.choice(CHANNELS), f"{value:.{decimals}f}", f"{target:.{decimals}f}"])
    total += os.path.getsize(path)
    print(f"{n} pages, {rows} rows, {total} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

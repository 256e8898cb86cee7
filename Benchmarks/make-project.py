#!/usr/bin/env python3
"""usage: make-project.py [--fold-pillar] [--no-pages] CORPUS PROJECT

Turns a benchmark corpus (made by gen-corpus.py, or ../shared/tools/gen-corpus: same layout)
into a cxsite project that builds without errors or warnings:

  PROJECT/content/handbook/<stage>/<pillar>-NNNNN.md
      the corpus pages, with the `date:` line taken out of their front matter (a handbook
      page's front matter has no date, and cxsite warns about every key it does not know);
  PROJECT/content/metrics/metrics.csv
      data/metrics.csv in cxsite's long shape `date,metric,segment,channel,value`:
      - `stage` and `pillar` are dropped: cxsite refuses unknown columns in a long metrics file;
        a metric's stage and pillar come from the catalog (site.yml below);
      - `target` is dropped: rows of one month carry different targets, which cxsite refuses
        ("expected one target per month"); site.yml gives each metric one target;
      - cxsite refuses a value given twice for the same date and series (metric, segment,
        channel), and the corpus has several rows per week and series: a repeated row moves to
        the next day its series has free, so each week's rows spread over its days. Every row
        is kept, with its value.
      - with --fold-pillar, the segment becomes `<segment>/<pillar>` (1,500 series instead of
        300): a million rows over three years do not fit 300 series x 1,092 days.
  PROJECT/site.yml
      a title and the corpus' metric ids with a unit, stage, pillar and target each (csat and
      self_service_rate are built in, on other scales; they are set to the corpus' scales).

--no-pages writes only the metrics file and site.yml (for the CSV benchmark).
Last line printed: 'P pages, R rows'.
"""
import argparse
import csv
import datetime
import os
import shutil
import sys

SITE_YML = """# Made by Benchmarks/make-project.py from a benchmark corpus.
title: cxsite benchmark
company: Benchmark Ltd
metrics:
  csat: {unit: scale, target: 4.2}
  self_service_rate: {unit: scale, target: 0.55}
  first_contact_resolution: {name: First contact resolution, unit: scale, stage: resolve, pillar: people, target: 0.75}
  avg_handle_time_s: {name: Average handle time, unit: score, stage: resolve, pillar: operations, better: lower, target: 500}
  adoption_rate: {name: Adoption rate, unit: scale, stage: enhance, pillar: technology, target: 0.6}
  cost_per_contact: {name: Cost per contact, unit: score, stage: resolve, pillar: operations, better: lower, target: 14}
  backlog: {name: Backlog, unit: score, stage: resolve, pillar: operations, better: lower, target: 3000, aggregate: last}
  sla_attainment: {name: SLA attainment, unit: scale, stage: resolve, pillar: service, target: 0.9}
  employee_engagement: {name: Employee engagement, unit: score, stage: connect, pillar: people, target: 80}
"""


def copy_pages(source, target):
    count = 0
    for folder, _, names in os.walk(source):
        relative = os.path.relpath(folder, source)
        os.makedirs(os.path.join(target, relative), exist_ok=True)
        for name in names:
            if not name.endswith(".md"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                lines = f.read().split("\n")
            if lines and lines[0] == "---" and "---" in lines[1:]:
                end = lines.index("---", 1)
                lines = lines[:1] + [line for line in lines[1:end] if not line.startswith("date:")] + lines[end:]
            with open(os.path.join(target, relative, name), "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
            count += 1
    return count


def convert_metrics(source, target, fold_pillar):
    used = {}  # (metric, segment, channel) -> set of day ordinals taken
    rows = 0
    with open(source, newline="", encoding="utf-8") as fin, open(target, "w", newline="", encoding="utf-8") as fout:
        reader = csv.reader(fin)
        out = csv.writer(fout, lineterminator="\n")
        column = {name: k for k, name in enumerate(next(reader))}
        out.writerow(["date", "metric", "segment", "channel", "value"])
        for row in reader:
            segment = row[column["segment"]]
            if fold_pillar:
                segment += "/" + row[column["pillar"]]
            key = (row[column["metric"]], segment, row[column["channel"]])
            days = used.setdefault(key, set())
            day = datetime.date.fromisoformat(row[column["date"]]).toordinal()
            while day in days:
                day += 1
            days.add(day)
            out.writerow([datetime.date.fromordinal(day).isoformat(), key[0], key[1], key[2], row[column["value"]]])
            rows += 1
    return rows


def main():
    doc = __doc__.splitlines()
    parser = argparse.ArgumentParser(usage=doc[0][7:], description="\n".join(doc[1:]),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("project")
    parser.add_argument("--fold-pillar", action="store_true")
    parser.add_argument("--no-pages", action="store_true")
    args = parser.parse_args()
    shutil.rmtree(args.project, ignore_errors=True)
    os.makedirs(os.path.join(args.project, "content", "metrics"))
    with open(os.path.join(args.project, "site.yml"), "w", encoding="utf-8") as f:
        f.write(SITE_YML)
    pages = 0
    if not args.no_pages:
        pages = copy_pages(os.path.join(args.corpus, "pages"), os.path.join(args.project, "content", "handbook"))
    rows = convert_metrics(os.path.join(args.corpus, "data", "metrics.csv"),
                           os.path.join(args.project, "content", "metrics", "metrics.csv"), args.fold_pillar)
    print(f"{pages} pages, {rows} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""usage: bench.py [--pages N] [--rows M] [--csv-rows R] [--scaling LIST] [--repeat K] [--work DIR]
                [--tickets T] [--orders O] [--only LIST] [--corpus DIR] [--cxsite PATH] [--cxsite-bench PATH]

cxsite's benchmark (run by `make bench`; see Benchmarks/README.md). On one synthetic corpus
(gen-corpus.py: N pages of 4-6 KB with front matter, M metric rows), it times

  cmark     the cmark CLI over all pages in one stream (xargs), output discarded: the floor,
            the bare cost of turning that much CommonMark into HTML
  hugo      Hugo with a one-layout site over the same pages (only page kinds)
  mkdocs    MkDocs, default theme, a one-entry nav (every page still built)
  cxsite    `cxsite build` of the corpus made a cxsite project (make-project.py): every page
            through the templates, handbook index, framework pages, metric pages and charts

each K times (interleaved, each build into a new folder; the fastest run is shown), then

  csv       `cxsite check` of a project holding only an R-row metrics file (read, checked and
            aggregated per month) against Python's csv module only reading the same file
  tickets   `cxsite check` of a project holding only a T-ticket Zendesk export (--tickets, 500,000;
            Benchmarks/generate-tickets.py, every row read and reduced to monthly tallies) against
            Python's csv module only reading the same file
  orders    `cxsite check` of a project holding only an O-payment Stripe export (--orders,
            1,000,000 payments of 200,000 customers over three years; Benchmarks/generate-orders.py,
            every row read, customers numbered, then the customer metrics and cohorts computed)
            against Python's csv module only reading the same file
  page      one handbook page's body edited on the N-page site: the page read, rendered again
            and written with the search index (cxsite-bench, in one process), against
            rendering the whole site
  serve     the same edit made to the file while `cxsite serve` runs on the N-page site: time
            from the file's save to the reload event reaching an open page (Server-Sent
            Events), and the server's own rebuild time for it
  scaling   `cxsite build` at each size of LIST pages (M = 20 per page), time per page

and prints one table with the goals of the performance issue as ratios measured in this run.
Tools that are not installed are skipped (`make bench-peers` installs them). Wall times on a
shared machine are noisy: the load average is printed; compare ratios from one run.
"""
import argparse
import os
import platform
import shlex
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

HUGO_CONFIG = """baseURL = "http://localhost/"
title = "cxsite benchmark"
contentDir = "{pages}"
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
"""
HUGO_LAYOUT = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><p>{{ .Params.stage }} · {{ .Params.pillar }} · {{ .Date.Format "2006-01-02" }}</p>
<main>{{ .Content }}</main></body></html>
"""


def run(command, log):
    """Runs `command` (bash) and returns (wall s, cpu s, peak RSS MB, exit status, user cpu s) of it
    and its children (cpu = user + system)."""
    with open(log, "w") as out:
        start = time.perf_counter()
        process = subprocess.Popen(["bash", "-c", command], stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), usage.ru_utime


def version(command):
    try:
        out = subprocess.run(command, shell=True, capture_output=True, text=True).stdout
        return (out.strip().splitlines() or ["?"])[0][:60]
    except Exception:
        return "?"


def corpus(work, pages, rows, echo):
    """The corpus of `pages` pages and `rows` rows, made once and kept in `work`."""
    path = os.path.join(work, f"corpus-{pages}-{rows}")
    if not os.path.exists(os.path.join(path, ".done")):
        shutil.rmtree(path, ignore_errors=True)
        echo(f"generating {pages} pages, {rows} rows …")
        subprocess.run([sys.executable, os.path.join(HERE, "gen-corpus.py"), "--rows", str(rows), str(pages), path], check=True, stdout=subprocess.DEVNULL)
        open(os.path.join(path, ".done"), "w").close()
    return path


def project(work, source, name, *options):
    """The cxsite project made from corpus `source` by make-project.py, kept in `work`."""
    path = os.path.join(work, name)
    if not os.path.exists(os.path.join(path, ".done")):
        subprocess.run([sys.executable, os.path.join(HERE, "make-project.py"), *options, source, path], check=True, stdout=subprocess.DEVNULL)
        open(os.path.join(path, ".done"), "w").close()
    return path


def serve_edits(cxsite, site, out, count, echo):
    """Edits one handbook page `count` times while `cxsite serve` runs on `site`; prints and
    returns the median time from each save to the reload event naming its page (None if the
    server could not be used)."""
    import re
    import socket
    import statistics
    import threading
    server = subprocess.Popen([cxsite, "serve", site, "--output", out, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    ready = threading.Event()

    def follow():
        for line in server.stdout:
            lines.append(line.rstrip("\n"))
            if "serving http" in line:
                ready.set()
    threading.Thread(target=follow, daemon=True).start()
    page = None
    original = None
    try:
        if not ready.wait(300):
            echo("serve: the server did not start; skipped")
            return None
        port = int(re.search(r"serving http://127\.0\.0\.1:(\d+)/", "\n".join(lines)).group(1))
        handbook = os.path.join(site, "content", "handbook")
        folder = sorted(os.listdir(handbook))[0]
        name = sorted(f for f in os.listdir(os.path.join(handbook, folder)) if f.endswith(".md"))[len(os.listdir(os.path.join(handbook, folder))) // 2]
        page = os.path.join(handbook, folder, name)
        url = f"handbook/{folder}/{name[:-3]}/index.html"
        original = open(page, encoding="utf-8").read()
        events = socket.create_connection(("127.0.0.1", port), timeout=30)
        events.sendall(b"GET /_cxsite/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        buffer = b""
        times = []
        time.sleep(1)
        for k in range(count):
            with open(page, "w", encoding="utf-8") as f:
                f.write(original + f"\nEdited for the benchmark, {k}.\n")
            saved = time.perf_counter()
            while url.encode() not in buffer:
                chunk = events.recv(65536)
                if not chunk:
                    echo("serve: the event stream closed; skipped")
                    return None
                buffer += chunk
            times.append(time.perf_counter() - saved)
            buffer = b""
            time.sleep(0.5)
        rebuilt = [float(m.group(1)) / 1000 for m in (re.search(r"rebuilt \(page\) in ([0-9]+) ms", l) for l in lines) if m]
        median = statistics.median(times)
        echo(f"cxsite serve on {site} ({count} edits of {url}):")
        echo(f"  save → reload event: median {median * 1000:.0f} ms (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f});"
             f" inside the server (page rendered and written, index rebuilt in memory): median {statistics.median(rebuilt) * 1000 if rebuilt else float('nan'):.0f} ms")
        echo()
        return median
    finally:
        if original is not None:
            open(page, "w", encoding="utf-8").write(original)
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


def main():
    doc = __doc__.splitlines()
    parser = argparse.ArgumentParser(usage=doc[0][7:], description="\n".join(doc[2:]),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--rows", type=int, default=200000)
    parser.add_argument("--csv-rows", type=int, default=1000000)
    parser.add_argument("--scaling", default="1000,10000,50000", help="page counts, comma separated; '' to skip")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", default=os.path.join(REPO, ".build", "bench"))
    parser.add_argument("--tickets", type=int, default=500000, help="tickets in the export of the 'tickets' part")
    parser.add_argument("--orders", type=int, default=1000000, help="payments in the export of the 'orders' part (of orders / 5 customers)")
    parser.add_argument("--only", help="some of cmark,hugo,mkdocs,cxsite,csv,tickets,orders,page,serve,scaling")
    parser.add_argument("--corpus", help="use this corpus (gen-corpus layout) instead of generating one")
    parser.add_argument("--cxsite", default=os.path.join(REPO, ".build", "release", "cxsite"))
    parser.add_argument("--cxsite-bench", default=os.path.join(REPO, ".build", "release", "cxsite-bench"))
    args = parser.parse_args()
    parts = ["cmark", "hugo", "mkdocs", "cxsite", "csv", "tickets", "orders", "page", "serve", "scaling"]
    if args.only:
        parts = [p for p in parts if p in args.only.split(",")]
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    outputs = os.path.join(work, "out")
    shutil.rmtree(outputs, ignore_errors=True)
    os.makedirs(outputs)
    lines = []

    def echo(line=""):
        print(line, flush=True)
        lines.append(line)

    def fresh(name):
        # Output folders are removed at the end, not between runs: deleting 10,000 files costs
        # the file system more than writing them and would slow whichever build comes next.
        path = os.path.join(outputs, f"{name}-{len(os.listdir(outputs))}")
        return path

    cxsite = os.path.abspath(args.cxsite)
    if any(p in parts for p in ("cxsite", "csv", "tickets", "orders", "page", "serve", "scaling")) and not os.access(cxsite, os.X_OK):
        sys.exit(f"bench: {cxsite} not found; run `swift build -c release --product cxsite` (make bench does)")
    if os.access(cxsite, os.X_OK) and cxsite == os.path.abspath(os.path.join(REPO, ".build", "release", "cxsite")):
        # The report names the checkout's commit: a binary older than its sources would be
        # measured under the wrong name.
        built = os.path.getmtime(cxsite)
        newer = [os.path.join(d, f) for folder in ("Sources", "templates", "Package.swift")
                 for d, _, files in (os.walk(os.path.join(REPO, folder)) if folder != "Package.swift" else [(REPO, [], [folder])])
                 for f in files if os.path.getmtime(os.path.join(d, f)) > built]
        if newer:
            sys.exit(f"bench: {cxsite} is older than {os.path.relpath(newer[0], REPO)} (and {len(newer) - 1} more); "
                     "run `swift build -c release --product cxsite` first (make bench does)")

    cpu = "?"
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except Exception:
        pass
    mount = "?"
    try:
        best = ""
        for l in open("/proc/mounts"):
            f = l.split()
            if work.startswith(f[1]) and len(f[1]) > len(best):
                best, mount = f[1], f"{f[2]} ({f[3]})"
    except Exception:
        pass
    commit = version(f"git -C {shlex.quote(REPO)} describe --always --dirty")
    echo(f"machine: {os.cpu_count()} cores, {cpu}; {platform.system()} {platform.release()}; {work}: {mount}")
    echo(f"load average at start: {os.getloadavg()[0]:.2f} (wall times are noisy when it is above the number of cores)")
    echo(f"cxsite {commit}; {version('swift --version 2>&1')}")

    needs_site = any(p in parts for p in ("cmark", "hugo", "mkdocs", "cxsite", "page", "serve", "scaling"))
    source = os.path.abspath(args.corpus) if args.corpus else corpus(work, args.pages if needs_site else 10, args.rows if needs_site else 1000, echo)
    pages_dir = os.path.join(source, "pages")
    page_count = sum(len([f for f in fs if f.endswith(".md")]) for _, _, fs in os.walk(pages_dir))
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(pages_dir) for f in fs)
    name = os.path.basename(source.rstrip("/"))
    site = project(work, source, f"project-{name}")
    if needs_site:
        echo(f"corpus: {page_count} pages ({size / 1e6:.0f} MB of Markdown), {source}; cxsite project: {site}")
    echo()

    # ---- the four tools on the same pages ----
    hugo_site = os.path.join(work, f"hugo-{name}")
    os.makedirs(os.path.join(hugo_site, "layouts", "_default"), exist_ok=True)
    open(os.path.join(hugo_site, "hugo.toml"), "w").write(HUGO_CONFIG.format(pages=pages_dir))
    open(os.path.join(hugo_site, "layouts", "_default", "single.html"), "w").write(HUGO_LAYOUT)
    first = sorted(os.listdir(os.path.join(pages_dir, "connect")))[0]
    mkdocs_config = os.path.join(work, f"mkdocs-{name}.yml")
    open(mkdocs_config, "w").write(f"site_name: cxsite benchmark\ndocs_dir: {pages_dir}\ntheme:\n  name: mkdocs\nnav:\n  - Home: connect/{first}\n")
    q = shlex.quote
    tools = {
        "cmark": ("cmark", f"find {q(pages_dir)} -name '*.md' -print0 | sort -z | xargs -0 cmark > /dev/null", version("cmark --version")),
        "hugo": ("hugo", f"hugo --quiet -s {q(hugo_site)} -d {{out}}", version("hugo version")),
        "mkdocs": ("mkdocs", f"mkdocs build -q -f {q(mkdocs_config)} -d {{out}}", version("mkdocs --version")),
        "cxsite": (cxsite, f"{q(cxsite)} build {q(site)} --output {{out}}", commit),
    }
    results = {}
    active = [t for t in ["cmark", "hugo", "mkdocs", "cxsite"] if t in parts]
    for t in list(active):
        if shutil.which(tools[t][0]) is None:
            echo(f"{t}: not installed, skipped (make bench-peers)")
            active.remove(t)
    for _ in range(args.repeat):
        for t in list(active):
            out = fresh(t)
            wall, cpu_s, rss, status, user_s = run(tools[t][1].format(out=q(out)), os.path.join(work, f"log-{t}.txt"))
            if status != 0:
                echo(f"{t}: FAILED (exit {status}); see {os.path.join(work, f'log-{t}.txt')}")
                active.remove(t)
                continue
            if t not in results or wall < results[t][0]:
                results[t] = (wall, cpu_s, rss, out, user_s)
            if t == "cxsite":
                # The floor's second part: copying cxsite's own output tree (what any generator
                # writing these files pays at least), measured on this run's output.
                copy = fresh("copy")
                copy_wall = run(f"cp -r {q(out)} {q(copy)}", os.path.join(work, "log-copy.txt"))[0]
                if "copy" not in results or copy_wall < results["copy"][0]:
                    results["copy"] = (copy_wall,)
    if results:
        echo(f"{'tool':<8} {'wall s':>8} {'cpu s':>8} {'peak RSS MB':>12} {'pages/s':>8}  version")
        for t in ["cmark", "hugo", "mkdocs", "cxsite"]:
            if t in results:
                wall, cpu_s, rss, _, _ = results[t]
                echo(f"{t:<8} {wall:>8.2f} {cpu_s:>8.2f} {rss:>12.0f} {page_count / wall:>8.0f}  {tools[t][2]}")
        if "copy" in results:
            echo(f"{'cp -r':<8} {results['copy'][0]:>8.2f}  (of cxsite's output: the floor is cmark + this)")
        echo(f"(fastest of {args.repeat} runs each, interleaved; cpu = user + system of the process and its children;")
        echo(f" load average now {os.getloadavg()[0]:.2f})")
        echo()

    goals = []

    def goal(text, value, limit, unit=""):
        met = value <= limit
        goals.append(f"  {text:<52} {value:>7.2f}{unit}  goal ≤ {limit:g}{unit}  {'met' if met else 'NOT MET'}")

    if "cxsite" in results and "cmark" in results:
        floor = results["cmark"][0] + results.get("copy", (0,))[0]
        goal("cxsite build / floor (cmark + cp -r), wall", results["cxsite"][0] / floor, 1.5, "×")
        goal("cxsite user cpu / cmark user cpu", results["cxsite"][4] / results["cmark"][4], 4.0, "×")
    if "cxsite" in results and "hugo" in results:
        goal("cxsite build / Hugo (wall)", results["cxsite"][0] / results["hugo"][0], 0.25, "×")
    if "cxsite" in results and "mkdocs" in results:
        goals.append(f"  {'cxsite build / MkDocs (wall)':<52} {results['cxsite'][0] / results['mkdocs'][0]:>7.2f}×  (no goal)")
    if "cxsite" in results:
        goal("cxsite peak RSS", results["cxsite"][2], 250, " MB")

    def against_python(csv_path, project_dir, label):
        """The fastest of --repeat runs of Python's csv.reader only reading `csv_path` and of
        `cxsite check` of `project_dir`, interleaved: {label: (wall, cpu, rss)}."""
        read_only = "import csv, sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))))"
        commands = (("python", f"{q(sys.executable)} -c {q(read_only)} {q(csv_path)}"), ("cxsite", f"{q(cxsite)} check {q(project_dir)}"))
        best = {}
        for _ in range(args.repeat):
            for tool, command in commands:
                wall, cpu_s, rss, status, _ = run(command, os.path.join(work, f"log-{label}-{tool}.txt"))
                if status != 0:
                    sys.exit(f"bench: {tool} failed on {csv_path}; see {work}/log-{label}-{tool}.txt")
                if tool not in best or wall < best[tool][0]:
                    best[tool] = (wall, cpu_s, rss)
        return best

    def show_against_python(best, title, path, work_done):
        echo(f"{title}, {os.path.getsize(path) / 1e6:.0f} MB ({path})")
        echo(f"  Python csv.reader, read only    {best['python'][0]:>6.2f} s wall {best['python'][1]:>6.2f} s cpu {best['python'][2]:>5.0f} MB")
        echo(f"  cxsite check: {work_done:<17} {best['cxsite'][0]:>6.2f} s wall {best['cxsite'][1]:>6.2f} s cpu {best['cxsite'][2]:>5.0f} MB")
        echo()

    # ---- a large metrics file ----
    if "csv" in parts:
        csv_corpus = corpus(work, 10, args.csv_rows, echo)
        csv_site = project(work, csv_corpus, f"project-csv-{args.csv_rows}", "--no-pages", "--fold-pillar")
        csv_file = os.path.join(csv_site, "content", "metrics", "metrics.csv")
        best = against_python(csv_file, csv_site, "csv")
        show_against_python(best, f"metrics CSV: {args.csv_rows} rows", csv_file, "read + aggregate")
        goal(f"{args.csv_rows}-row CSV: cxsite / Python csv (wall)", best["cxsite"][0] / best["python"][0], 1.5, "×")

    # ---- a large ticket export ----
    if "tickets" in parts:
        ticket_site = os.path.join(work, f"project-tickets-{args.tickets}")
        ticket_file = os.path.join(ticket_site, "content", "tickets", "zendesk.csv")
        if not os.path.exists(ticket_file):
            shutil.rmtree(ticket_site, ignore_errors=True)
            subprocess.run([sys.executable, os.path.join(REPO, "Benchmarks", "generate-tickets.py"), "--tickets", str(args.tickets),
                            "--out", ticket_file], check=True)
        best = against_python(ticket_file, ticket_site, "tickets")
        show_against_python(best, f"ticket export: {args.tickets} Zendesk tickets", ticket_file, "read + reduce")
        goal(f"{args.tickets}-ticket export: cxsite / Python csv (wall)", best["cxsite"][0] / best["python"][0], 1.5, "×")
        goal(f"{args.tickets}-ticket export: cxsite peak RSS", best["cxsite"][2], 300, " MB")

    # ---- a large order export ----
    if "orders" in parts:
        order_site = os.path.join(work, f"project-orders-{args.orders}")
        order_file = os.path.join(order_site, "content", "orders", "stripe.csv")
        if not os.path.exists(order_file):
            shutil.rmtree(order_site, ignore_errors=True)
            subprocess.run([sys.executable, os.path.join(REPO, "Benchmarks", "generate-orders.py"), "--orders", str(args.orders),
                            "--customers", str(args.orders // 5), "--out", order_file], check=True)
        best = against_python(order_file, order_site, "orders")
        show_against_python(best, f"order export: {args.orders} Stripe payments", order_file, "read + analyse")
        goal(f"{args.orders}-payment export: cxsite / Python csv (wall)", best["cxsite"][0] / best["python"][0], 2.0, "×")
        goal(f"{args.orders}-payment export: cxsite peak RSS", best["cxsite"][2], 300, " MB")

    # ---- one page edited ----
    if "page" in parts:
        bench_tool = os.path.abspath(args.cxsite_bench)
        if not os.access(bench_tool, os.X_OK):
            echo(f"page: {bench_tool} not found, skipped (swift build -c release --product cxsite-bench)")
        else:
            out = results.get("cxsite", (0, 0, 0, None))[3]
            if out is None:
                out = fresh("cxsite")
                run(tools["cxsite"][1].format(out=q(out)), os.path.join(work, "log-cxsite.txt"))
            p = subprocess.run([bench_tool, site, out, "--repeat", str(max(3, args.repeat))], capture_output=True, text=True)
            if p.returncode != 0:
                echo(f"page: cxsite-bench failed: {p.stderr.strip()}")
            else:
                m = dict(line.split(" ", 1) for line in p.stdout.strip().splitlines())
                echo(f"in one process (cxsite-bench, median of {max(3, args.repeat)}), {page_count} pages:")
                echo(f"  whole site in memory: read {float(m['read']):.2f} s, model {float(m['model']):.2f} s, "
                     f"analyse {float(m['analyse']):.2f} s, render {float(m['render']):.2f} s = {float(m['full']):.2f} s")
                echo(f"  one page's body edited ({m['page-path']}): read, render, write {float(m['page']) * 1000:.1f} ms")
                echo()
                goal("one edited page re-rendered and written", float(m["page"]) * 1000, 100, " ms")

    # ---- the same edit through cxsite serve ----
    if "serve" in parts:
        served = serve_edits(cxsite, site, fresh("serve"), max(5, args.repeat), echo)
        if served:
            goal("one edited page: save → reload event (cxsite serve)", served * 1000, 100, " ms")

    # ---- scaling ----
    sizes = [int(s) for s in args.scaling.split(",") if s.strip()] if "scaling" in parts else []
    if sizes:
        echo(f"{'pages':>7} {'rows':>8} {'wall s':>8} {'cpu s':>8} {'RSS MB':>7} {'µs/page wall':>13} {'µs/page cpu':>12}")
        per_page = {}
        for n in sizes:
            scale_source = source if n == page_count and not args.corpus else corpus(work, n, 20 * n, echo)
            scale_site = site if scale_source == source else project(work, scale_source, f"project-{os.path.basename(scale_source)}")
            best = None
            for _ in range(args.repeat if n <= 10000 else 1):
                out = fresh(f"scale-{n}")
                wall, cpu_s, rss, status, _ = run(f"{q(cxsite)} build {q(scale_site)} --output {q(out)}", os.path.join(work, f"log-scale-{n}.txt"))
                if status != 0:
                    sys.exit(f"bench: cxsite failed on {scale_site}; see {work}/log-scale-{n}.txt")
                if best is None or wall < best[0]:
                    best = (wall, cpu_s, rss)
            per_page[n] = best
            echo(f"{n:>7} {20 * n:>8} {best[0]:>8.2f} {best[1]:>8.2f} {best[2]:>7.0f} {best[0] / n * 1e6:>13.0f} {best[1] / n * 1e6:>12.0f}")
        echo()
        if len(sizes) >= 2:
            small, large = sorted(sizes)[-2], sorted(sizes)[-1]
            ratio = (per_page[large][1] / large) / (per_page[small][1] / small)
            goal(f"cpu per page at {large} / at {small} pages (linear: 1)", ratio, 1.25, "×")

    if goals:
        echo("goals (ratios from this run):")
        for line in goals:
            echo(line)
    with open(os.path.join(work, "last-run.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    shutil.rmtree(outputs, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

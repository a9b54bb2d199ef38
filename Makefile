# The two commands of the README. Each first installs whatever is missing.
#   make serve  builds the widget and serves the demo on http://127.0.0.1:8080
#   make test   runs every check and test (what CI runs)
#   make bench  the performance benchmark (docs/performance.md)
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve test setup build dist lint test-native test-browser test-e2e bench

setup:
	@bash tests/setup.sh

serve: setup
	trunk serve --release --address 127.0.0.1 --port 8080

build: setup
	trunk build --release

# dist/ as the build writes it: the CDN tree, the npm package (dist/npm/) and
# the WordPress plugin (dist/know-the-signs-wordpress.zip).
dist: build

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --workspace

test-browser:
	cargo test --target wasm32-unknown-unknown

test-e2e:
	node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/

test: build lint test-native test-browser test-e2e

# Not part of `test`: timings depend on the machine (see docs/performance.md).
bench: build
	node tests/bench.mjs
	node tests/lighthouse.mjs

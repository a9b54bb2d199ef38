#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; skips what is
# present, so it is cheap to run before every build or test. Versions are the
# ones measured on this project's machines (see README, Development).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14 # 0.22 needs a newer rustc than 1.95
# wasm-bindgen-cli must equal the wasm-bindgen of Cargo.lock.
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' Cargo.lock)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
step() { printf 'setup: %s\n' "$*"; }

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
command -v zip >/dev/null || missing+=(zip) # the WordPress plugin's zip
command -v unzip >/dev/null || missing+=(unzip)
command -v node >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# A real WordPress for tests/e2e/wordpress.test.mjs (started by
# tests/wordpress/start.sh): Debian's 6.1, PHP 8.2's CLI (its built-in
# server), MariaDB and the default theme.
wp_missing=()
[ -f /usr/share/wordpress/wp-load.php ] || wp_missing+=(wordpress)
[ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] || wp_missing+=(wordpress-theme-twentytwentythree)
command -v php >/dev/null && php -m | grep -qx mysqli || wp_missing+=(php8.2-cli php8.2-mysql)
command -v mariadbd >/dev/null || wp_missing+=(mariadb-server)
if [ ${#wp_missing[@]} -gt 0 ]; then
  step "apt-get install ${wp_missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${wp_missing[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qF " $TRUNK_VERSION"; then
  step "cargo install trunk $TRUNK_VERSION (about 10 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF " $WASM_BINDGEN_VERSION"; then
  step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  # Not --locked: its lock file wants a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# binaryen from npm: Debian's wasm-opt (108) silently breaks wasm-bindgen output.
# terser (npm) minifies the loader in the post-build step; typescript checks
# the npm package's declarations and ajv its Custom Elements Manifest against
# the format's schema (tests/e2e/package.test.mjs).
if ! { [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/terser ] && [ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ] && [ -d node_modules/bulma ] && [ -d node_modules/typescript ] && [ -d node_modules/ajv ] && [ -d node_modules/custom-elements-manifest ]; }; then
  step "npm ci"
  npm ci --no-audit --no-fund
fi

# Trunk builds offline; fetch the crates first.
cargo fetch --quiet

# WordPress's block-library stylesheets, for the isolation tests: only the
# package's tarball (its 47 dependencies are not needed for three CSS files).
WP_VERSION=11.1.0
WP_DIR=tests/vendor/wp-block-library
if [ ! -f "$WP_DIR/.version-$WP_VERSION" ]; then
  step "npm pack @wordpress/block-library@$WP_VERSION (CSS only)"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack "@wordpress/block-library@$WP_VERSION" --silent >/dev/null)
  rm -rf "$WP_DIR" && mkdir -p "$WP_DIR"
  tar -xzf "$tmp"/wordpress-block-library-"$WP_VERSION".tgz -C "$WP_DIR" --strip-components=2 \
    package/build-style/common.css package/build-style/style.css package/build-style/theme.css
  touch "$WP_DIR/.version-$WP_VERSION"
  rm -rf "$tmp"
fi

#!/usr/bin/env bash
# Ensures the system programs the `slow` test project needs are installed:
#   - Chromium at /usr/bin/chromium (axe-core accessibility checks via playwright-core)
#   - Java 11+ on PATH (Nu Html Checker, node_modules/vnu-jar)
#   - xmllint (validating sitemaps against the sitemaps.org schema)
#   - nginx at /usr/sbin/nginx (nginx-redirects.conf checked and served by a real nginx)
# Runs before every `npm test` (package.json "pretest"). When all are present it is a
# fast, silent no-op; otherwise it installs the Debian packages `chromium`,
# `default-jre-headless`, `libxml2-utils` and `nginx-light` with apt-get (through sudo when not root).
set -euo pipefail

CHROMIUM=/usr/bin/chromium

java_ok() {
  command -v java >/dev/null 2>&1 || return 1
  local version
  # `java -version` prints e.g.: openjdk version "17.0.15" 2025-04-15  (or "1.8.0_392")
  version=$(java -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\)\(\.[0-9]*\)\{0,1\}.*/\1/p' | head -n 1)
  [ -n "$version" ] && [ "$version" -ge 11 ]
}

chromium_ok() {
  [ -x "$CHROMIUM" ]
}

xmllint_ok() {
  command -v xmllint >/dev/null 2>&1
}

NGINX=/usr/sbin/nginx

nginx_ok() {
  [ -x "$NGINX" ]
}

if chromium_ok && java_ok && xmllint_ok && nginx_ok; then
  exit 0
fi

missing=()
chromium_ok || missing+=("chromium ($CHROMIUM)")
java_ok || missing+=("java 11+")
xmllint_ok || missing+=("xmllint")
nginx_ok || missing+=("nginx ($NGINX)")
echo "ensure-test-system-deps: missing ${missing[*]}; installing Debian packages chromium, default-jre-headless, libxml2-utils and nginx-light" >&2

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "ensure-test-system-deps: not running as root and sudo is not available." >&2
  echo "  Install them yourself, then re-run the tests:" >&2
  echo "    apt-get update && apt-get install -y --no-install-recommends chromium default-jre-headless libxml2-utils nginx-light" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-system-deps: apt-get not found (not a Debian/Ubuntu system)." >&2
  echo "  Install Chromium at $CHROMIUM, Java 11+ and xmllint on PATH and nginx at $NGINX yourself, then re-run the tests." >&2
  exit 1
fi

${SUDO[@]+"${SUDO[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update
${SUDO[@]+"${SUDO[@]}"} env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --no-install-recommends chromium default-jre-headless libxml2-utils nginx-light

if ! chromium_ok || ! java_ok || ! xmllint_ok || ! nginx_ok; then
  echo "ensure-test-system-deps: installation finished but chromium at $CHROMIUM, java 11+, xmllint or nginx at $NGINX is still missing." >&2
  exit 1
fi
echo "ensure-test-system-deps: chromium, java, xmllint and nginx installed." >&2

#!/bin/sh
# Called by Maven (exec-maven-plugin, phase generate-resources): builds the console into the folder given, with the
# machine's own npm, registry and cache. Without npm the build goes on without the console and says so.
# npm ci runs only when package.json or the lockfile changed since the last install, the build only when a source did.
set -eu
out="$1"
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  echo "[WARNING] console skipped: npm not found (the jar has no /hawtio console; install Node.js 20+ with npm to build it)"
  exit 0
fi
newer_than() {
  [ -e "$1" ] && [ -z "$(find package.json package-lock.json "$@" -newer "$1" -print 2>/dev/null | grep -v "^$1\$" | head -n 1)" ]
}
if newer_than node_modules/.package-lock.json; then
  echo "console: node_modules up to date with package-lock.json"
else
  npm ci
fi
if newer_than "$out/files.txt" build.mjs src; then
  echo "console: $out up to date"
else
  npm run build -- "$out"
fi

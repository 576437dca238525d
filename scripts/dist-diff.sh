#!/usr/bin/env bash
# Compare two built sites (e.g. dist/ before and after a refactor): scripts/dist-diff.sh OLD NEW.
# It masks's asset hashes masked: file names and references "name.HASH.ext" → "name.#.ext".
set -euo pipefail
mask() { # $1 = dist dir, $2 = out dir
  rm -rf "$2"; mkdir -p "$2"
  (cd "$1" && find . -type f | sort) | while read -r f; do
    g=$(echo "$f" | sed -E 's/\.[A-Za-z0-9_-]{8}\.(css|js|woff2?)$/.#.\1/')
    mkdir -p "$2/$(dirname "$g")"
    case "$f" in
      *.html|*.css|*.js|*.xml|*.json|*.txt|*.svg|*.csv) sed -E 's/\.[A-Za-z0-9_-]{8}\.(css|js|woff2?)/.#.\1/g' "$1/$f" > "$2/$g" ;;
      *) cp "$1/$f" "$2/$g" ;;
    esac
  done
}
a=$(mktemp -d); b=$(mktemp -d)
mask "$1" "$a"; mask "$2" "$b"
diff -r "$a" "$b" && echo "IDENTICAL (asset hashes masked)"

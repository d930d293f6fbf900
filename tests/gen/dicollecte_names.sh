#!/bin/sh
# Regenerate conf/detect/first_names_dicollecte.txt: the first names (po:prn)
# of the Dicollecte French dictionary as Debian ships it in
# hunspell-fr-comprehensive (MPL-2.0, https://grammalecte.net), one a line.
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

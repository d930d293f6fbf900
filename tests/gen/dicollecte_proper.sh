#!/bin/sh
# Regenerate conf/detect/proper_nouns_dicollecte.txt: the proper nouns of
# the Dicollecte French dictionary as Debian ships it in
# hunspell-fr-comprehensive (MPL-2.0, https://grammalecte.net) that are no
# person's name: the stems tagged po:npr (places, organizations, brands,
# acronyms: "Strasbourg", "Morlaix", "Agrobacterium", "RATP") and the
# capitalized stems tagged po:nom (countries and regions: "Maroc",
# "Guadeloupe"), not its first names (po:prn) nor its surnames (po:patr).
# One word of letters each (a hyphenated place is read by parts, and its
# parts, "Beaumont" of "Hénin-Beaumont", may be surnames); no formula.
#   sh tests/gen/dicollecte_proper.sh [/usr/share/hunspell/fr.dic]
# The file is kept in the repository (the build does not need hunspell-fr);
# docs/scrub.md says where it came from, which version and what reads it
# (the recall-first mode keeps these words; a name of the lists stays one).
set -eu
LC_ALL=C.UTF-8
export LC_ALL
dic=${1:-/usr/share/hunspell/fr.dic}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
out="$ROOT/conf/detect/proper_nouns_dicollecte.txt"
grep -E ' po:(npr|nom)' "$dic" | grep -v -e ' po:prn' -e ' po:patr' |
	sed 's,[/ ].*,,' | grep '^[[:upper:]]' | grep -vP "[^\p{L}]" |
	LC_ALL=C sort -u > "$out.tmp"
mv "$out.tmp" "$out"
wc -l "$out"

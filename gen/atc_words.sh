#!/bin/sh
# conf/detect/drugs_atc.txt: the words of the substance names (7-character
# codes) of the ATC table with French and English names that Debian ships
# in gnumed-server 22.19 (GPL-2+, from the WHO ATC/DDD index), four
# letters or more, lower case: "alprazolam", "valaciclovir", "budesonide",
# "artesunate".  The recall-first mode keeps them (a drug is no person);
# a name of the lists among them stays a name (detect_dict.c).  Not run by
# the build: run it by hand to review a newer table (as gen/atc_classes.sh).
#
#   apt-get download gnumed-server && dpkg -x gnumed-server_*.deb x
#   sh gen/atc_words.sh x/var/lib/gnumed/server/sql/v14-v15/data/atc_only-utf8.csv \
#       > conf/detect/drugs_atc.txt
set -eu
[ $# -eq 1 ] || { echo "usage: atc_words.sh atc_only-utf8.csv" >&2; exit 2; }
LC_ALL=C.UTF-8
export LC_ALL
awk -F'","' '{
	code = $1; sub(/^"/, "", code)
	if (length(code) != 7) next
	print $2; print $3
}' "$1" | sed 's/Ï/ï/g; s/Ë/ë/g; s/É/é/g' | tr 'A-Z' 'a-z' |
	tr -s ' ,()/.;:+0-9"' '\n' | grep -vP "[^\p{L}-]" |
	tr -s '-' '\n' | awk 'length($0) >= 4' | LC_ALL=C sort -u

#!/bin/sh
# The INNs of the ATC classes whose drugs name a suppressed group, from the
# ATC table with French names that Debian ships in gnumed-server (GPL-2+,
# from the WHO ATC/DDD index): the source of the class blocks of
# conf/sensitive/drugs.txt (docs/scrub.md, "Sensitive terms by group").
# Not run by the build (the lexicon is compiled from conf/sensitive/):
# run it by hand to review a newer table, and merge what it prints.
#
#   apt-get download gnumed-server && dpkg -x gnumed-server_*.deb x
#   sh gen/atc_classes.sh x/var/lib/gnumed/server/sql/v14-v15/data/atc_only-utf8.csv
#
# Prints "CODE inn" for each substance (7-character code) under N05A, N06A,
# N06BA, N07BB, N07BC, J05AE, J05AF, J05AG and N03AG02, but combinations
# and the substances left out on purpose (docs/scrub.md says why).
set -eu
[ $# -eq 1 ] || { echo "usage: atc_classes.sh atc_only-utf8.csv" >&2; exit 2; }
LC_ALL=C.UTF-8
export LC_ALL
# droperidol, bupropion, modafinil, oxitriptan, tryptophan, the hepatitis B
# drugs of J05AF, acepromazine, prochlorperazine
skip='N05AD08|N06AX12|N06BA07|N06AX01|N06AX02|J05AF03|J05AF08|J05AF10|J05AF11|N05AA04|N05AB04'
awk -F'","' -v skip="^($skip)\$" '
{
	code = $1; sub(/^"/, "", code)
	name = $3
	if (length(code) != 7 || code ~ skip) next
	if (code !~ /^(N05A|N06A|N06BA|N07BB|N07BC|J05AE|J05AF|J05AG|N03AG02)/) next
	if (name ~ / ET |,|ASSOCIATION/) next
	print code, tolower(name)
}' "$1" | sed 's/ï/i/g' | sort -u

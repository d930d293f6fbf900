#!/bin/sh
# The main job on the bundled samples: make a key (once), export
# conf/samples with conf/example.policy into build/demo-out, show the result.
set -eu
cd "$(dirname "$0")/.."
key=build/demo.key
out=build/demo-out
[ -f "$key" ] || build/pseudonymize keygen "$key"
rm -rf "$out"
build/pseudonymize export -v -p conf/example.policy -k "$key" conf/samples "$out"
echo
echo "Source files (synthetic):"; (cd conf/samples && find . -type f | sort)
echo "View files:";               (cd "$out" && find . -type f | sort)
show() { # file encoding
	echo; echo "---- $1: source, then view (first 3 lines)"
	head -n 3 "conf/samples/$1" | iconv -f "$2" -t UTF-8
	echo "  ->"
	head -n 3 "$out/$1" | iconv -f "$2" -t UTF-8
}
show patients.csv UTF-8
show sejours.csv WINDOWS-1252
show labo/resultats.tsv UTF-8

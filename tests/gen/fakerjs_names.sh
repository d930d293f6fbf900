#!/bin/sh
# Regenerate conf/detect/first_names_fakerjs.txt and last_names_fakerjs.txt:
# the first names (first_name, middle_name) and surnames (last_name) of the
# person definitions of Faker for JavaScript, the npm package
# @faker-js/faker 10.6.0 (MIT, package.json "license": "MIT"), for the
# origins that php-faker (tests/gen/faker_names.sh) lacks and a French
# hospital sees: Senegal (fr_SN: Wolof, Pulaar, Serer), Ghana (en_GH: Akan,
# Ewe, Ga), Yoruba Nigeria (yo_NG) and Kurmanji Kurdish in Latin letters
# (ku_kmr_latin).  Only each locale's own definitions are read (not the
# English fallback the faker instance would merge in).  As for the EXTRA
# locales of faker_names.sh, no entry with a part of three letters or fewer
# or a part that is an ordinary French word is taken ("Awa", "Ama", "Nana"
# would be weak names costing precision): wfrench, and the inflected
# Dicollecte words the lexicon adds (build/hunspell_words.txt, made by the
# build; HUNSPELL_WORDS= to point elsewhere): "Kiné" is a Senegalese name
# and the physiotherapist of every French ward.  Nor a part that is an
# English word in lower case (/usr/share/dict/american-english of the
# Debian package wamerican, ENGLISH= to point elsewhere): the Ghanaian and
# Nigerian lists have "Blessing", "Comfort", "Fall", "Tall", "Wade", and
# notes are written in English too ("fall at home").
#
#   sh tests/gen/fakerjs_names.sh [PACKAGE_DIR]
#
# PACKAGE_DIR is an unpacked package (the directory holding dist/);
# without it the package is fetched with `npm pack` into a temporary
# directory (nothing installed).  The generated lists are kept in the
# repository: the build needs neither node nor npm.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=10.6.0
LOCALES="fr_SN en_GH yo_NG ku_kmr_latin"

tmp=$(mktemp -d)
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT INT TERM
dir=${1:-}
if [ -z "$dir" ]; then
	(cd "$tmp" && npm pack --silent "@faker-js/faker@$VERSION" >/dev/null &&
	    tar xzf faker-js-faker-$VERSION.tgz)
	dir="$tmp/package"
fi
cat > "$tmp/dump.mjs" <<'JS'
const m = await import(process.argv[2] + '/dist/index.js');
for (const loc of process.argv.slice(3)) {
	const p = (m.allLocales[loc] || {}).person || {};
	const emit = (k, v) => {
		if (Array.isArray(v)) v.forEach(x => emit(k, x));
		else if (v && typeof v === 'object') Object.values(v).forEach(x => emit(k, x));
		else if (typeof v === 'string') console.log(k + '\t' + v);
	};
	emit('first', p.first_name);
	emit('first', p.middle_name);
	emit('last', p.last_name);
}
JS
# shellcheck disable=SC2086
node "$tmp/dump.mjs" "$dir" $LOCALES > "$tmp/names.tsv"

WORDS=${WORDS:-/usr/share/dict/french}
HUNSPELL_WORDS=${HUNSPELL_WORDS:-$ROOT/build/hunspell_words.txt}
ENGLISH=${ENGLISH:-/usr/share/dict/american-english}
[ -r "$HUNSPELL_WORDS" ] || { echo "fakerjs_names.sh: no $HUNSPELL_WORDS (make all first)" >&2; exit 1; }
[ -r "$ENGLISH" ] || { echo "fakerjs_names.sh: no $ENGLISH (apt-get install wamerican)" >&2; exit 1; }
PYTHONPATH="$ROOT/tests/gen" python3 - "$tmp/names.tsv" "$ROOT/conf/detect" "$WORDS" "$HUNSPELL_WORDS" "$ENGLISH" <<'PY'
import sys, unicodedata
from namelists import add, usable, weak, words, write
src, out, french_list, hunspell, english = sys.argv[1:6]
common = words(french_list, hunspell) | words(english, lower_only=True)
lists = {"first": set(), "last": set()}
for line in open(src, encoding="utf-8"):
    kind, v = line.rstrip("\n").split("\t", 1)
    v = unicodedata.normalize("NFC", v).strip()
    if usable(v) and not weak(v, common):
        add(lists[kind], v)
for kind, names in lists.items():
    write(f"{out}/{kind}_names_fakerjs.txt", names)
PY

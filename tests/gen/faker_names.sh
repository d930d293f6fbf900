#!/bin/sh
# Regenerate conf/detect/first_names_faker.txt and last_names_faker.txt: the
# first names and surnames of the person providers of Faker for PHP, as
# Debian 12 ships it in php-faker 1.20.0+dfsg-1 (FakerPHP, MIT / Expat:
# src/Faker/Provider/*/Person.php; debian/copyright says "Files: * ...
# License: Expat"), for the locales of the people a French hospital sees
# most often that the package has in Latin script (docs/scrub.md, "The name
# lists"): French (France, Belgium, Switzerland, Quebec), Portuguese
# (Portugal, Brazil), Spanish, Italian, German (Germany, Austria,
# Switzerland), Dutch (Netherlands, Belgium), English (Britain), Polish,
# Romanian, Turkish, Vietnamese, Serbian and Croatian, Czech, Hungarian,
# and Nigerian English (the package's only West African provider); then
# (EXTRA) Italian Swiss, Moldovan, Argentinian, Peruvian and Venezuelan
# Spanish, Indian (Tamil names among them), Ugandan and South African
# English, Slovak and Slovene.  Its other Latin-script locales (Nordic,
# Baltic, American, Malay, Indonesian, Nepali, Icelandic, Montenegrin)
# would add some 19,000 entries, and as many look-ups when the dictionary
# is built, for people a French hospital sees seldom (docs/scrub.md).
# Its Arabic, Cyrillic, Greek, Hebrew, Persian, Armenian, Georgian and
# East Asian providers are not in Latin script and are skipped: a Maghrebi name written in Latin letters is not in them.
#
#   sh tests/gen/faker_names.sh [FAKER_PROVIDER_DIR]
#
# FAKER_PROVIDER_DIR defaults to /usr/share/php/Faker/Provider when
# php-faker is installed; otherwise the package is fetched with
# `apt-get download` into a temporary directory and unpacked there with
# dpkg-deb (nothing is installed).  The generated lists are kept in the
# repository: the build does not need php-faker.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
# The locales of the first lists; those after them (EXTRA) add no name of
# three letters or fewer and no ordinary French word (wfrench,
# /usr/share/dict/french): "Elle", "Cher", "Min" would be weak names
# that cost precision for few patients.
LOCALES="fr_FR fr_BE fr_CH fr_CA pt_PT pt_BR es_ES it_IT de_DE de_AT de_CH
nl_NL nl_BE en_GB pl_PL ro_RO tr_TR vi_VN sr_Latn_RS hr_HR cs_CZ hu_HU en_NG"
EXTRA="it_CH ro_MD es_AR es_PE es_VE en_IN en_UG en_ZA sk_SK sl_SI"

tmp=
cleanup() { [ -z "$tmp" ] || rm -rf "$tmp"; }
trap cleanup EXIT INT TERM
dir=${1:-/usr/share/php/Faker/Provider}
if [ ! -d "$dir" ]; then
	tmp=$(mktemp -d)
	chmod a+rwx "$tmp"	# apt-get download writes as _apt
	(cd "$tmp" && apt-get download php-faker >/dev/null)
	dpkg-deb -x "$tmp"/php-faker_*.deb "$tmp/x"
	dir="$tmp/x/usr/share/php/Faker/Provider"
	dpkg-deb -f "$tmp"/php-faker_*.deb Version >&2
fi

# The static arrays firstName*, lastName* and middleName* (Vietnamese
# middle names: "Văn", "Thị") of each locale's Person.php; entries in
# Latin script only, without the format placeholders ("{{lastName}}").
WORDS=${WORDS:-/usr/share/dict/french}
PYTHONPATH="$ROOT/tests/gen" python3 - "$dir" "$ROOT/conf/detect" "$WORDS" "$LOCALES" "$EXTRA" <<'EOF'
import re, sys, unicodedata
from namelists import add, usable, weak, words, write
src, out = sys.argv[1], sys.argv[2]
locales, extra = sys.argv[4].split(), set(sys.argv[5].split())
locales += sorted(extra)
french = words(sys.argv[3])
arrays = re.compile(r"(?:protected|public) static \$(\w+)\s*=\s*\[(.*?)\];", re.S)
item = re.compile(r"'((?:[^'\\]|\\.)*)'")
first, last = set(), set()
for loc in locales:
    text = open(f"{src}/{loc}/Person.php", encoding="utf-8").read()
    for m in arrays.finditer(text):
        name = m.group(1)
        if name.startswith(("firstName", "middleName")):
            dest = first
        elif name.startswith("lastName"):
            dest = last
        else:
            continue
        for v in item.findall(m.group(2)):
            v = unicodedata.normalize("NFC", v.replace("\\'", "'")).strip()
            if usable(v) and not (loc in extra and weak(v, french)):
                add(dest, v)
write(f"{out}/first_names_faker.txt", first)
write(f"{out}/last_names_faker.txt", last)
EOF

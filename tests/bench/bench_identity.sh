#!/bin/sh
# Memory and time of the identity source (docs/scrub.md, "The patient's
# identity from another file"): an identity file of N patients (default
# 1,000,000: name, first name, birth name, phone, street address, city),
# loaded by `pseudonymize export` of a small lab table that depends on
# it.  Prints the peak RSS (VmHWM, from /usr/bin/time) with and without
# `identity =`, the difference per patient, and the time.  Usage:
#   BUILD=build sh tests/bench/bench_identity.sh [PATIENTS]
set -eu
BENCH_NAME=bench_identity
# shellcheck source=tests/bench/lib.sh
. "$(dirname "$0")/lib.sh"
n=${1:-1000000}
bench_scratch_key
mkdir src
python3 - "$n" > src/patients.csv <<'PY'
import random, sys
n = int(sys.argv[1])
rng = random.Random(7)
syl = ["ker", "le", "bi", "han", "gou", "ar", "mor", "ven", "tal", "quin",
    "iou", "ber", "nard", "chan", "pen", "nec", "dou", "ar", "ron", "gal"]
def word(k):
    return "".join(rng.choice(syl) for _ in range(k)).capitalize()
streets = ["rue", "avenue", "impasse", "chemin", "allée", "boulevard"]
print("IPP;Nom;Prénom;Nom de naissance;Téléphone;Adresse;Ville")
for i in range(n):
    nom = word(3).upper()
    print("%08d;%s;%s;%s;0%d %02d %02d %02d %02d;%d %s des %s;%s" % (
        10000000 + i, nom, word(2), nom if rng.random() < 0.6 else
        word(3).upper(), rng.randint(1, 7), rng.randint(0, 99),
        rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 99),
        rng.randint(1, 200), rng.choice(streets), word(3), word(3)))
PY
printf 'IPP;Commentaire\n' > src/labos.csv
for i in 1 2 3 4 5 6 7 8 9 10; do
	printf '%08d;Patient vu ce jour, rappeler au 06 12 34 56 78\n' \
	    $((10000000 + i * 97)) >> src/labos.csv
done
mkp() {	# mkp IDENTITY_LINE
	cat <<POL
[project]
name = bench
patient = ipp
$1
[file patients]
match = patients.csv
[file labos]
match = labos.csv
[column ipp]
headers = IPP
op = token
normalize = digits
[column nom]
headers = Nom, Nom de naissance
op = drop
identifies = last_name
[column prenom]
headers = Prénom
op = drop
identifies = first_name
[column tel]
headers = Téléphone
op = drop
identifies = phone
[column adresse]
headers = Adresse, Ville
op = drop
identifies = address
[column com]
headers = Commentaire
op = scrub
POL
}
mkp "" > none.policy
mkp "identity = patients.csv" > ident.policy
run() {	# run POLICY: "peak_kB seconds"
	rm -rf out
	/usr/bin/time -f "%M %e" -o t.txt "$PSEUDO" export -q -p "$1" -k key src out
	cat t.txt
}
set -- $(run none.policy)
base=$1 base_secs=$2
set -- $(run ident.policy)
with=$1 secs=$2
echo "identity source: $n patients, $(wc -c < src/patients.csv) bytes"
echo "peak RSS without identity =: $base kB ($base_secs s)"
echo "peak RSS with identity =:    $with kB ($secs s, load included)"
echo "difference: $((with - base)) kB, $(( (with - base) * 1024 / n )) bytes per patient"

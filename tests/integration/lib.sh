# Shared by the integration tests: a scratch directory removed on exit, and
# assertions that count.  Each test script ends with `finish`, which prints
# "N passed, N failed" and exits non-zero if anything failed.
set -u
# The policies and keys a test writes must not be writable by others (the
# programs refuse them, src/secfile.c): a host whose umask is 002 would
# otherwise fail every test for its umask, not for the code.
umask 022
top=$(cd "$(dirname "$0")/../.." && pwd)
bin="$top/${BUILD:-build}/pseudonymize"
work=$(mktemp -d /tmp/pseudonymfs-test.XXXXXX)
passed=0
failed=0
cleanup() { [ -n "${KEEP:-}" ] && return; chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT INT TERM

ok()   { passed=$((passed + 1)); }
bad()  { failed=$((failed + 1)); echo "FAIL: $*"; }
# check DESCRIPTION COMMAND...: the command must succeed
check() { d=$1; shift; if "$@"; then ok; else bad "$d"; fi; }
# check_not DESCRIPTION COMMAND...: the command must fail
check_not() { d=$1; shift; if "$@"; then bad "$d"; else ok; fi; }
# eventually SECONDS COMMAND...: the command succeeds within SECONDS
# (tried every 0.1 s): for what another process writes after the fact,
# such as a syslog listener copying a datagram to its file.
eventually() {
	_t=$(($1 * 10)); shift
	while ! "$@"; do
		_t=$((_t - 1)); [ "$_t" -gt 0 ] || return 1
		sleep 0.1
	done
}
# Does FILE contain STRING (fixed string)?
has() { grep -qF -- "$2" "$1"; }
finish() {
	echo "$(basename "$0"): $passed passed, $failed failed"
	# Its logs go with the work directory: say how to keep them.
	[ "$failed" -eq 0 ] || [ -n "${KEEP:-}" ] ||
	    echo "(KEEP=1 keeps the work directory, its logs with it)"
	[ "$failed" -eq 0 ]
	exit $?
}
# fails_with ERRNO PYTHON: the Python statement must raise OSError ERRNO
# (a name of Python's errno module: EACCES, ENODATA...).
fails_with() {
	python3 -c "
import errno, os, sys
try:
    $2
except OSError as e:
    sys.exit(e.errno != errno.$1)
sys.exit(1)"
}
# policy_columns NAME...: the [column] sections the tests' policies share
# for the synthetic patient files' headers, in the order given: ipp (IPP,
# token), nom (Nom, a fake last name), sexe (Sexe, kept, a quasi-identifier
# shown), naissance (Date de naissance, the birth year, a quasi-identifier),
# date (Date, shifted: the notes files' date of care).
policy_columns() {
	for c in "$@"; do
		case $c in
		ipp)	printf '[column ipp]\nheaders = IPP\nop = token\n' ;;
		nom)	printf '[column nom]\nheaders = Nom\nop = fake\nkind = last_name\n' ;;
		sexe)	printf '[column sexe]\nheaders = Sexe\nop = keep\nquasi = show\n' ;;
		naissance) printf '[column naissance]\nheaders = Date de naissance\nop = birthdate\nmode = year\nquasi = yes\n' ;;
		date)	printf '[column date]\nheaders = Date\nop = date\nmode = shift\n' ;;
		*)	echo "policy_columns: no section $c" >&2; return 1 ;;
		esac
		printf '\n'
	done
}

# row_policy NAME [SECTION...]: a policy for the row-context scrub tests:
# project NAME with the patient column ipp, unknown columns failing, one
# file rule (*.csv), the columns that identify the row's patient (IPP
# token, Nom and Prénom fakes) and then the SECTIONs in the order given:
# nir (NIR, identifies), tel (Tel, dropped, identifies the phone), sexe
# (Sexe, kept), and any other lower-case name for a scrubbed column whose
# header is that name capitalized (note -> Note, suite -> Suite).
row_policy() {
	printf '[project]\nname = %s\npatient = ipp\ncolumns = fail\n\n' "$1"
	printf '[file notes]\nmatch = *.csv\n\n'
	printf '[column ipp]\nheaders = IPP\nop = token\nnormalize = digits\nidentifies = id\n\n'
	printf '[column nom]\nheaders = Nom\nop = fake\nkind = last_name\nidentifies = last_name\n\n'
	printf '[column prenom]\nheaders = Prénom\nop = fake\nkind = first_name\nidentifies = first_name\n'
	shift
	for c in "$@"; do
		printf '\n'
		case $c in
		nir)	printf '[column nir]\nheaders = NIR\nop = nir\nidentifies = nir\n' ;;
		tel)	printf '[column tel]\nheaders = Tel\nop = drop\nidentifies = phone\n' ;;
		sexe)	printf '[column sexe]\nheaders = Sexe\nop = keep\n' ;;
		*)	printf '[column %s]\nheaders = %s\nop = scrub\n' "$c" \
			    "$(printf '%s' "$c" | cut -c1 | tr a-z A-Z)$(printf '%s' "$c" | cut -c2-)" ;;
		esac
	done
}

# view_cell FILE ROW COL: field COL of record ROW (0 is the header) of a
# ';'-separated view, read as CSV.
view_cell() { python3 - "$@" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter=";"))
print(rows[int(sys.argv[2])][int(sys.argv[3])])
PY
}
# view_left FILE ROW COL NMADE: that field with what the view itself put
# there taken out, so that a negative check reads only what came from the
# source: the values of the row's first NMADE fields (its token, fake
# names, NIR pseudonym; drawn from each run's random key, "Appel de D" may
# become "Appel de DELMAS", whose " D" is no leak) and bracket labels
# ("[NOM]"), each replaced by '|'.
view_left() { python3 - "$@" <<'PY'
import csv, re, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter=";"))
row = rows[int(sys.argv[2])]
text = row[int(sys.argv[3])]
made = (v for v in row[:int(sys.argv[4])] if v)
for v in sorted(made, key=len, reverse=True):
    text = text.replace(v, "|")
print(re.sub(r"\[[A-Z_]+\]", "|", text))
PY
}

# Checks of a cell of the view $v for the row-context scrub tests, one
# check each.  The negative ones read the cell with what the view made
# taken out (view_left: the values of the row's first ${made:-4} fields,
# its token, fakes and NIR pseudonym, and bracket labels), so that no fake
# a random key draws can satisfy them (flake27).
# cell_word DESC ROW COL RAW: RAW, any case, not a whole word there.
cell_word() {
	t=$(view_left "$v" "$2" "$3" "${made:-4}")
	if printf '%s\n' "$t" | grep -qiE "(^|[^[:alnum:]])$4([^[:alnum:]]|\$)"
	then bad "$1: '$4' left in row $2 ($t)"; else ok; fi
}
# cell_no DESC ROW COL RAW: the raw bytes nowhere in that cell.
cell_no() {
	t=$(view_left "$v" "$2" "$3" "${made:-4}")
	case "$t" in *"$4"*) bad "$1: '$4' left in row $2 ($t)" ;; *) ok ;; esac
}
# cell_keep DESC ROW COL TEXT: the cell (as the view shows it) still
# holds TEXT.
cell_keep() {
	t=$(view_cell "$v" "$2" "$3")
	case "$t" in *"$4"*) ok ;; *) bad "$1 (row $2: $t)" ;; esac
}

# rows_alone SRC OUT FILE...: each data row of SRC/FILE, exported alone
# (a file of its header and that row, with ./policy and ./key, into
# one/ and oneout/), is the row OUT/FILE holds for it: the cell at hand's
# path gives what the exporter's batch of records ahead gives.  0 if
# every row is, else names each that is not ("FILE row N differs").
rows_alone() {
	_src=$1 _out=$2 _same=0
	shift 2
	mkdir -p one
	for _f in "$@"; do
		_n=$(wc -l < "$_src/$_f")
		_i=2
		while [ "$_i" -le "$_n" ]; do
			{ head -1 "$_src/$_f"; sed -n "${_i}p" "$_src/$_f"; } > "one/$_f"
			"$bin" export -j 1 -p policy -k key one oneout 2>/dev/null || _same=1
			[ "$(sed -n 2p "oneout/$_f")" = "$(sed -n "${_i}p" "$_out/$_f")" ] ||
			    { echo "$_f row $_i differs from the row scrubbed alone"; _same=1; }
			rm -rf oneout "one/$_f"
			_i=$((_i + 1))
		done
	done
	return "$_same"
}

# kept_policy NAME [SECTION...]: a policy for the kept-cell checks of a
# file with no patient column (check43, check45): project NAME, unknown
# columns dropped, one file rule (*.csv), the row's IPP token and its Nom
# and Prénom fakes that identify it, then the SECTIONs in the order given:
# naissance (Nom de naissance, dropped, identifies the last name), unite
# (Unité, kept), and any other lower-case name for a kept column whose
# header is that name capitalized (note -> Note).  Sections one blank
# line apart.
kept_policy() {
	printf '[project]\nname = %s\ncolumns = drop\n\n' "$1"
	printf '[file notes]\nmatch = *.csv\n\n'
	printf '[column ipp]\nheaders = IPP\nop = token\n\n'
	printf '[column nom]\nheaders = Nom\nop = fake\nkind = last_name\nidentifies = last_name\n\n'
	printf '[column prenom]\nheaders = Prénom\nop = fake\nkind = first_name\nidentifies = first_name\n'
	shift
	for c in "$@"; do
		printf '\n'
		case $c in
		naissance) printf '[column naissance]\nheaders = Nom de naissance\nop = drop\nidentifies = last_name\n' ;;
		unite)	printf '[column unite]\nheaders = Unité\nop = keep\n' ;;
		*)	printf '[column %s]\nheaders = %s\nop = keep\n' "$c" "$(capital "$c")" ;;
		esac
	done
}

# jq FILE EXPR: EXPR, a Python expression over r (FILE's JSON), printed:
# the check tests' reader of check's JSON report (not the jq program,
# which a test host may lack).
jq() { python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$@"; }

# no_raw_words WORDS FILE...: no word of WORDS (a list parted by spaces)
# is in the FILEs' text as a whole word, in any case; else prints the
# ones that are ("leaks: [...]") and fails.  For check's outputs, which
# hold no view value, so that no fake can satisfy or spoil it.
no_raw_words() {
	python3 - "$@" <<'PY'
import re, sys
text = "".join(open(f, encoding="utf-8").read() for f in sys.argv[2:])
raw = sys.argv[1].split()
leaks = [w for w in raw if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text, re.I)]
print("leaks:", leaks) if leaks else None
sys.exit(1 if leaks else 0)
PY
}

# kept_csv DIR/FILE: DIR made, and FILE the kept-cell checks' header
# (IPP;Nom;Prénom;Note;Unité, kept_policy's note and unite) then standard
# input, its rows: the header is line 1.
kept_csv() {
	mkdir "${1%/*}"
	printf 'IPP;Nom;Pr\303\251nom;Note;Unit\303\251\n' > "$1"
	cat >> "$1"
}

# kept_alone DIR/FILE N...: line N of FILE alone after its header (in a
# directory oneN, checked with ./p.policy and ./key), one check each:
# exit 3, and one cell with the row's own name, at line 2.
kept_alone() {
	_csv=$1
	shift
	for _n in "$@"; do
		mkdir "one$_n"
		sed -n "1p;${_n}p" "$_csv" > "one$_n/${_csv##*/}"
		"$bin" check -p p.policy -k key "one$_n" > "one$_n.txt" 2>&1; _rc=$?
		check "... line $_n alone: exit 3, the row's own name" sh -c \
		    "test $_rc -eq 3 && grep -q \"the row's own name 1), first at line 2\" one$_n.txt"
	done
}

# identity_policy [-n] [-t PREFIX] NAME FILE [SECTION...]: a policy whose
# patients' names come from an identity source (`[project] identity =
# patients.csv`, patient column ipp): project NAME, unknown columns
# dropped (-n: the default, no `columns =` line), the source's rule
# (patients.csv) and FILE's (FILE.csv), the IPP token (-t: its prefix)
# and the Nom and Prénom fakes that identify the patient, then the
# SECTIONs in the order given: naissance (Nom de naissance), tel
# (Téléphone), adresse (Adresse), ville (Ville), all dropped and
# identifying, commentaire (Commentaire, scrubbed), and any other
# lower-case name for a kept column whose header is that name
# capitalized (note -> Note).  No blank lines.
identity_policy() {
	_cols='columns = drop\n' _prefix=
	while :; do
		case $1 in
		-n)	_cols=; shift ;;
		-t)	_prefix="prefix = $2\n"; shift 2 ;;
		*)	break ;;
		esac
	done
	printf "[project]\nname = %s\npatient = ipp\nidentity = patients.csv\n$_cols" "$1"
	printf '[file patients]\nmatch = patients.csv\n[file %s]\nmatch = %s.csv\n' "$2" "$2"
	printf "[column ipp]\nheaders = IPP\nop = token\n$_prefix"
	printf '[column nom]\nheaders = Nom\nop = fake\nkind = last_name\nidentifies = last_name\n'
	printf '[column prenom]\nheaders = Prénom\nop = fake\nkind = first_name\nidentifies = first_name\n'
	shift 2
	for c in "$@"; do
		case $c in
		naissance) printf '[column naissance]\nheaders = Nom de naissance\nop = drop\nidentifies = last_name\n' ;;
		tel)	printf '[column tel]\nheaders = Téléphone\nop = drop\nidentifies = phone\n' ;;
		adresse|ville) printf '[column %s]\nheaders = %s\nop = drop\nidentifies = address\n' "$c" "$(capital "$c")" ;;
		commentaire) printf '[column commentaire]\nheaders = Commentaire\nop = scrub\n' ;;
		*)	printf '[column %s]\nheaders = %s\nop = keep\n' "$c" "$(capital "$c")" ;;
		esac
	done
}

# capital WORD: WORD with its first letter in capitals (ASCII).
capital() {
	printf '%s' "$(printf '%s' "$1" | cut -c1 | tr a-z A-Z)$(printf '%s' "$1" | cut -c2-)"
}

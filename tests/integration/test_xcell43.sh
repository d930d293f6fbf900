#!/bin/sh
# xcell43: a row value cut across the row's scrubbed cells in the shapes
# xcell38 left (docs/threat-model.md "xcell43"): letters parted by signs
# ("D.U.P" | "ONT", "D-U-P" | "O-N-T", "D U P" | "ONT"), a neighbour's
# part in other digits than ASCII (full-width, Arabic-Indic), a Corsican
# NIR (2A) cut, a value over more than six cells a side (a name letter by
# letter over eight cells: the exporter's batch; over eleven: the cell at
# hand and scrub_ahead).  Each piece must go, in the export and through
# the mount, which must give the same bytes.  Keeps: "R.A.S." | "ok", the
# letters of another row's name, a chain that makes no value.  Every row
# alone gives what it gives among the others; no message holds a value.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
{
row_policy xcell43-test nir tel note sexe suite
for i in 1 2 3 4 5 6 7 8 9 10 11; do
	printf '\n[column c%s]\nheaders = C%s\nop = scrub\n' "$i" "$i"
done
} > policy
mkdir -p src
fw06=$(printf '\357\274\220\357\274\226')	# full-width 06
fw12=$(printf '\357\274\221\357\274\222')
ar06=$(printf '\331\240\331\246')		# Arabic-Indic 06
ar12=$(printf '\331\241\331\242')
# (synthetic rows; the view: IPP, Nom, Prénom, NIR, Note 4, Sexe 5, Suite 6)
cat > src/signes.csv <<C
IPP;Nom;Prénom;NIR;Tel;Note;Sexe;Suite
300001;DUPONT;Jean;184027512345674;06 12 34 56 78;Vu D.U.P;M;ONT pour suivi.
300002;DUPONT;Jean;184027512345674;06 12 34 56 78;Vu D-U-P;M;O-N-T pour suivi.
300003;DUPONT;Jean;184027512345674;06 12 34 56 78;Vu D U P;M;ONT pour suivi.
300004;DUPONT;Jean;184027512345674;06 12 34 56 78;tel $fw06 $fw12;M;34 56 78 le soir
300005;DUPONT;Jean;184027512345674;06 12 34 56 78;tel $ar06 $ar12;M;34 56 78 le soir
300006;VIGNERON;Hélène;284022A12345681;07 45 98 21 33;NIR 2 84 02 2A;F;123 456 81 vu
300007;VIGNERON;Hélène;284022A12345681;07 45 98 21 33;NIR 2 84 02;F;2A 123 456 81
300008;MARTIN;Paul;172039912345611;07 45 98 21 33;R.A.S.;M;ok
300009;MARTIN;Paul;172039912345611;07 45 98 21 33;Vu D.U.P;M;ONT pour suivi.
300010;DUPONT;Jean;184027512345674;06 12 34 56 78;suspicion A.V.C;M;ONT
300011;DUPONT;Jean;184027512345674;06 12 34 56 78;tel $fw06 $fw12;M;34 56 79 le soir
C
# eight scrubbed cells (the exporter's batch, view.c ahead_column)
cat > src/huit.csv <<'C'
IPP;Nom;Prénom;NIR;C1;C2;C3;C4;C5;C6;C7;C8
400001;VIGNERON;Hélène;285117512345622;Dossier V;I;G;N;E;R;O;N revu
400002;VIGNERON;Hélène;285117512345622;Dossier V;I;G;N;E;R;O;T revu
C
# eleven (more than eight: scrub_ahead, the cell at hand)
cat > src/onze.csv <<'C'
IPP;Nom;Prénom;NIR;C1;C2;C3;C4;C5;C6;C7;C8;C9;C10;C11
500001;MONTGOLFIER;Paul;172039912345611;Vu M;O;N;T;G;O;L;F;I;E;R vu
500002;MONTGOLFIER;Paul;172039912345611;Vu M;O;N;T;G;O;L;F;I;E;T vu
C
check "export" "$bin" export -j 1 -p policy -k key src out 2>export.err
check "the export's messages hold no value" sh -c \
    "! grep -qaE 'DUP|ONT|1840275|2A|VIGN|MONTG' export.err"

# The cell with what the view itself put there taken out (lib.sh
# view_left): the row's own pseudonyms (columns 0-3 of the view row: token,
# fake names, NIR pseudonym) and bracket labels (flake27: a short raw piece
# can be inside a fake).
no() {	# no DESC ROW COL RAW...: none of the raw pieces in that cell
	d=$1; r=$2; c=$3; shift 3
	t=$(view_left "$v" "$r" "$c" 4)
	for p in "$@"; do
		case "$t" in *"$p"*) bad "$d: '$p' left in row $r ($t)"; return ;; esac
	done
	ok
}
word() {	# word DESC ROW COL RAW: RAW not a whole word of that cell
	t=$(view_left "$v" "$2" "$3" 4)
	if printf '%s\n' "$t" | grep -qE "(^|[^[:alnum:]])$4([^[:alnum:]]|\$)"
	then bad "$1: '$4' left in row $2 ($t)"; else ok; fi
}
keep() {	# keep DESC ROW COL TEXT: the cell still holds TEXT
	t=$(view_cell "$v" "$2" "$3")
	case "$t" in *"$4"*) ok ;; *) bad "$1 (row $2: $t)" ;; esac
}
signes() {	# the checks of signes.csv in directory $1
	v=$1/signes.csv; m=$2
	no "${m}D.U.P | ONT" 1 4 "D.U.P"
	no "${m}D.U.P | ONT, after" 1 6 ONT
	no "${m}D-U-P | O-N-T" 2 4 "D-U-P"
	no "${m}D-U-P | O-N-T, after" 2 6 "O-N-T"
	no "${m}D U P | ONT" 3 4 "D U P"
	no "${m}D U P | ONT, after" 3 6 ONT
	no "${m}full-width 06 12 | 34 56 78" 4 4 "$fw06 $fw12"
	no "${m}full-width 06 12 | 34 56 78, after" 4 6 "34 56 78"
	no "${m}Arabic-Indic 06 12 | 34 56 78" 5 4 "$ar06 $ar12"
	no "${m}Arabic-Indic 06 12 | 34 56 78, after" 5 6 "34 56 78"
	word "${m}a Corsican NIR cut: 2A" 6 4 2A
	no "${m}a Corsican NIR cut, after" 6 6 "123 456 81"
	no "${m}a Corsican NIR cut before 2A" 7 6 "2A 123 456 81"
	keep "${m}R.A.S. | ok stays" 8 4 "R.A.S."
	keep "${m}R.A.S. | ok stays, after" 8 6 "ok"
	keep "${m}another row's name stays" 9 4 "Vu D.U.P"
	keep "${m}another row's name stays, after" 9 6 "ONT pour suivi."
	keep "${m}an abbreviation that makes no value" 10 4 "A.V.C"
	keep "${m}other digits of no row value" 11 6 "34 56 79"
}
chains() {	# the checks of huit.csv and onze.csv in $1
	v=$1/huit.csv; m=$2
	word "${m}eight cells: the first" 1 4 V
	word "${m}eight cells: the fourth" 1 7 N
	word "${m}eight cells: the last" 1 11 N
	keep "${m}eight cells that make no value" 2 4 "Dossier V"
	keep "${m}eight cells that make no value, the last" 2 11 "T revu"
	v=$1/onze.csv
	word "${m}eleven cells: the first" 1 4 M
	word "${m}eleven cells: the sixth" 1 9 O
	word "${m}eleven cells: the last" 1 14 R
	keep "${m}eleven cells that make no value" 2 4 "Vu M"
	keep "${m}eleven cells that make no value, the last" 2 14 "T vu"
}
signes out ""
chains out ""

# Each row alone (the cell at hand's path) as among the others.
check "each row as scrubbed alone" rows_alone src out signes.csv huit.csv \
    onze.csv

check "pseudonymfs mounts" mount_view src mnt fs.log \
    -o "policy=$work/policy,key=$work/key" || finish
check "the mount equals the export" diff -r out mnt
signes mnt "mount: "
chains mnt "mount: "
check "unmounts cleanly" unmount_view mnt fs.log
check "the daemon's log holds no value" sh -c \
    "! grep -qaE 'DUP|ONT|1840275|2A|VIGN|MONTG' fs.log"
check_nothing_left
finish

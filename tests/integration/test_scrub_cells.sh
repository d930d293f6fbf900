#!/bin/sh
# xcell37: a row value cut at the boundary of two of the row's scrubbed
# cells ("Jean DUP" | "ONT pour suivi", a kept column between) is one name
# in the view's row, which a reader reads left to right: each piece must
# go, in the export and through the mount, which must give the same bytes.
# Keeps: ordinary words at the cells' ends that make no row value ("ils" |
# "ont vu": "ont" stays), a name part in one cell only (its neighbour
# untouched), a cut with an ordinary word between (no reader joins it).
# Every row in a file of its own gives what it gives among the others
# (the exporter's batch and the cell at hand find the same spans), and
# no message holds a value.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
row_policy xcell-test nir note sexe suite tel fin > policy
mkdir -p src
# IPP;Nom;Prénom;NIR;Note;Sexe;Suite (synthetic rows)
cat > src/notes.csv <<'C'
IPP;Nom;Prénom;NIR;Note;Sexe;Suite
100001;DUPONT;Jean;184027512345674;Vu ce jour Jean DUP;M;ONT pour suivi.
100002;DUPONT;Jean;184027512345674;Patient DU;M;PONT revu ce jour.
100003;DUPONT;Jean;184027512345674;Appel de D;M;UPONT ce matin.
100004;VIGNERON;Hélène;285117512345622;Mme Hél;F;ène VIGNERON vue.
100005;DUPONT;Jean;184027512345674;Dossier DUP-;M;ONT complet.
100006;DUPONT;Jean;184027512345674;NIR 1840275;M;12345674 transmis.
100007;MARTIN;Paul;172039912345611;Les résultats;M;ont été revus ce jour.
100008;DUPONT;Jean;184027512345674;Vu M. DUPONT ce jour;M;ras.
100009;DUPONT;Jean;184027512345674;Vu ce jour DUP puis;M;ONT rappelé.
100010;DUPONT;Jean;184027512345674;Jean DUP;M;;
C
sed -i 's/;;$/;/' src/notes.csv
# xcell38: three scrubbed columns (Tel dropped: the view's Note is 4,
# Suite 6, Fin 7); a value cut over three cells, signs at the cut, the
# row's numbers in another form (synthetic rows)
zw=$(printf '\342\200\213')
cat > src/trois.csv <<C
IPP;Nom;Prénom;NIR;Tel;Note;Sexe;Suite;Fin
200001;DUPONT;Jean;184027512345674;06 12 34 56 78;vu DU;M;PO;NT hier
200002;DUPONT;Jean;184027512345674;06 12 34 56 78;Vu ce jour DUP.;M;ONT pour suivi.;ras
200003;DUPONT;Jean;184027512345674;06 12 34 56 78;Dossier DUP_;M;ONT complet.;ras
200004;DUPONT;Jean;184027512345674;06 12 34 56 78;Vu DUP$zw;M;${zw}ONT ce jour;ras
200005;DUPONT;Jean;184027512345674;06 12 34 56 78;tel +33 6 12;M;34 56 78 le soir;ras
200006;DUPONT;Jean;184027512345674;06 12 34 56 78;NIR 1840275;M;123456 sans clé;ras
200007;DUPONT;Jean;184027512345674;06 12 34 56 78;tel 06 12;M;34;56 78 le soir
200008;MARTIN;Paul;172039912345611;07 45 98 21 33;Les résultats ils.;M;ont vu;le patient
200009;DUPONT;Jean;184027512345674;06 12 34 56 78;vu DU;M;PO;RT hier
200010;DUPONT;Jean;184027512345674;06 12 34 56 78;Vu J;M;EA;N DUPONT ce jour
200011;DUPONT;Jean;184027512345674;06 12 34 56 78;Vu DUP/;M;ONT ce jour;ras
200012;DUPONT;Jean;184027512345674;06 12 34 56 78;NIR 1840275123456;M;clé 74 transmise;ras
C
# the last row: "Jean DUP" then an empty Suite, no neighbour after
check "export" "$bin" export -j 1 -p policy -k key src out 2>export.err
check "the export's messages hold no value" sh -c \
    "! grep -qaE 'DUP|ONT|Jean|1840275|12345674' export.err"

# The cell with what the view itself put there taken out (lib.sh
# view_left): the row's own pseudonyms (its token, fake names and NIR
# pseudonym: columns 0-3 of the view row) and bracket labels.
v=out/notes.csv
no() {	# no DESC ROW COL RAW...: none of the raw pieces in that cell
	d=$1; r=$2; c=$3; shift 3
	t=$(view_left "$v" "$r" "$c" 4)
	for p in "$@"; do
		case "$t" in *"$p"*) bad "$d: '$p' left in row $r"; return ;; esac
	done
	ok
}
keep() {	# keep DESC ROW COL TEXT: the cell still holds TEXT
	t=$(view_cell "$v" "$2" "$3")
	case "$t" in *"$4"*) ok ;; *) bad "$1 (row $2: $t)" ;; esac
}
no "the piece before the cut goes" 1 4 DUP
no "the piece after the cut goes" 1 6 ONT
no "DU | PONT" 2 4 " DU"
no "DU | PONT, after" 2 6 PONT
no "D | UPONT" 3 4 " D"
no "D | UPONT, after" 3 6 UPONT
no "Hél | ène, accents folded" 4 4 Hél
no "Hél | ène, after" 4 6 ène
no "a hyphen at the cut" 5 4 DUP
no "a hyphen at the cut, after" 5 6 ONT
no "the NIR cut" 6 4 1840275
no "the NIR cut, after" 6 6 12345674
keep "ordinary words at the ends that make no row value stay" 7 6 "ont été revus"
keep "and the cell before them" 7 4 "Les résultats"
keep "a name in one cell: its neighbour untouched" 8 6 "ras."
keep "a cut with a word between is no cut" 9 6 "ONT rappelé"
keep "nor its other cell's word" 9 4 "puis"
no "the kept column between does not part them (Sexe kept)" 1 5 DUPONT
keep "the kept column itself" 1 5 M

# xcell38 (the rows of trois.csv): each piece out of the cell, the row's
# fakes taken out first; a short piece looked for as a whole word
v=out/trois.csv
word() {	# word DESC ROW COL RAW: RAW not a whole word of that cell
	t=$(view_left "$v" "$2" "$3" 4)
	if printf '%s\n' "$t" | grep -qE "(^|[^[:alnum:]])$4([^[:alnum:]]|\$)"
	then bad "$1: '$4' left in row $2 ($t)"; else ok; fi
}
word "DU | PO | NT: the first piece" 1 4 DU
word "DU | PO | NT: the middle" 1 6 PO
word "DU | PO | NT: the last" 1 7 NT
no "DUP. | ONT" 2 4 DUP
no "DUP. | ONT, after" 2 6 ONT
no "DUP_ | ONT" 3 4 DUP
no "DUP_ | ONT, after" 3 6 ONT
no "a zero-width space at the cut" 4 4 DUP
no "a zero-width space at the cut, after" 4 6 ONT
no "+33 6 12 | 34 56 78 for a row 06 12 34 56 78" 5 4 "6 12"
no "+33 6 12 | 34 56 78, after" 5 6 "34 56 78"
no "a NIR without its key, cut" 6 4 1840275
no "a NIR without its key, cut, after" 6 6 123456
no "a phone over three cells" 7 4 "06 12"
word "a phone over three cells, the middle" 7 6 34
no "a phone over three cells, the last" 7 7 "56 78"
word "J | EA | N DUPONT" 10 4 J
word "J | EA | N DUPONT, the middle" 10 6 EA
word "J | EA | N DUPONT, the last" 10 7 N
no "DUP/ | ONT" 11 4 DUP
no "DUP/ | ONT, after" 11 6 ONT
word "a NIR's key after its word in the next cell" 12 6 74
keep "across a sign, ordinary words that make no value stay" 8 6 "ont vu"
keep "and the cell before them" 8 4 "Les résultats ils."
keep "a chain that makes no value" 9 6 PO
keep "a chain that makes no value, the last" 9 7 "RT hier"

# Each row alone (the cell at hand's path) as among the others (the
# exporter's batch of records ahead).
check "each row as scrubbed alone" rows_alone src out notes.csv trois.csv

check "pseudonymfs mounts" mount_view src mnt fs.log \
    -o "policy=$work/policy,key=$work/key" || finish
check "the mount equals the export" diff -r out mnt
# The same pieces through the mount, each cut cell with the row's fakes
# taken out as above.
v=mnt/notes.csv
no "mount: DUP | ONT" 1 4 DUP
no "mount: DUP | ONT, after" 1 6 ONT
no "mount: DU | PONT" 2 4 " DU"
no "mount: D | UPONT, after" 3 6 UPONT
no "mount: Hél | ène" 4 4 Hél
no "mount: Hél | ène, after" 4 6 ène
no "mount: the NIR cut" 6 4 1840275
no "mount: the NIR cut, after" 6 6 12345674
v=mnt/trois.csv
word "mount: DU | PO | NT" 1 4 DU
word "mount: DU | PO | NT, the middle" 1 6 PO
word "mount: DU | PO | NT, the last" 1 7 NT
no "mount: DUP. | ONT, after" 2 6 ONT
no "mount: +33 6 12 | 34 56 78, after" 5 6 "34 56 78"
check "unmounts cleanly" unmount_view mnt fs.log
check "the daemon's log holds no value" sh -c \
    "! grep -qaE 'DUP|ONT|1840275|12345674' fs.log"
check_nothing_left
finish

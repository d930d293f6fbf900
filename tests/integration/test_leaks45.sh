#!/bin/sh
# leaks45: the low leaks hostile36, xcell43 and rowvar43 left
# (docs/threat-model.md "leaks45"), in the export and through the mount.
# 1. The row's own surname, an ordinary word, the only word in brackets
# in lower case ("(vigneron)", "[pigeon]") or a proper noun alone after a
# label's colon ("Repas : Pigeon"); a stranger's row keeps both.  2. A row
# value cut into long pieces parted by signs in one cell, the rest in the
# next ("MONT.GOLF" | "IER").  3. Look-alike letters of another script in
# a neighbour's piece ("MON<Cyrillic TE>" | "GOLFIER").  Negative checks
# read the cell with the row's own fakes and token taken out (lib.sh
# view_left), and the raw word as a whole word, so that no fake a random
# key draws can satisfy them.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
row_policy leaks45-test nir note sexe suite > policy
mkdir -p src
cyr=$(printf 'MON\320\242')		# MON + Cyrillic capital TE
grk=$(printf '\316\234\316\237\316\235\316\244')	# Greek MU OMICRON NU TAU
# (synthetic rows; the view: IPP 0, Nom 1, Prénom 2, NIR 3, Note 4,
# Sexe 5, Suite 6)
cat > src/leaks.csv <<C
IPP;Nom;Prénom;NIR;Note;Sexe;Suite
600001;VIGNERON;Marcelle;284027512345622;vu ce jour (vigneron);F;RAS [vigneron]
600002;PIGEON;Marc;184027512345674;Repas : Pigeon;M;collation (pigeon)
600003;DUPONT;Marc;184027512345674;vu ce jour (vigneron);M;Repas : Pigeon
600004;PIGEON;Marc;184027512345674;collation (pigeon rôti);M;Repas : pigeon
600005;MONTGOLFIER;Lucienne;284027512345622;Vu MONT.GOLF;F;IER pour suivi.
600006;MONTGOLFIER;Lucienne;284027512345622;Vu MONT;F;GOLF-IER ce jour
600007;MONTGOLFIER;Lucienne;284027512345622;Vu $cyr;F;GOLFIER ce jour
600008;MONTGOLFIER;Lucienne;284027512345622;Vu $grk;F;GOLFIER ce jour
600009;MARTIN;Paul;172039912345611;Vu MONT.GOLF;M;IER ok
600010;MONTGOLFIER;Lucienne;284027512345622;Vu GOLF.CLUB;F;IER ok
600011;MARTIN;Paul;172039912345611;Vu $cyr;M;GOLFIER ok
C
check "export" "$bin" export -j 1 -p policy -k key src out 2>export.err
check "the export's messages hold no value" sh -c \
    "! grep -qaiE 'vigneron|pigeon|MONT|GOLF|1840275' export.err"

# (the cells: lib.sh cell_word, cell_no, cell_keep)
leaks() {	# the checks in directory $1
	v=$1/leaks.csv; m=$2
	cell_word "${m}(vigneron) of the row's own" 1 4 vigneron
	cell_word "${m}[vigneron] of the row's own" 1 6 vigneron
	cell_word "${m}Repas : Pigeon of the row's own" 2 4 pigeon
	cell_word "${m}(pigeon) of the row's own" 2 6 pigeon
	cell_keep "${m}(vigneron) for a stranger's row" 3 4 "(vigneron)"
	cell_keep "${m}Repas : Pigeon for a stranger's row" 3 6 "Repas : Pigeon"
	cell_keep "${m}the noun among other words in brackets" 4 4 "(pigeon rôti)"
	cell_keep "${m}the noun in lower case after a label" 4 6 "Repas : pigeon"
	cell_no "${m}MONT.GOLF | IER" 5 4 "MONT.GOLF"
	cell_word "${m}MONT.GOLF | IER, after" 5 6 IER
	cell_word "${m}MONT | GOLF-IER" 6 4 MONT
	cell_no "${m}MONT | GOLF-IER, after" 6 6 "GOLF-IER"
	cell_word "${m}Cyrillic look-alike | GOLFIER, after" 7 6 GOLFIER
	cell_no "${m}Cyrillic look-alike | GOLFIER" 7 4 "$cyr"
	cell_word "${m}Greek look-alikes | GOLFIER, after" 8 6 GOLFIER
	cell_no "${m}Greek look-alikes | GOLFIER" 8 4 "$grk"
	cell_keep "${m}MONT.GOLF | IER in another row" 9 4 "Vu MONT.GOLF"
	cell_keep "${m}MONT.GOLF | IER in another row, after" 9 6 "IER ok"
	cell_keep "${m}pieces that make no value" 10 4 "Vu GOLF.CLUB"
	cell_keep "${m}pieces that make no value, after" 10 6 "IER ok"
	cell_keep "${m}look-alikes in another row" 11 6 "GOLFIER ok"
}
leaks out ""

# Each row alone as among the others.
check "each row as scrubbed alone" rows_alone src out leaks.csv

check "pseudonymfs mounts" mount_view src mnt fs.log \
    -o "policy=$work/policy,key=$work/key" || finish
check "the mount equals the export" diff -r out mnt
leaks mnt "mount: "
check "unmounts cleanly" unmount_view mnt fs.log
check "the daemon's log holds no value" sh -c \
    "! grep -qaiE 'vigneron|pigeon|MONT|GOLF|1840275' fs.log"
check_nothing_left
finish

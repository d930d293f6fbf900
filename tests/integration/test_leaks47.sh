#!/bin/sh
# leaks47: the row's own name in the shapes leaks45 left
# (docs/threat-model.md "leaks47"), in the export and through the mount.
# 1. Transliterated into Cyrillic or Greek where the sound key reads too
# little ("Дюпо", "ΝΤΥΠΟ" of DUPONT) and declined ("у Дюпона").  2. Cut
# across cells with a space inside one part ("MONT GOLF" | "IER").  3. In
# lower case after a label of a form's person ("Signataire : vigneron").
# 4. In a word that mixes scripts, in the cell ("DUПОНТ") or at the cut
# ("MОНT" | "GOLFIER").  A stranger's row, an ordinary Russian or Greek
# word, a meal's label keep theirs.  Negative checks read the cell with
# the row's own fakes and token taken out (lib.sh view_left), the raw
# Latin words as whole words, the other scripts' bytes as bytes (no fake
# holds them).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
row_policy leaks47-test nir note sexe suite > policy
mkdir -p src
dupo=$(printf '\320\224\321\216\320\277\320\276')		# Дюпо
dupona=$(printf '\320\224\321\216\320\277\320\276\320\275\320\260')	# Дюпона
depo=$(printf '\320\224\320\265\320\277\320\276')		# Депо
bol=$(printf '\320\221\320\276\320\273\321\214 \320\262 \320\266\320\270\320\262\320\276\321\202\320\265')	# Боль в животе
ntypo=$(printf '\316\235\316\244\316\245\316\240\316\237')	# ΝΤΥΠΟ
ponos=$(printf '\316\240\317\214\316\275\316\277\317\202')	# Πόνος
dumix=$(printf 'DU\320\237\320\236\320\235\320\242')		# DU + Cyrillic ПОНТ
monmix=$(printf 'M\320\236\320\235T')				# M + Cyrillic ОН + T
mgmix=$(printf 'M\320\236NTG\320\236LFI\320\225R\321\213')	# MОNTGОLFIЕRы
# (synthetic rows; the view: IPP 0, Nom 1, Prénom 2, NIR 3, Note 4,
# Sexe 5, Suite 6)
cat > src/leaks.csv <<C
IPP;Nom;Prénom;NIR;Note;Sexe;Suite
700001;DUPONT;Marc;184027512345674;$dupo;M;vu chez $dupona
700002;MARTIN;Paul;172039912345611;$dupo;M;$depo
700003;DUPONT;Marc;184027512345674;$depo;M;$bol
700004;DUPONT;Marc;184027512345674;$ntypo;M;$ponos
700005;MONTGOLFIER;Lucienne;284027512345622;Vu MONT GOLF;F;IER pour suivi.
700006;MARTIN;Paul;172039912345611;Vu MONT GOLF;M;IER ok
700007;VIGNERON;Marcelle;284027512345622;Signataire : vigneron;F;Patient(e) : vigneron
700008;VIGNERON;Marcelle;284027512345622;Repas : vigneron;F;Contact : vigneron
700009;DUPONT;Marc;184027512345674;Signataire : vigneron;M;vu $dumix
700010;MONTGOLFIER;Lucienne;284027512345622;vu $monmix;F;GOLFIER ce jour
700011;MONTGOLFIER;Lucienne;284027512345622;vu $mgmix ce jour;F;ok
700012;MARTIN;Paul;172039912345611;vu $dumix;M;vu $monmix
C
check "export" "$bin" export -j 1 -p policy -k key src out 2>export.err
check "the export's messages hold no value" sh -c \
    "! grep -qaiE 'vigneron|dupont|MONT|GOLF|1840275' export.err"

# (the cells: lib.sh cell_word, cell_no, cell_keep)
leaks() {	# the checks in directory $1
	v=$1/leaks.csv; m=$2
	cell_no "${m}Cyrillic, cut to its sound" 1 4 "$dupo"
	cell_no "${m}Cyrillic, declined" 1 6 "$dupona"
	cell_keep "${m}Cyrillic for a stranger's row" 2 4 "$dupo"
	cell_keep "${m}a Russian word that shares the key, a stranger's row" 2 6 "$depo"
	cell_keep "${m}a Russian word that shares the key, the row's own" 3 4 "$depo"
	cell_keep "${m}Russian clinical text" 3 6 "$bol"
	cell_no "${m}Greek in capitals, cut to its sound" 4 4 "$ntypo"
	cell_keep "${m}Greek clinical text" 4 6 "$ponos"
	cell_no "${m}MONT GOLF | IER" 5 4 "MONT GOLF"
	cell_word "${m}MONT GOLF | IER, after" 5 6 IER
	cell_keep "${m}MONT GOLF | IER in another row" 6 4 "Vu MONT GOLF"
	cell_keep "${m}MONT GOLF | IER in another row, after" 6 6 "IER ok"
	cell_word "${m}Signataire : vigneron of the row's own" 7 4 vigneron
	cell_word "${m}Patient(e) : vigneron of the row's own" 7 6 vigneron
	cell_keep "${m}a meal's label keeps the noun" 8 4 "Repas : vigneron"
	cell_keep "${m}a contact's label keeps the noun" 8 6 "Contact : vigneron"
	cell_keep "${m}Signataire : vigneron for a stranger's row" 9 4 \
	    "Signataire : vigneron"
	cell_no "${m}a word of two scripts" 9 6 "$dumix"
	cell_no "${m}two scripts at the cut" 10 4 "$monmix"
	cell_word "${m}two scripts at the cut, after" 10 6 GOLFIER
	cell_no "${m}look-alikes and a Cyrillic ending" 11 4 "$mgmix"
	cell_keep "${m}a word of two scripts in another row" 12 4 "vu $dumix"
	cell_keep "${m}two scripts in another row" 12 6 "vu $monmix"
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
    "! grep -qaiE 'vigneron|dupont|MONT|GOLF|1840275' fs.log"
check_nothing_left
finish

#!/bin/sh
# redteam47: markup a page, a word processor or a wiki leaves inside a
# word ("Du<b>pont</b>", "DUP<br>ONT", "Du{\i pont}", "DU<!-- -->PONT")
# and three more escapes of a letter ("\U00000044", "\u{44}", RTF's
# "\'e9") in a scrubbed cell, and letters typed or read for digits ("3A"
# for 34, "60000q" for 600009), in the export and through the mount
# (docs/threat-model.md "redteam47").  The raw forms are looked for as
# bytes (markup no fake holds) or as whole words once the row's own
# fakes, token and NIR pseudonym are taken out (lib.sh view_left), so no
# fake a random key draws can satisfy a negative check.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
row_policy redteam47-test nir tel note sexe suite > policy
mkdir -p src
# (synthetic rows; the view: IPP 0, Nom 1, Prénom 2, NIR 3, Note 4,
# Sexe 5, Suite 6; Tel dropped)
cat > src/rt.csv <<'C'
IPP;Nom;Prénom;NIR;Tel;Note;Sexe;Suite
600001;DUPONT;Jean;184027512345674;06 12 34 56 78;vu Du<b>pont</b> ce jour;M;vu <b>Du</b>pont ce jour
600002;DUPONT;Jean;184027512345674;06 12 34 56 78;vu DUP<br>ONT ce jour;M;"vu DU<span class=""n"">PONT</span> ce jour"
600003;DUPONT;Jean;184027512345674;06 12 34 56 78;vu Du<!-- x -->pont ce jour;M;tel 06<b>12</b>345678 ce jour
600004;DUPONT;Jean;184027512345674;06 12 34 56 78;vu Du{\i pont} ce jour;M;vu Du\b pont\b0 ce jour
600005;DUPONT;Jean;184027512345674;06 12 34 56 78;vu \U00000044upont ce jour;M;vu Du\u{70}ont ce jour
600006;VIGNERON;Hélène;284027512345622;07 11 22 33 44;vu H\'e9l\'e8ne ce jour;F;vu VIGN<i>ERON</i> ce jour
600007;DUPONT;Jean;184027512345674;06 12 34 56 78;PSA <4 ng/ml, TA<140<br>RAS;M;traitement{aspirine}continuer
600008;DUPONT;Jean;184027512345674;06 12 34 56 78;<b>RAS</b> ce jour<br>revoir;M;C:\b\i\cr.pdf
600009;DUPONT;Jean;184027512345674;06 12 34 56 78;tel 06 I2 3A 56 7B ce jour;M;IPP 60000q vu
600010;DUPONT;Jean;184027512345674;06 12 34 56 78;HbA1c 7,2 %, T4 libre 12, vitamine B12 300;M;pT2 pN1, stade IIIA, G6PD
C
check "export" "$bin" export -j 1 -p policy -k key src out 2>export.err
check "the export's messages hold no value" sh -c \
    "! grep -qaiE 'dupont|vigneron|pont|1840275|0612' export.err"

# (and lib.sh cell_word, cell_no)
same() {	# same DESC ROW COL TEXT: the cell is TEXT, byte for byte
	t=$(view_cell "$v" "$2" "$3")
	[ "$t" = "$4" ] && ok || bad "$1 (row $2: $t)"
}
rt() {		# the checks in directory $1
	v=$1/rt.csv; m=$2
	cell_no "${m}an inline tag inside the name" 1 4 'Du<b>pont'
	cell_word "${m}an inline tag inside the name, the piece" 1 4 pont
	cell_no "${m}a closing tag inside the name" 1 6 'Du</b>pont'
	cell_no "${m}a line break tag inside the name" 2 4 'DUP<br>ONT'
	cell_word "${m}a line break tag inside the name, the piece" 2 4 ONT
	cell_no "${m}a tag with attributes inside the name" 2 6 'DU<span'
	cell_word "${m}a tag with attributes inside the name, the piece" 2 6 PONT
	cell_no "${m}a comment inside the name" 3 4 'Du<!-- x -->pont'
	cell_no "${m}a tag inside the phone" 3 6 '06<b>12'
	cell_no "${m}a tag inside the phone, the rest" 3 6 '345678'
	cell_no "${m}an RTF group inside the name" 4 4 'Du{'
	cell_word "${m}an RTF group inside the name, the piece" 4 4 pont
	cell_no "${m}an RTF control word inside the name" 4 6 'Du\b'
	cell_word "${m}an RTF control word inside the name, the piece" 4 6 pont
	cell_no "${m}\\U of eight digits" 5 4 '\U00000044upont'
	cell_no "${m}\\u{...}" 5 6 'Du\u{70}ont'
	cell_no "${m}RTF's \\'e9 in the first name" 6 4 "H\\'e9l\\'e8ne"
	cell_no "${m}an italic tag inside the surname" 6 6 'VIGN<i>ERON'
	cell_word "${m}an italic tag inside the surname, the piece" 6 6 ERON
	same "${m}clinical signs and a line break stay" 7 4 \
	    'PSA <4 ng/ml, TA<140<br>RAS'
	same "${m}braces between words stay" 7 6 \
	    'traitement{aspirine}continuer'
	same "${m}tags around words stay" 8 4 '<b>RAS</b> ce jour<br>revoir'
	same "${m}a path stays" 8 6 'C:\b\i\cr.pdf'
	cell_no "${m}letters for digits in the phone" 9 4 '3A 56 7B'
	cell_no "${m}a letter for a digit in the IPP" 9 6 '60000q'
	same "${m}clinical codes with letters and digits stay" 10 4 \
	    'HbA1c 7,2 %, T4 libre 12, vitamine B12 300'
	same "${m}clinical codes with letters and digits stay" 10 6 \
	    'pT2 pN1, stade IIIA, G6PD'
}
rt out ""

# Each row alone as among the others.
check "each row as scrubbed alone" rows_alone src out rt.csv

# The example policy's commentaire: a birth date cut by tags, the row's
# name and phone (synthetic values)
mkdir -p ex
cat > ex/patients_rt.csv <<'C'
IPP;Nom;Prénom;Sexe;Date de naissance;NIR;Téléphone;Email;commentaire
40099301;THÉBAULT;Odile;F;21/06/1947;247060735030783;07 57 87 85 33;o@example.org;vue Mme THÉ<b>BAULT</b> ce jour
40099302;GUÉZENNEC;Yves;M;16/05/1934;134057801137317;06.51.94.88.22;y@example.org;"né le 16/<b>05</b>/1934, tél O6.5l.9A.88.22"
C
check "export under the example policy" "$bin" export -j 1 \
    -p "$top/conf/example.policy" -k key ex exout 2>/dev/null
v=exout/patients_rt.csv
made=8	# (the view's IPP to Email: its fakes and pseudonyms taken out)
cell_no "example policy: a tag inside the name" 1 8 'THÉ<b>BAULT'
cell_word "example policy: a tag inside the name, the piece" 1 8 BAULT
cell_no "example policy: a birth date cut by tags" 2 8 '16/<b>05</b>/1934'
cell_no "example policy: letters for digits in the phone" 2 8 '9A.88.22'
made=4

check "pseudonymfs mounts" mount_view src mnt fs.log \
    -o "policy=$work/policy,key=$work/key" || finish
check "the mount equals the export" diff -r out mnt
rt mnt "mount: "
check "unmounts cleanly" unmount_view mnt fs.log
check "the daemon's log holds no value" sh -c \
    "! grep -qaiE 'dupont|vigneron|1840275|0612' fs.log"
check_nothing_left
finish

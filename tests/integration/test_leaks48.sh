#!/bin/sh
# leaks48: the channels leaks47 and redteam47 left (docs/threat-model.md
# "leaks48"), in the export and through the mount, under a test row policy
# and conf/example.policy.  1. The transliterator fails closed: when ICU
# cannot open it (the tests' fault), the exporter and the daemon refuse to
# start under a policy that scrubs, naming it, with no value in their
# messages.  2. The row's surname in Cyrillic cut across two cells by its
# French sound ("МОНТ" | "ГОЛЬФЬЕ"), in lower case cut to its sound
# ("дюпо"), a mixed-script neighbour word with letters beyond the part
# ("MONTGOLF" | "ІЕRжи").  3. A phone or a NIR said in French words, or
# words and digits mixed.  Ordinary numbers in words, a stranger's row,
# a Russian word keep theirs.  Negative checks read the cell with the
# row's own fakes and token taken out (lib.sh view_left), number words
# as whole words, the other scripts' bytes as bytes (no fake holds them).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
T="timeout 60"

"$bin" keygen key > /dev/null
row_policy leaks48-test nir note sexe suite > policy
mkdir -p src
MONT=$(printf '\320\234\320\236\320\235\320\242')			# МОНТ
GOLF=$(printf '\320\223\320\236\320\233\320\254\320\244\320\254\320\225')	# ГОЛЬФЬЕ
mont=$(printf '\320\274\320\276\320\275\321\202')			# монт
golf=$(printf '\320\263\320\276\320\273\321\214\321\204\321\214\320\265')	# гольфье
ierzh=$(printf '\320\206\320\225R\320\266\320\270')			# ІЕRжи
dupo=$(printf '\320\264\321\216\320\277\320\276')			# дюпо
depo=$(printf '\320\264\320\265\320\277\320\276 \320\267\320\260\320\272\321\200\321\213\321\202\320\276')	# депо закрыто
# (synthetic rows; the view: IPP 0, Nom 1, Prénom 2, NIR 3, Note 4,
# Sexe 5, Suite 6)
cat > src/leaks.csv <<C
IPP;Nom;Prénom;NIR;Note;Sexe;Suite
700001;DUPONT;Marc;184027512345674;Rappeler au 06 douze 34 cinquante-six 78 demain.;M;NIR un, quatre-vingt-quatre, zéro deux, soixante-quinze, cent vingt-trois, quatre cent cinquante-six, soixante-quatorze.
700002;DUPONT;Marc;184027512345674;"tel zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit svp";M;secu 1 quatre-vingt-quatre 02 soixante-quinze 123 456 74 ok
700003;DUPONT;Marc;184027512345674;deux comprimés le matin, trente ans de tabac.;M;Patient de soixante-dix-huit ans, 2 cp matin et soir.
700004;MONTGOLFIER;Lucienne;284027512345622;vu $MONT;F;$GOLF ce jour
700005;MONTGOLFIER;Lucienne;284027512345622;vu $mont;F;$golf ce jour
700006;MONTGOLFIER;Lucienne;284027512345622;vu MONTGOLF;F;$ierzh ce jour
700007;DUPONT;Marc;184027512345674;vu $dupo hier;M;$depo
700008;MARTIN;Paul;172039912345611;vu $mont;M;$golf ce jour
700009;MARTIN;Paul;172039912345611;vu $dupo hier;M;un, deux, trois, quatre, cinq, six, sept, huit, neuf, dix
C
check "export" "$bin" export -j 1 -p policy -k key src out 2>export.err
check "the export's messages hold no value" sh -c \
    "! grep -qaiE 'dupont|MONT|GOLF|1840275|douze|quatre' export.err"

word() {	# word DESC ROW COL RAW: RAW, any case, not a whole word there
	t=$(view_left "$v" "$2" "$3" $made)
	if printf '%s\n' "$t" | grep -qiE "(^|[^[:alnum:]])$4([^[:alnum:]]|\$)"
	then bad "$1: '$4' left in row $2 ($t)"; else ok; fi
}
no() {		# no DESC ROW COL RAW: the raw bytes nowhere in that cell
	t=$(view_left "$v" "$2" "$3" $made)
	case "$t" in *"$4"*) bad "$1: '$4' left in row $2 ($t)" ;; *) ok ;; esac
}
keep() {	# keep DESC ROW COL TEXT: the cell still holds TEXT
	t=$(view_cell "$v" "$2" "$3")
	case "$t" in *"$4"*) ok ;; *) bad "$1 (row $2: $t)" ;; esac
}
made=4
leaks() {	# the checks in directory $1
	v=$1/leaks.csv; m=$2
	no "${m}a phone, digits and words" 1 4 "06 douze"
	word "${m}a phone, digits and words: a word" 1 4 cinquante-six
	word "${m}a phone, digits and words: a group" 1 4 78
	word "${m}a NIR in words: its year" 1 6 quatre-vingt-quatre
	word "${m}a NIR in words: its commune" 1 6 "cent vingt-trois"
	word "${m}a NIR in words: its key" 1 6 soixante-quatorze
	word "${m}a phone in words with commas" 2 4 trente-quatre
	word "${m}a phone in words with commas, the last" 2 4 soixante-dix-huit
	word "${m}a NIR, words and digits" 2 6 soixante-quinze
	word "${m}a NIR, words and digits: a group" 2 6 456
	keep "${m}ordinary numbers in words" 3 4 "deux comprimés le matin, trente ans de tabac."
	keep "${m}an age in words" 3 6 "Patient de soixante-dix-huit ans, 2 cp"
	no "${m}МОНТ | ГОЛЬФЬЕ, before" 4 4 "$MONT"
	no "${m}МОНТ | ГОЛЬФЬЕ, after" 4 6 "$GOLF"
	no "${m}монт | гольфье, before" 5 4 "$mont"
	no "${m}монт | гольфье, after" 5 6 "$golf"
	word "${m}MONTGOLF | ІЕRжи, before" 6 4 MONTGOLF
	no "${m}MONTGOLF | ІЕRжи, after" 6 6 "$ierzh"
	no "${m}lower case cut to its sound" 7 4 "$dupo"
	keep "${m}a Russian word" 7 6 "$depo"
	keep "${m}монт | гольфье in another row" 8 4 "vu $mont"
	keep "${m}монт | гольфье in another row, after" 8 6 "$golf ce jour"
	keep "${m}дюпо in another row" 9 4 "vu $dupo hier"
	keep "${m}counting in words" 9 6 "un, deux, trois, quatre, cinq, six, sept, huit, neuf, dix"
}
leaks out ""

# Each row alone as among the others.
same=1
mkdir -p one
n=$(wc -l < src/leaks.csv)
i=2
while [ "$i" -le "$n" ]; do
	{ head -1 src/leaks.csv; sed -n "${i}p" src/leaks.csv; } > one/leaks.csv
	"$bin" export -j 1 -p policy -k key one oneout 2>/dev/null || same=0
	[ "$(sed -n 2p oneout/leaks.csv)" = "$(sed -n "${i}p" out/leaks.csv)" ] ||
	    { echo "row $i differs from the row scrubbed alone"; same=0; }
	rm -rf oneout one/leaks.csv
	i=$((i + 1))
done
check "each row as scrubbed alone" test "$same" -eq 1

# The example policy's commentaire (synthetic values)
mkdir -p ex
cat > ex/patients_l48.csv <<C
IPP;Nom;Prénom;Sexe;Date de naissance;NIR;Téléphone;Email;commentaire
40099301;DUPONT;Marc;M;21/02/1984;184027512345674;06 12 34 56 78;m@example.org;rappeler au zéro six douze 34 cinquante-six 78, NIR un quatre-vingt-quatre zéro deux soixante-quinze cent vingt-trois quatre cent cinquante-six soixante-quatorze
40099302;MONTGOLFIER;Lucienne;F;16/05/1934;234057801137317;07 57 87 85 33;l@example.org;vu $dupo puis $MONT, deux comprimés, trente ans
C
check "export under the example policy" "$bin" export -j 1 \
    -p "$top/conf/example.policy" -k key ex exout 2>exout.err
v=exout/patients_l48.csv
made=8	# (the view's IPP to Email: its fakes and pseudonyms taken out)
word "example policy: the phone, words and digits" 1 8 cinquante-six
word "example policy: the phone, a group" 1 8 douze
word "example policy: the NIR in words" 1 8 quatre-vingt-quatre
word "example policy: the NIR in words, its key" 1 8 soixante-quatorze
keep "example policy: ordinary numbers" 2 8 "deux comprimés, trente ans"
made=4

# The transliterator cannot be opened (the tests' fault): no start under
# a policy that scrubs; a policy that scrubs nothing starts.
{ printf '[project]\nname = plain\npatient = ipp\n\n[file n]\nmatch = *.csv\n\n'
printf '[column ipp]\nheaders = IPP\nop = token\n\n[column rest]\nheaders = Nom, Prénom, NIR, Note, Sexe, Suite\nop = drop\n'
} > plain.policy
for pol in policy "$top/conf/example.policy"; do
	src=src; [ "$pol" = policy ] || src=ex
	PSEUDONYMFS_TEST_FAULT=translit $T "$bin" export -q -j 1 -p "$pol" \
	    -k key $src fault.out > fault.log 2> fault.err
	check "fault ($pol): the exporter refuses (exit 1)" test $? -eq 1
	check "fault ($pol): ... names the transliterator" has fault.err "transliterator"
	check "fault ($pol): ... says it did not start" has fault.err "not started"
	check "fault ($pol): ... writes nothing" sh -c "! ls fault.out/*.csv 2>/dev/null | grep -q ."
	check "fault ($pol): ... no value in its messages" sh -c \
	    "! grep -qaiE 'dupont|MONT|1840275|douze|quatre' fault.err fault.log"
	rm -rf fault.out
	mkdir -p mnt.fault
	PSEUDONYMFS_TEST_FAULT=translit $T "$fsbin" -f -o \
	    "policy=$pol,key=$work/key" $src mnt.fault 2> fsfault.err
	check "fault ($pol): pseudonymfs refuses to mount" test $? -ne 0
	check "fault ($pol): ... nothing mounted" sh -c "! mountpoint -q mnt.fault"
	check "fault ($pol): ... names the transliterator" has fsfault.err "transliterator"
	check "fault ($pol): ... no value in its messages" sh -c \
	    "! grep -qaiE 'dupont|MONT|1840275|douze|quatre' fsfault.err"
done
PSEUDONYMFS_TEST_FAULT=translit $T "$bin" export -q -j 1 -p plain.policy \
    -k key src plain.out 2> plain.err
check "fault: a policy that scrubs nothing still exports" test -s plain.out/leaks.csv

check "pseudonymfs mounts" mount_view src mnt fs.log \
    -o "policy=$work/policy,key=$work/key" || finish
check "the mount equals the export" diff -r out mnt
leaks mnt "mount: "
check "unmounts cleanly" unmount_view mnt fs.log
check "the daemon's log holds no value" sh -c \
    "! grep -qaiE 'dupont|MONT|GOLF|1840275|douze|quatre' fs.log"
check_nothing_left
finish

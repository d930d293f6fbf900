#!/bin/sh
# Source files shaped to slip past their rules, under the policy that is
# most exposed to it: columns = keep, where a header no rule recognises is
# shown as it is.  A policy column written with an invisible character in
# its header (a zero-width space, a soft hyphen, a BOM, a bidirectional
# mark, a word joiner: what a copy from a web page or a spreadsheet leaves)
# must still get its rule.  A renamed file keeps its type's extension,
# never digits after the last dot (a postcode or a birth year after the
# patient's name: export_DUPONT.75011).  A name shown as it is by the
# operator's choice (suspect_names = show) that holds a newline and an
# escape forges no line in the messages and drives no terminal.  No raw
# value in the export or the mount.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
{ cat <<'P'
[project]
name = evasion-test
columns = keep

[file patients]
match = *.csv

[file exports]
match = export_*
rename = token
prefix = export_

[file shown]
match = shown_*
suspect_names = show

P
policy_columns ipp nom
cat <<'P'
[column prenom]
headers = Prénom
op = fake
kind = first_name

[column comm]
headers = Commentaire
op = scrub
P
} > policy
mkdir src
i=0
for c in '\302\255' '\342\200\213' '\342\200\214' '\342\200\215' '\342\201\240' \
    '\342\200\216' '\342\200\217' '\357\273\277' '\342\200\252' '\342\200\256' \
    '\342\201\246' '\341\240\216'; do
	i=$((i + 1))
	printf "IPP;N${c}om${c};Pr${c}\303\251nom\n10$i;ZORGLUBINV$i;Zerbinvis$i\n" \
	    > "src/invisible_$i.csv"
done
# Punctuation, symbols and controls beyond ASCII are read through as ASCII
# ones are: French guillemets, a middle dot, an arrow, a Braille blank
# (U+2800, shown as a space), NEL (a C1 control).
for c in '\302\253 |\302\273' '|\302\267' '|\342\206\222' '\342\240\200|' '|\302\205'; do
	i=$((i + 1))
	pre=${c%%|*} post=${c#*|}
	printf "IPP;${pre}Nom${post};${pre}Pr\303\251nom${post}\n10$i;ZORGLUBPUN$i;Zerbpunct$i\n" \
	    > "src/punct_$i.csv"
done
# A phone and a NIR whose separators are Unicode dashes (a non-breaking
# hyphen, as web pages write numbers so that they do not wrap; an en dash)
# in a scrubbed comment; the clinical ranges beside them stay.
i=$((i + 1))
printf 'IPP;Commentaire\n3001;tel 06\342\200\22151\342\200\22194\342\200\22188\342\200\22122, NIR 1\342\200\22384\342\200\22302\342\200\22375\342\200\223123\342\200\223456\342\200\22374, J1\342\200\223J3\n' \
    > src/dashes.csv
# The same with a middle dot, an underscore, a bullet between the groups
# (redteam11); a dose with a middle dot stays.
i=$((i + 1))
printf 'IPP;Commentaire\n3002;tel 06\302\26751\302\26794\302\26788\302\26722, NIR 1_84_02_75_123_456_74, 06\342\200\24251\342\200\24294\342\200\24288\342\200\24222, 5\302\26710 mg\n' \
    > src/seps.csv
# A phone glued to a closing guillemet, one between colons, a birth date
# between middle dots (redteam11).
i=$((i + 1))
printf 'IPP;Commentaire\n3003;tel \302\2530651948822\302\273, 06:51:94:88:22, n\303\251e le 12\302\26703\302\2671984\n' \
    > src/signs.csv
# nodashnum FILE...: no 06-51-94 or 1-84-02-75 whatever the separators.
nodashnum() {
	python3 -c 'import re, sys
for f in sys.argv[1:]:
    t = open(f, "rb").read().decode("utf-8", "replace")
    if re.search(r"06\D{1,3}51\D{1,3}94|84\D{1,3}02\D{1,3}75", t):
        sys.exit(1)' "$@"
}
# Look-alike letters (UTS #39 confusables): a Cyrillic о and е, Greek
# capitals, mathematical bold; each header is its rule's.  A header no
# rule names that mixes two scripts in a word (Adrеsse, Cyrillic е) is
# dropped although columns = keep.
printf 'IPP;N\320\276m;Pr\320\265nom\n201;ZORGLUCONFA;Zerbconfa\n' > src/confusable_1.csv
printf 'IPP;\316\235\316\237\316\234;PR\316\225NOM\n202;ZORGLUCONFB;Zerbconfb\n' > src/confusable_2.csv
printf 'IPP;\360\235\220\215\360\235\220\250\360\235\220\246;Pr\303\251nom\n203;ZORGLUCONFC;Zerbconfc\n' > src/confusable_3.csv
printf 'IPP;Nom;Adr\320\265sse;Ville;\316\262HCG (\302\265g/L)\n204;Durand;ZORGLUMIXED 12 rue;Reims;3.2\n' > src/confusable_4.csv
i=$((i + 4))
for n in 75011 1947 csv.0612 7; do
	printf 'IPP;Nom\n2001;Durand\n' > "src/export_ZORGLUDIG.$n"
done
# Its quote is not closed: the reason names the file, in every message.
printf 'IPP;Nom\n3001;"Durand\n' > "src/$(printf 'shown_a\nFORGED: mounted\033[2K')"
raw='ZORGLUBINV|Zerbinvis|ZORGLUBPUN|Zerbpunct|ZORGLUCONF|Zerbconf|ZORGLUMIXED'
# noforged FILE...: the file names the shown_ file, escaped (\x0a, \x1b),
# and holds no line the name forged and no escape byte.
noforged() {
	for f in "$@"; do
		grep -qF 'shown_a\x0aFORGED: mounted\x1b[2K' "$f" &&
		    ! grep -qa '^FORGED' "$f" && ! grep -qa "$(printf '\033')" "$f" ||
		    { echo "$f:"; cat -A "$f"; return 1; }
	done
}
digits='\.(75011|1947|0612|7)$'

"$bin" export -p policy -k key src out > export.out 2> export.err
check "export fails for the unclosed quote" test $? -eq 1
check "every other file is exported" test "$(ls out | wc -l)" -eq "$((i + 4))"
check "a newline or an escape in a shown name forges no message line" \
    noforged export.err
"$bin" check -p policy -k key src > check.out 2>&1
check "nor in check's report" noforged check.out
check "digits after the last dot are renamed with the rest" \
    sh -c "! ls out | grep -qE '$digits'"
check "an invisible character does not hide a header from its rule" \
    sh -c "! grep -rqaE '$raw' out"
check "a sign beyond ASCII (guillemets, middle dot, Braille blank, C1) does not hide a header" \
    sh -c "! grep -rqaE 'ZORGLUBPUN|Zerbpunct' out"
check "... its cells are faked, not dropped" \
    sh -c "test \$(cut -d';' -f2 out/punct_*.csv | grep -vc Nom) -eq 5"
check "a phone and a NIR separated by Unicode dashes are scrubbed" nodashnum out/dashes.csv
check "... the clinical range beside them stays" grep -q 'J1–J3' out/dashes.csv
check "a phone and a NIR separated by middle dots, underscores, bullets are scrubbed" \
    nodashnum out/seps.csv
check "... the dose with a middle dot beside them stays" grep -q '5·10 mg' out/seps.csv
check "a phone glued to a guillemet, one between colons are scrubbed" \
    nodashnum out/signs.csv
check "... the one glued too" sh -c "! grep -q 0651948822 out/signs.csv"
# (in the comment column: the row's token, 16 random letters and digits,
# spells 1984 about one run in 80,000, flake27)
check "... and a birth date between middle dots" sh -c "! cut -d';' -f2- out/signs.csv | grep -q 1984"
check "no raw value in the exporter's messages" \
    sh -c "! grep -qaE '$raw' export.out export.err"
check "a look-alike header does not hide it from its rule" \
    sh -c "! grep -qaE 'CONF|conf' out/confusable_*.csv"
check "its cells are transformed, not dropped" \
    sh -c "test \$(cut -d';' -f2 out/confusable_1.csv out/confusable_2.csv | grep -c .) -eq 4"
check "a mixed-script header no rule names is dropped under columns = keep" \
    sh -c "! grep -qa 'MIXED' out/confusable_4.csv && grep -q '^IPP;Nom;Ville;' out/confusable_4.csv"
check "the positive: the plain kept column beside it stays" grep -q ';Reims;' out/confusable_4.csv
check "... and a laboratory's Greek (betaHCG, micro sign) is no disguise" grep -q ';Reims;3.2$' out/confusable_4.csv
check "no raw value in check's report" sh -c "! grep -qaE '$raw' check.out"
check "check reports the look-alike header" \
    grep -q 'no rule names it and its letters mix two scripts' check.out
"$bin" check --json -p policy -k key src > check.json 2>/dev/null
check "and its JSON report" sh -c "grep -q '\"mixed_script\":true' check.json && ! grep -qaE '$raw' check.json"

check "pseudonymfs mounts" mount_view src mnt fs.log -o "policy=$work/policy,key=$work/key" || finish
check "no raw value through the mount" sh -c "! grep -rsqaE '$raw' mnt"
check "nor through the mount" nodashnum mnt/dashes.csv mnt/seps.csv mnt/signs.csv
check "the shown name's file gives EIO" fails_with EIO \
    "open('mnt/' + os.listdir('mnt')[[n.startswith('shown_') for n in os.listdir('mnt')].index(True)], 'rb').read()"
check "nor digits after the last dot in the mount's names" \
    sh -c "! ls mnt | grep -qE '$digits'"
check "the mount equals the export" diff -r -x 'shown_*' out mnt
check "unmounts cleanly" unmount_view mnt fs.log
check "nor in the daemon's log" noforged fs.log
check_nothing_left
finish

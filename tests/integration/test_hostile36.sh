#!/bin/sh
# hostile36 (docs/threat-model.md): the row's own surname, an ordinary
# word ("Vigneron", a winegrower), stayed raw in a scrubbed comment when
# it stood alone in a segment ("RAS (Vigneron)", a signature "vue ce
# jour. Vigneron"), before a possessive ("Vigneron's daughter") or in
# lower case after a name's label ("nom : vigneron"); the row's first
# name so too ("vu par rose", "Prénom - rose"). Negative checks:
# the raw word must not be left, as a whole word in any case, once the
# row's own fakes (random key) are taken out; in the export and through
# the mount. Keeps: the same word as a noun, a stranger's row.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
row_policy hostile36-test note > policy
mkdir -p src
cat > src/notes.csv <<'C'
IPP;Nom;Prénom;Note
200001;VIGNERON;Marcelle;RAS (Vigneron)
200002;VIGNERON;Marcelle;vue ce jour. Vigneron
200003;VIGNERON;Marcelle;"vue ce jour ""Vigneron"""
200004;VIGNERON;Marcelle;Vigneron's daughter called
200005;VIGNERON;Marcelle;nom : vigneron
200006;VIGNERON;Marcelle;nom de jeune fille : vigneron
200007;VIGNERON;Marcelle;le vigneron est venu
200008;DUPONT;Marc;RAS (Vigneron)
200009;PIGEON;Rose;vu par rose
200010;PIGEON;Rose;Prénom - rose
200011;PIGEON;Rose;Rose's daughter called
200012;PIGEON;Rose;une rose rouge
C
check "export" "$bin" export -j 1 -p policy -k key src out 2>export.err
check "the export's messages hold no value" sh -c \
    "! grep -qaiE 'vigneron|marcelle|pigeon|rose' export.err"

# The note of row R with the row's own pseudonyms (token, fakes: columns
# 0-2 of the view row) taken out (lib.sh view_left): what is left came
# from the source.
no() {	# no DESC ROW [WORD]: no whole WORD (vigneron), any case, left in the note
	t=$(view_left "$v" "$2" 3 3)
	if printf '%s\n' "$t" | grep -qiwE "${3:-vigneron}"; then
		bad "$1: raw surname left in row $2 ($t)"
	else
		ok
	fi
}
keep() {	# keep DESC ROW TEXT: the note still holds TEXT
	t=$(view_left "$v" "$2" 3 3)
	case "$t" in *"$3"*) ok ;; *) bad "$1 (row $2: $t)" ;; esac
}
v=out/notes.csv
no "alone in parentheses" 1
no "a signature after a full stop" 2
no "alone in quotes" 3
no "before a possessive" 4
no "in lower case after nom :" 5
no "in lower case after nom de jeune fille :" 6
keep "the noun with its article stays" 7 "le vigneron est venu"
keep "a stranger's row keeps the word" 8 "(Vigneron)"
no "the row's first name after a cue" 9 rose
no "the row's first name after its label" 10 rose
no "the row's first name before a possessive" 11 rose
keep "the flower stays" 12 "une rose rouge"

check "pseudonymfs mounts" mount_view src mnt fs.log \
    -o "policy=$work/policy,key=$work/key" || finish
check "the mount equals the export" diff -r out mnt
v=mnt/notes.csv
no "mount: alone in parentheses" 1
no "mount: a signature" 2
no "mount: before a possessive" 4
no "mount: after nom :" 5
no "mount: the first name after a cue" 9 rose
check "unmounts cleanly" unmount_view mnt fs.log
check "the daemon's log holds no value" sh -c \
    "! grep -qaiE 'vigneron|marcelle|pigeon|rose' fs.log"
check_nothing_left
finish

#!/bin/sh
# rowvar43 (docs/threat-model.md): the row's own name part of five letters
# or more written as its consonant skeleton ("DPNT", "Vgnrn", "CHVLR",
# "SBLL" for DUPONT, VIGNERON, CHEVALLIER, Isabelle) stayed raw in a
# scrubbed comment. Negative checks: the raw skeleton must not be left,
# as a whole word in any case, once the row's own pseudonyms (random key)
# are taken out; in the export and through the mount. Keeps: the same
# word for a stranger's row, in lower case with no cue, a skeleton of
# three consonants, "matin" for a row MARTIN, clinical acronyms. And a
# name ending in -ier written in Cyrillic as it sounds ("Гарнье" for
# GARNIER) alone in the cell.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key > /dev/null
row_policy rowvar43-test note > policy
mkdir -p src
cat > src/notes.csv <<'C'
IPP;Nom;Prénom;Note
300001;DUPONT;Jean;Vu ce jour DPNT pour suivi.
300002;DUPONT;Jean;RAS. Dpnt rentre demain.
300003;VIGNERON;Hélène;Vgnrn
300004;CHEVALLIER;Luc;Vu ce jour CHVLR pour suivi.
300005;GIRARD;Isabelle;Appel de SBLL ce jour.
300006;DUPONT;Jean;vue par mme dpnt ce jour.
300007;MARTIN;Louis;Vu ce jour DPNT pour suivi.
300008;DUPONT;Jean;revu avec dpnt ce jour.
300009;GIRARD;Isabelle;Vu ce jour GRD pour suivi.
300010;MARTIN;Louis;Vu ce matin, RAS. HBPM, NFS, CRP : RAS.
300011;GARNIER;Marc;Гарнье
300012;DUPONT;Jean;Гарнье
C
check "export" "$bin" export -j 1 -p policy -k key src out 2>export.err
check "the export's messages hold no value" sh -c \
    "! grep -qaiE 'dupont|dpnt|vgnrn|chvlr|sbll' export.err"

# The note of row R with the row's own pseudonyms (token, fakes: columns
# 0-2 of the view row) and bracket labels taken out (lib.sh view_left):
# what is left came from the source.
no() {	# no DESC ROW WORD: no whole WORD, any case, left in the note
	t=$(view_left "$v" "$2" 3 3)
	if printf '%s\n' "$t" | grep -qiwE "$3"; then
		bad "$1: raw skeleton left in row $2 ($t)"
	else
		ok
	fi
}
keep() {	# keep DESC ROW TEXT: the note is still TEXT, byte for byte
	t=$(view_left "$v" "$2" 3 3)
	if [ "$t" = "$3" ]; then ok; else bad "$1 (row $2: $t)"; fi
}
v=out/notes.csv
no "the surname's skeleton in capitals" 1 dpnt
no "the surname's skeleton capitalized" 2 dpnt
no "a skeleton alone in the cell" 3 vgnrn
no "doubled letters made one" 4 chvlr
no "the first name's skeleton, first vowel off" 5 sbll
no "lower case after a title" 6 dpnt
keep "a stranger's row keeps the word" 7 "Vu ce jour DPNT pour suivi."
keep "lower case with no cue stays" 8 "revu avec dpnt ce jour."
keep "three consonants stay" 9 "Vu ce jour GRD pour suivi."
keep "matin and acronyms beside MARTIN stay" 10 \
    "Vu ce matin, RAS. HBPM, NFS, CRP : RAS."
no "the -ier name in Cyrillic, alone" 11 "Гарнье"
keep "a stranger's row keeps the Cyrillic word" 12 "Гарнье"

check "pseudonymfs mounts" mount_view src mnt fs.log \
    -o "policy=$work/policy,key=$work/key" || finish
check "the mount equals the export" diff -r out mnt
v=mnt/notes.csv
no "mount: the surname's skeleton" 1 dpnt
no "mount: a skeleton alone" 3 vgnrn
no "mount: the first name's skeleton" 5 sbll
no "mount: the -ier name in Cyrillic" 11 "Гарнье"
keep "mount: a stranger's row" 7 "Vu ce jour DPNT pour suivi."
check "unmounts cleanly" unmount_view mnt fs.log
check "the daemon's log holds no value" sh -c \
    "! grep -qaiE 'dupont|dpnt|vgnrn|chvlr|sbll' fs.log"
check_nothing_left
finish

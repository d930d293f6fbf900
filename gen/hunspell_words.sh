#!/bin/sh
# The inflected forms of the common words of the Dicollecte French
# dictionary (Debian hunspell-fr-comprehensive, MPL-2.0,
# https://grammalecte.net), one a line, for the scrub lexicon
# (gen/gen_lexicon.c, docs/scrub.md: "The lexicon").
#
#   sh gen/hunspell_words.sh [DIR [KNOWN]] > build/hunspell_words.txt
#
# DIR holds fr.dic and fr.aff (default /usr/share/hunspell); KNOWN is the
# word list read beside this one (default /usr/share/dict/french): its
# forms are left out here.  Only the
# stems written in lower case: the proper nouns of the dictionary (first
# names, places) are what scrub must find, not ordinary words.  unmunch
# (hunspell-tools) expands each stem with its affixes; it reads this
# dictionary's two-character flags as one-character ones and so also
# makes forms that are no words ("faïencié"), which hunspell itself (-G:
# only the correct words) then drops.  Elided forms (l', qu') and forms
# with digits are left out, and so are words with a capital (acronyms are
# no ordinary words).  The scrub tokenizer splits "abdomino-pelvien" at
# the hyphen: of a compound, the parts in -o ("gastro", "abdomino",
# "médico") are kept as words, not the others ("lille" of "vieux-lille",
# "nectaire" of "saint-nectaire" are names), which are words only if
# they are words on their own.
set -eu
dir=${1:-/usr/share/hunspell}
# The word list the lexicon is built from beside this one (LEXICON_SRC,
# wfrench): a form it holds already is in the lexicon whatever hunspell
# says of it, so it is not asked (hunspell -G reads some 75,000 words a
# second: 7.4 s of a fresh build, 3.1 s without wfrench's).  Compounds
# with a hyphen are all asked: their parts in -o are kept below.
known=${2:-/usr/share/dict/french}
for tool in unmunch hunspell; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "hunspell_words.sh: $tool missing (tests/install-deps.sh)" >&2
		exit 1
	}
done
[ -r "$dir/fr.dic" ] && [ -r "$dir/fr.aff" ] || {
	echo "hunspell_words.sh: $dir/fr.dic missing (hunspell-fr-comprehensive)" >&2
	exit 1
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{
	head -n 1 "$dir/fr.dic"
	tail -n +2 "$dir/fr.dic" | grep '^[a-zàâäéèêëîïôöùûüÿçœæ]' || :
} > "$tmp/lower.dic"
unmunch "$tmp/lower.dic" "$dir/fr.aff" 2>/dev/null |
	sed -e 's,/.*,,' -e 's,0$,,' | grep -v "[0-9'’ ]" |
	LC_ALL=C sort -u > "$tmp/all"
LC_ALL=C sort -u "$known" > "$tmp/known"
{
	grep -- - "$tmp/all" || :
	LC_ALL=C comm -23 "$tmp/all" "$tmp/known" | grep -v -- - || :
} > "$tmp/cand"
LC_ALL=C.UTF-8 hunspell -d "$dir/fr" -G < "$tmp/cand" > "$tmp/good"
{
	grep -v -- - "$tmp/good"
	# the first parts of learned compounds: "gastro", "abdomino"
	grep -- - "$tmp/good" | tr -- - '\n' | grep 'o$'
} | grep -v '[[:upper:]]' | LC_ALL=C sort -u

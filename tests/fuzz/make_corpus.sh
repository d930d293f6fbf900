#!/bin/sh
# Writes the seed corpora under tests/fuzz/corpus/ from the bundled synthetic
# samples and the policies of the repository (run from the top directory).
# A view seed is one mode byte (see tests/fuzz/fuzz_view.c) and the head of
# a sample: seeds stay small so the fuzzer runs fast.
set -eu
v=tests/fuzz/corpus/view
p=tests/fuzz/corpus/policy
rm -rf "$v" "$p"
mkdir -p "$v" "$p"
seed() {	# seed NAME MODE-BYTE (octal) < data
	{ printf "\\$2"; cat; } > "$v/$1"
}
for f in patients.csv sejours.csv export_BONNET_Pierre.csv labo/resultats.tsv; do
	b=$(basename "$f" | tr . _)
	for m in 000 001 002 004; do
		head -n 12 "conf/samples/$f" | seed "${b}_$m" "$m"
	done
done
# Every one-letter header of the fuzz policy, with values each operator reads.
printf 'a;b;c;d;e;f;g;h;i;j;k;l;m;n;o;p;q;r;s;t;u;v;w;x\r\n' > hdr.tmp
printf '1001;DUPONT;Jean;Jean DUPONT;12 rue X;Paris;06 12 34 56 78;a@b.fr;' >> hdr.tmp
printf '247060735030783;2 47 06 07 350 307 83;21/06/1947;1947-01-02;' >> hdr.tmp
printf '15/01/2019 08:14;2019-03-02;20190302T1000;69003;B20.1;Libelle;e11;' >> hdr.tmp
printf 'ABCDEF;secret;garde;jette;autre\r\n' >> hdr.tmp
printf '"1002";"LÉA";"";"";"";"";"+33 7 57";"";"";"";"";"";"";"";"";"2A000";"F32";"";"I10";"x";"";"";"";""\r\n' >> hdr.tmp
for m in 000 001 002 004 005; do seed "letters_$m" "$m" < hdr.tmp; done
printf 'a,b,m\n1,"x\ny",01/02/2003\n' | seed comma_000 000
printf 'a\tb\tq\n1\tX\tZ99\n' | seed tab_004 004
printf 'a|b|i\n1|Y|1 84 12 75 123 456 78\n' | seed pipe_001 001
printf '\357\273\277a;b\n1;\351t\351\n' | seed bom_000 000
printf 'a;b\n1;\351t\351\n' | seed cp1252_004 004
rm -f hdr.tmp
cp conf/example.policy "$p/example.policy"
# The same with a UTF-8 view and a BOM (encoding =, bom =: docs/policy.md).
sed 's/^columns *= drop/columns         = drop\nencoding        = utf-8\nbom             = yes/' \
    conf/example.policy > "$p/example_utf8.policy"
cp tests/bench/bench.policy "$p/bench.policy"
sed -n '/^static const char fuzz_policy/,/;$/p' tests/fuzz/fuzz_view.c |
	sed '1d; s/^ *"//; s/"[;]*$//; s/\\n/\n/g' > "$p/fuzz_view.policy"
printf '[project]\nname = t\ncolumns = keep\n[file all]\nmatch = *\n' > "$p/keep.policy"
printf '[project]\nname = x\n[file a]\nmatch = *\n[column c]\nheaders = nom\nop = tokn\n' > "$p/broken.policy"

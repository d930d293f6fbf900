#!/bin/sh
# pseudonymize reveal (issue 15 item 3): from a token of the view back to the
# source rows, for the key holder only, to a terminal or a file named with
# -o, recorded in the audit file given with --audit before anything is shown.
. "$(dirname "$0")/lib.sh"
cd "$work"
policy="$top/conf/example.policy"

"$bin" keygen key
mkdir src
cp -r "$top/conf/samples/." src/
"$bin" export -p "$policy" -k key src ref
# Row 2 of the patients file: its tokens in the view, its raw cells.
eval "$(python3 - ref/patients.csv src/patients.csv <<'PY'
import sys
view = open(sys.argv[1], encoding="utf-8-sig").read().splitlines()
src = open(sys.argv[2], encoding="utf-8-sig").read().splitlines()
vh, v = view[0].split(";"), view[1].split(";")
sh, s = src[0].split(";"), src[1].split(";")
nir = v[vh.index("NIR")]
print("ipp_tok=%s" % v[vh.index("IPP")])
print("nir_fake=%s" % nir)
# The fake NIR as someone copies it from a letter: spaced.
print("nir_spaced='%s %s %s %s %s %s %s'" % (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:]))
print("raw_ipp=%s" % s[sh.index("IPP")])
print("raw_nom=%s" % s[sh.index("Nom")])
print("raw_nir=%s" % s[sh.index("NIR")])
PY
)"
single=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["single_export"])' "$top/tests/data/samples.manifest.json")
renamed=$(cd ref && ls export_*.csv)
file_tok=${renamed#export_}
file_tok=${file_tok%.csv}

# ---- where the raw values may go ----
"$bin" reveal --audit rv.audit -p "$policy" -k key src "$ipp_tok" > piped 2> piped.err
check "to a pipe or a redirection: refused (exit 1)" test $? -eq 1
check "... nothing written" test ! -s piped
check "... and the refusal says where it may write" has piped.err "writes to a terminal"
check "no raw value in the refusal" sh -c "! grep -qF '$raw_nom' piped.err"
check "to a terminal: shown" python3 - "$bin" "$policy" "$ipp_tok" "$raw_nom" <<'PY'
import os, pty, sys
binp, pol, tok, raw = sys.argv[1:5]
pid, fd = pty.fork()
if pid == 0:
    os.execv(binp, [binp, "reveal", "--audit", "rv.audit", "-p", pol, "-k", "key", "src", tok])
out = b""
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    out += chunk
_, status = os.waitpid(pid, 0)
sys.exit(0 if os.WEXITSTATUS(status) == 0 and raw.encode() in out else 1)
PY
check "-o FILE: written" "$bin" reveal --audit rv.audit -p "$policy" -k key -o rev.txt src "$ipp_tok"
check "-o FILE is created 0600" test "$(stat -c %a rev.txt)" = 600
check_not "-o never overwrites" "$bin" reveal --audit rv.audit -p "$policy" -k key -o rev.txt src "$ipp_tok"
# -o inside the source (redteam11): the raw cells and source paths went
# into a new file of the tree a mount shows and a later export reads ("cd
# /data/exports && pseudonymize reveal ... . TOKEN -o found.csv"), where a
# rule matching it (match = *.csv, columns = keep) showed them.  Refused,
# nothing written.  (Beside a single-file SRC it is allowed: below, ctl.txt
# beside ctl.csv; that directory is no source tree.)
check_not "-o inside the source is refused" "$bin" reveal --audit rv.audit \
    -p "$policy" -k key -o src/found.csv src "$ipp_tok" 2> in.err
check "... nothing is written there" test ! -e src/found.csv
check "... and says why" grep -q "inside the source" in.err
check_not "... the same from inside it, SRC '.'" sh -c "cd src && '$bin' reveal \
    --audit ../rv.audit -p '$policy' -k ../key -o found2.csv . '$ipp_tok' 2>> ../in.err"
check "... nothing is written there" test ! -e src/found2.csv
check_not "... no raw value in the refusals" grep -qF "$raw_nom" in.err

# ---- what it finds ----
check "a token gives the source path and line" has rev.txt "$ipp_tok: patients.csv, line 2"
check "... and the raw cells under their headers" has rev.txt "	IPP: $raw_ipp"
check "... the raw name" has rev.txt "	Nom: $raw_nom"
check "... in every file the patient is in" sh -c "grep -q '^$ipp_tok: sejours.csv, line' rev.txt && grep -q '^$ipp_tok: labo/resultats.tsv, line' rev.txt"
check "... every row it found holds the raw IPP" sh -c "test \$(grep -c '^$ipp_tok: ' rev.txt) -eq \$(grep -c '	IPP: $raw_ipp\$' rev.txt)"
"$bin" reveal --audit rv.audit -p "$policy" -k key -o nir.txt src "$nir_fake" > /dev/null
check "a fake NIR gives its row" has nir.txt "$nir_fake: patients.csv, line 2"
check "... with the raw NIR" has nir.txt "	NIR: $raw_nir"
"$bin" reveal --audit rv.audit -p "$policy" -k key -o nir2.txt src "$nir_spaced" > /dev/null
check "a fake NIR written with spaces too" has nir2.txt "$nir_spaced: patients.csv, line 2"
"$bin" reveal --audit rv.audit -p "$policy" -k key -o file.txt src "$file_tok" "$renamed" > /dev/null
check "a file-name token gives the source file's name" has file.txt "$file_tok: $single (the file's name; shown as $renamed)"
check "... so does the whole view name" has file.txt "$renamed: $single"
"$bin" reveal --audit rv.audit -p "$policy" -k key -o none.txt src nosuchtoken_0000 > /dev/null
check "a token found nowhere: exit 3 and said" sh -c "test $? -eq 3 && grep -q 'nosuchtoken_0000: not found' none.txt"
check "a single file as SRC" sh -c "'$bin' reveal --audit rv.audit -p '$policy' -k key -o one.txt src/patients.csv '$ipp_tok' && grep -q 'src/patients.csv, line 2' one.txt && ! grep -q sejours one.txt"
printf 'IPP;Nom\n1;"X\033]0;pwned\007"\n' > ctl.csv
"$bin" export -p "$policy" -k key --as patients.csv ctl.csv ctlview.csv
ctl_tok=$(sed -n 2p ctlview.csv | cut -d';' -f1)
"$bin" reveal --audit rv.audit -p "$policy" -k key --as patients.csv -o ctl.txt ctl.csv "$ctl_tok"
check "control characters of a cell are escaped, not sent to the terminal" sh -c "grep -qF 'Nom: X\\x1b]0;pwned\\x07' ctl.txt && ! grep -q \"\$(printf '\\033')\" ctl.txt"

# A file that fails, in a directory named after a patient: stderr may be a
# redirection (a script's log, a CI job), so it names the file by its view
# path; its source path goes where the raw cells go (-o FILE, a terminal).
mkdir -p srcfail/ZORGLUREV_Jean
cp src/patients.csv srcfail/
printf 'IPP;Nom;Sexe\n1;"Martin;F\n' > srcfail/ZORGLUREV_Jean/resultats.csv
{ cat "$policy"; printf '\n[file nested]\nmatch = */resultats.csv\n'; } > nested.policy
"$bin" reveal --audit rv.audit -p nested.policy -k key -o fail.txt srcfail "$ipp_tok" 2> fail.err
check "a file that fails: exit 1" test $? -eq 1
check "... stderr names it by its view path, not the patient's directory" \
    sh -c "grep -q 'dir-[a-z0-9]*/resultats.csv: line 2, column 2: unterminated quoted field' fail.err && ! grep -q ZORGLUREV fail.err"
check "... its source path is in the -o file" \
    grep -q 'ZORGLUREV_Jean/resultats.csv: line 2, column 2: unterminated quoted field' fail.txt
check "... which still reveals the token" has fail.txt "$ipp_tok: patients.csv, line 2"

# ---- the audit ----
check "--audit: reveals" "$bin" reveal -p "$policy" -k key -o a.txt --audit reveal.audit src "$ipp_tok" "$nir_fake"
check "one record per token, event reveal" test "$(grep -c 'event=reveal' reveal.audit)" -eq 2
check "the record names the token, the policy and the key" sh -c "grep -q 'path=$ipp_tok ' reveal.audit && grep -q \"key=\$('$bin' export -v -p '$policy' -k key --as patients.csv - - </dev/null 2>&1 | sed -n 's/.*key id \([0-9a-f]*\).*/\1/p')\" reveal.audit"
check "no raw value in the audit" sh -c "! grep -qF '$raw_nom' reveal.audit && ! grep -qF '$raw_ipp' reveal.audit"
check "the chain verifies" "$bin" audit-verify reveal.audit
mkdir audit_is_a_dir
"$bin" reveal -p "$policy" -k key -o b.txt --audit audit_is_a_dir src "$ipp_tok" 2> b.err
check "an audit that cannot be written: refused (exit 1)" test $? -eq 1
check "... before anything is revealed" sh -c "! grep -qF '$raw_nom' b.txt"
check_not "a wrong key finds nothing" sh -c "'$bin' keygen key2 && '$bin' reveal --audit rv.audit -p '$policy' -k key2 -o c.txt src '$ipp_tok'; grep -qF '$raw_nom' c.txt"

# ---- without --audit: syslog, or nothing ----
# In a private mount namespace /dev is a directory with the devices reveal
# needs, and a syslog socket only when the case says so (test_abuse.sh).
if unshare -m true 2>/dev/null; then
	cat > ns_dev.sh <<EOS
mkdir -p dev
for n in null zero urandom tty; do touch dev/\$n; mount --bind /dev/\$n dev/\$n 2>/dev/null; done
EOS
	cat > nosyslog.sh <<EOS
. ./ns_dev.sh
mount --rbind "$work/dev" /dev
"$bin" reveal -p "$policy" -k key -o ns1.txt src "$ipp_tok" 2>ns1.err; echo \$? > ns1.st
EOS
	timeout 60 unshare -m sh nosyslog.sh
	check "no --audit and no syslog: refused (exit 1)" test "$(cat ns1.st)" -eq 1
	check "... nothing is revealed" sh -c "! grep -qF '$raw_nom' ns1.txt ns1.err"
	check "... and it says to give --audit FILE" grep -q "cannot go to syslog.*--audit FILE" ns1.err
	rm -rf dev
	cat > withsyslog.sh <<EOS
. ./ns_dev.sh
python3 "$top/tests/integration/syslog_sink.py" &
sinkpid=\$!
while [ ! -e dev/ready ]; do sleep 0.1; done
mount --rbind "$work/dev" /dev
"$bin" reveal -p "$policy" -k key -o ns2.txt src "$ipp_tok" 2>ns2.err; echo \$? > ns2.st
# The sink reads what reveal sent: up to 10 s for it (0.5 s fixed
# before; a loaded machine may take longer), then the checks.
i=0; while ! grep -q 'event=reveal' syslog.txt 2>/dev/null && [ \$i -lt 100 ]; do sleep 0.1; i=\$((i + 1)); done
kill \$sinkpid
EOS
	timeout 60 unshare -m sh withsyslog.sh
	check "no --audit: reveals, with syslog" sh -c "test \$(cat ns2.st) -eq 0 && grep -qF '$raw_nom' ns2.txt"
	check "... after a reveal record there" grep -q "event=reveal .*path=$ipp_tok " syslog.txt
	check "... that holds no raw value" sh -c "! grep -qF '$raw_nom' syslog.txt && ! grep -qF '$raw_ipp' syslog.txt"
	rm -rf dev
else
	echo "SKIP: no private mount namespace (unshare -m): reveal without --audit"
fi
finish

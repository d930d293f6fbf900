#!/bin/sh
# The exporter and a source rewritten in place while it is exported
# (review19): cp or a shell's '>' over the file, a nightly job that writes
# the new export over the old one.  Until review19 the exporter compared
# the source's identity once, at the end of the file: a regular DST is
# renamed into place only then, but standard output, a FIFO, a device or a
# file behind a link had already received every record of the new version
# cut by the old header's plan.  A new export whose columns are reordered
# (Sexe;IPP;Nom over IPP;Nom;Sexe, every line as long as before) put each
# raw name under the kept Sexe column: 400,000 names went down the pipe,
# then "the source changed while it was read", exit 1.
#
# The driver gives the exporter a full pipe, so that it waits at its first
# write, rewrites the source in place, then drains the pipe: nothing of
# the new version may come out.
. "$(dirname "$0")/lib.sh"
cd "$work"

"$bin" keygen key
{ cat <<'P'
[project]
name = export-changes

[file patients]
match = patients*.csv

P
policy_columns ipp nom sexe; } > policy

# Old and new versions of one export, byte for byte as long; the raw names
# (ZQXNOM...) are faked in the old one and under Sexe in the new one.
python3 - <<'PY'
with open('old.csv', 'w') as o, open('new.csv', 'w') as n:
    o.write('IPP;Nom;Sexe\n')
    n.write('Sexe;IPP;Nom\n')
    for i in range(300000):
        ipp, nom = '%07d' % (1000000 + i), 'ZQXNOM%06d' % i
        o.write('%s;%s;F\n' % (ipp, nom))
        n.write('M;%s;%s\n' % (ipp, nom))
PY

# rewrite_during OUT ERR RC -- COMMAND...: run COMMAND, its standard
# output a pipe already full, so that it stops at its first write (the
# header's, once its plan is made from the header it read); when it is
# seen waiting there (or after 2 s), rewrite the source in place, then copy
# the rest of its output to OUT.
rewrite_during() {
	out=$1; err=$2; rc=$3; shift 4
	python3 - "$out" "$err" "$rc" "$@" <<'PY'
import fcntl, os, subprocess, sys, time
out, err, rc, cmd = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
chunk = '--header-line' in cmd
r, w = os.pipe()
fcntl.fcntl(w, 1031, 4096)          # F_SETPIPE_SZ: one page
os.set_blocking(w, False)
junk = 0
try:
    while True:
        junk += os.write(w, b'#' * 4096)
except BlockingIOError:
    pass
os.set_blocking(w, True)
stdin = open('chunk.csv', 'rb') if chunk else None
with open(err, 'wb') as e:
    p = subprocess.Popen(cmd, stdout=w, stderr=e, stdin=stdin)
os.close(w)
# Waiting in its write: where the kernel says it sleeps, when it says.
for _ in range(200):
    try:
        with open('/proc/%d/wchan' % p.pid) as f:
            if f.read().strip() == 'pipe_write':
                break
    except OSError:
        pass
    time.sleep(0.01)
# In place, on the same inode, as cp does (without the moment of an
# empty file between its truncation and its first write, which ends the
# old version early: each line is as long as before).
with open('new.csv', 'rb') as n, open('chunk.csv' if chunk else
    'patients.csv', 'r+b') as t:
    data = n.read()
    if chunk:
        data = data[data.index(b'\n') + 1:]
    t.write(data)
with os.fdopen(r, 'rb') as f, open(out, 'wb') as o:
    o.write(f.read()[junk:])
p.wait()
with open(rc, 'w') as f:
    f.write('%d\n' % p.returncode)
PY
}
noraw() { ! grep -qF ZQXNOM "$1"; }

for jobs in 1 2; do
	cp old.csv patients.csv
	rewrite_during out$jobs.csv err$jobs rc$jobs -- "$bin" export -q -j $jobs \
	    -p policy -k key patients.csv -
	check "-j $jobs: rewritten while exported to a pipe: no raw name came out" \
	    noraw out$jobs.csv
	check "-j $jobs: ... the export fails (exit 1)" grep -qx 1 rc$jobs
	check "-j $jobs: ... and says the source changed" \
	    has err$jobs "the source changed while it was read"
	check "-j $jobs: ... nor a raw name in its messages" noraw err$jobs
done

# --gzip to standard output: the same, compressed.
cp old.csv patients.csv
rewrite_during outgz errgz rcgz -- "$bin" export -q -j 1 --gzip \
    -p policy -k key patients.csv -
zcat outgz > outgz.csv 2>/dev/null
check "--gzip: rewritten while exported to a pipe: no raw name came out" \
    noraw outgz.csv
check "--gzip: ... the export fails (exit 1)" grep -qx 1 rcgz

# Records without their header (--header-line), standard input a file:
# nothing was compared at all; each record made after the rewrite went out.
sed 1d old.csv > chunk.csv
rewrite_during outchunk errchunk rcchunk -- "$bin" export -q \
    --header-line 'IPP;Nom;Sexe' --as patients.csv -p policy -k key - -
check "--header-line: a chunk rewritten while exported: no raw name came out" \
    noraw outchunk
check "--header-line: ... the export fails (exit 1)" grep -qx 1 rcchunk
check "--header-line: ... and says the source changed" \
    has errchunk "the source changed while it was read"

# Negative: an unchanged source still goes out whole, exit 0.
cp old.csv patients.csv
"$bin" export -q -p policy -k key patients.csv - > whole.csv 2>whole.err
check "an unchanged source is exported whole (exit 0)" test $? -eq 0
check "... every row of it" test "$(wc -l < whole.csv)" -eq 300001
check "... its names faked" noraw whole.csv

finish

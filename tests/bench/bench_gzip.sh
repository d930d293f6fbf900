#!/bin/sh
# bench_gzip.sh: what a gzip source costs beside the same file uncompressed
# (docs/performance.md, "Gzip sources").
#
#   sh tests/bench/bench_gzip.sh [SIZE_MB]        (default 50)
#
# On one synthetic patients export of SIZE_MB (conf/example.policy), plain
# and gzip -6 side by side in one source directory:
#   export   pseudonymize export of each (warm page cache), seconds
#   index    the first stat through a fresh mount: one pass through inflate
#            and the engine, seconds; the daemon's RSS before and after
#   random   4 KiB preads at random offsets (seeded), each after
#            posix_fadvise(DONTNEED) of the view so that each reaches the
#            daemon: mean milliseconds per read
# Mounts run in the foreground and the EXIT trap unmounts them and removes
# the scratch directory.  Bounded by timeout(1): the whole run by 300 s.
# shellcheck disable=SC2086
set -eu

BENCH_NAME=bench_gzip
# shellcheck source=tests/bench/lib.sh
. "$(dirname "$0")/lib.sh"
SIZE_MB=${1:-50}
bench_number "$SIZE_MB" "[SIZE_MB]"
READS=${BENCH_READS:-300}
bench_scratch
[ -x "$PSEUDO" ] && [ -x "$FSBIN" ] || die "make first"
secs() { python3 -c 'import sys,time; t=time.monotonic(); import subprocess; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print("%.2f" % (time.monotonic()-t))' "$@"; }

cd "$TMP"
"$PSEUDO" keygen key
mkdir src
python3 "$ROOT/tests/gen/gen_exports.py" --bench-patients src/patients_plain.csv --size-mb "$SIZE_MB" >/dev/null
gzip -6 -c src/patients_plain.csv > src/patients_gz.csv.gz
echo "source: $(stat -c %s src/patients_plain.csv) bytes, gzip -6: $(stat -c %s src/patients_gz.csv.gz) bytes"

mkdir out
echo "export plain: $(secs timeout 120 "$PSEUDO" export -p "$POLICY" -k key src/patients_plain.csv out/p.csv) s"
echo "export gzip:  $(secs timeout 120 "$PSEUDO" export -p "$POLICY" -k key src/patients_gz.csv.gz out/g.csv) s"
cmp -s out/p.csv out/g.csv || die "the two exports differ"

bench_fs fs "$TMP/mnt" "$FSBIN" -f \
    -o "policy=$POLICY,key=$TMP/key,audit=$TMP/audit.log" src "$TMP/mnt"
rss() { awk '/^VmRSS/ {print $2}' /proc/$pid/status; }
r0=$(rss)
echo "index plain: $(secs timeout 120 stat mnt/patients_plain.csv) s, RSS $r0 -> $(rss) KiB"
r1=$(rss)
echo "index gzip:  $(secs timeout 120 stat mnt/patients_gz.csv) s, RSS $r1 -> $(rss) KiB"
timeout 120 python3 - mnt "$READS" <<'PY'
import os, random, sys, time
mnt, n = sys.argv[1], int(sys.argv[2])
for name in ("patients_plain.csv", "patients_gz.csv"):
    p = os.path.join(mnt, name)
    size = os.stat(p).st_size
    fd = os.open(p, os.O_RDONLY)
    rng = random.Random(20261203)
    t = time.monotonic()
    for _ in range(n):
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.pread(fd, 4096, rng.randrange(0, size - 4096) & ~4095)
    print("random 4 KiB %s: %.2f ms per read" % (name.split("_")[1].split(".")[0],
          (time.monotonic() - t) * 1000 / n))
    os.close(fd)
PY

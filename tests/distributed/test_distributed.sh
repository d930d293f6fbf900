#!/bin/sh
# make test-distributed: the exporter's chunk mode on a real distributed
# engine (docs/scaling.md).  A Dask scheduler and two workers on 127.0.0.1
# only, each stopped by this script (and bounded by `timeout`); a generated
# file of at least 200 MB cut at record boundaries; one Dask task per chunk
# runs `pseudonymize export --header-from`; the header's view and the parts,
# concatenated in order, must equal a one-pass export byte for byte.
. "$(dirname "$0")/../integration/lib.sh"
cd "$work"
here="$top/tests/distributed"
py=/usr/bin/python3	# Debian's python3-distributed, whatever PATH says
policy="$top/conf/example.policy"
SIZE_MB=${DIST_SIZE_MB:-210}
CHUNKS=${DIST_CHUNKS:-8}
LIMIT=${DIST_TIMEOUT:-900}	# seconds for each long step
pids=""

stop_cluster() {
	for p in $pids; do
		kill "$p" 2>/dev/null
	done
	for p in $pids; do
		wait "$p" 2>/dev/null
	done
	pids=""
}
trap 'stop_cluster; cleanup' EXIT INT TERM

if ! $py -c 'import distributed' 2>/dev/null; then
	bad "python3-distributed is not installed (tests/distributed/install-deps.sh)"
	finish
fi

# ---- the data: >= 200 MB, generated, cut at record boundaries ----
"$bin" keygen key
timeout "$LIMIT" python3 "$top/tests/gen/gen_exports.py" --bench-patients big.csv \
    --size-mb "$SIZE_MB" >/dev/null
size=$(stat -c %s big.csv)
check "the generated file has at least 200 MB ($size bytes)" test "$size" -ge 200000000
timeout "$LIMIT" $py "$here/cut_records.py" big.csv chunks "$CHUNKS"
check "cut into $CHUNKS chunks and a header" test -s chunks/header -a -s "chunks/chunk.$(printf %03d $((CHUNKS - 1)))"
check "the pieces are the file" sh -c 'cat chunks/header chunks/chunk.* | cmp -s - big.csv'

# ---- the reference: one pass ----
timeout "$LIMIT" "$bin" export -p "$policy" -k key --as patients_big.csv big.csv one-pass.csv
check "one-pass export" test -s one-pass.csv

# ---- the cluster: 127.0.0.1 only, ports chosen by the system ----
timeout "$LIMIT" dask-scheduler --host 127.0.0.1 --port 0 --no-dashboard \
    --scheduler-file sched.json >scheduler.log 2>&1 &
pids="$pids $!"
i=0
while [ ! -s sched.json ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
check "the scheduler started" test -s sched.json || finish
for w in 1 2; do
	timeout "$LIMIT" dask-worker --scheduler-file sched.json --host 127.0.0.1 \
	    --nworkers 1 --nthreads 1 --no-dashboard --no-nanny \
	    --local-directory "$work/worker$w" --name "worker$w" >worker$w.log 2>&1 &
	pids="$pids $!"
done
check "the scheduler listens on 127.0.0.1 only" sh -c "grep -q '\"address\": \"tcp://127.0.0.1:' sched.json"
check "two workers joined" timeout 60 $py -c '
import sys
from distributed import Client
with Client(scheduler_file=sys.argv[1], timeout=30) as c:
    c.wait_for_workers(2, timeout=30)
    addrs = list(c.scheduler_info()["workers"])
    sys.exit(0 if len(addrs) == 2 and all(a.startswith("tcp://127.0.0.1:") for a in addrs) else 1)
' sched.json

# ---- the distributed export ----
"$bin" export -p "$policy" -k key --as patients_big.csv chunks/header header-view.csv
timeout "$LIMIT" $py "$here/dask_export.py" sched.json "$bin" "$policy" "$work/key" \
    patients_big.csv "$work/big.csv" "$work/chunks" "$work/parts" >dask.out 2>dask.err
check "every chunk was pseudonymized on the cluster" sh -c "grep -c 'exit 0$' dask.out | grep -qx $CHUNKS"
check "both workers ran chunks" grep -qx "workers: 2" dask.out
cat header-view.csv parts/part.* > distributed.csv 2>/dev/null
check "distributed = one pass, byte for byte" cmp distributed.csv one-pass.csv
check "the view is not the source" sh -c "! cmp -s distributed.csv big.csv"

started=$pids
stop_cluster
check "the scheduler and the workers are stopped" sh -c "for p in $started; do kill -0 \$p 2>/dev/null && exit 1; done; exit 0"
check "no Dask worker of this test is left" sh -c "! pgrep -f -- 'local-directory $work/worke[r]' >/dev/null"
finish

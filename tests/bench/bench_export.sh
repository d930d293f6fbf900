#!/bin/sh
# bench_export.sh: throughput and peak memory of `pseudonymize export` on a big
# synthetic patients export, side by side with Python, miller and a parse-only ceiling.
#
#   sh tests/bench/bench_export.sh [SIZE_MB]        (default 100)
#
# Every contender reads the same file (';', UTF-8 BOM, CRLF, 15 columns),
# transforms the same five columns (IPP, Nom, Prénom, NIR, Téléphone), keeps
# the ten others and writes its output to disk:
#   pseudonymize   tests/bench/bench.policy (token, fake, nir->token, fake)
#   python         tests/bench/py_pseudonymize.py (csv + hmac, HMAC-SHA256)
#   miller         mlr 6 put with sha256() of a salted value (-S: no type
#                  inference).  Miller 6 drops the BOM and writes LF whatever
#                  --ors says (johnkerl/miller#1810), so it is given no CRLF
#                  option; its 64-digit hashes make its output larger.
#   parse-only     tests/bench/csv_parse_only.c (libcsv, counting callbacks)
#   copy           dd bs=1M: the cost of reading and writing the bytes
# Each runs pinned to one CPU (miller with GOMAXPROCS=1) since pseudonymize
# is single-threaded; miller on all CPUs is shown as well, for information.
# The page cache is warmed first; each contender runs 3 times (BENCH_RUNS),
# in rounds, and the median wall time is kept; peak RSS is the largest of
# the runs.
# $T, $PIN and summary's answer are split into words on purpose:
# shellcheck disable=SC2046,SC2086,SC2016
set -eu

BENCH_NAME=bench_export
# shellcheck source=tests/bench/lib.sh
. "$(dirname "$0")/lib.sh"
SIZE_MB=${1:-100}
BENCH="$ROOT/tests/bench"
CPU=$(($(nproc) - 1))	# the last CPU: the first one takes more interrupts
bench_number "$SIZE_MB" "[SIZE_MB]"

# Debian packages the comparison needs; installed only when missing.
need_pkg() {	# PACKAGE FILE
	[ -e "$2" ] && return 0
	say "installing $1"
	command -v apt-get >/dev/null 2>&1 || die "$2 missing, install $1"
	apt-get install -y -q "$1" >/dev/null 2>&1 ||
	    { apt-get update -q >/dev/null &&
	    apt-get install -y -q "$1" >/dev/null; } || die "cannot install $1"
}
need_pkg time /usr/bin/time
need_pkg miller /usr/bin/mlr
need_pkg libcsv-dev /usr/include/csv.h
command -v python3 >/dev/null 2>&1 || die "python3 missing"
PIN=""
command -v taskset >/dev/null 2>&1 && PIN="taskset -c $CPU"

make -s -C "$ROOT" build/pseudonymize >&2 || die "cannot build pseudonymize"

bench_scratch

${CC:-cc} -std=c11 -D_GNU_SOURCE -O2 -Wall -Wextra -Werror -Wshadow -Wvla \
    -o "$TMP/csv_parse_only" "$BENCH/csv_parse_only.c" -lcsv ||
    die "cannot build csv_parse_only"

SRC="$TMP/patients.csv"
SRC2="$TMP/patients_x2.csv"
echo "bench_export: generating a ${SIZE_MB} MB patients export" >&2
python3 "$ROOT/tests/gen/gen_exports.py" --bench-patients "$SRC" \
    --size-mb "$SIZE_MB" >&2 || die "tests/gen/gen_exports.py failed"
# Twice the rows (duplicated) for the memory-versus-size check.
{ cat "$SRC"; tail -n +2 "$SRC"; } > "$SRC2"
"$PSEUDO" keygen "$TMP/key" || die "keygen failed"

BYTES=$(wc -c < "$SRC")
BYTES2=$(wc -c < "$SRC2")
LINES=$(wc -l < "$SRC")
set -- $("$TMP/csv_parse_only" "$SRC")
CELLS=$(($4 - 15))	# data cells, header excluded

# The full 64-digit hash: cutting it (substr0) costs miller more time than
# writing the extra bytes does, and the comparison should not handicap it.
MLR_EXPR='$IPP = sha256("bench-salt" . $IPP);
$Nom = sha256("bench-salt" . $Nom);
$["Prénom"] = sha256("bench-salt" . $["Prénom"]);
$NIR = sha256("bench-salt" . $NIR);
$["Téléphone"] = sha256("bench-salt" . $["Téléphone"])'

# The command of each contender, reading $1 and writing $2, under GNU time
# (taskset and env exec the tool: the RSS measured is the tool's).
run_tool() {	# TOOL IN OUT
	T="/usr/bin/time -f %M -o $TMP/time.out"
	case $1 in
	pseudonymize)
		$T $PIN "$PSEUDO" export -p "$BENCH/bench.policy" \
		    -k "$TMP/key" "$2" "$3" ;;
	python)
		$T $PIN python3 "$BENCH/py_pseudonymize.py" "$TMP/key" "$2" "$3" ;;
	miller)
		$T env GOMAXPROCS=1 $PIN mlr --icsv --ocsv --ifs ';' --ofs ';' \
		    -S put "$MLR_EXPR" "$2" > "$3" ;;
	miller-allcpu)
		$T mlr --icsv --ocsv --ifs ';' --ofs ';' -S \
		    put "$MLR_EXPR" "$2" > "$3" ;;
	parse-only)
		$T $PIN "$TMP/csv_parse_only" "$2" > "$3" ;;
	copy)
		$T $PIN dd if="$2" of="$3" bs=1M status=none ;;
	esac
}

now() { date +%s.%N; }

# One timed run of TOOL on IN: append its seconds and peak RSS (KiB) to
# $TMP/t.NAME, NAME being the tool, or the tool and the file for the 2x run.
run_once() {	# TOOL IN NAME
	rm -f "$TMP/out.csv"
	t0=$(now)
	run_tool "$1" "$2" "$TMP/out.csv" || die "$1 failed"
	t1=$(now)
	echo "$t0 $t1 $(tail -n 1 "$TMP/time.out")" |
	    awk '{ printf "%.4f %d\n", $2 - $1, $3 }' >> "$TMP/t.$3"
	if [ "$1" != parse-only ]; then
		n=$(wc -l < "$TMP/out.csv")
		want=$(wc -l < "$2")
		[ "$n" -eq "$want" ] || die "$1 wrote $n lines for $want"
	fi
	wc -c < "$TMP/out.csv" > "$TMP/size.$3"
}

# "median_seconds best_seconds max_rss_kib out_bytes" of NAME's runs.
summary() {	# NAME
	echo "$(sort -n "$TMP/t.$1" | sed -n "$(((RUNS + 1) / 2))p" | cut -d' ' -f1)" \
	    "$(sort -n "$TMP/t.$1" | head -n 1 | cut -d' ' -f1)" \
	    "$(cut -d' ' -f2 "$TMP/t.$1" | sort -n | tail -n 1)" \
	    "$(cat "$TMP/size.$1")"
}

echo "bench_export: syncing, warming the page cache" >&2
# Without the sync the first contender runs while the kernel still writes
# back the 300 MB just generated, and loses up to 20% of its time to it.
sync
cat "$SRC" "$SRC2" > /dev/null

# Round-robin rather than tool after tool: a burst of load from elsewhere on
# the machine then slows one run of several tools, not all runs of one.
TOOLS="pseudonymize python miller miller-allcpu parse-only copy"
i=1
while [ $i -le $RUNS ]; do
	echo "bench_export: round $i of $RUNS" >&2
	for tool in $TOOLS; do
		run_once "$tool" "$SRC" "$tool"
	done
	run_once pseudonymize "$SRC2" x2
	i=$((i + 1))
done
: > "$TMP/results"
for tool in $TOOLS; do
	echo "$tool $(summary "$tool")" >> "$TMP/results"
done
set -- $(summary x2)
X2_SECS=$1
X2_RSS=$3

echo
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
echo "file:    $BYTES bytes, $((LINES - 1)) rows, $CELLS data cells" \
    "(15 columns, 5 transformed)"
echo "runs:    median of $RUNS, page cache warm, pinned to CPU $CPU" \
    "except miller-allcpu"
echo
awk -v bytes="$BYTES" -v cells="$CELLS" -v bytes2="$BYTES2" \
    -v x2s="$X2_SECS" -v x2r="$X2_RSS" '
{
	tool[NR] = $1; secs[NR] = $2; best[NR] = $3; rss[NR] = $4; out[NR] = $5
	if ($1 == "pseudonymize") base = $2
}
END {
	printf "%-15s %8s %7s %8s %8s %7s %8s %7s\n", "tool", "seconds", "best",
	    "MB/s", "RSS MiB", "ratio", "ns/cell", "out MB"
	for (i = 1; i <= NR; i++)
		printf "%-15s %8.2f %7.2f %8.1f %8.1f %7.2f %8.1f %7.1f\n",
		    tool[i], secs[i], best[i], bytes / 1e6 / secs[i],
		    rss[i] / 1024, secs[i] / base, secs[i] * 1e9 / cells,
		    out[i] / 1e6
	printf "%-15s %8.2f %7s %8.1f %8.1f %7s %8s %7s\n", "pseudonymize x2",
	    x2s, "-", bytes2 / 1e6 / x2s, x2r / 1024, "-", "-", "-"
	print ""
	print "seconds: median wall time; best: fastest run.  MB/s: MB (10^6 bytes)"
	print "of source per second, from the median.  ratio: tool seconds /"
	print "pseudonymize seconds (above 1: pseudonymize is faster).  ns/cell: wall"
	print "time per data cell.  parse-only writes nothing; copy is dd bs=1M."
	print ""
	for (i = 1; i <= NR; i++) {
		if (tool[i] == "pseudonymize") prss = rss[i]
		r[tool[i]] = secs[i] / base
	}
	verdict("vs python      >= 10x", r["python"] >= 10, r["python"], "x")
	verdict("vs miller      >=  3x", r["miller"] >= 3, r["miller"], "x")
	verdict("of parse-only  >= 60%", r["parse-only"] >= 0.6,
	    100 * r["parse-only"], "%")
	verdict("peak RSS       < 32 MiB", prss < 32 * 1024 && x2r < 32 * 1024,
	    prss / 1024, " MiB")
	# Flat: the 2x file may cost at most 10% + 1 MiB more.
	flat = x2r <= prss * 1.10 + 1024 ? "met   " : "MISSED"
	printf "  %-24s %s (%.1f -> %.1f MiB for %.0f -> %.0f MB)\n",
	    "RSS flat with size", flat, prss / 1024, x2r / 1024,
	    bytes / 1e6, bytes2 / 1e6
}
function verdict(what, ok, v, unit) {
	printf "  %-24s %s (%.1f%s)\n", what, ok ? "met   " : "MISSED", v, unit
}' "$TMP/results"

# Shared by the integration tests: a scratch directory removed on exit, and
# assertions that count.  Each test script ends with `finish`, which prints
# "N passed, N failed" and exits non-zero if anything failed.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
bin="$top/${BUILD:-build}/pseudonymize"
work=$(mktemp -d /tmp/pseudonymfs-test.XXXXXX)
passed=0
failed=0
cleanup() { [ -n "${KEEP:-}" ] && return; chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT INT TERM

ok()   { passed=$((passed + 1)); }
bad()  { failed=$((failed + 1)); echo "FAIL: $*"; }
# check DESCRIPTION COMMAND...: the command must succeed
check() { d=$1; shift; if "$@"; then ok; else bad "$d"; fi; }
# check_not DESCRIPTION COMMAND...: the command must fail
check_not() { d=$1; shift; if "$@"; then bad "$d"; else ok; fi; }
# Does FILE contain STRING (fixed string)?
has() { grep -qF -- "$2" "$1"; }
finish() {
	echo "$(basename "$0"): $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit $?
}

#!/bin/sh
# baseline.sh: build the code of the issue 12 baseline (commit 3eaebb6,
# 2026-11-25) beside the current one, so a benchmark compares both in the
# same run.  Prints the baseline's build directory (holding pseudonymize and
# pseudonymfs) on standard output.
#
#   BASE=$(sh tests/bench/baseline.sh [DIR])    (default /tmp/pseudonymfs-base-3eaebb6)
#
# DIR is a detached git worktree of this repository at the baseline commit,
# reused when it is already built; `git worktree remove DIR` drops it.
set -eu
COMMIT=${BASE_COMMIT:-3eaebb6}
DIR=${1:-/tmp/pseudonymfs-base-$COMMIT}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

if [ ! -x "$DIR/build/pseudonymize" ] || [ ! -x "$DIR/build/pseudonymfs" ]; then
	if [ ! -d "$DIR" ]; then
		git -C "$ROOT" worktree add --detach "$DIR" "$COMMIT" >&2
	fi
	make -s -C "$DIR" all >&2
fi
echo "$DIR/build"

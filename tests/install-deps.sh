#!/bin/sh
# Install the Debian 12 packages pseudonymfs builds and tests with, if any is
# missing.  Run as root; does nothing when everything is there.
set -eu
# shellcheck source=tests/aptlib.sh
. "$(dirname "$0")/aptlib.sh"
PKGS="make gcc libc6-dev pkg-config libsodium-dev libcsv-dev libcmocka-dev
libinih-dev libunistring-dev libfuse3-dev fuse3 python3 rsync procps util-linux
man-db groff-base bsdextrautils systemd valgrind sqlite3 python3-pandas attr
zlib1g-dev libicu-dev strace wfrench wamerican hunspell-fr-comprehensive hunspell-en-med hunspell-tools hunspell
iso-codes"
# DuckDB for test_consumers.sh, from the npm registry, pinned by
# tests/consumers/package-lock.json: @duckdb/node-api, whose binaries are npm
# packages (the older `duckdb` package fetches them from npm.duckdb.org, else
# compiles DuckDB: docs/mount.md, "Tools that read the view").  Only where
# npm is; about 70 MB.
consumers="$(dirname "$0")/consumers"
if command -v npm >/dev/null 2>&1 && [ ! -d "$consumers/node_modules/@duckdb/node-api" ]; then
	(cd "$consumers" && timeout 120 npm ci --no-audit --no-fund --loglevel error) >&2 ||
		echo "install-deps: npm could not install DuckDB: its test is skipped" >&2
fi
# shellcheck disable=SC2086
apt_install_missing install-deps $PKGS

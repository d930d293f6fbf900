#!/bin/sh
# Listings and lookups at the same time (issue 9, section 4): 2 threads list
# the view's root while 8 stat random renamed files, over 400 files.  Every
# listing must be complete, every lookup right.  RACE_SECONDS (default 4)
# sets the length; `make stress` runs it for 20 s.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
seconds=${RACE_SECONDS:-4}

"$bin" keygen key
cat > policy <<'POL'
[project]
name = races

[file exports]
match  = export_*.csv
rename = token
prefix = export_

[column ipp]
headers = IPP
op      = token
POL
mkdir src
i=0
while [ $i -lt 400 ]; do
	printf 'IPP\n%d\n' "$i" > "src/export_P$i.csv"
	i=$((i + 1))
done
"$bin" export -p policy -k key src ref
check "the export shows 400 renamed files" test "$(ls ref | wc -l)" -eq 400

check "pseudonymfs mounts" mount_view src mnt fs.log -o policy=$work/policy,key=$work/key || finish
check "2 listers and 8 staters for $seconds s: every listing complete, no ENOENT" \
	python3 "$top/tests/integration/race_listing.py" mnt ref "$seconds" 2 8
check "unmounts cleanly" unmount_view mnt fs.log
check_nothing_left
finish

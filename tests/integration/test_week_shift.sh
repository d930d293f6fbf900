#!/bin/sh
# date_shift_unit = week (docs/policy.md): each patient's dates move by a
# keyed whole number of weeks, so every weekday stays true.  The same file
# exported under both units: an op = date column and a scrubbed comment
# whose dates carry their weekday ("le lundi 15/03/2021").  With day, the
# weekday moves with its date (written = the moved date's weekday); with
# week, the dates move by a multiple of 7 days (never 0) and the weekday
# is left as written, true of the moved date.  The raw dates appear under
# neither; the mount shows the export's bytes under both.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"

"$bin" keygen key
mkdir src
# Eight patients: with day, the chance that no shift moves a weekday is
# (1/7)^8, so "some weekday moved" cannot pass by luck of the key.
{
	printf 'IPP;Date;Commentaire\n'
	for i in 1 2 3 4 5 6 7 8; do
		printf '4001230%d;15/03/2021;Vu le lundi 15/03/2021, revoir le vendredi 9 avril 2021 puis appel jeudi 31/12/2020\n' "$i"
	done
} > src/notes.csv
for unit in day week; do
	{ cat <<P
[project]
name = week-test
patient = ipp
date_shift_days = 60
date_shift_unit = $unit
[file notes]
match = notes.csv
[column ipp]
headers = IPP
op = token
prefix = P-
[column comment]
headers = Commentaire
op = scrub
dates = shift
P
	policy_columns date; } > policy_$unit
	check "export, date_shift_unit = $unit" "$bin" export -q -p policy_$unit -k key src out_$unit
	check "exported ($unit)" test -s out_$unit/notes.csv
	# whole words: the moved "19 avril 2021" holds "9 avril 2021"
	for raw in 15/03/2021 "9 avril 2021" 31/12/2020 2021-03-15; do
		check_not "no raw date '$raw' ($unit)" \
		    grep -qwF -- "$raw" out_$unit/notes.csv
	done
done

# Per row: the column's shift and the comment's dates and weekdays.
# week: shift a multiple of 7 in [-56, 56], never 0, the same for the
# column and each date of the comment, each weekday as written and true.
# day: shift in [-60, 60], never 0, each weekday that of its moved date,
# and some weekday other than written.
cat > weekdays.py <<'PY'
import datetime, re, sys
unit, path = sys.argv[1], sys.argv[2]
names = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre"]
src = [datetime.date(2021, 3, 15), datetime.date(2021, 4, 9),
    datetime.date(2020, 12, 31)]
written = ["lundi", "vendredi", "jeudi"]
rows = open(path, encoding="utf-8").read().splitlines()[1:]
assert len(rows) == 8, rows
moved = 0
for row in rows:
    ipp, date, comment = row.split(";", 2)
    col = datetime.datetime.strptime(date, "%d/%m/%Y").date()
    shift = (col - src[0]).days
    assert shift != 0, row
    if unit == "week":
        assert shift % 7 == 0 and -56 <= shift <= 56, row
    else:
        assert -60 <= shift <= 60, row
    m = re.fullmatch(r"Vu le (\w+) (\d\d)/(\d\d)/(\d{4}), revoir le (\w+) "
        r"(\d+) (\w+) (\d{4}) puis appel (\w+) (\d\d)/(\d\d)/(\d{4})", comment)
    assert m, comment
    g = m.groups()
    found = [(g[0], datetime.date(int(g[3]), int(g[2]), int(g[1]))),
        (g[4], datetime.date(int(g[7]), months.index(g[6]) + 1, int(g[5]))),
        (g[8], datetime.date(int(g[11]), int(g[10]), int(g[9])))]
    for k, (wd, d) in enumerate(found):
        assert (d - src[k]).days == shift, (row, k)
        assert wd == names[d.weekday()], (row, k)
        if unit == "week":
            assert wd == written[k], (row, k)
        moved += wd != written[k]
assert unit == "week" or moved > 0, "no weekday moved with day"
print("%s: %d rows, %d weekdays moved" % (unit, len(rows), moved))
PY
check "week: whole weeks, the weekdays as written and true" \
    python3 weekdays.py week out_week/notes.csv
check "day: the weekdays moved with their dates" \
    python3 weekdays.py day out_day/notes.csv
check "the units give other bytes" sh -c "! cmp -s out_day/notes.csv out_week/notes.csv"
cut -d';' -f1 out_day/notes.csv > ipp_day
cut -d';' -f1 out_week/notes.csv > ipp_week
check "the token column is the same under both units" cmp ipp_day ipp_week

# The mount is the same engine: the export's bytes under both units.
for unit in week day; do
	check "pseudonymfs mounts ($unit)" mount_view src mnt_$unit fs_$unit.log \
	    -o "policy=$work/policy_$unit,key=$work/key" || finish
	check "mount == export ($unit)" cmp mnt_$unit/notes.csv out_$unit/notes.csv
	check "unmounts ($unit)" unmount_view mnt_$unit fs_$unit.log
done
check_nothing_left
finish

#!/bin/sh
# Diagnoses hidden outside their ICD-10 code (issue 16): analyses, drugs and
# wards of the suppressed groups, with the cells that would reveal them, on
# the bundled samples and the example policy.  Both sides: the sensitive
# term, its value and unit absent; the ordinary ones present byte for byte.
# Export and mount agree.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
samples="$top/conf/samples"
policy="$top/conf/example.policy"
"$bin" keygen key >/dev/null

check "export of the samples succeeds" "$bin" export -q -p "$policy" -k key "$samples" out

# ---- lab results: the analysis becomes [SUPPRIME], its value and unit go ----
cat > rows.py <<'PY'
"""rows.py SRC VIEW DELIM COLS...: zip source and view rows (same count);
for each row, the named columns must be equal byte for byte when the
source's first named column is ordinary, and [SUPPRIME] then empty cells
when it is sensitive (as SENSITIVE, a regex).  Prints counts."""
import re, sys
src, view, delim, sens = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
cols = sys.argv[5:]
def rows(p):
    lines = open(p, encoding="utf-8").read().split("\n")
    head = lines[0].lstrip("\ufeff").split(delim)
    return head, [l.split(delim) for l in lines[1:] if l]
sh, s = rows(src)
vh, v = rows(view)
if len(s) != len(v):
    sys.exit("row counts differ: %d source, %d view" % (len(s), len(v)))
si = [sh.index(c) for c in cols]
vi = [vh.index(c) for c in cols]
hidden = shown = 0
for a, b in zip(s, v):
    src_cells = [a[i] for i in si]
    view_cells = [b[i] for i in vi]
    if re.search(sens, src_cells[0], re.I):
        if view_cells != ["[SUPPRIME]"] + [""] * (len(cols) - 1):
            sys.exit("sensitive row shown: %r" % (view_cells,))
        hidden += 1
    else:
        if view_cells != src_cells:
            sys.exit("ordinary row changed: %r -> %r" % (src_cells, view_cells))
        shown += 1
print(hidden, shown)
sys.exit(0 if hidden > 0 and shown > 0 else 1)
PY
sens='VIH|CD4|TPHA|HCG'
check "labo: sensitive analyses hidden with value and unit, ordinary ones byte for byte" \
	python3 rows.py "$samples/labo/resultats.tsv" out/labo/resultats.tsv "$(printf '\t')" "$sens" Analyse Valeur Unité
check "the source has the HIV viral load row of the issue" has "$samples/labo/resultats.tsv" "Charge virale VIH-1	128598	copies/mL"
# Analysis, value and unit (tokens elsewhere are random letters).
cut -f4-6 out/labo/resultats.tsv > lab.cells
for t in VIH HIV CD4 TPHA HCG syphilis 128598 copies/mL /mm3; do
	check "labo view has no '$t'" sh -c "! grep -qiF -- '$t' lab.cells"
done
check "labo view: no β-HCG unit (UI/L alone)" sh -c "! grep -qP '\tUI/L' lab.cells"
check "labo view keeps Créatinine as written" has out/labo/resultats.tsv "Créatinine	148	µmol/L"
n_src=$(grep -c "	Créatinine	" "$samples/labo/resultats.tsv")
check "every Créatinine row is shown" test "$(grep -c "	Créatinine	" out/labo/resultats.tsv)" -eq "$n_src"

# ---- prescriptions: sensitive lines dropped, ordinary ones byte for byte ----
drugs='BIKTARVY|TRUVADA|OLANZAPINE|SERTRALINE|METHADONE|SUBUTEX|EXTENCILLINE|SYNTOCINON|LEELOO|NEXPLANON'
n_sens=$(grep -cE "$drugs" "$samples/prescriptions.csv")
n_all=$(wc -l < "$samples/prescriptions.csv")
check "the samples prescribe sensitive drugs" test "$n_sens" -gt 10
check "prescriptions: every sensitive line dropped, the others kept" \
	test "$(wc -l < out/prescriptions.csv)" -eq $((n_all - n_sens))
# The drug and posology columns only: the tokens elsewhere are random
# letters, and one in a few dozen runs spells 'prep' in some case.
check "no sensitive drug in the view" sh -c "! cut -d';' -f4,5 out/prescriptions.csv | grep -qiE '$drugs|PrEP'"
check "no sensitive posology in the view" sh -c "! grep -qF '21 jours sur 28' out/prescriptions.csv"
python3 - "$samples/prescriptions.csv" out/prescriptions.csv "$drugs" > rx.out <<'PY'
import re, sys
src = [l.split(";") for l in open(sys.argv[1], encoding="utf-8").read().splitlines()[1:]]
view = [l.split(";") for l in open(sys.argv[2], encoding="utf-8").read().splitlines()[1:]]
ordinary = [r[3:5] for r in src if not re.search(sys.argv[3], r[3])]
print("ok" if sorted(ordinary) == sorted(r[3:5] for r in view) else "differ")
PY
check "ordinary drugs and posologies byte for byte (METFORMINE 850 mg...)" has rx.out ok
check "METFORMINE is shown as written" has out/prescriptions.csv "METFORMINE 850 mg, comprimé pelliculé;1 cp matin et soir"

# ---- wards ----
iconv -f cp1252 -t utf-8 out/sejours.csv > sejours.utf8
iconv -f cp1252 -t utf-8 "$samples/sejours.csv" > sejours.src
for w in Maternité "Maladies infectieuses" Psychiatrie Addictologie "Centre de planification" obstétrique; do
	check "no ward '$w' in the stays" sh -c "! grep -qF '$w' sejours.utf8"
	check "no ward '$w' in the prescriptions" sh -c "! grep -qF '$w' out/prescriptions.csv"
done
check "ordinary wards stay (Cardiologie, every row)" test \
	"$(grep -c ';Cardiologie;' sejours.utf8)" -eq "$(grep -c ';Cardiologie;' sejours.src)"

# ---- the mount shows the same bytes ----
mkdir -p src
cp -r "$samples/." src/
if check "pseudonymfs mounts" mount_view src mnt fs.log -o "policy=$policy,key=$work/key"; then
	mkdir -p fromfs
	cp -r mnt/. fromfs/
	check "mount and export agree byte for byte" diff -r fromfs out
	check "unmounts" unmount_view mnt fs.log
fi
check_nothing_left

# ---- blank versus drop_row ----
sed -e '/^\[column analyse\]/,/^\[/ s/^linked .*/linked = resultat\naction = drop_row/' \
    -e '/^\[column medicament\]/,/^\[/ s/^action .*/action = blank/' "$policy" > swapped.policy
check "the swapped policy loads" "$bin" export -q -p swapped.policy -k key "$samples" swapped
n_lab_sens=$(grep -ciE "$sens" "$samples/labo/resultats.tsv")
check "drop_row: the lab rows of hidden analyses are gone" test \
	"$(wc -l < swapped/labo/resultats.tsv)" -eq $(( $(wc -l < "$samples/labo/resultats.tsv") - n_lab_sens ))
check "drop_row: no [SUPPRIME] left in the labo view" sh -c "! grep -qF '[SUPPRIME]' swapped/labo/resultats.tsv"
check "blank: every prescription line stays" test "$(wc -l < swapped/prescriptions.csv)" -eq "$n_all"
check "blank: no sensitive drug either" sh -c "! cut -d';' -f4,5 swapped/prescriptions.csv | grep -qiE '$drugs|PrEP'"
check "blank: the drug and its posology are emptied" test "$(grep -c ';;;DR-' swapped/prescriptions.csv)" -eq "$n_sens"

# ---- generalize drugs to their ATC class ----
sed '/^\[column medicament\]/,/^\[/ s/^action .*/level = atc4/' "$policy" > atc.policy
"$bin" export -q -p atc.policy -k key --as prescriptions.csv "$samples/prescriptions.csv" atc.csv
check "level = atc4: metformin is A10BA" has atc.csv ";A10BA;1 cp matin et soir;"
check "level = atc4: paracetamol (DOLIPRANE) is N02BE" has atc.csv ";N02BE;"
check "level = atc4: no drug name left" sh -c "! grep -qiE 'METFORMINE|DOLIPRANE|$drugs' atc.csv"
check "level = atc4: a sensitive drug is still suppressed, not classed" sh -c "! grep -qE ';J05A|;N05A|;N06A|;N07B|;G03A|;G02B|;H01B|;J01CE' atc.csv"

# ---- check counts what it hid ----
"$bin" check --json -p "$policy" -k key "$samples" > check.json
python3 - check.json out > counts.out <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
files = {f["path"]: f for f in d["files"]}
lab = {s["rule"]: s for s in files["labo/resultats.tsv"]["suppressed"]}["analyse"]
shown = open(sys.argv[2] + "/labo/resultats.tsv", encoding="utf-8").read().count("[SUPPRIME]")
rx = {s["rule"]: s for s in files["prescriptions.csv"]["suppressed"]}["medicament"]
tot = {s["rule"]: s for s in d["suppressed"]}
ok = (lab["cells"] == shown and lab["groups"]["hiv"] > 0 and
      rx["rows_dropped"] == rx["cells"] > 0 and
      tot["analyse"]["cells"] == lab["cells"] and "sti" in lab["groups"])
print("ok" if ok else "bad %r %r %d" % (lab, rx, shown))
PY
check "check: per-group counts equal what the view hides" has counts.out ok
"$bin" check -p "$policy" -k key "$samples" > check.txt
check "check (text) names the rule and its groups" has check.txt "[column analyse] analysis:"

# ---- policy errors ----
sed '/^\[column analyse\]/,/^\[/ s/^suppress .*/suppress = default, C00-C97/' "$policy" > range.policy
check_not "a range no group overlaps is refused for an analysis column" "$bin" export -q -p range.policy -k key "$samples" r 2>err
check "the refusal says why" has err "overlaps no group"
sed '/^\[column analyse\]/,/^\[/ s/^suppress .*/suppress = B20-B24/' "$policy" > hiv.policy
"$bin" export -q -p hiv.policy -k key --as labo/r.tsv "$samples/labo/resultats.tsv" hiv.tsv
check "suppress = B20-B24 hides the HIV analyses" sh -c "! cut -f4 hiv.tsv | grep -qiE 'VIH|CD4'"
check "suppress = B20-B24 shows the others (TPHA, HCG)" sh -c "grep -qF TPHA hiv.tsv && grep -qF HCG hiv.tsv"
sed '/^\[column analyse\]/,/^\[/ s/^linked .*/linked = nosuchrule/' "$policy" > link.policy
check_not "linked must name a rule" "$bin" export -q -p link.policy -k key "$samples" l 2>err
check "the refusal names the option" has err "linked = nosuchrule"

finish

#!/bin/sh
# Fake values that read their row (docs/policy.md, op = fake): `sex =`
# draws first names from the list of the row's sex; an email is built from
# the row's fake first and last names; both deterministic, the same through
# the mount, and never a raw value.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
lists="$top/conf/lists"

"$bin" keygen key
mkdir -p src
cp "$top/conf/samples/patients.csv" src/
write_policy() {	# write_policy FILE SEX-LINE
	cat > "$1" <<POL
[project]
name = fakes-test

[file patients]
match = patients*.csv

[column ipp]
headers = IPP
op = token
prefix = P-

[column nom]
headers = Nom
op = fake
kind = last_name

[column prenom]
headers = Prénom
op = fake
kind = first_name
$2

[column sexe]
headers = Sexe
op = keep

[column email]
headers = Email
op = fake
kind = email
POL
}
write_policy rule.policy "sex = sexe"
write_policy header.policy "sex = Sexe"
write_policy none.policy ""
"$bin" export -p rule.policy -k key src out-rule 2>/dev/null
"$bin" export -p header.policy -k key src out-header 2>/dev/null
"$bin" export -p none.policy -k key src out-none 2>/dev/null
"$bin" export -p rule.policy -k key src out-rule2 2>/dev/null

check "sex = RULE: first names follow the row's sex, emails the row's names" \
    python3 - out-rule/patients.csv src/patients.csv "$lists" <<'PY'
import sys, unicodedata
view = open(sys.argv[1], encoding="utf-8-sig").read().splitlines()
src = open(sys.argv[2], encoding="utf-8-sig").read().splitlines()
lists = sys.argv[3]
female = set(open(lists + "/first_names_female.txt", encoding="utf-8").read().split("\n")) - {""}
male = set(open(lists + "/first_names_male.txt", encoding="utf-8").read().split("\n")) - {""}
head = view[0].split(";")
assert head == ["IPP", "Nom", "Prénom", "Sexe", "Email"], head
def fold(s):
    s = s.lower().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if ("a" <= c <= "z") or ("0" <= c <= "9") or c == "-")
she = he = emails = 0
for line, raw in zip(view[1:], src[1:]):
    ipp, nom, prenom, sexe, email = line.split(";")
    rf = raw.split(";")
    if prenom:
        if sexe == "F":
            assert prenom in female, (prenom, "not a female name")
            she += 1
        elif sexe == "M":
            assert prenom in male, (prenom, "not a male name")
            he += 1
        assert prenom.lower() != rf[2].lower(), "raw first name"
    if email and nom and prenom:
        local, domain = email.split("@")
        assert local == fold(prenom) + "." + fold(nom), (email, prenom, nom)
        assert domain.startswith("example."), email
        assert fold(rf[1]) not in local.split("."), "raw last name in email"
        emails += 1
assert she > 50 and he > 50 and emails > 100, (she, he, emails)
PY
check "sex = HEADER (no rule of that name) gives the same view" cmp out-rule/patients.csv out-header/patients.csv
check "deterministic: a second export is identical" cmp out-rule/patients.csv out-rule2/patients.csv
check "without sex =, first names come from both lists (the view differs)" sh -c "test -s out-rule/patients.csv && test -s out-none/patients.csv && ! cmp -s out-rule/patients.csv out-none/patients.csv"
check "without sex =, emails still follow the row's names" python3 - out-none/patients.csv <<'PY'
import sys, unicodedata
def fold(s):
    s = unicodedata.normalize("NFD", s.lower().replace("œ", "oe").replace("æ", "ae"))
    return "".join(c for c in s if ("a" <= c <= "z") or ("0" <= c <= "9") or c == "-")
rows = [l.split(";") for l in open(sys.argv[1], encoding="utf-8-sig").read().splitlines()[1:]]
ok = [r for r in rows if r[4] and r[1] and r[2]]
assert len(ok) > 100
assert all(r[4].split("@")[0] == fold(r[2]) + "." + fold(r[1]) for r in ok)
PY

# ---- the mount gives the same bytes ----
check "pseudonymfs mounts" mount_view src mnt fs.log -o "policy=$work/rule.policy,key=$work/key" || finish
check "mount = export with sex = and row emails" cmp mnt/patients.csv out-rule/patients.csv
check "pseudonymfs unmounts" unmount_view mnt fs.log

# ---- policy errors ----
write_policy bad1.policy "sex = sexe"
sed -i '/^kind = email/a sex = sexe' bad1.policy
check_not "sex = on kind = email is refused" "$bin" export -p bad1.policy -k key src bad 2>err
check "  with the reason" has err "sex is for kind = first_name or full_name"
write_policy bad2.policy "sex = ---"
check_not "sex = naming nothing is refused" "$bin" export -p bad2.policy -k key src bad 2>err
check "  with the reason" has err "is neither a [column] rule nor a header"
check_nothing_left
finish

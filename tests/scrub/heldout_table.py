#!/usr/bin/env python3
"""The held-out corpus's table per category of issue 10 (docs/scrub.md).

  heldout_table.py DRIVER NAME=CORPUS... [--modes default,recall] [--weeks]

Runs eval.py on each corpus in each mode (default, recall first), with
the row's values and without them (--no-row: a file with only the IPP),
and prints one markdown column per run: recall per category, recall of
all names, overall recall, word precision (and the same with the words
hidden on purpose that the hand sets do not label left apart, the
weekdays first, then with them the care that names a group: eval.py),
span precision, eponyms taken.  --weeks: every run as under
date_shift_unit = week (eval.py --weeks: a weekday before a date stays).
"""
import os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = [
    ("names: the patient's", ["name"]),
    ("names: others", ["other_name"]),
    ("street addresses, units, lieu-dit", ["address"]),
    ("postcode with city", ["postcode_city"]),
    ("full dates", ["date"]),
    ("dates without year, or month + year", ["date_partial"]),
    ("month alone (`mi-mars`)", ["date_month"]),
    ("NIR, phones, emails, IDs, RPPS", ["nir", "phone", "email", "id", "rpps",
        "iban", "finess"]),
    ("sensitive: HIV", ["diag_hiv"]),
    ("sensitive: mental health", ["diag_mental"]),
    ("sensitive: addiction", ["diag_addict"]),
    ("sensitive: pregnancy", ["diag_preg"]),
    ("sensitive: IVG, contraception", ["diag_repro"]),
    ("sensitive: STI", ["diag_sti"]),
]

def run(driver, corpus, flags):
    out = subprocess.run([sys.executable, os.path.join(HERE, "eval.py"),
        driver, corpus] + flags, stdout=subprocess.PIPE, check=True,
        text=True).stdout
    det = re.search(r"^overall\s+(\d+)\s+(\d+)", out, re.M)
    wp = re.search(r"^word precision: (\d+) of (\d+)", out, re.M)
    ep = re.search(r"^clinical eponyms detected: (\d+)", out, re.M)
    wq = re.search(r"^word precision, policy words apart: (\d+) of (\d+)",
        out, re.M)
    wk = re.search(r"^word precision, weekdays apart: (\d+) of (\d+)",
        out, re.M)
    # The labeled kinds: the first block of eval.py's output.
    labeled = {}
    for line in out.split("\n")[1:]:
        if not line.strip():
            break
        k, n, f = line.split()[:3]
        labeled[k] = (int(n), int(f))
    return labeled, (int(det.group(2)), int(det.group(1))), \
        (int(wp.group(1)), int(wp.group(2))), int(ep.group(1)), \
        (int(wq.group(1)), int(wq.group(2))), \
        (int(wk.group(1)), int(wk.group(2)))

def pct(a, b):
    return "%.1f%% (%d/%d)" % (100.0 * a / b, a, b) if b else "-"

def main():
    args = sys.argv[1:]
    driver = args[0]
    corpora = [a.split("=", 1) for a in args[1:] if "=" in a]
    weeks = ["--weeks"] if "--weeks" in args else []
    modes = [("default", weeks), ("recall", ["--recall"] + weeks)]
    cols, results = [], []
    for name, path in corpora:
        for mname, mflags in modes:
            for rname, rflags in (("row", []), ("no row", ["--no-row"])):
                cols.append("%s, %s, %s" % (name, mname, rname))
                results.append(run(driver, path, mflags + rflags))
    print("| category | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for cat, kinds in CATS:
        cells = []
        for lab, _, _, _, _, _ in results:
            n = sum(lab.get(k, (0, 0))[0] for k in kinds)
            f = sum(lab.get(k, (0, 0))[1] for k in kinds)
            cells.append(pct(f, n))
        print("| %s | %s |" % (cat, " | ".join(cells)))
    rows = {"**names, all**": [], "**recall, overall**": [],
        "**word precision**": [], "word precision, weekdays apart": [],
        "word precision, policy words apart": [],
        "span precision": [], "eponyms taken": []}
    for lab, det, wp, ep, wq, wk in results:
        n = sum(lab.get(k, (0, 0))[0] for k in ("name", "other_name"))
        f = sum(lab.get(k, (0, 0))[1] for k in ("name", "other_name"))
        rows["**names, all**"].append(pct(f, n))
        rows["**recall, overall**"].append(pct(sum(v[1] for v in lab.values()),
            sum(v[0] for v in lab.values())))
        rows["**word precision**"].append(pct(*wp))
        rows["word precision, weekdays apart"].append(pct(*wk))
        rows["word precision, policy words apart"].append(pct(*wq))
        rows["span precision"].append(pct(*det))
        rows["eponyms taken"].append(str(ep))
    for k, v in rows.items():
        print("| %s | %s |" % (k, " | ".join(v)))

if __name__ == "__main__":
    main()

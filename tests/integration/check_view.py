#!/usr/bin/env python3
"""Checks an exported (or mounted) view of the bundled samples against the
generator's manifest of raw values.

  check_view.py MANIFEST SRC VIEW

Fails (exit 1) if any raw identifying value appears anywhere in the view, in
file contents or file names, in any written form; or if one patient does not
get one pseudonym across files; or if a patient's dates are not shifted by
one constant; or if unmatched or hidden source files are in the view.
Prints 'N passed, N failed'."""
import csv, io, json, os, re, sys, unicodedata
from datetime import datetime
from checklib import check, finish

manifest_path, src, view = sys.argv[1:4]
man = json.load(open(manifest_path, encoding="utf-8"))

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()

# ---- the view's files, decoded with the source's encoding ----
view_files = {}
for root, dirs, files in os.walk(view):
    for f in files:
        rel = os.path.relpath(os.path.join(root, f), view)
        view_files[rel] = open(os.path.join(root, f), "rb").read()

def encoding_of(rel_src):
    return man["files"].get(rel_src, {}).get("encoding", "utf-8")

texts = {}
for rel, data in view_files.items():
    enc = "cp1252" if rel == "sejours.csv" else "utf-8"
    texts[rel] = data.decode(enc)
haystack = fold("\n".join(texts.values()) + "\n" + "\n".join(view_files))
# Digits per cell: a raw number hides in a cell whatever its separators, but
# digits of two neighbouring cells joined are nobody's number.
cells = re.split(r"[;\t\r\n,\"]+", "\n".join(texts.values()))
cell_digits = "\n".join(re.sub(r"\D", "", c) for c in cells)
digit_runs = set(re.findall(r"\d+", "\n".join(texts.values())))

# Words a fake value may legitimately contain (conf/lists): a raw name that
# is also in the fake lists cannot be told from a fake one.
fake_words = set()
lists = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                     "conf", "lists")
for f in os.listdir(lists):
    for line in open(os.path.join(lists, f), encoding="utf-8"):
        fake_words.update(re.split(r"[^\w]+", fold(line)))

# ---- 1. no raw value, in any written form ----
def words(s):
    return [w for w in re.split(r"[\s,;'\"()/.-]+", fold(s))
            if len(w) >= 4 and w not in fake_words]

leaks = []
word_set = set(re.split(r"[^\w]+", haystack))
for p in man["patients"]:
    for key in ("last_name", "first_name", "birth_name"):
        for w in words(p[key]):
            if w in word_set:
                leaks.append((key, p["ipp"]))
    for w in words(p["physician"]):
        if w != "dr" and w in word_set:
            leaks.append(("physician", p["ipp"]))
    nir = p["nir"]
    forms = {nir, nir[:13], " ".join([nir[0], nir[1:3], nir[3:5], nir[5:7],
             nir[7:10], nir[10:13], nir[13:]])}
    for f in forms:
        if fold(f) in haystack:
            leaks.append(("nir", p["ipp"]))
    nir_digits = re.sub(r"\D", "", nir[:13])
    if len(nir_digits) == 13 and nir_digits in cell_digits:
        leaks.append(("nir digits", p["ipp"]))
    if p["phone"]:
        d = re.sub(r"\D", "", p["phone"])
        national = d[-9:]
        if fold(p["phone"]) in haystack or national in cell_digits:
            leaks.append(("phone", p["ipp"]))
    if p["email"] and fold(p["email"]) in haystack:
        leaks.append(("email", p["ipp"]))
    if p["address"] and fold(p["address"]) in haystack:
        leaks.append(("address", p["ipp"]))
    if p["ipp"] in digit_runs:
        leaks.append(("ipp", p["ipp"]))
check(not leaks, "raw values in the view: %s" % sorted(set(k for k, _ in leaks)))
for kind in ("last_name", "first_name", "nir", "phone", "email", "address",
             "physician", "ipp"):
    check(not any(k.startswith(kind) for k, _ in leaks), "no raw %s" % kind)

# ---- 2. what is shown ----
single = man["single_export"]
check(not any(u in view_files or os.path.basename(u) in v
              for u in man["unmatched"] for v in view_files),
      "unmatched file not in the view")
check(not any(os.path.basename(v).startswith(".") for v in view_files),
      "hidden file not in the view")
stem = os.path.splitext(os.path.basename(single))[0]
check(not any(fold(part) in fold(v) for v in view_files
              for part in stem.split("_")[1:]),
      "patient name not in any view file name")
exports = [v for v in view_files if v.startswith("export_")]
check(len(exports) == 1, "the single-patient export is shown, renamed")

# ---- 3. linkage: one patient, one pseudonym, one date shift ----
def rows(path, data, enc):
    text = data.decode(enc)
    if text.startswith("\ufeff"):
        text = text[1:]
    delim = "\t" if path.endswith(".tsv") else (";" if ";" in text.split("\n")[0] else ",")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))

def parse_date(s):
    for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            pass
    return None

ipp_token = {}
shift = {}
inconsistent = []
pairs = [("patients.csv", "patients.csv"), ("sejours.csv", "sejours.csv"),
         ("labo/resultats.tsv", "labo/resultats.tsv"), (single, exports[0] if exports else None)]
for s_rel, v_rel in pairs:
    if v_rel is None or v_rel not in view_files:
        check(False, "%s is in the view" % s_rel)
        continue
    enc = "cp1252" if s_rel == "sejours.csv" else "utf-8"
    s_rows = rows(s_rel, open(os.path.join(src, s_rel), "rb").read(), enc)
    v_rows = rows(v_rel, view_files[v_rel], enc)
    check(len(s_rows) == len(v_rows), "%s keeps its row count" % s_rel)
    s_head, v_head = s_rows[0], v_rows[0]
    for s_row, v_row in zip(s_rows[1:], v_rows[1:]):
        s_cell = dict(zip(s_head, s_row))
        v_cell = dict(zip(v_head, v_row))
        ipp = s_cell["IPP"]
        tok = v_cell["IPP"]
        if ipp_token.setdefault(ipp, tok) != tok:
            inconsistent.append(("ipp", s_rel))
        for col in s_head:
            if col.lower().startswith("date") and "naissance" not in col.lower():
                a, b = parse_date(s_cell[col]), parse_date(v_cell.get(col, ""))
                if a is None:
                    continue
                if b is None:
                    inconsistent.append(("date unreadable", s_rel))
                    continue
                d = (b - a).days
                if shift.setdefault(ipp, d) != d:
                    inconsistent.append(("shift", s_rel))
check(not inconsistent, "one token and one date shift per patient in every file: %s"
      % sorted(set(inconsistent)))
check(len(set(ipp_token.values())) == len(ipp_token), "distinct patients, distinct tokens")
check(all(v != 0 for v in shift.values()) and len(shift) > 0, "every date is shifted")
finish()

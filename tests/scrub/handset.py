"""The frame shared by the hand sets written by a script (heldout13 on).

A set's script (tests/scrub/heldoutNN_corpus.py) holds its docstring, its
typed rows (ROWS, shorthand below) and a HandSet; `HandSet.main(doc)` gives
it the same command line as every other one:

  --write   write SET_rows_{dev,frozen}.txt
  --check   exit 1 if those files differ from what the script writes
            (make scrub-heldout, HELDOUT_MADE)
  --lint    list, row by row, what a labeler may have missed (digits, month
            words, titles, the row's names, sensitive words outside a label):
            the writer's check, before the split

Row shorthand (one row a line; blank lines and `#` lines skipped):
  - TEXT                         no row context
  * TEXT                         the IPP only (generated)
  NOM|Prénom|NIR|tel|email|adresse|IPP|TEXT     typed context (IPP `*`:
                                 generated)
TEXT carries [[kind:text]] labels as in heldout_corpus.py --rows, and the
placeholders {nir:BODY13} (the key appended after the separator the body
uses), {nirk:BODY13} (the key glued to the body's last character),
{rpps:DDDDDDDDDD}, {finess:CCCCCCCC}, {iban:BBAN23 as typed} and {ipp} (the
row's IPP); placeholders also work in the context fields.

What the scripts compute rather than the writer: NIR keys (97 - N mod 97
over the 13 typed characters, 2A -> 19, 2B -> 18), the Luhn digit of RPPS
(10 typed digits) and FINESS (8 typed characters), a French IBAN's check
digits (ISO 7064 mod 97-10), IPPs written `*` (from a hash of the row), the
row values of two IPP-only rows in three, and the split.  Every set's output
is fixed by its files (--check): a change here must leave every set's
--check passing.
"""
import hashlib, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = {"name", "other_name", "address", "postcode_city", "date",
    "date_partial", "date_month", "nir", "phone", "email", "id", "rpps",
    "iban", "finess", "diag_hiv", "diag_mental", "diag_addict", "diag_preg",
    "diag_repro", "diag_sti"}

LABEL = re.compile(r"\[\[(\w+):(.*?)\]\]")
PROMOTE = re.compile(r"(?:\bM\.|\bMr\.?|\bMme|\bMlle|\bMME|\bMR|\bMadame|\bMonsieur|\bmr|\bMrs) "
    r"\[\[name:([^\]]+)\]\] \[\[name:([^\]]+)\]\]")

# ---------------------------------------------------------------- numbers

def nir_key(body):
    d = re.sub(r"[^0-9AB]", "", body.upper())
    if len(d) != 13:
        raise ValueError("NIR body of 13 characters wanted: %r" % body)
    d = d.replace("2A", "19").replace("2B", "18")
    return "%02d" % (97 - int(d) % 97)

def luhn_digit(s):
    """The digit that makes s + digit pass the Luhn check (letters: 0)."""
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c) if c.isdigit() else 0
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)

def iban_fr(bban):
    raw = re.sub(r"\s", "", bban).upper()
    num = "".join(str(int(c, 36)) for c in raw + "FR00")
    full = "FR%02d" % (98 - int(num) % 97) + raw
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))

def fill_numbers(s):
    def nir(m):
        body = m.group(1)
        sep = " " if " " in body else "." if "." in body else \
            "-" if "-" in body else ""
        return body + sep + nir_key(body)
    s = re.sub(r"\{nir:([^}]*)\}", nir, s)
    s = re.sub(r"\{nirk:([^}]*)\}", lambda m: m.group(1) + nir_key(m.group(1)), s)
    s = re.sub(r"\{rpps:(\d{10})\}", lambda m: m.group(1) + luhn_digit(m.group(1)), s)
    s = re.sub(r"\{finess:(\w{8})\}", lambda m: m.group(1) + luhn_digit(m.group(1)), s)
    return re.sub(r"\{iban:([^}]*)\}", lambda m: iban_fr(m.group(1)), s)

def fill(s, ipp):
    s = fill_numbers(s).replace("{ipp}", ipp)
    if re.search(r"\{(nirk?|rpps|finess|iban|ipp)\b", s):
        raise ValueError("placeholder left: %s" % s)
    return s

def plain(text):
    return LABEL.sub(lambda m: m.group(2), text)

def sha(s):
    return hashlib.sha256(s.encode()).hexdigest()

# ------------------------------------------------------------------ lint

MONTHS = ("janvier fevrier février mars avril mai juin juillet aout août "
    "septembre octobre novembre decembre décembre janv fevr févr sept oct nov "
    "dec déc january february march april june july august september october "
    "november december jan feb mar apr jun jul aug sep").split()
TITLES = r"(?:M\.|Mr\.?|Mme|Mlle|Melle|Dr\.?|Pr\.?|MME|MR|DR|Monsieur|Madame|IDE|Me|Mrs|Ms)"
SENSITIVE = ("vih hiv sida prep truvada biktarvy triumeq descovy dovato odefsey "
    "tivicay ts suicide suicidaire autolyse imv depression dépression "
    "dépressif depressif depressive dépressive schizo schizophrénie schizophrene "
    "schizophrène bipolaire psychose psychotique lithium téralithe "
    "olanzapine zyprexa risperdal risperidone abilify aripiprazole haldol "
    "loxapac loxapine tercian xeroquel quétiapine quetiapine clozapine leponex "
    "xeplion sertraline zoloft paroxetine paroxétine "
    "escitalopram seroplex deroxat venlafaxine effexor prozac fluoxétine "
    "mirtazapine norset alcool alcoolique oh ethylisme éthylisme sevrage "
    "méthadone methadone subutex buprénorphine buprenorphine suboxone "
    "héroïne heroine cocaïne cocaine crack cannabis thc chemsex toxicomanie "
    "tso enceinte grossesse sa accouchement accouchée césarienne cesarienne "
    "post-partum map geu ivg contraception pilule stérilet sterilet diu implant "
    "nexplanon norlevo ellaone syphilis gonocoque gonococcie chlamydia "
    "chlamydiae herpès tpha vdrl ist anorexie boulimie scarifications spdt sdre "
    "antidépresseur antidepresseur neuroleptique amp fiv pma infertilité "
    "prénatal anténatal gestationnel rhophylac trithérapie arv cd4 "
    "pregnant pregnancy depressed suicidal alcohol").split()

def lint(rs):
    for r in rs:
        f = r.split("|", 7)
        text = f[7]
        bare = LABEL.sub(lambda m: " " * len(m.group(0)), text)
        notes = []
        for v in f[:2]:
            for w in re.split(r"[\s-]+", v):
                if len(w) > 2 and re.search(r"(?i)\b%s\b" % re.escape(w), bare):
                    notes.append("row value %r outside" % w)
        for m in re.finditer(r"\d[\d .\-/]*\d|\d", bare):
            if len(re.sub(r"\D", "", m.group(0))) >= 3 or re.search(r"\d[/.]\d", m.group(0)):
                notes.append("digits %r" % m.group(0))
        low = bare.lower()
        for w in re.findall(r"[a-zéèêàâûôîçï-]+", low):
            if w in MONTHS:
                notes.append("month %r" % w)
            if w in SENSITIVE:
                notes.append("term %r" % w)
        for m in re.finditer(TITLES + r"\s+([A-ZÉÈ][\w'’-]+)", bare):
            notes.append("title+%r" % m.group(1))
        if notes:
            print("%s\n    %s" % (text[:160], "; ".join(notes)))

# ------------------------------------------------------------------ a set

class HandSet:
    """One hand set: NAME ("heldout14"), its typed ROWS (blocks of lines),
    the two comment lines of its files' header that say who typed it and
    how it splits (HEADER_NOTE, `%s`-free), and its IPP prefix (two digits).
    The defaults are heldout14's; a set whose first run was kept (heldout13)
    overrides star_values and split."""

    check_bar = True            # a `|` in a row's text is an error

    def __init__(self, name, ordinal, blocks, header_note, ipp_prefix):
        self.name, self.ordinal, self.blocks = name, ordinal, blocks
        self.header_note, self.ipp_prefix = header_note, ipp_prefix
        self.dev_path = os.path.join(HERE, name + "_rows_dev.txt")
        self.frozen_path = os.path.join(HERE, name + "_rows_frozen.txt")

    def auto_ipp(self, text):
        h = int(sha(self.name + "ipp\n" + text), 16)
        return "%s%06d" % (self.ipp_prefix, h % 1000000)

    def star_values(self, text):
        """(IPP, whether the names go to the row) of a row written `*`."""
        promote = int(sha(self.name + "ctx\n" + plain(text)), 16) % 3 != 0
        return self.auto_ipp(plain(fill_numbers(text))), promote

    def parse(self, line):
        """A typed line -> the 8-field hand row of heldout_corpus.py --rows."""
        if line.startswith("- "):
            f = [""] * 7 + [line[2:]]
        elif line.startswith("* "):
            f = [""] * 6 + ["*", line[2:]]
        else:
            f = line.split("|", 7)
            if len(f) != 8:
                raise ValueError("8 fields wanted: %s" % line)
        text = f[7].strip()
        ipp = f[6]
        if f[6] == "*":
            ipp, promote = self.star_values(text)
        if line.startswith("* "):
            # As heldout10 on: two of three IPP-only rows whose text names
            # the patient as `title [[name:X]] [[name:Y]]` get X and Y as
            # row values.
            m = PROMOTE.search(text)
            if m and promote:
                f[0], f[1] = m.group(1).upper(), m.group(2)
        f = [fill(x, ipp) for x in f[:6]] + [ipp, fill(text, ipp)]
        for m in LABEL.finditer(f[7]):
            if m.group(1) not in KINDS:
                raise ValueError("unknown kind %s: %s" % (m.group(1), line))
            if not m.group(2).strip() or m.group(2) != m.group(2).strip():
                raise ValueError("label with blank edges: %s" % line)
        bare = LABEL.sub("", f[7])
        if "[[" in bare or "]]" in bare or self.check_bar and "|" in f[7]:
            raise ValueError("unbalanced label or a bar in the text: %s" % line)
        return "|".join(f)

    def rows(self):
        out = []
        for block in self.blocks:
            for line in block.split("\n"):
                line = line.strip()
                if line and not line.startswith("#"):
                    out.append(self.parse(line))
        if len(set(out)) != len(out):
            dup = [r for r in out if out.count(r) > 1]
            raise ValueError("duplicate rows: %s" % dup[0])
        return out

    def split(self, rs):
        """Rows ranked by sha256(NAME + "\\n" + row), the lower half (rounded
        down) to the dev file; each file keeps the typing order."""
        rank = sorted(range(len(rs)), key=lambda i: sha(self.name + "\n" + rs[i]))
        dev = set(rank[:len(rs) // 2])
        return ([r for i, r in enumerate(rs) if i in dev],
            [r for i, r in enumerate(rs) if i not in dev])

    def render(self, which, rs):
        note = ("DEV half: read its misses (make scrub-heldout-dev)." if which == "DEV"
            else "FROZEN half: figures only (make scrub-heldout); never read its misses or rows to tune a rule.")
        head = ("# Held-out hand rows, %s set (\"%s\"), %s half (heldout_corpus.py --rows; "
            "docs/scrub.md \"Held-out\").\n"
            "# NOM|Prénom|NIR|téléphone|email|adresse|IPP|text ; [[kind:text]] marks an "
            "identifier or a sensitive term.\n"
            "# WRITTEN BY tests/scrub/%s_corpus.py --write: edit the rows there, not here "
            "(make scrub-heldout checks).\n" % (self.ordinal, self.name, which, self.name))
        return head + self.header_note + "# %s\n" % note + "".join(r + "\n" for r in rs)

    def main(self, doc):
        rs = self.rows()
        dev, frozen = self.split(rs)
        want = {self.dev_path: self.render("DEV", dev),
            self.frozen_path: self.render("FROZEN", frozen)}
        if "--lint" in sys.argv:
            lint(rs)
        elif "--write" in sys.argv:
            for path, body in want.items():
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(body)
            labels = [len(LABEL.findall(r.split("|", 7)[7])) for r in rs]
            print("%s: %d rows (%d dev, %d frozen), %d labels, %d rows "
                "without a label" % (self.name, len(rs), len(dev), len(frozen),
                sum(labels), labels.count(0)))
        elif "--check" in sys.argv:
            for path, body in want.items():
                if open(path, encoding="utf-8").read() != body:
                    sys.exit("%s differs from tests/scrub/%s_corpus.py "
                        "--write" % (path, self.name))
        else:
            sys.exit(doc)

#!/usr/bin/env python3
"""Random patient exports for the leak property test (test_leaks.sh).

  gen_leak.py --seed N --out DIR --manifest FILE

Python 3 standard library only; everything follows from the seed.  Each
file gets a random subset of the columns conf/example.policy names, in a
random order, under a random spelling of a random synonym of its header,
plus a column no rule names; a random dialect (; , TAB |), line ending (LF,
CRLF), BOM or not, UTF-8 or Windows-1252, minimal or full quoting, and
newlines inside quoted free text.  The manifest lists every raw value that
must never come out: "text" values (checked as substrings, accents folded)
and "number" values (checked against the digits of every output cell).
Raw words are random letter strings, so no fake value can equal one."""
import argparse, json, os, random

# Column rule -> header synonyms (conf/example.policy, docs/policy.md).
SYN = {
    "ipp": ["IPP", "N° IPP", "identifiant patient"],
    "nom": ["Nom", "nom usuel", "Nom d'usage", "nom marital", "Nom de naissance", "nom de famille"],
    "prenom": ["Prénom", "prénoms"],
    "naissance": ["Date de naissance", "DDN", "Né(e) le"],
    "nir": ["NIR", "NSS", "N° sécu", "numéro de sécurité sociale", "matricule INS"],
    "adresse": ["Adresse"],
    "cp": ["Code postal", "CP"],
    "ville": ["Ville", "commune"],
    "tel": ["Tél", "Téléphone", "portable"],
    "email": ["Email", "mail", "courriel"],
    "medecin": ["Médecin traitant", "prescripteur"],
    "sejour": ["N° séjour", "NDA", "n° dossier"],
    "entree": ["Date d'entrée", "date de sortie", "date consultation"],
    "commentaire": ["Commentaire"],
    "sexe": ["Sexe"],
    "mutuelle": ["Mutuelle", "AMC"],
    "unnamed": ["Remarque libre", "Note interne"],
}
OPTIONAL = [c for c in SYN if c != "ipp"]
UPPER = "BCDFGHJKLMNPQRSTVWXZ"
ACCENTED = "ÉÈÊËÏÎÔÇ"


def spell(r, header):
    return r.choice([header, header.upper(), header.lower(), header.title(),
                     " %s " % header])


def word(r, n=8, accents=False):
    w = "".join(r.choice(UPPER) for _ in range(n))
    if accents and r.random() < 0.5:
        i = r.randrange(1, n)
        w = w[:i] + r.choice(ACCENTED) + w[i:]
    return w


def nir(r):
    body = "%d%02d%02d%02d%03d%03d" % (r.choice([1, 2]), r.randrange(30, 99), r.randrange(1, 13),
                                        r.randrange(1, 96), r.randrange(1, 990), r.randrange(1, 999))
    key = 97 - int(body) % 97
    return body + "%02d" % key


class Gen:
    def __init__(self, seed, enc):
        self.r = random.Random(seed)
        self.enc = enc
        self.text = set()
        self.numbers = set()

    def t(self, v):
        self.text.add(v)
        return v

    def n(self, v):
        self.numbers.add("".join(c for c in v if c.isdigit()))
        return v

    def nir_written(self, v):
        if self.r.random() < 0.5:
            return v
        return " ".join([v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]])

    def patient(self):
        r = self.r
        nom, prenom = word(r, 8, True), word(r, 7, True).capitalize()
        p = {
            "ipp": self.n("%08d" % r.randrange(10 ** 7, 10 ** 8)),
            "nom": self.t(nom),
            "prenom": self.t(prenom),
            "naissance": self.t("%02d/%02d/%d" % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(1930, 2006))),
            "nir": self.n(self.nir_written(nir(r))),
            "adresse": "%d rue %s" % (r.randrange(1, 200), self.t(word(r, 9))),
            "cp": self.n("%05d" % r.randrange(1000, 95999)),
            "ville": self.t(word(r, 8)),
            "tel": self.n("0%d %02d %02d %02d %02d" % (r.randrange(1, 8), r.randrange(100), r.randrange(100),
                                                       r.randrange(100), r.randrange(100))),
            "email": "%s@%s.fr" % (self.t(word(r, 8).lower()), word(r, 5).lower()),
            "medecin": "Dr " + self.t(word(r, 8)),
            "sejour": self.n("%09d" % r.randrange(10 ** 8, 10 ** 9)),
            "entree": "%02d/%02d/%d" % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(2015, 2025)),
            "sexe": r.choice("MF"),
            "mutuelle": r.choice(["MGEN", "Harmonie", "CMU-C", ""]),
            "unnamed": self.t(word(r, 10)),
        }
        self.t(p["email"])
        p["commentaire"] = "Vu %s %s,\nappelle au %s" % (p["prenom"], p["nom"], p["tel"])
        return p

    def file(self, path, patients):
        r = self.r
        cols = ["ipp"] + r.sample(OPTIONAL, r.randrange(3, len(OPTIONAL)))
        r.shuffle(cols)
        delim = r.choice([";", ",", "\t", "|"]) if not path.endswith(".tsv") else "\t"
        eol = r.choice(["\n", "\r\n"])
        full = r.random() < 0.5
        bom = self.enc == "utf-8" and r.random() < 0.5

        def field(v):
            if full or any(c in v for c in (delim, '"', "\r", "\n")):
                return '"' + v.replace('"', '""') + '"'
            return v
        lines = [delim.join(field(spell(r, r.choice(SYN[c]))) for c in cols)]
        for _ in range(r.randrange(1, 40)):
            p = r.choice(patients)
            lines.append(delim.join(field(p[c]) for c in cols))
        data = eol.join(lines) + (eol if r.random() < 0.8 else "")
        raw = data.encode(self.enc)
        if bom:
            raw = b"\xef\xbb\xbf" + raw
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(raw)
        return {"delim": delim, "eol": eol, "full_quoting": full, "bom": bom,
                "encoding": self.enc, "columns": cols}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--manifest", required=True)
    a = ap.parse_args()
    r = random.Random(a.seed)
    files = {}
    for i in range(4):
        enc = r.choice(["utf-8", "cp1252"])
        g = Gen(a.seed * 1000 + i, enc)
        pats = [g.patient() for _ in range(r.randrange(1, 30))]
        name = ["patients_%d.csv", "sejours_%d.csv", "labo/resultats_%d.tsv", None][i]
        if name is None:   # a single-patient export, named after the patient
            name = "export_%s_%s.csv" % (pats[0]["nom"], pats[0]["prenom"])
            pats = pats[:1]
        else:
            name = name % i
        files[name] = g.file(os.path.join(a.out, name), pats)
        files[name]["text"] = sorted(g.text)
        files[name]["numbers"] = sorted(g.numbers)
    with open(a.manifest, "w", encoding="utf-8") as f:
        json.dump({"seed": a.seed, "files": files}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

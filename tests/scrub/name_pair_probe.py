#!/usr/bin/env python3
"""Recall probe for a surname then a given name after a title
(precision19b): for each of 200 common French surnames S and 20 given
names G, the lines "Mme S G vue ce jour." and "M. S G 1 cp le soir." must
leave no S and no G raw, both as a stranger (empty row) and as the
patient (S, G in the row).  Synthetic: the lists below are typed here.

usage: name_pair_probe.py [SCRUB_SPANS]   (default build/tests/scrub_spans)
Prints the count of lines fed and of words left raw, and each line
that leaves one.
"""
import os
import subprocess
import sys

SURNAMES = """Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau
Laurent Simon Michel Lefebvre Leroy Roux David Bertrand Morel Fournier
Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefevre
Faure Andre Mercier Blanc Guerin Boyer Garnier Chevalier Francois Legrand
Gauthier Garcia Perrin Robin Clement Morin Nicolas Henry Roussel Mathieu
Gautier Masson Marchand Duval Denis Dumont Marie Lemaire Noel Meyer Dufour
Meunier Brun Blanchard Giraud Joly Riviere Lucas Brunet Gaillard Barbier
Arnaud Martinez Gerard Roche Renard Schmitt Roy Leroux Colin Vidal Caron
Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe
Bourgeois Pierre Benoit Rey Leclerc Payet Rolland Leclercq Guillaume
Lecomte Lopez Jean Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis
Moulin Louis Deschamps Huet Vasseur Perez Boucher Fleury Royer Klein
Jacquet Adam Paris Poirier Marty Aubry Guyot Carre Charles Renault
Charpentier Menard Maillard Baron Bertin Bailly Herve Schneider Fernandez
Le Gall Collet Leger Bouvier Julien Prevost Millet Perrot Daniel Le Roux
Cousin Germain Breton Besson Langlois Remy Le Goff Pelletier Leveque
Perrier Leblanc Barre Lebrun Marchal Weber Mallet Hamon Boulanger Jacob
Monnier Michaud Rodriguez Guichard Gillet Etienne Grondin Poulain Tessier
Chevallier Collin Chauvin Da Silva Bouchet Gay Lemaitre Benard Marechal
Humbert Reynaud Antoine Hoarau Perret Barthelemy Cordier Pichon Lejeune
Gilbert Lamy Delaunay Pasquier Carlier Laporte Vigneron Faucon Pigeon
Tisserand""".split("\n")
SURNAMES = [w for line in SURNAMES for w in line.split(" ") if w]
# two-word surnames typed with a space above ("Le Gall"): joined back
fixed = []
skip = False
for k, w in enumerate(SURNAMES):
    if skip:
        skip = False
        continue
    if w in ("Le", "Da") and k + 1 < len(SURNAMES):
        fixed.append(w + " " + SURNAMES[k + 1])
        skip = True
    else:
        fixed.append(w)
SURNAMES = fixed[:200]
GIVEN = ["Rose", "Pierre", "Marie", "Jean", "Claire", "Louis", "Camille",
         "Nicolas", "Sophie", "Julien", "Émilie", "Thomas", "Léa", "Hugo",
         "Chantal", "Michel", "Nathalie", "Bernard", "Céline", "Olivier"]
LINES = ["Mme {S} {G} vue ce jour.", "M. {S} {G} 1 cp le soir."]


def main():
    tool = sys.argv[1] if len(sys.argv) > 1 else "build/tests/scrub_spans"
    cases = []
    for s in SURNAMES:
        for g in GIVEN:
            for form in LINES:
                text = form.format(S=s, G=g)
                for row in (["", "", "", "", "", "", "40012345"],
                            [s.upper(), g, "", "", "", "", "40012345"]):
                    cases.append((row, text, s, g))
    feed = "".join("\t".join(r + [t, ""]) + "\n" for r, t, _, _ in cases)
    out = subprocess.run([tool], input=feed.encode(), stdout=subprocess.PIPE,
                         check=True).stdout.decode().split("\n")
    raw = words = 0
    for (row, text, s, g), line in zip(cases, out):
        b = text.encode()
        spans = []
        for sp in filter(None, line.split(",")):
            a, e, _ = sp.split(":", 2)
            spans.append((int(a), int(e)))
        at = 4 if text.startswith("Mme") else 3
        for word in s.split(" ") + [g]:
            wb = word.encode()
            words += 1
            at = b.index(wb, at)
            if not any(a <= at and at + len(wb) <= e for a, e in spans):
                raw += 1
                print("raw %-10s %s%s" % (word, text,
                      "  (row)" if row[0] else ""))
            at += len(wb)
    print("name pair probe: %d surnames, %d given names, %d lines, %d of %d "
          "words left raw" % (len(SURNAMES), len(GIVEN), len(cases), raw,
                              words))


if __name__ == "__main__":
    main()

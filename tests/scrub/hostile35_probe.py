#!/usr/bin/env python3
"""hostile35 probe: the row's name written by sound in a script the
hostile34 key did not read (Arabic, Hebrew, Armenian) or in Cyrillic and
Greek with a neighbour letter (a voiced consonant for its unvoiced pair)
or without the nasal end, through scrub_spans (hostile34_probe's rows and
measure: a form leaks when one of its letters is outside every span).
Also the keeps: ordinary words of those scripts, and a word of the row's
script that sounds like another name, must stay untouched (a span on one
is counted "taken").  Usage: hostile35_probe.py BIN [-v] [BIN's args]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostile34_probe import probe_forms

# by row (DUPONT Jean, VIGNERON Hélène, MARCHAND Paul, LE GOFF Léa, NOE
# Eva): the name as an Arabic, Hebrew or Armenian text writes it by sound,
# and Cyrillic or Greek with a neighbour letter or a dropped nasal end
FORMS = {
    "DUPONT": {
        "arabic": ["دوبون", "دو بون", "ديبون", "دوپون", "جان"],
        "hebrew": ["דופון", "דיפון", "דו פון", "ז'אן", "ז׳אן"],
        "armenian": ["Դյուպոն", "ԴՅՈՒՊՈՆ", "Դյուպոնտ", "Ժան"],
        "neighbour": ["Дюбон", "ДЮБОН", "Тюпон", "Ντιμπόν", "Шан"],
    },
    "VIGNERON": {
        "arabic": ["فينيرون", "ڤينيرون", "هيلين", "إيلين"],
        "hebrew": ["ויניירון", "וינירון", "הלן", "אלן"],
        "armenian": ["Վինյերոն", "ՎԻՆՅԵՐՈՆ", "Էլեն"],
        "neighbour": ["Виньеро", "ВИНЬЕРО", "Финьерон", "Βινιερό"],
    },
    "MARCHAND": {
        "arabic": ["مارشان", "مرشان", "بول", "پول"],
        "hebrew": ["מרשן", "מרשאן", "פול", "פאול"],
        "armenian": ["Մարշան", "Պոլ"],
        "neighbour": ["Маржан", "МАРЖА", "Бол", "Μαρζάν"],
    },
    "LE GOFF": {
        "arabic": ["لو غوف", "غوف", "قوف"],
        "hebrew": ["לה גוף", "גוף"],
        "armenian": ["Լը Գոֆ", "Գոֆ", "Լեա"],
        "neighbour": ["Ле Кофф", "Ле Гов", "Λε Κοφ"],
    },
    "NOE": {
        "armenian": ["Նոե", "Եվա"],
        "neighbour": ["Нуэ", "Ефа"],
    },
}
# words no row here is: ordinary words of each script (and a name of the
# row's script that sounds like another name); each must stay untouched
KEEPS = {
    "DUPONT": ["شكرا", "مرحبا", "السلام", "دوبوا", "שלום", "תודה", "דובואה",
               "Բարև", "Շնորհակալություն", "Դյուբուա", "Дюбуа", "Дюран",
               "Ντιμπουά"],
    "VIGNERON": ["شكرا", "نعم", "שלום", "בסדר", "Բարև", "Վարդան", "Виноград",
                 "Венера", "Βερόνα"],
    "MARCHAND": ["مرحبا", "شمس", "מרחב", "פעם", "Մայր", "Մարտ", "Маршрут",
                 "Бал", "Πόλη"],
    "LE GOFF": ["غرفة", "כיף", "Գեղ", "Гоша", "Кафе"],
    "NOE": ["Նոր", "Нет", "Евро"],
}


if __name__ == "__main__":
    probe_forms(FORMS, KEEPS)

#!/usr/bin/env python3
"""script36 probe: the row's name parts written in the forms hostile34 and
hostile35 left (docs/threat-model.md "script36"), through scrub_spans with
hostile34_probe's rows and measure (a form leaks when one of its letters
is outside every span): a short part in capitals cut by a space or
backwards, a Cyrillic or Greek word with a neighbour letter on one or two
consonants, an Arabic or Hebrew word of one consonant; "left" are forms
of the family no rule here reads (counted, not closed).  Keeps: ordinary
words beside the rows, alone in a cell, must stay untouched.
Usage: script36_probe.py BIN [-v] [BIN's args]"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostile34_probe import probe_forms

FORMS = {
    "DUPONT": {
        "neighbour2": ["Шан", "ШАН", "Σαν"],
        "left": ["DPNT", "DUUPONT", "Дюпо"],
    },
    "MARCHAND": {
        "neighbour2": ["Бол", "БОЛ", "Μπολ", "Πολ"],
        "left": ["MRCHND"],
    },
    "LE GOFF": {
        "space": ["L EA", "LE A", "L E A"],
        "backwards": ["AEL"],
        "abjad1": ["ليا", "لييا", "ליה", "ליאה"],
        "left": ["L-E", "לאה"],
    },
    "NOE": {
        "space": ["NO E", "N OE", "E VA", "EV A", "N O E", "E V A"],
        "neighbour2": ["Ефа", "ΕΦΑ"],
        "abjad1": ["إيفا", "ايفا", "نوي"],
        "left": ["EON", "AVE", "نويه", "נואה", "אווה"],
    },
}
KEEPS = {
    "DUPONT": ["Шин", "Сон", "NO"],
    "MARCHAND": ["Бал", "боль", "Пила", "Поле", "MAR", "لا", "بلا"],
    "LE GOFF": ["لي", "لا", "לא", "לי", "אלה", "AL", "LEAD"],
    "NOE": ["Ефим", "نعم", "أنا", "أين", "نوم", "NOEL",
            "No", "VA"],
}


if __name__ == "__main__":
    probe_forms(FORMS, KEEPS)

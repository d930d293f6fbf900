/* Unit tests of the sixteenth precision pass (docs/scrub.md "Precision,
 * sixteenth pass"): words a name rule or a term took that are no
 * identifier must stay, and the names, places and terms of the same
 * shapes beside them must still go.  The detectors alone (detect_run),
 * without row values, in both modes; the sensitive groups of the
 * default policy where a term is asked. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* Laboratory notation ("PaCO2": "Paco" of the lists; "PAPP-A": "Papp"
 * a surname) and a lab method a list holds as a first name ("ELISA");
 * the same names written as a person's still go (lab_notation,
 * clinical_words). */
TEST_SPAN_CASES(test_lab_notation_kept, &test_default, &S,
	{ "Gaz du sang : pH 7,28, PaCO2 62 mmHg, PaO2 58 mmHg. Vu "
	    "M. Paco Dupont.", { "PaCO2", NULL }, { "Paco Dupont",
	    NULL } },
	{ "Dosage combin\xc3\xa9 T21 (PAPP-A, HCG libre).",
	    { "PAPP-A", NULL }, { NULL } },
	{ "Dosage pour Mme PAPP Ilona.", { NULL }, { "PAPP Ilona",
	    NULL } },
	{ "Toxine positive (PCR + ELISA toxines A/B). Sa fille Elisa "
	    "Martin appelle.", { "ELISA", NULL }, { "Elisa Martin",
	    NULL } },
	{ "Mme ELISA Karine vue ce jour.", { NULL }, { "ELISA",
	    "Karine", NULL } },
	{ "Appel de Mme PAPP-ANDRIEU.", { NULL }, { "PAPP", NULL } },
	/* a first name of the lists and the initial of its second
	 * half without a dot (review, seventeenth pass: JEAN was
	 * kept as "PAPP-A" was) */
	{ "Vu avec JEAN-P MARTIN ce jour.", { NULL }, { "JEAN",
	    NULL } })

/* A body's acronym after "de la", "à l'" ("le pharmacien de la PUI"),
 * a noun after a role's heading colon ("Note pharmacien : interaction
 * Préviscan + Bactrim"), a town after "en" that a list holds as an
 * ordinary-word name ("son frère en France") and a commune after
 * "patient de" stay; names after the same cues still go. */
TEST_SPAN_CASES(test_bodies_headings_places_kept, &test_default, &S,
	{ "Appel du pharmacien de la PUI : le traitement de Mme "
	    "Haramburu Maite.", { "PUI", NULL }, { "Haramburu",
	    "Maite", NULL } },
	{ "Note pharmacien : interaction Pr\xc3\xa9viscan + Bactrim.",
	    { "viscan", "Bactrim", NULL }, { NULL } },
	{ "Contact de son fr\xc3\xa8re en France : Aim\xc3\xa9 Mabiala.",
	    { "France", NULL }, { "Mabiala", NULL } },
	{ "Le patient de Roscoff rentrera en taxi.", { "Roscoff", NULL },
	    { NULL } },
	/* the same cues before a person */
	{ "Appel du pharmacien de la pharmacie, M. KEROUREDAN.", { NULL },
	    { "KEROUREDAN", NULL } },
	{ "\xc3\x89pouse laotienne Bounmy ne parle pas.", { NULL },
	    { "Bounmy", NULL } },
	{ "Son fils cadet Kevin passera.", { NULL }, { "Kevin", NULL } },
	{ "Son fr\xc3\xa8re Roscoff passera.", { NULL }, { "Roscoff",
	    NULL } },
	{ "Le patient Kerouredan rentrera.", { NULL }, { "Kerouredan",
	    NULL } })

/* Words derived from a word of the lexicon ("déperfusé",
 * "stomathérapie"), a heading slipped in typing ("Transmision :"), an
 * institution named after someone after its capitalized head and kind
 * ("Centre de santé Fernand Léger"); names of the same shapes still
 * go. */
TEST_SPAN_CASES(test_derived_words_headings_institutions_kept, &test_default, &S,
	{ "Ch. 310 : perfusion arr\xc3\xaat\xc3\xa9" "e, patient "
	    "d\xc3\xa9perfus\xc3\xa9. Vu avec sa fille Nadia.",
	    { "perfus\xc3\xa9.", NULL }, { "Nadia", NULL } },
	{ "RDV avec l'infirmi\xc3\xa8re de stomath\xc3\xa9rapie le "
	    "jeudi.", { "stomath", NULL }, { NULL } },
	{ "Transmision : mme gomes da costa fatima pleure le soir.",
	    { "Transmision", NULL }, { "gomes", "fatima", NULL } },
	{ "Ordonnance (Centre de sant\xc3\xa9 Fernand L\xc3\xa9ger) "
	    "pour Mme Balasubramaniam.", { "Fernand", NULL },
	    { "Balasubramaniam", NULL } },
	/* the same shapes as names */
	{ "sa fille delafontaine passera, son fils kerouredan aussi.",
	    { NULL }, { "delafontaine", "kerouredan", NULL } },
	{ "sa fille pr\xc3\xa9" "fontaine passera.", { NULL },
	    { "fontaine", NULL } },
	{ "Kerouredan : chute ce matin.", { NULL }, { "Kerouredan",
	    NULL } },
	/* review, seventeenth pass: surnames no list has, of the
	 * derived and misspelt shapes, after a kin word or a
	 * relation noun and as a heading; the patient's participle
	 * stays */
	{ "sa fille surplanter passera.", { NULL }, { "surplanter",
	    NULL } },
	{ "Son voisin surplanter a appel\xc3\xa9.", { NULL },
	    { "surplanter", NULL } },
	{ "R\xc3\xa9sidente d\xc3\xa9perfus\xc3\xa9" "e ce soir.",
	    { "perfus", NULL }, { NULL } },
	{ "Fillon : chute ce matin.", { NULL }, { "Fillon", NULL } },
	{ "Poullain : refus du traitement.", { NULL }, { "Poullain",
	    NULL } },
	{ "Bonet : douleur EVA 6.", { NULL }, { "Bonet", NULL } },
	{ "Le cadre de sant\xc3\xa9 Martine Lebrun pr\xc3\xa9venue.",
	    { NULL }, { "Martine", "Lebrun", NULL } })

/* A product before its strength and a count ("Seretide Diskus 500 1
 * inhalation", "Solupred 20 1 cp") is no name; a baby's weight in
 * thousands after her name ("bébé Elif 4 210 g"), a carer before how
 * often she comes and a name before an age still go. */
TEST_SPAN_CASES(test_products_before_posology_kept, &test_default, &S,
	{ "Seretide Diskus 500 1 inhalation matin et soir.",
	    { "Seretide", "Diskus", NULL }, { NULL } },
	{ "Pharmacien : Solupred 20 1 cp matin et soir.",
	    { "Solupred", NULL }, { NULL } },
	{ "Patient algique, Acupan IVL fait, EVA 3.", { "Acupan",
	    "IVL", NULL }, { NULL } },
	{ "Vu Mme Kerouredan IVL.", { NULL }, { "Kerouredan", NULL } },
	{ "Di\xc3\xa9t\xc3\xa9ticienne : CNO Fortimel 2/j.", { "CNO",
	    "Fortimel", NULL }, { NULL } },
	{ "Di\xc3\xa9t\xc3\xa9ticienne : Mme Kerouredan, CNO 2/j.",
	    { NULL }, { "Kerouredan", NULL } },
	{ "Kin\xc3\xa9 Kerouredan 2x/sem, IDE Bounmy 2/j.", { NULL },
	    { "Kerouredan", "Bounmy", NULL } },
	{ "Ces\xc3\xa9rienne le 29/11, b\xc3\xa9" "b\xc3\xa9 Elif 4 210 g.",
	    { NULL }, { "Elif", NULL } },
	{ "Vu Mme Kerouredan Bounmy 45 ans.", { NULL }, { "Kerouredan",
	    "Bounmy", NULL } },
	{ "Dupont 500 1 cp.", { NULL }, { "Dupont", NULL } })

/* "LSD" of a radiology report, the right upper lobe, after a lesion's
 * word and "du" or in "dans le"; the drug still goes. */
TEST_SPAN_CASES(test_lobe_lsd_kept, &test_default, &S,
	{ "CR SCANNER : nodule du LSD de 7 mm. Opacit\xc3\xa9 dans le "
	    "LSD.", { "LSD", NULL }, { NULL } },
	{ "Consommation de LSD et de cannabis.", { NULL }, { "LSD",
	    NULL } },
	{ "Prise du LSD hier soir, nodule du doigt.", { NULL }, { "LSD",
	    NULL } })

/* A germ's genus and serovar ("Salmonella Enteritidis"), a drug's brand
 * and its device ("Symbicort Turbuhaler") or after "sous" or a form
 * ("sous Kardegic Tahor Coversyl", "Aérosols Atrovent Bricanyl") are no
 * names; unknown words of the same shapes after a title, a relation, or
 * with a word no medical dictionary has still go. */
TEST_SPAN_CASES(test_germs_and_brands_kept, &test_default, &S,
	{ "Coproculture : Salmonella Enteritidis, Salmonella "
	    "Typhimurium.", { "Enteritidis", "Typhimurium", NULL },
	    { NULL } },
	{ "Symbicort Turbuhaler 400, Novorapid Flexpen selon protocole.",
	    { "Symbicort", "Novorapid", NULL }, { NULL } },
	{ "Patient sous Kardegic Tahor Coversyl Bisoce.",
	    { "Kardegic", "Coversyl", "Bisoce" }, { NULL } },
	{ "A\xc3\xa9rosols Atrovent Bricanyl x3/j.", { "Atrovent",
	    "Bricanyl", NULL }, { NULL } },
	/* the same shapes as persons */
	{ "Vu Salmonella Kerouredan ce jour.", { NULL }, { "Kerouredan",
	    NULL } },
	{ "Patiente sous Mme Bounmy Kerouredan.", { NULL }, { "Bounmy",
	    "Kerouredan", NULL } },
	{ "Sous tutelle, Bounmy Kerouredan.", { NULL }, { "Bounmy",
	    "Kerouredan", NULL } },
	{ "Vu avec Manarii Teriitehau.", { NULL }, { "Manarii",
	    "Teriitehau", NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lab_notation_kept),
		cmocka_unit_test(test_bodies_headings_places_kept),
		cmocka_unit_test(test_derived_words_headings_institutions_kept),
		cmocka_unit_test(test_products_before_posology_kept),
		cmocka_unit_test(test_lobe_lsd_kept),
		cmocka_unit_test(test_germs_and_brands_kept),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}

/* Unit tests of the pass on the eighteenth hand set's dev half
 * (docs/scrub.md "heldout18 dev families (dev18)"): the numbers of
 * identity, insurance and travel documents after the noun of the document
 * in the languages of the EU and its neighbours ("NIE X4417821L",
 * "codice fiscale ...", "passeport M 0992 4471"), and file codes of
 * capitals and digits joined by hyphens ("BL-HAD-25-04418", "n°
 * HC-0447-S2").  Beside each, the look-alike that stays.  The detectors
 * alone (detect_run), without row values. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* A document's noun, words that qualify it, then its number: capitals
 * and digits in groups. */
TEST_SPAN_CASES(test_document_numbers_after_their_noun, &test_default, &S,
	{ "Sra. Casals, NIE X4417821L, vue \xc3\xa0 Cerdanya.",
	    { NULL }, { "X4417821L", NULL } },
	{ "sig. Porcu, codice fiscale PRCGNN61A01B354K, tessera "
	    "sanitaria 80380001209988771 ; ricoverato.", { NULL },
	    { "PRCGNN61A01B354K", "80380001209988771", NULL } },
	{ "M. Novak, passeport M 0881 2290, accident du travail.",
	    { NULL }, { "M 0881 2290", NULL } },
	{ "Belge : NISS 68.11.03-417.22, mutualit\xc3\xa9 "
	    "Solidaris.", { NULL }, { "68.11.03-417.22", NULL } },
	{ "carte d'identit\xc3\xa9 portugaise n\xc2\xb0 "
	    "PT1234567ZZ4 v\xc3\xa9rifi\xc3\xa9" "e.", { NULL },
	    { "PT1234567ZZ4", NULL } },
	{ "tarjeta sanitaria CatSalut BRVA 0 660214 00 7, vue.",
	    { NULL }, { "BRVA 0 660214 00 7", NULL } },
	{ "permis G n\xc2\xb0 G 2023 441 902 ; LAMal.", { NULL },
	    { "G 2023 441 902", NULL } },
	{ "carte EHIC n\xc2\xb0 80560000 4411 2093 17 valable.",
	    { NULL }, { "80560000 4411 2093 17", NULL } },
	{ "navire vraquier (IMO 9412307), escale \xc3\xa0 Brest.",
	    { NULL }, { "9412307", NULL } })

/* What stays after a document's noun: a year, a date, a quantity before
 * its unit, a word surname (no digit: no code). */
TEST_SPAN_CASES(test_document_nouns_without_number_kept, &test_default, &S,
	{ "permis B depuis 1998 ; passeport expir\xc3\xa9 en 2019.",
	    { "1998", "2019", NULL }, { NULL } },
	{ "titre anti-HBs 10000 UI/L ; carte de 10 s\xc3\xa9" "ances.",
	    { "10000", "10 s", NULL }, { NULL } },
	{ "CIN : Vigneron ; carte Chapelle ; NIE Dauphin.",
	    { "carte", "NIE", NULL }, { NULL } },
	{ "IMO non fourni ; AVS 2 fois par jour.",
	    { "IMO", "AVS 2", NULL }, { NULL } })

/* Capitals and digits in three hyphenated groups or more, six digits or
 * more; two groups and four digits after "n°" or "numéro". */
TEST_SPAN_CASES(test_hyphenated_file_codes, &test_default, &S,
	{ "Bon de livraison n\xc2\xb0 BL-SAD-24-11873 : pompe.",
	    { NULL }, { "BL-SAD-24-11873", NULL } },
	{ "d\xc3\xa9" "claration EI-PUI-2024-112 faite.", { NULL },
	    { "EI-PUI-2024-112", NULL } },
	{ "identit\xc3\xa9 provisoire INCONNU-24-0311-02 ; homme.",
	    { NULL }, { "INCONNU-24-0311-02", NULL } },
	{ "num\xc3\xa9ro de participant KQ-0912 ; tube n\xc2\xb0 "
	    "KQ-0912-T4.", { NULL }, { "KQ-0912", "KQ-0912-T4",
	    NULL } },
	{ "num\xc3\xa9ro de moniteur FFN-44-20931.", { NULL },
	    { "FFN-44-20931", NULL } })

/* What stays: a lot's, a standard's, a model's code, a virus, a short
 * code with no "n°", a date after capitals. */
TEST_SPAN_CASES(test_hyphenated_look_alikes_kept, &test_default, &S,
	{ "lot AB-1125-7730 rappel\xc3\xa9 ; norme EN-1789-2007.",
	    { "AB-1125-7730", "EN-1789-2007", NULL }, { NULL } },
	{ "COVID-19 ; SARS-CoV-2 ; HLA-B27 ; BI-RADS-4.",
	    { "COVID-19", "SARS-CoV-2", "HLA-B27" }, { NULL } },
	{ "mod\xc3\xa8le ISO-13485-2016 ; contr\xc3\xb4le KQ-0912.",
	    { "ISO-13485-2016", "KQ-0912", NULL }, { NULL } },
	{ "cl\xc3\xa9 FR76-3000-6000-0112-3456-7890-18 ; EI-2025-44.",
	    { "FR76-3000-6000-0112-3456-7890-18", "EI-2025-44", NULL },
	    { NULL } },
	{ "Chez M. Pigeon : version AB-2024-0012 du logiciel.",
	    { "AB-2024-0012", NULL }, { "Pigeon", NULL } })

/* A record's fields typed KEY=VALUE: the keys of the JSON and XML
 * records (a name's, a place's); other keys and a placeholder stay. */
TEST_SPAN_CASES(test_equal_sign_records, &test_default, &S,
	{ "Import : NOM_NAISSANCE=TISSERAND ; PRENOM=ODILE ; "
	    "VILLE=SELESTAT ; IPP=1234.", { NULL }, { "TISSERAND",
	    "ODILE", "SELESTAT" } },
	{ "nom=Pigeon|prenom=Luc|examen=HbA1c", { "HbA1c", NULL },
	    { "Pigeon", "Luc", NULL } },
	/* what stays */
	{ "TA=12/8 ; nom=Inconnu ; DIAG=Prince ; x=Vigneron.", {
	    "Inconnu", "Prince", "Vigneron" }, { NULL } })

/* Where a person without a home sleeps: a squat's or a camp's noun and
 * its street or name; a bridge or a tent after a residence word. */
TEST_SPAN_CASES(test_shelters_named, &test_default, &S,
	{ "Sans abri, dort au squat de la rue Vernier ; PASS.",
	    { NULL }, { "squat de la rue Vernier", NULL } },
	{ "Consultation : trois jeunes du campement des Dunettes.",
	    { NULL }, { "campement des Dunettes", NULL } },
	{ "Il dort sous le pont de la rocade nord depuis mai.",
	    { NULL }, { "sous le pont de la rocade nord", NULL } })

/* What stays: the same nouns in care (anatomy, oxygen, exercise), a
 * shelter with no name, a bridge with no residence word. */
TEST_SPAN_CASES(test_shelter_look_alikes_kept, &test_default, &S,
	{ "pont de Varole ; tente \xc3\xa0 oxyg\xc3\xa8ne ; squat "
	    "de la jambe.", { "pont de Varole", "tente", "squat" },
	    { NULL } },
	{ "vit sous le pont ; campement de fortune ; pont de la "
	    "rocade ferm\xc3\xa9.", { "sous le pont", "campement de "
	    "fortune", "pont de la rocade" }, { NULL } },
	{ "Pigeon et Vigneron, exercices de squat du matin.",
	    { "squat du matin", NULL }, { NULL } })

/* A surname with an apostrophe inside and lower-case letters after it:
 * the name span takes them.  What stays: an elided word after a name,
 * an English possessive, a capital after the apostrophe (whole already). */
TEST_SPAN_CASES(test_apostrophe_surnames, &test_default, &S,
	{ "Visio : Mme Prud'homme Annie ne comprend pas.", { NULL },
	    { "Prud'homme Annie", NULL } },
	{ "contact : fille Julie Prud'homme (SMS).", { NULL },
	    { "Julie Prud'homme", NULL } },
	/* what stays */
	{ "M. Pigeon l'a vu ; Mme Vigneron d'abord ; Jusqu'ici "
	    "rien.", { "l'a vu", "d'abord", "Jusqu'ici" }, { NULL } })

/* A phone or id span inside a document's code is widened to the code
 * as an id (docid_take): the kinds' bits follow (the counts are made at
 * the first change since speed31b: the spans are walked here), so that a
 * gate of the phone rules (has_span_kind) does not stay open on a
 * comment whose one phone became an id (review22). */
static void
test_document_number_kind_counts(void **state)
{
	static const char *const texts[] = {
		"passeport 06 12 34 56 78, vu ce jour.",
		"NIE 06 12 34 56 78 ; rappel.",
		"passeport N 12239407 ; rappel.",
	};

	(void)state;
	for (size_t i = 0; i < N(texts); i++) {
		assert_int_equal(detect_run(&test_default, texts[i],
		    strlen(texts[i]), NULL, 0, &S), 0);
		for (unsigned k = 0; k < DETECT_NKINDS; k++) {
			int some = 0;

			for (size_t j = 0; j < S.nspans; j++)
				some |= S.spans[j].kind == (enum detect_kind)k;
			assert_int_equal((S.span_kinds >> k) & 1, some);
		}
	}
}

/* The label walk crosses four words at most; a code is 40 bytes and
 * eight groups at most, and a digit word walks back 40 bytes at most. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"passeport M 0992 4471 ", "passeport ", "NIE X4417821L ",
		"carte d A B C ", "carte 1 ", "carte AB-12-1234 ",
		"AB-1-", "AB-12-1234-", "AB-12-12345 ", "n\xc2\xb0 AB-1234 ",
		"AB1-", "A-1/B-", "NISS 1.", "passeport 12345678 ",
		"NOM=A ; ", "NOM=", "=", "a=b;", "PRENOM=A|VILLE=B|",
		"dort sous le pont de la rue A B ", "squat de la ",
		"campement du A B C ", "vit sous sous sous pont de A ",
		"squat squat ", "Mme Prud'homme ", "M. A'bc ", "M. A' ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_document_numbers_after_their_noun),
		cmocka_unit_test(test_document_nouns_without_number_kept),
		cmocka_unit_test(test_hyphenated_file_codes),
		cmocka_unit_test(test_hyphenated_look_alikes_kept),
		cmocka_unit_test(test_equal_sign_records),
		cmocka_unit_test(test_shelters_named),
		cmocka_unit_test(test_apostrophe_surnames),
		cmocka_unit_test(test_shelter_look_alikes_kept),
		cmocka_unit_test(test_document_number_kind_counts),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}

/* Unit tests of the twenty-second sensitive-terms pass (docs/scrub.md
 * "Sensitive terms, twenty-second pass (terms25)"): the families added to
 * conf/sensitive/ from ICD-10 chapters XV (pregnancy, childbirth, the
 * puerperium, with Z39.1 breast-feeding) and V (mental disorders), and an
 * HPV result with its result word.  Each goes when its group is
 * suppressed and stays, untouched, when the policy does not suppress it;
 * the look-alikes stay in every mode: "sa" the possessive and "SA FILLE"
 * in capitals, a "terme" that is no pregnancy's, "positif" after
 * another test, the visual hallucinations of a neurological note, and the
 * first name and surname the left-out entries would have made term words
 * ("Claire" of "oeuf clair", "Lait" of "montée de lait").  And "SA" as
 * a firm's legal form after or before a capitalized word ("Durand SA"),
 * which stays, where the weeks' "SA" after a count goes.  The detectors
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
/* A policy that suppresses every group but one. */
static const struct detect_options NO_PREGNANCY = { DETECT_ALL, 0,
    ICD10_SENSITIVE_DEFAULT & ~ICD10_PREGNANCY, NULL, 0 };
static const struct detect_options NO_MENTAL = { DETECT_ALL, 0,
    ICD10_SENSITIVE_DEFAULT & ~ICD10_MENTAL, NULL, 0 };
static const struct detect_options NO_STI = { DETECT_ALL, 0,
    ICD10_SENSITIVE_DEFAULT & ~ICD10_STI, NULL, 0 };

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* Each text's word goes under the default policy, and stays untouched
 * under a policy that leaves its group. */
static void
gone_unless_group(const struct detect_options *without, const char *text,
    const char *word)
{
	const char *gone[] = { word };
	const char *none[] = { NULL };

	test_spans_both_modes(&test_default, &S, text, gone, 1, none, 0);
	test_spans_gone_kept(without, &S, text, none, 0, gone, 1);
}

/* Chapter XV's words of labour, delivery and the puerperium, and
 * breast-feeding (O92, Z39.1). */
static void
test_pregnancy_families(void **state)
{
	static const char *const cases[][2] = {
		{ "Suites de couches J2, allaitement maternel, RAS.",
		    "allaitement" },
		{ "Allaitement mixte, vaccins faits.", "Allaitement" },
		{ "Elle souhaite allaiter, conseils donn\xc3\xa9s.",
		    "allaiter" },
		{ "Patiente inscrite pour accoucher ici en mars.",
		    "accoucher" },
		{ "Fi\xc3\xa8vre puerp\xc3\xa9rale trait\xc3\xa9" "e.",
		    "puerp\xc3\xa9rale" },
		{ "H\xc3\xa9morragie du per-partum, transfusion.",
		    "per-partum" },
		{ "Grossesse g\xc3\xa9mellaire bichoriale biamniotique.",
		    "bichoriale" },
		{ "C\xc3\xa9sarienne pour ARCF ce matin.", "ARCF" },
		{ "Dystocie des \xc3\xa9paules, man\xc5\x93uvre faite.",
		    "Dystocie des \xc3\xa9paules" },
		{ "Extraction par forceps, d\xc3\xa9" "chirure p\xc3\xa9rin\xc3\xa9"
		    "ale du 2e degr\xc3\xa9.", "forceps" },
		{ "D\xc3\xa9livrance artificielle et r\xc3\xa9vision "
		    "ut\xc3\xa9rine sous AG.", "r\xc3\xa9vision ut\xc3\xa9rine" },
		{ "Placenta accreta suspect\xc3\xa9 \xc3\xa0 l'IRM.",
		    "Placenta accreta" },
		{ "Terme d\xc3\xa9pass\xc3\xa9 : d\xc3\xa9" "clenchement "
		    "pr\xc3\xa9vu.", "Terme d\xc3\xa9pass\xc3\xa9" },
		{ "Retour de couches en janvier.", "Retour de couches" },
		{ "Pr\xc3\xa9sentation podalique \xc3\xa0 36 SA.",
		    "Pr\xc3\xa9sentation podalique" },
	};

	(void)state;
	for (size_t i = 0; i < N(cases); i++)
		gone_unless_group(&NO_PREGNANCY, cases[i][0], cases[i][1]);
}

/* Chapter V's titles still missing and the semiology that names a
 * psychosis; suicidal ideas as notes write them (R45.8). */
static void
test_mental_families(void **state)
{
	static const char *const cases[][2] = {
		{ "Tr\xc3\xa8s envahi par hallucinations auditives ce soir.",
		    "hallucinations auditives" },
		{ "Hallucinations acoustico-verbales, Tercian donn\xc3\xa9.",
		    "Hallucinations acoustico-verbales" },
		{ "Syndrome d'automatisme mental au premier plan.",
		    "automatisme mental" },
		{ "D\xc3\xa9tenu, propos suicidaires, surveillance.",
		    "propos suicidaires" },
		{ "Id\xc3\xa9" "es autolytiques verbalis\xc3\xa9" "es hier.",
		    "Id\xc3\xa9" "es autolytiques" },
		{ "D\xc3\xa9" "compensation anxieuse aux urgences.",
		    "D\xc3\xa9" "compensation anxieuse" },
		{ "Trouble d\xc3\xa9lirant persistant connu.",
		    "Trouble d\xc3\xa9lirant persistant" },
		{ "Enfant suivi pour mutisme s\xc3\xa9lectif.",
		    "mutisme s\xc3\xa9lectif" },
		{ "Syndrome de M\xc3\xbc" "nchhausen \xc3\xa9voqu\xc3\xa9.",
		    "Syndrome de M\xc3\xbc" "nchhausen" },
	};

	(void)state;
	for (size_t i = 0; i < N(cases); i++)
		gone_unless_group(&NO_MENTAL, cases[i][0], cases[i][1]);
}

/* An HPV result goes whole, its result word with it (the lead's HPV
 * convention); the STI group left, all of it stays. */
static void
test_hpv_result(void **state)
{
	(void)state;
	gone_unless_group(&NO_STI, "Frottis avec HPV 16 positif, "
	    "colposcopie.", "HPV 16 positif");
	gone_unless_group(&NO_STI, "Test HPV positive, ASC-US.",
	    "HPV positive");
}

/* The look-alikes stay in the default mode: the possessive and the
 * capitals, a "terme" and a "positif" of no pregnancy and no STI, the
 * visual hallucinations of a Lewy body dementia, an ordinary "conduite"
 * and "séparation"; and the names a left-out entry would have made term
 * words still go. */
TEST_SPAN_CASES(test_look_alikes, &test_default, &S,
	{ "Sa fille appelle, SA FILLE AUSSI.", { "Sa", "SA",
	    "FILLE" }, { NULL } },
	{ "Objectif \xc3\xa0 long terme : autonomie.", { "terme",
	    NULL }, { NULL } },
	{ "Test Covid positif, isolement.", { "positif", NULL },
	    { NULL } },
	{ "Maladie \xc3\xa0 corps de Lewy, hallucinations "
	    "visuelles.", { "hallucinations", "visuelles", NULL },
	    { NULL } },
	{ "Conduite \xc3\xa0 tenir : s\xc3\xa9paration des "
	    "lits.", { "Conduite", "s\xc3\xa9paration", NULL },
	    { NULL } },
	{ "Mont\xc3\xa9" "e des enzymes, lait demand\xc3\xa9.",
	    { "Mont\xc3\xa9" "e", "lait", NULL }, { NULL } },
	{ "Contact r\xc3\xa9" "f\xc3\xa9rente : Claire "
	    "06 71 40 28 55.", { NULL }, { "Claire", NULL } },
	{ "Entretien avec Chantal Lait ce jour.", { NULL },
	    { "Lait", NULL } })

/* "SA" as a firm's legal form stays ("Durand SA", "Pharma SA", "la SA
 * Dupont"), and the weeks of amenorrhoea still go after their count,
 * whatever follows ("38 SA. Bishop 4", "12 SA Mme Durand"), in capitals
 * after a number, and written out ("trente deux sa"). */
TEST_SPAN_CASES(test_firm_sa, &test_default, &S,
	{ "Transport par la soci\xc3\xa9t\xc3\xa9 Ambulances du "
	    "Port SA ce jour.", { "SA", NULL }, { NULL } },
	{ "Facture de Pharma SA re\xc3\xa7ue.", { "SA", NULL },
	    { NULL } },
	{ "Laboratoire Biogaran SA, lot 4521.", { "SA", NULL },
	    { NULL } },
	{ "Courrier de la SA Dupont ce jour.", { "SA", NULL },
	    { NULL } },
	{ "G1P0, 38 SA. Bishop 4.", { NULL }, { "SA", NULL } },
	{ "Enceinte de 12 SA Mme Durand.", { NULL }, { "SA", NULL } },
	{ "GROSSESSE DE 19 SA, BPCO.", { NULL }, { "SA", NULL } },
	{ "Grossesse de trente deux sa.", { NULL },
	    { "sa", NULL } })

/* The firm rule looks one word each side: linear over cells of
 * repeated words. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Durand SA ", "SA Dupont ", "12 SA ", "Pharma SA Dupont ",
		"allaitement ", "hallucinations auditives ",
		"HPV 16 positif ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pregnancy_families),
		cmocka_unit_test(test_mental_families),
		cmocka_unit_test(test_hpv_result),
		cmocka_unit_test(test_look_alikes),
		cmocka_unit_test(test_firm_sa),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}

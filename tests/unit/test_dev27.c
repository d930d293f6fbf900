/* Unit tests of heldout27's dev families (docs/scrub.md "dev27"): a
 * victim's number after "SINUS" ("SINUS 48-1207-0044"), a name after a
 * chat mention's '@' ("@Nzinga tu peux faxer"), a capitalized name no
 * list has inside a file's name ("CR_Virtanen_07122025.pdf"), which main
 * left raw; a week of a follow-up counted from an exposure ("à S6 et à
 * M3"), which main hid as a calendar week.  Beside each, what stays: the
 * sinus the cavity, "@tous", a service after '@', an e-mail's user, a
 * file's ordinary words and acronyms, a calendar week after its cue.
 * The detectors alone (detect_run), without row values, in both modes. */
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

/* A victim's number after "SINUS": gone (main left it). */
TEST_SPAN_CASES(test_sinus_numbers, &test_default, &S,
	{ "SINUS 48-1207-0044 = Delpeyrat Lucie, 16 ans", { "SINUS",
	    "ans", NULL }, { "1207", "0044", NULL } },
	{ "victime SINUS n\xc2\xb0 4471203 transf\xc3\xa9r\xc3\xa9""e",
	    { "victime", NULL }, { "4471203", NULL } })

/* "sinus" the cavity, the rhythm: kept. */
TEST_SPAN_CASES(test_sinus_lookalikes, &test_default, &S,
	{ "sinus maxillaire droit combl\xc3\xa9 \xc3\xa0 80%, sinus 2 "
	    "normal", { "sinus", "80", NULL }, { NULL } },
	{ "rythme sinusal 72/min, sinus 1 et 2 libres", { "72", "libres",
	    NULL }, { NULL } })

/* A name after a chat mention's '@': gone. */
TEST_SPAN_CASES(test_chat_mentions, &test_default, &S,
	{ "@Nzinga tu peux faxer l'ordo ?", { "faxer", NULL },
	    { "Nzinga", NULL } },
	{ "ok merci @Kiala ! elle sort \xc3\xa0 midi", { "merci", "midi",
	    NULL }, { "Kiala", NULL } })

/* After '@', a word for everyone, a service, an acronym, a town, and an
 * e-mail's '@': kept. */
TEST_SPAN_CASES(test_chat_mention_lookalikes, &test_default, &S,
	{ "@tous r\xc3\xa9union \xc3\xa0 14h", { "tous", "union",
	    NULL }, { NULL } },
	{ "@Pharmacie svp, @IDE tu peux", { "Pharmacie", "IDE", NULL },
	    { NULL } },
	{ "@Rodez ok pour le transfert", { "Rodez", "transfert", NULL },
	    { NULL } })

/* A capitalized name no list has inside a file's name: gone. */
TEST_SPAN_CASES(test_file_name_caps, &test_default, &S,
	{ "Pi\xc3\xa8""ce jointe : CR_Virtanen_07122025.pdf (412 Ko)",
	    { "CR", "pdf", "412" }, { "Virtanen", NULL } },
	{ "voir Courrier_Nzoghe_Sortie.docx", { "Courrier", "Sortie",
	    "docx" }, { "Nzoghe", NULL } })

/* A file's ordinary words and acronyms, a word with an extension alone:
 * kept. */
TEST_SPAN_CASES(test_file_name_lookalikes, &test_default, &S,
	{ "CR_Bilan_2023.pdf et scan_IRM_genou.pdf", { "Bilan", "IRM",
	    "genou" }, { NULL } },
	{ "Compte_Rendu_Hospitalisation.docx", { "Compte", "Rendu",
	    "Hospitalisation" }, { NULL } },
	{ "voir Kardegic.pdf", { "Kardegic", NULL }, { NULL } })

/* A week of a follow-up beside a count of days or months: kept (main
 * hid "S6"); a calendar week after its cue: gone. */
TEST_SPAN_CASES(test_schedule_weeks, &test_default, &S,
	{ "s\xc3\xa9rologies VHB, VHC \xc3\xa0 S6 et \xc3\xa0 M3 ; "
	    "prochain", { "S6", "M3", NULL }, { NULL } },
	{ "contr\xc3\xb4le \xc3\xa0 S6 puis J90", { "S6", NULL },
	    { NULL } },
	{ "contr\xc3\xb4le en S12 puis bilan", { "bilan", NULL },
	    { "S12", NULL } })

/* The rules' walks are bounded: time linear in the text. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"SINUS 48-1207-0044 ", "SINUS ", "@Nzinga ", "@ ", "@@ ",
		"CR_Virtanen_2023.pdf ", "a_b_c_d_e_f_g_h_i_j.pdf ", "_",
		".pdf ", "\xc3\xa0 S6 et \xc3\xa0 M3 ", "S6 M3 J1 S7 ",
		"en S12 ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sinus_numbers),
		cmocka_unit_test(test_sinus_lookalikes),
		cmocka_unit_test(test_chat_mentions),
		cmocka_unit_test(test_chat_mention_lookalikes),
		cmocka_unit_test(test_file_name_caps),
		cmocka_unit_test(test_file_name_lookalikes),
		cmocka_unit_test(test_schedule_weeks),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}

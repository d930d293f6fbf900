/* Unit tests of recall25 (docs/scrub.md "Recall, twenty-fifth pass
 * (recall25)"), each rule's test failing on main 54605f8 without the
 * branch:
 * - a spreadsheet's row pasted in a note with ", ", " / " or runs of
 *   spaces between its cells: the names' cells before a date's, a
 *   phone's or a postcode's cell ("PIGEON / Marie / 12/03/1961 / 06 12
 *   34 56 78", "VIGNERON, Marie, 03/04/1948, 13090 Aix-en-Provence",
 *   "MARTIN    Sophie    06 12 34 56 78"), which main left raw;
 *   "Glycémie, Créatinine, 12/03/2024", "HTA / Diabète / 12/03/2024",
 *   "Hémoglobine   Plaquettes   12/03/2024" stay.
 * - a postcode and its commune in cells of their own or the commune
 *   first ("37000 ; TOURS", "75012 / PARIS", "Paris 75012"); "29200 /
 *   Pigeon", "12000, Mais" stay.
 * - an insurer's member number after its name ("MGEN 0118472951",
 *   "Harmonie Mutuelle 4587 2214"); "MGEN 12 mg", "AXA 2023", "appeler
 *   la MGEN au ..." (the phone alone) stay.
 * - phones and NIRs cut by a blank line or a deep indentation, France's
 *   code without "+" ("33 6 12 34 56 78"); "33 ans", "33 123 456 789"
 *   stay.
 * - a name dictated "D comme Denis, U comme Ursule..." and the word its
 *   letters spell; "vitamine D comme prévu", two units, stay.
 * - a social hotel named by its kind and a bed after a shelter's
 *   address ("hôtel social Les Lilas, chambre 214", "CHRS Les Glycines,
 *   lit 3"); "Lit 3 : retour de bloc", "12 rue des Lilas, lit 3"'s bed
 *   stay.
 * The detectors alone (detect_run), as test_dev24.c. */
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

/* A pasted row's names go; a row of clinical words stays. */
TEST_SPAN_CASES(test_pasted_rows, &test_default, &S,
	{ "PIGEON / Marie / 12/03/1961 / 06 12 34 56 78", { NULL },
	    { "PIGEON", "Marie", NULL } },
	{ "VIGNERON, Marie, 03/04/1948, 13090 Aix-en-Provence",
	    { NULL }, { "VIGNERON", "Marie", NULL } },
	{ "Liste : MARTIN    Sophie    06 12 34 56 78", { "Liste",
	    NULL }, { "MARTIN", "Sophie", NULL } },
	{ "Pigeon, Marie, 12/03/1961", { NULL }, { "Pigeon", "Marie",
	    NULL } },
	{ "VIGNERON / Marie / 75012 Paris", { NULL }, { "VIGNERON",
	    "Marie", NULL } },
	{ "Glyc\xc3\xa9mie, Cr\xc3\xa9" "atinine, 12/03/2024, normale",
	    { "Glyc", "atinine", "normale" }, { NULL } },
	{ "HTA / Diab\xc3\xa8te / 12/03/2024 / suivi", { "HTA",
	    "Diab", "suivi" }, { NULL } },
	{ "H\xc3\xa9moglobine   Plaquettes   12/03/2024   normal",
	    { "moglobine", "Plaquettes", "normal" }, { NULL } },
	{ "Kin\xc3\xa9, Ortho, 06 12 34 56 78", { "Kin", "Ortho",
	    NULL }, { NULL } })

/* A postcode and its commune across a cell's separator, or the commune
 * first, go; a pair La Poste does not know stays. */
TEST_SPAN_CASES(test_postcode_cells, &test_default, &S,
	{ "LECOQ ; Jean ; 37000 ; TOURS ; HDJ", { "HDJ", NULL },
	    { "37000", "TOURS", NULL } },
	{ "75012 / PARIS", { NULL }, { "75012", "PARIS", NULL } },
	{ "75012, Paris", { NULL }, { "75012", "Paris", NULL } },
	{ "vit Paris 75012 depuis mai", { "depuis", NULL },
	    { "Paris 75012", NULL } },
	{ "TOURS ; 37000", { NULL }, { "TOURS", "37000", NULL } },
	{ "29200 / Pigeon", { "29200", "Pigeon", NULL }, { NULL } },
	{ "12000, Mais rien", { "12000", "Mais", NULL }, { NULL } })

/* An insurer's member number goes with the insurer's name; a dose, a
 * year, the insurer's phone after "au" keep the name. */
TEST_SPAN_CASES(test_insurer_numbers, &test_default, &S,
	{ "MUTUELLE MGEN ; MGEN 0118472951 ; tiers payant OK",
	    { "tiers payant", NULL }, { "MGEN 0118472951", NULL } },
	{ "Harmonie Mutuelle 4587 2214 \xc3\xa0 jour", { "jour",
	    NULL }, { "Harmonie Mutuelle 4587 2214", NULL } },
	{ "Malakoff Humanis 1187345, tiers payant", { "tiers",
	    NULL }, { "Malakoff Humanis 1187345", NULL } },
	{ "MGEN 12 mg", { "MGEN 12 mg", NULL }, { NULL } },
	{ "AXA 2023 renouvel\xc3\xa9", { "AXA 2023", NULL },
	    { NULL } },
	{ "appeler la MGEN au 01 18 47 29 51", { "MGEN", NULL },
	    { "01 18 47 29 51", NULL } })

/* Phones and NIRs cut by a blank line or a deep indentation, and
 * France's code without its "+", go; counts and ages stay. */
TEST_SPAN_CASES(test_odd_phones, &test_default, &S,
	{ "fille au 06 12 34\n\n56 78 \xc3\xa0 rappeler",
	    { "rappeler", NULL }, { "06 12 34", "56 78", NULL } },
	{ "NIR 1 56 03\n\n75 012 345 53 vu", { "vu", NULL },
	    { "1 56 03", "75 012 345 53", NULL } },
	{ "NIR 1 56 03 75\n            012 345 53 vu", { "vu", NULL },
	    { "1 56 03 75", "012 345 53", NULL } },
	{ "rappeler au 33 6 12 34 56 78 ce soir", { "ce soir", NULL },
	    { "33 6 12 34 56 78", NULL } },
	{ "t\xc3\xa9l +33 (0)6 12 34 56 78", { NULL },
	    { "+33 (0)6 12 34 56 78", NULL } },
	{ "t\xc3\xa9l 33 612345678", { NULL }, { "33 612345678",
	    NULL } },
	{ "il a 33 ans, 6 12 34 enfants", { "33 ans", NULL },
	    { NULL } },
	{ "score 33 123 456 789", { "33 123 456 789", NULL },
	    { NULL } },
	{ "vu le 12 mars\n\n34 patients", { "34 patients", NULL },
	    { NULL } })

/* A dictated spelling's letters and words go, and the name they spell;
 * a vitamin, two units, a word of another letter stay. */
TEST_SPAN_CASES(test_dictated_spellings, &test_default, &S,
	{ "\xc3\xa9pelle D comme Delta U comme Uniform P comme Papa, "
	    "merci", { "merci", NULL }, { "D comme Delta",
	    "P comme Papa", NULL } },
	{ "D comme Denis, U comme Ursule, P comme Pierre, O comme "
	    "Oscar : vu", { "vu", NULL }, { "P", "Pierre", "Oscar" } },
	{ "il \xc3\xa9pelle : L comme Louis - E comme \xc3\x89mile - "
	    "G comme Gaston - A comme Anatole - L comme Louis ; soit "
	    "LEGAL", { "soit", NULL }, { "LEGAL", "Gaston", NULL } },
	{ "vitamine D comme pr\xc3\xa9vu, contr\xc3\xb4le",
	    { "vitamine D comme", NULL }, { NULL } },
	{ "groupe A comme Avant, B comme Bien", { "A comme Avant",
	    "B comme Bien", NULL }, { NULL } })

/* A social hotel by its kind and a shelter's bed go; a ward's bed and a
 * bed after a street stay. */
TEST_SPAN_CASES(test_shelter_rooms, &test_default, &S,
	{ "m\xc3\xaame adresse (h\xc3\xb4tel social Les Lilas, chambre "
	    "214) ; vue", { "vue", NULL }, { "Lilas", "chambre 214",
	    NULL } },
	{ "CHRS Les Glycines, lit 3, sortie", { "sortie", NULL },
	    { "Glycines", "lit 3", NULL } },
	{ "h\xc3\xa9" "berg\xc3\xa9 au CHRS La Boussole, chambre 9, "
	    "lit 2", { NULL }, { "Boussole", "chambre 9", "lit 2" } },
	{ "Lit 3 : retour de bloc", { "Lit 3", NULL }, { NULL } },
	{ "12 rue des Lilas, lit 3", { "lit 3", NULL },
	    { "12 rue des Lilas", NULL } },
	{ "aide sociale \xc3\xa0 l'h\xc3\xb4tel social", { "social",
	    NULL }, { NULL } })

static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"PIGEON / Marie / 12/03/1961 / ", "Pigeon, Marie, 12/03/1961, ",
		"MARTIN  Sophie  06 12 34 56 78  ", " / ", ", ", "  ",
		"75012 / PARIS ", "Paris 75012 ", "37000 ; ",
		"MGEN 0118472951 ", "MGEN n 12 ", "Harmonie Mutuelle ",
		"06 12\n\n", "33 6 12 34 56 78 ", "33 ",
		"D comme Denis, ", "D comme ", "comme ",
		"CHRS Les Glycines, lit 3, ", "lit 3, ", "hotel social ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pasted_rows),
		cmocka_unit_test(test_postcode_cells),
		cmocka_unit_test(test_insurer_numbers),
		cmocka_unit_test(test_odd_phones),
		cmocka_unit_test(test_dictated_spellings),
		cmocka_unit_test(test_shelter_rooms),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}

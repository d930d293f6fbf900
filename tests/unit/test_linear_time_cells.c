/* Unit tests of the twenty-fifth linear-time pass (docs/scrub.md "Linear
 * time, twenty-fifth pass (linear25)"): the cells that
 * tests/bench/linear_hunt.py found scrubbed in more than linear time, each
 * through detect_run with and without the row's values, through
 * detect_run_many as the export batches them, and, where the rule is the
 * sensitive tables', through sensitive_lookup as a sensitive column.
 * The three linear tests failed on main: 'A B C D ' x 2048 took 0.077 s,
 * x 8192 1.22 s, 15.9 times (sensitive.c spaced_run walked a run of
 * spaced capitals once per capital).  The growth ratio is asserted
 * (linear.h), not a time.
 * The twenty-sixth pass's cells are here too (docs/scrub.md "Linear time,
 * twenty-sixth pass (linear26)"): titles repeated, with and without their
 * dot, in both cases; the linear tests failed on 8d0451f on 'm. m. '
 * (scan_lower_titles walked the run of lower initials after each title:
 * every "m." is a title and an initial). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "linear.h"
#include "testlib.h"

#include "detect.h"
#include "icd10.h"
#include "sensitive.h"

static struct detect_scratch S;
static struct detect_scratch BATCH[2];
static struct sensitive_scratch SENS;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* The cells found super-linear (linear_hunt.py), each a unit repeated. */
static const char *const units[] = {
	/* capitals spelled apart (sensitive.c spaced_run): the first
	 * N_SPACED, which a sensitive column's lookup reads too */
	"A B C D ", "A-B-C-D-", "A B ", "V I H A B ",
	/* titles repeated; "m. " is a title and a lower initial
	 * (detect_shape.c scan_lower_titles, linear26) */
	"m. m. ", "M. M. ", "Mme Mme ", "mme mme ", "MME MME ", "Dr. Dr. ",
	"dr. dr. ", "Dr Dr ", "dr dr ", "Pr. Pr. ", "pr pr ", "M M ",
	"m m ", "Mr Mr ", "mr. mr. ", "m. p. ", "mme m. p. ",
	"m.\nm.\n", "m. lebrun m. ",
	/* names29's rules: each reads a word or two beside its cue */
	"m. pigeon m. ", "M. pigeon ", "Objet : Vigneron ", "Concerne : ",
	"Le Roux refuse ", "Le Le Roux ", "Mme\nVigneron ce ", "Dr\nDr\n",
	"O`B`", "Marie O'Brien ", "DE LA TOUR Hugo ", "DE DE LA ",
	"HO Chi Minh ", "sa fille colombe a ", "sa fille sa ",
	/* week numbers (src/detect_week.c, dev20): a cue and an S, a
	 * spine's run (the rule looks eight words back), "semaine" */
	"en S12 ", "en S1 L5 ", "bilan S1 S2 ", "la semaine 12 ",
	/* a name's label before particles (detect_name.c
	 * scan_label_particle_names), units beside an address
	 * (detect_addr.c scan_unit_tails), dev20 */
	"nom d'usage du Plessis ", "nom d'usage de de ",
	"Bat. Les Pins, Appt 3, ", "Cite Bel Air, immeuble 4, ",
	"Appt 3, rez-de-jardin, ", "Section Morne Vert, ",
	/* names30: a first name and a word surname in capitals after a
	 * cue, at a sentence's start, as a signature */
	"APPEL DE MARIE PIGEON ", "DE PIGEON MARIE ", "MARIE PIGEON. ",
	"PIGEON MARIE APPELLE ", "SA FILLE MARIE PIGEON ", "AVEC PIGEON ",
	"APPEL DE PIGEON ", "DR PIGEON PREVENU ", "DR DR PREVENU ",
	"MARIE PIGEON\n", "PIGEON MARIE IDE\n", "\n \n. ",
	/* recall21: a hotel's kind before its name's article
	 * (detect_addr.c hotel_article_name), "vit" before a postcode in
	 * two groups (spaced_postcode_commune), "S 12" (detect_week.c),
	 * a home's unit (detect_stay.c stay_unit_name) */
	"h\xc3\xb4tel des Pins ", "h\xc3\xb4tel de la ", "h\xc3\xb4tel Le ",
	"l'h\xc3\xb4tel de l'Europe, ", "vit 13 008 Marseille ", "vit 13 008 ",
	"en S 12 ", "revoir en S 12, ", "en S 1 S 2 ",
	"unit\xc3\xa9 Les Bleuets ", "unit\xc3\xa9 Les ", "pavillon La A B C D E ",
	/* names31: "PR" before a surname and a visit, "Le" and a surname
	 * before "est" and a state, two words after kin */
	"PR PIGEON PREVENU ", "PR PR PREVENU ", "Le Roux est passé. ",
	"Le Roux est ", "sa fille colombe pigeon a ",
	"sa fille colombe pigeon ", "son fils modeste vigneron passera ",
	"WONG Kar Wai ", "WONG Kar Wai Wai ",
	/* recall22: a case's kind inside its reference after "n°"
	 * (detect_num.c id_case_prefix), an id label's complement
	 * (id_label_complement), "Maison" after a word of lodging
	 * (detect_addr.c maison_lodging_name) */
	"n\xc2\xb0 PV 2025/01844 ", "n\xc2\xb0 PV ",
	"registre des cancers n\xc2\xb0 44718 ", "registre des n\xc2\xb0 ",
	"h\xc3\xa9" "berg\xc3\xa9" "e Maison Claire ", "vit Maison Maison ",
	"lames H25-4471/A1 \xc3\xa0 A6 ", "/A1 \xc3\xa0 A6 ", "tribu de Wagap ",

	/* names32 */
	"VU AVEC PIGEON CE ", "APPEL DE PIGEON. ", "AVEC AVEC PIGEON ",
	"Pigeon : rappeler ", "Pigeon prévenu. ", "LEE Min Ho ",
	"LEE Min Min ", "son fils de la tour ", "son fils le le ",
	"vu M pigeon ",

	/* names33 */
	"vu m. de la tour ", "Mme du pont a ", "appel de M pigeon ",
	"son fils du Pont a ", "M. LEE MIN HO ", "IOA : ZHANG Lei, ",
	": LEE LEE LEE ", "Vigneron Maxime, 12 ans. ", "Pigeon Marie ",
	"Marie Marie née le ",

	/* review26: what this pass's cells lacked: hostile27's name in
	 * quotes after a title or a relative (detect_namecue.c
	 * cue_nicknames, cue_gap_quote) and its week with a year
	 * (detect_week.c week_at), names32's row surname at a sentence's
	 * start (the row's DUPONT: detect_row.c row_part_usable), dev21's
	 * ward and city after two surnames (ward_eponym, town_joined),
	 * precision26's commune after a professional's "à" (staff_at_town) */
	"Mme \"Vigneron\" ", "Mme \" ", "Dr \xc2\xab Tisserand \xc2\xbb ",
	"sa fille \xc2\xab Dupont \xc2\xbb ", "Mme \"A B C\" ",
	"S06/2027 ", "S12-2026 S ", "Dupont vu ce jour. ",
	"Dupont : rappeler ", "Dupont prevu. ", "service Dupont-Durand ",
	"Moreau-Ville ", "Durand-City-", "psychiatre \xc3\xa0 Besson ",
	"m\xc3\xa9" "decin \xc3\xa0 Paris ",

	/* quotes27: a name in single quotes after a title, a relative or
	 * a role (detect_namecue.c cue_squote_at), closed or not, and
	 * elisions beside them */
	"Mme 'Vigneron' ", "Mme ' ", "Dr 'Pigeon ", "' ", "l'Pigeon' ",
	"sa fille 'Cordonnier' ", "Dr \xe2\x80\x98Pigeon\xe2\x80\x99 ",
	"M. \xe2\x80\xb9" "Chapelle\xe2\x80\xba ", "son fils 'A B C' ",
	"l'infirmi\xc3\xa8re \xc2\xab Dauphin \xc2\xbb ", "fille '",

	/* hostile28: a name span grown over the parts a hyphen glues to
	 * it (detect.c span_take_glued_parts), left and right, chains of
	 * capitals and of Latin letters */
	"PIGEON-CHAPELLE Marcelle ", "A-B-C-Dupont Marie-", "\xc3\x89-",
	"Marie Dupont-\xc3\x89lodie-", "Jean Martin-", "-Jean Martin",
	"de VIGNERON-DUPONT re\xc3\xa7u ", "A-DUPONT-B-C-D ", "DUPONT-",
	"PIGEON n\xc3\xa9" "e DUPONT ", "TISSERAND \xc3\xa9pouse ",
	"\xc3\xa9pouse VIGNERON ",

	/* names34: particles in capitals after kin or a title
	 * (detect_name.c caps_particle_surname), an east-Asian name in
	 * capitals at a line's or a list's head (asian_line_head), a head
	 * surname before a first name and a person's act
	 * (detect_namecue.c first_name_then_person), a quote after a word
	 * that brings a person or a phrase after kin (quote_call_cue,
	 * quote_ordinary_run), a ward's double surname (ward_eponym) */
	"SON FILS DU PONT A APPELE. ", "SON FILS DU DU ", "MME DE LA TOUR ",
	"FILS LE LE ", "LEE MIN HO\n", "LEE MIN HO, ", "- LEE LEE LEE\n",
	"Vigneron Maxime : ", "Pigeon Maxime a appel\xc3\xa9 ",
	"Maxime Maxime a ", "appel de \xc2\xab Pigeon \xc2\xbb ",
	"appel de \"", "sa fille \xc2\xab Prince Cordonnier \xc2\xbb ",
	"fille \xc2\xab A B C D E ", "service Martin-Durand ",
	"service Martin-Martin-",

	/* names35: a head surname before a first name and a word in lower
	 * case or a comma (detect_namecue.c first_name_then_person,
	 * head_word_surname's comma and hyphen arms: three parts back at
	 * most), an east-Asian name in capitals before an act in capitals
	 * (detect_name.c asian_act_follows, two words ahead) */
	"Tisserand Paul hospitalis\xc3\xa9 ", "Vigneron, Anne. ",
	"Vigneron, Anne ", "Pigeon-Chapelle Hugo vue ", "Pigeon-Pigeon-",
	"Pigeon-Dupont Paul vue ",
	"A-B-C-D Paul a \xc3\xa9t\xc3\xa9 vu ", "LEE MIN HO A APPELE ",
	"ZHANG LEI A ", "NG VAN MINH A A A ", "LEE A APPELE. ",
	"APPEL DE LEE MIN HO POUR ", "APPEL DE NG ",

	/* names36: a head surname before an ambiguous first name and a
	 * participle or "a" and a call (detect_namecue.c
	 * untaken_first_then_person, two words ahead), a signature after a
	 * sign-off word (after_signoff: the gap before, four bytes at most;
	 * message_ends_after: six steps after) */
	"Pigeon Marie suivie ", "Pigeon Marie a appel\xc3\xa9 ",
	"Pigeon Eva a a ", "Merci. Prince Anne \xc2\xbb ",
	"Cordialement, Vigneron Anne ", "Merci, Merci, ", "Rose Rose ",
	/* names36: a nickname after a comma and a name (comma_nick_before:
	 * the gap before; pour_after_quote: six bytes after) */
	"Paul, \xc2\xab Guite \xc2\xbb pour ", "Paul, \xc2\xab ",
	"surnomm\xc3\xa9" "e Guite, ",
	/* names36: two common surnames joined (detect_thing.c
	 * eponym_chain, two parts) */
	"avec Durand-Martin ", "Durand-Martin-Durand-",
	/* names36: the row's surname over a hyphen before a first name
	 * (detect_row.c before_any_first_name: one part) */
	"Dupont-Froment Anne vue ", "Dupont-Dupont Anne ",
	/* names38: a title and a particle in capitals (caps_particle_surname:
	 * three words), a quote after "passage de" (the cue's two words),
	 * east-Asian names with capitals only (asian_mixed_name: three words
	 * and two after), a list's item tails (two words, a link each way),
	 * the row's surname after a cue or a "#", its initials after a cue
	 * (row_cue_initials: two words back, two letters ahead) */
	"MME LE BRAS CE ", "MME LE LE ", "passage de \xc2\xab Vigneron \xc2\xbb ",
	"Li Na a appel\xc3\xa9 ", "Wong Ka Ho a ", "Ho Van Minh a ",
	"Hoang Mai, Tran Van Long et ", "Mai Mai, ", "Prince-Froment Anne a ",
	"vu par dupont ", "#dupont ", "vu par MD ", "vu par M.D ",
	"Mze Mze ",
	/* names39: a plural title's items (plural_title_items: six at
	 * most after each "Mmes"), two initials beside a name
	 * (scan_spaced_initials: one word each way), care acronyms after
	 * a name, another script after a cue */
	"Mmes Pigeon, Vigneron et ", "Mmes PIGEON, ", "J K Dupont ",
	"Dupont J K ", "J K ", "Mme Durand HAS ", "M. Msa ",
	"Appel de \xd0\x94\xd0\xae\xd0\x9f\xd0\x9e\xd0\x9d ",
	/* names40: another script with no cue (scan_script_names: two
	 * walks of the words), a plural title's list, a title and "LE"
	 * before a core, an acronym beside a first name, the row's name
	 * after a capitalized particle */
	"Vu \xd0\x94\xd0\xae\xd0\x9f\xd0\x9e\xd0\x9d ",
	"Drs Tursun, Okonkwo et ", "MME LE BRAS ", "Msa Ali a ",
	"Ali Msa ", "Du Pont ",
	/* names41: an unknown given name and an ordinary surname, a name
	 * in brackets, "MM." and its list (two items read ahead, then
	 * plural_title_items' six), a surname in lower case after
	 * "avec", a title, "LE" and a word of the ATC index */
	"Mialy Rabe a ", "Gulnar (Tursun) ", "MM. Kervadec, Tursun et ",
	"MM. ", "vu avec martin et ", "MR LE GRAS ", "avec Msa Ali ",

	/* recall23: four digits after a label and a network's name
	 * (detect_num.c id_short_named), a holder's code, a table's row
	 * number (scan_table_row_numbers reads a bounded window after a
	 * number at a record's start), spaced and joined dates
	 * (detect_date.c spaced_date, roman_date), a home visit */
	"code patient OncoBretagne 2231 ", "code patient ", "Onco-Nord-",
	"dossier Trajectoire 2231 ", "Trajectoire 2231 ",
	"n\xc2\xb0 OncoBretagne 2231 ", "n\xc2\xb0 A-B ",
	"001 / D.M. / 02/10/2025 -- ", "001 / ", " / D.M. ", "-- 1 / ",
	"| 014 | ", "; 001 ; A.B. ; ", "001 | 002 | ",
	"-- 1 / J-P. L. / 12/03/1961 ", "001 / A. / A. / ",
	"le 15 du 6 1982 ", "le 15 du ", "15 du mois 6 ", "le 5 6 1982 ",
	"le 15 VI 1982 ", "15 VI ", "VAD au Moulin de Kerbrat ",
	"vit au Petit Bois ", "vit au Petit Petit ",

	/* recall24: a provisional identity (detect_num.c
	 * scan_provisional_ids walks a code's groups joined by '-' left
	 * and right, bounded), a door's code with its letter, a room in a
	 * home's form */
	"URG-X-2511-07 ", "X-", "A-1-", "X-1-", "ANONYME 2511 ",
	"identit\xc3\xa9 provisoire X 1 ", "code 4821B ",
	"EHPAD Chambre : 115 ", "r\xc3\xa9" "f. Trajectoire 2231 ",
	"inclus dans A sous le 0412 ", "vit \xc3\xa0 la Petite Lande ",
	"3 rue du Moulin-\xc3\xa0-Vent ", "vit via pierre 12, Roma ",
	"dossier quatre cinq deux huit un ", "dossier de dossier ",
	"| PIGEON | Marie | 12/03/1961 ", "| Marie | 12/03/1961 ",

	/* hostile30: a number with letters for digits (detect_num.c
	 * scan_lookalike_numbers: groups back 48 bytes at most, forward
	 * 24 digits), the row's name spelled (detect_row.c
	 * row_spelled_values), "séro+" (detect_term.c scan_sero_sign) */
	"O6 l2 34 S6 78 ", "O6 ", "O6-", "l2O", "l23456 ", "Sl ", "O1 O",
	"D U P O N T ", "D.U.P.O.N.T ", "D-U-", "M A R I E ",
	"s\xc3\xa9ro + ", "sero sero+", "s\xc3\xa9ro positif ",
	/* hostile30: the row's names joined (detect_row.c
	 * row_joined_names: a word and the one after it) */
	"marie.dupont.", "MarieDupont ", "mdupont ", "dupont_marie_",
	"marie.marie.", "m.dupont.m.",
	/* hostile30: numbers cut by a line break (detect_num.c break_gap) */
	"06 12 34\n56 78 ", "06\n", "1\n2 ", "O6 \n", "06 12 \r\n",
};
#define N_SPACED	4

/* `unit` x n in a new buffer. */
static char *
repeated(const char *unit, size_t n, size_t *len)
{
	size_t ul = strlen(unit);
	char *text = malloc(ul * n + 1);

	assert_non_null(text);
	for (size_t i = 0; i < n; i++)
		memcpy(text + i * ul, unit, ul);
	text[ul * n] = '\0';
	*len = ul * n;
	return text;
}

/* A linear_measure_fn: CPU seconds of detect_run_many over a batch of two
 * comments, `unit` x n and a short one, as the export runs them. */
static double
batch_time(void *arg, const char *unit, size_t n)
{
	const struct detect_value *row = arg;
	const char *texts[2];
	size_t lens[2], nrows[2] = { row ? 1 : 0, row ? 1 : 0 };
	const struct detect_value *rows[2] = { row, row };
	char *text = repeated(unit, n, &lens[0]);
	double t0;

	texts[0] = text;
	texts[1] = "vu ce jour, RAS.";
	lens[1] = strlen(texts[1]);
	t0 = linear_cpu_seconds();
	assert_int_equal(detect_run_many(&test_default, 2, texts, lens, rows,
	    nrows, BATCH), 0);
	t0 = linear_cpu_seconds() - t0;
	free(text);
	return t0;
}

/* A linear_measure_fn: CPU seconds of sensitive_lookup over `unit` x n,
 * as a column of analyses or diagnoses is read. */
static double
lookup_time(void *arg, const char *unit, size_t n)
{
	struct sensitive_result res;
	size_t len;
	char *text = repeated(unit, n, &len);
	double t0;

	(void)arg;
	t0 = linear_cpu_seconds();
	assert_int_equal(sensitive_lookup(text, len, SENSITIVE_ALL, &SENS,
	    &res), 0);
	t0 = linear_cpu_seconds() - t0;
	free(text);
	return t0;
}

/* The row's values of a made-up patient: the rules that look for them
 * in the text run too. */
static const struct detect_value row[] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Marie", 5 },
	{ DETECT_IDENT_ADDRESS, "12 rue de la Paix, 75002 Paris", 30 },
	/* (hostile30: the numbers a look-alike number is compared with) */
	{ DETECT_IDENT_PHONE, "0612345678", 10 },
	{ DETECT_IDENT_ID, "123456", 6 },
};

static void
test_linear_time(void **state)
{
	struct test_detect_timing bare = { &test_default, &S, NULL, 0 };
	struct test_detect_timing with_row = { &test_default, &S, row,
	    N(row) };
	const size_t n = 2048;

	(void)state;
	for (size_t u = 0; u < N(units); u++) {
		assert_linear(test_detect_time, &bare, units[u], n);
		assert_linear(test_detect_time, &with_row, units[u], n);
	}
}

static void
test_linear_time_batched(void **state)
{
	const size_t n = 2048;

	(void)state;
	for (size_t u = 0; u < N(units); u++) {
		assert_linear(batch_time, NULL, units[u], n);
		assert_linear(batch_time, (void *)row, units[u], n);
	}
}

static void
test_linear_time_lookup(void **state)
{
	const size_t n = 2048;

	(void)state;
	for (size_t u = 0; u < N_SPACED; u++)
		assert_linear(lookup_time, NULL, units[u], n);
}

/* What the walk once a run gives is what the walk once a capital gave:
 * capitals spelled apart are one word where the run from one of them to
 * the run's end spells an entry's word ("A B V I H": from V), not where
 * the entry's letters are followed by more ("V I H A"). */
static void
test_spaced_run_same_words(void **state)
{
	struct sensitive_result res;
	static const char *const hiv[] = {
		"S\xc3\xa9rologie V I H", "V-I-H", "V / I / H", "A B V I H",
		"A-B-C-D-V-I-H",
	};
	static const char *const none[] = {
		"V I H A", "A B O", "V I P", "A B C D",
	};

	(void)state;
	for (size_t i = 0; i < N(hiv); i++) {
		assert_int_equal(sensitive_lookup(hiv[i], strlen(hiv[i]),
		    SENSITIVE_ALL, &SENS, &res), 0);
		assert_int_equal(res.groups, ICD10_HIV);
	}
	for (size_t i = 0; i < N(none); i++) {
		assert_int_equal(sensitive_lookup(none[i], strlen(none[i]),
		    SENSITIVE_ALL, &SENS, &res), 0);
		assert_int_equal(res.groups, 0);
	}
}

/* What the run walked once gives is what the walk per title gave: the
 * lower initials after a lower-case title, then the name (linear26). */
TEST_SPAN_CASES(test_lower_initials_same_spans, &test_default, &S,
	{ "vu m. p. lebrun ce jour", { "vu", "jour" }, { "lebrun" } },
	{ "vu m. m. p. lebrun ce jour", { "vu", "jour" },
	    { "lebrun" } },
	{ "vu mme m. m. lebrun ce jour", { "vu", "jour" },
	    { "lebrun" } },
	{ "son fils m. garat passe", { "fils", "passe" },
	    { "garat" } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spaced_run_same_words),
		cmocka_unit_test(test_lower_initials_same_spans),
		cmocka_unit_test(test_linear_time),
		cmocka_unit_test(test_linear_time_batched),
		cmocka_unit_test(test_linear_time_lookup),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	detect_scratch_free(&BATCH[0]);
	detect_scratch_free(&BATCH[1]);
	sensitive_scratch_free(&SENS);
	return r;
}

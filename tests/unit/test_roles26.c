/* Unit tests for the table of roles and relatives (src/detect_role.c,
 * roles26): every word each rule listed before it asked the table is in
 * it with a kind that rule reads (a word dropped from the table, or
 * given another kind, fails here); the dictionary's D_RELATIVE is the
 * entries marked ROLE_CUE, every entry has D_ROLE and no other word
 * does, tokenize moves it to W_ROLE and role_kinds answers from it; the
 * car makes of the plate cues and of the vehicle makers are one list. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "icd10.h"
#include "../../src/detect_int.h"	/* white-box: the table, the words */

/* detect_name.c relatives (D_RELATIVE), before roles26 */
static const char *const old_rel[] = {
	"epouse", "epoux", "mari", "femme", "fils", "fille", "conjoint",
	"conjointe", "mere", "pere", "frere", "soeur", "compagnon",
	"compagne", "tuteur", "tutrice", "confiance", "nee", "ne", "veuve",
	"veuf", "dite", "dit", "ep", "interne", "externe", "ide", "ibode",
	"iade", "infirmier", "infirmiere", "kine", "kinesitherapeute", "aide",
	"soignante", "soignant", "as", "ash", "diet", "neveu", "niece",
	"oncle", "tante", "cousin", "cousine", "gendre", "bru", "parrain",
	"marraine", "curateur", "curatrice", "secretaire", "cadre", "medecin",
	"psychologue", "assistante", "assistant", "dieteticienne",
	"dieteticien", "ergotherapeute", "orthophoniste", "psychomotricienne",
	"pharmacien", "pharmacienne", "sage", "anesthesiste", "chirurgien",
	"chirurgienne", "psychiatre", "generaliste", "ambulancier",
	"brancardier", "auxiliaire", "opj", "apj", "gendarme", "brigadier",
	"policier", "policiere", "enqueteur", "enqueteuse", "adjudant",
	"greffier", "greffiere", "lieutenant", "capitaine", "commandant",
	"papa", "maman", "wife", "husband", "daughter", "mother", "father",
	"brother", "sister", NULL,
};

/* detect_relation.c relation_nouns, its roles (D_RELATION), before roles26 */
static const char *const old_rn[] = {
	"voisin", "voisine", "ami", "amie", "copain", "copine", "concubin",
	"concubine", "aidant", "aidante", "filleul", "filleule", "idel",
	"educateur", "educatrice", "mandataire", "osteopathe", "podologue",
	"dentiste", "orthoptiste", "psychomotricien", "coordinatrice",
	"coordinateur", "infirmiere", "auxiliaire", "ambulanciere", "agent",
	"stagiaire", "etudiant", "etudiante", "aumonier", "benevole",
	"pediatre", "cardiologue", "pneumologue", "neurologue", "geriatre",
	"urgentiste", "radiologue", "gynecologue", "addictologue",
	"oncologue", "manipulatrice", "manipulateur", "preparatrice",
	"preparateur", "collegue", "employeur", "colocataire", "nounou",
	"praticien", "praticienne", "coequipier", "coequipiere", "equipier",
	"equipiere", "camarade", NULL,
};

/* detect_name.c role_colon_content carers, before roles26 */
static const char *const old_rcc[] = {
	"ide", "idel", "ibode", "iade", "ipa", "infirmier", "infirmiere",
	"inf", "kine", "kinesitherapeute", "as", "ash", "aes", "soignant",
	"soignante", "diet", "dieteticien", "dieteticienne", "ergo",
	"ergotherapeute", "orthophoniste", "psychomotricien",
	"psychomotricienne", "interne", "externe", "medecin", "pharmacien",
	"pharmacienne", "cadre", "secretaire", "brancardier", "ambulancier",
	"manipulateur", "manipulatrice", NULL,
};

/* detect_name.c role_colon_content kin, before roles26 */
static const char *const old_rck[] = {
	"fille", "fils", "epouse", "epoux", "mari", "femme", "conjoint",
	"conjointe", "mere", "pere", "frere", "soeur", "compagnon",
	"compagne", "neveu", "niece", "tuteur", "tutrice", "curateur",
	"curatrice", NULL,
};

/* detect_name.c bare_word_subject persons, its roles, before roles26 */
static const char *const old_per[] = {
	"voisin", "voisine", "ami", "amie", "conjoint", "conjointe",
	"compagnon", "compagne", "concubin", "concubine", "tuteur", "tutrice",
	"curateur", "curatrice", "mandataire", "employeur", "medecin",
	"interne", "externe", "stagiaire", "kine", "infirmier", "infirmiere",
	"pharmacien", "pharmacienne", "chirurgien", "anesthesiste",
	"psychiatre", "psychologue", "pediatre", "dentiste", "generaliste",
	"urgentiste", "ambulancier", "gendarme", "policier", "educateur",
	"educatrice", "assistante", "assistant", "auxiliaire", "aide",
	"aidant", "aidante", "benevole", "aumonier", "collegue", "secretaire",
	"coordinatrice", "coordinateur", "soignant", "soignante", "chef",
	"docteur", "femme", "fille", NULL,
};

/* detect_namecue.c cue_role_before roles (less "sante", "vie"), before roles26 */
static const char *const old_crb[] = {
	"ide", "ash", "kine", "interne", "externe", "infirmier", "infirmiere",
	"soignant", "soignante", "secretaire", "psychologue", "dieteticien",
	"dieteticienne", "ergotherapeute", "orthophoniste", "curateur",
	"curatrice", "tuteur", "tutrice", "assistante", "assistant",
	"aumonier", "stagiaire", "educateur", "educatrice", "ambulancier",
	"brancardier", NULL,
};

/* detect_relation.c carer_first_before_colon carers, before roles26 */
static const char *const old_cfb[] = {
	"ide", "idel", "ibode", "iade", "ipa", "inf", "infirmier",
	"infirmiere", "as", "ash", "aes", "kine", "ergo", "diet", "interne",
	"externe", "sf", "puericultrice", NULL,
};

/* detect_namecue.c cue_family_first family, before roles26 */
static const char *const old_cff[] = {
	"mari", "epouse", "epoux", "femme", "fils", "fille", "frere", "soeur",
	"mere", "pere", "compagnon", "compagne", "conjoint", "conjointe",
	"neveu", "niece", "oncle", "tante", "cousin", "cousine", "gendre",
	"bru", NULL,
};

/* detect_name.c relative_first_name family (less "belle"), before roles26 */
static const char *const old_rfn[] = {
	"mari", "epouse", "epoux", "femme", "fils", "fille", "frere", "soeur",
	"mere", "pere", "compagnon", "compagne", "conjoint", "conjointe",
	"neveu", "niece", "oncle", "tante", "cousin", "cousine", "gendre",
	"papa", "maman", "ide", "infirmiere", "infirmier", "interne",
	"externe", "kine", "ibode", "iade", "ambulancier", "brancardier", NULL,
};

/* detect_name.c relative_name_slot carers, before roles26 */
static const char *const old_rns[] = {
	"mari", "epouse", "epoux", "femme", "fils", "fille", "frere", "soeur",
	"mere", "pere", "compagnon", "compagne", "conjoint", "conjointe",
	"neveu", "niece", "oncle", "tante", "cousin", "cousine", "gendre",
	"voisin", "voisine", "ide", "idel", "infirmiere", "infirmier",
	"interne", "externe", "kine", "ibode", "iade", "ambulancier",
	"brancardier", "ergo", NULL,
};

/* detect_name.c signature_roles, before roles26 */
static const char *const old_sig[] = {
	"ide", "ipa", "as", "ash", "aide", "infirmier", "infirmiere", "cadre",
	"medecin", "interne", "externe", "kine", "kinesitherapeute",
	"secretaire", "assistante", "assistant", "psychologue",
	"dieteticien", "dieteticienne", "pharmacien", "pharmacienne",
	"chirurgien", "anesthesiste", "ergotherapeute", "orthophoniste",
	"psychomotricien", "psychomotricienne", "educateur", "educatrice",
	"sage", "praticien", "praticienne", "docteur", NULL,
};

/* detect_name.c care_after_surname trades (less "resident", "residente"),
 * before roles26: whole words, none clipped nor a compound's head */
static const char *const old_trd[] = {
	"medecin", "cadre", "interne", "externe", "chef", "pharmacien",
	"pharmacienne", "secretaire", "chirurgien", "chirurgienne",
	"praticien", "praticienne", "assistant", "assistante", "attache",
	"attachee", "brancardier", "brancardiere", "dieteticien",
	"dieteticienne", "psychomotricien", "psychomotricienne", "infirmier",
	"infirmiere", "puericultrice", "auxiliaire", "anesthesiste",
	"stagiaire", "etudiante", "etudiant", NULL,
};

/* detect_namecue.c cue_label_end whose, its roles, before roles26 */
static const char *const old_who[] = {
	"medecin", "conjoint", "conjointe", "pere", "mere", "tuteur",
	"tutrice", "aidant", "aidante", NULL,
};

/* detect_addr.c street_person_words, its kin and people near, before
 * roles26 */
static const char *const old_stp[] = {
	"fils", "fille", "frere", "soeur", "mere", "pere", "epoux", "epouse",
	"mari", "femme", "ami", "amie", "voisin", "voisine", NULL,
};

/* detect_thing.c programme_members, its roles, before roles26 */
static const char *const old_prg[] = {
	"etudiant", "etudiante", "interne", "externe", "infirmier",
	"infirmiere", "ide", NULL,
};

/* detect_shape.c scan_relative_caps_names adjectives, its trades, before
 * roles26 */
static const char *const old_adj[] = {
	"cadre", "infirmier", "infirmiere", "medecin", NULL,
};

/* detect_name.c role_note_follows grades, its roles, before roles26 */
static const char *const old_grd[] = {
	"praticien", "docteur", "chef", "ipa", "radiologue", "cardiologue",
	"aidant", "aidante", NULL,
};

static const struct site {
	const char	*name;
	const char *const *words;
	unsigned	kinds;
} sites[] = {
	{ "rel", old_rel, ROLE_CUE },
	{ "rn", old_rn, ROLE_RELATION },
	{ "rcc", old_rcc, ROLE_CARER | ROLE_STAFF },
	{ "rck", old_rck, ROLE_KIN | ROLE_GUARD },
	{ "per", old_per, ROLE_ANY },
	{ "crb", old_crb, ROLE_CARER | ROLE_STAFF | ROLE_GUARD },
	{ "cfb", old_cfb, ROLE_CARER },
	{ "cff", old_cff, ROLE_KIN },
	{ "rfn", old_rfn, ROLE_KIN | ROLE_CARER },
	{ "rns", old_rns, ROLE_KIN | ROLE_NEAR | ROLE_CARER },
	{ "sig", old_sig, ROLE_CARER | ROLE_STAFF },
	{ "trd", old_trd, ROLE_CARER | ROLE_STAFF },
	{ "stp", old_stp, ROLE_KIN | ROLE_NEAR },
	{ "prg", old_prg, ROLE_CARER | ROLE_STAFF },
	{ "adj", old_adj, ROLE_CARER | ROLE_STAFF },
	{ "grd", old_grd, ROLE_ANY },
	{ "who", old_who, ROLE_KIN | ROLE_GUARD | ROLE_NEAR | ROLE_CARER |
	    ROLE_STAFF },
};

static struct detect_scratch S;
static const struct detect_options ALL = { DETECT_ALL, 8,
	ICD10_SENSITIVE_DEFAULT, NULL, 0 };

static void
run(const char *text)
{
	assert_int_equal(detect_run(&ALL, text, strlen(text), NULL, 0, &S), 0);
}

/* each site's old words, each with a kind the site reads */
static void
test_old_words_kept(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(sites) / sizeof(sites[0]); i++)
		for (const char *const *w = sites[i].words; *w != NULL; w++) {
			unsigned k = role_kinds_of(*w, strlen(*w));

			if (!(k & sites[i].kinds))
				fail_msg("%s: \"%s\" not in the role table with "
				    "its kind", sites[i].name, *w);
		}
}

/* one kind of person an entry, no entry twice, no two of one hash (the
 * lookup compares hashes); the dictionary's bits follow the marks */
static void
test_table_and_dictionary(void **state)
{
	(void)state;
	run("x");	/* the dictionary built */
	for (const struct role_word *r = role_words; r->word != NULL; r++) {
		size_t n = strlen(r->word);
		uint64_t h = hash(r->word, n), f;

		assert_int_equal(__builtin_popcount(r->kinds & ROLE_ANY), 1);
		for (const struct role_word *q = role_words; q != r; q++)
			if (strcmp(q->word, r->word) == 0 ||
			    hash(q->word, strlen(q->word)) == h)
				fail_msg("\"%s\" twice", r->word);
		assert_int_equal(role_kinds_of(r->word, n), r->kinds);
		f = dict_flags_hashed(r->word, n, h);
		assert_true(f & D_ROLE);
		assert_int_equal(!!(f & D_RELATIVE), !!(r->kinds & ROLE_CUE));
		if (r->kinds & ROLE_RELATION)
			assert_true(f & D_RELATION);
	}
	for (const char *const *w = old_trd; *w != NULL; w++)
		assert_false(role_kinds_of(*w, strlen(*w)) &
		    (ROLE_CLIPPED | ROLE_HEAD));
	/* relative_name_slot leaves them out */
	assert_true(role_kinds_of("papa", 4) & ROLE_CALLED);
	assert_true(role_kinds_of("maman", 5) & ROLE_CALLED);
	assert_int_equal(role_kinds_of("pansement", 9), 0);
	assert_int_equal(role_kinds_of("", 0), 0);
}

/* a text's words: W_ROLE where the table has the fold, and the kinds */
static void
test_words_of_a_text(void **state)
{
	size_t seen = 0;

	(void)state;
	run("Sa belle-fille et l'IDE Kiné voisine, pansement du Médecin OPJ");
	for (size_t i = 0; i < S.nwords; i++) {
		const struct detect_word *w = &S.words[i];
		unsigned k = role_kinds_of(wf(&S, w), w->fold_len);

		if (w->flags & W_DIGIT)
			continue;
		assert_int_equal(!!(w->flags & W_ROLE), k != 0);
		assert_int_equal(role_kinds(&S, i), k);
		assert_true((w->dflags & D_ROLE) == 0);
		seen += k != 0;
	}
	/* fille, ide, kine, voisine, medecin, opj */
	assert_int_equal(seen, 6);
}

/* the car makes of detect_num.c's plate cues and of detect_thing.c's
 * device makers, before roles26: one list, each a plate cue */
static void
test_car_makes(void **state)
{
	static const char *const old[] = {
		/* plate cues */
		"peugeot", "renault", "citroen", "dacia", "toyota",
		"volkswagen", "opel", "fiat", "nissan", "bmw", "audi", "skoda",
		"kia", "hyundai", "tesla", "suzuki", "mazda", "volvo",
		"mitsubishi",
		/* device makers */
		"ford", "mercedes", "seat", "honda", "yamaha", NULL,
	};

	(void)state;
	run("x");
	for (const char *const *w = old; *w != NULL; w++) {
		size_t n = strlen(*w);

		if (!in_list(detect_car_makes, *w, n))
			fail_msg("\"%s\" not in detect_car_makes", *w);
		assert_true(dict_flags_hashed(*w, n, hash(*w, n)) & D_PLATECUE);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_old_words_kept),
		cmocka_unit_test(test_table_and_dictionary),
		cmocka_unit_test(test_words_of_a_text),
		cmocka_unit_test(test_car_makes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

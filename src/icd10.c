/* ICD-10 (WHO 2019, as used in France as CIM-10 FR): parse the written forms
 * of a code and climb the ladder category -> block -> chapter. */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "icd10.h"
#include "util.h"

#define CAT(l, n)	((l) * 100 + (n))
#define RANGE(l1, n1, l2, n2) \
	{ CAT(l1, n1), CAT(l2, n2), NULL, NULL }
#define CHAPTER(l1, n1, l2, n2, ro, t) \
	{ CAT(l1, n1), CAT(l2, n2), ro, t }

/* Significant characters: letter, two digits, then at most three more
 * (the WHO 4th character and the ATIH 5th and 6th). */
#define ICD10_MAX_EXTRA	3

/* Ranges exactly as in the WHO classification; U00-U99 is chapter XXII even
 * though it sorts between XIX and XX.  Titles: CIM-10 FR (ATIH) / OMS. */
static const struct icd10_range chapters[] = {
	CHAPTER('A', 0, 'B', 99, "I",
	    "Certaines maladies infectieuses et parasitaires"),
	CHAPTER('C', 0, 'D', 48, "II", "Tumeurs"),
	CHAPTER('D', 50, 'D', 89, "III",
	    "Maladies du sang et des organes hématopoïétiques et certains "
	    "troubles du système immunitaire"),
	CHAPTER('E', 0, 'E', 90, "IV",
	    "Maladies endocriniennes, nutritionnelles et métaboliques"),
	CHAPTER('F', 0, 'F', 99, "V", "Troubles mentaux et du comportement"),
	CHAPTER('G', 0, 'G', 99, "VI", "Maladies du système nerveux"),
	CHAPTER('H', 0, 'H', 59, "VII", "Maladies de l'œil et de ses annexes"),
	CHAPTER('H', 60, 'H', 95, "VIII",
	    "Maladies de l'oreille et de l'apophyse mastoïde"),
	CHAPTER('I', 0, 'I', 99, "IX", "Maladies de l'appareil circulatoire"),
	CHAPTER('J', 0, 'J', 99, "X", "Maladies de l'appareil respiratoire"),
	CHAPTER('K', 0, 'K', 93, "XI", "Maladies de l'appareil digestif"),
	CHAPTER('L', 0, 'L', 99, "XII",
	    "Maladies de la peau et du tissu cellulaire sous-cutané"),
	CHAPTER('M', 0, 'M', 99, "XIII",
	    "Maladies du système ostéo-articulaire, des muscles et du tissu "
	    "conjonctif"),
	CHAPTER('N', 0, 'N', 99, "XIV",
	    "Maladies de l'appareil génito-urinaire"),
	CHAPTER('O', 0, 'O', 99, "XV",
	    "Grossesse, accouchement et puerpéralité"),
	CHAPTER('P', 0, 'P', 96, "XVI",
	    "Certaines affections dont l'origine se situe dans la période "
	    "périnatale"),
	CHAPTER('Q', 0, 'Q', 99, "XVII",
	    "Malformations congénitales et anomalies chromosomiques"),
	CHAPTER('R', 0, 'R', 99, "XVIII",
	    "Symptômes, signes et résultats anormaux d'examens cliniques et de "
	    "laboratoire, non classés ailleurs"),
	CHAPTER('S', 0, 'T', 98, "XIX",
	    "Lésions traumatiques, empoisonnements et certaines autres "
	    "conséquences de causes externes"),
	CHAPTER('V', 1, 'Y', 98, "XX",
	    "Causes externes de morbidité et de mortalité"),
	CHAPTER('Z', 0, 'Z', 99, "XXI",
	    "Facteurs influant sur l'état de santé et motifs de recours aux "
	    "services de santé"),
	CHAPTER('U', 0, 'U', 99, "XXII", "Codes d'utilisation particulière"),
};

/* WHO ICD-10 2019 blocks at their finest level (the intermediate groupings
 * C00-C97, C00-C75, M00-M25, M40-M54, M60-M79, M80-M94, T20-T32, V01-X59,
 * V01-V99, W00-X59, Y40-Y84 are left out so that blocks never overlap).
 * Sorted by first category: icd10_block() bisects. */
static const struct icd10_range blocks[] = {
	/* I */
	RANGE('A', 0, 'A', 9), RANGE('A', 15, 'A', 19),
	RANGE('A', 20, 'A', 28), RANGE('A', 30, 'A', 49),
	RANGE('A', 50, 'A', 64), RANGE('A', 65, 'A', 69),
	RANGE('A', 70, 'A', 74), RANGE('A', 75, 'A', 79),
	RANGE('A', 80, 'A', 89), RANGE('A', 92, 'A', 99),
	RANGE('B', 0, 'B', 9), RANGE('B', 15, 'B', 19),
	RANGE('B', 20, 'B', 24), RANGE('B', 25, 'B', 34),
	RANGE('B', 35, 'B', 49), RANGE('B', 50, 'B', 64),
	RANGE('B', 65, 'B', 83), RANGE('B', 85, 'B', 89),
	RANGE('B', 90, 'B', 94), RANGE('B', 95, 'B', 98),
	RANGE('B', 99, 'B', 99),
	/* II */
	RANGE('C', 0, 'C', 14), RANGE('C', 15, 'C', 26),
	RANGE('C', 30, 'C', 39), RANGE('C', 40, 'C', 41),
	RANGE('C', 43, 'C', 44), RANGE('C', 45, 'C', 49),
	RANGE('C', 50, 'C', 50), RANGE('C', 51, 'C', 58),
	RANGE('C', 60, 'C', 63), RANGE('C', 64, 'C', 68),
	RANGE('C', 69, 'C', 72), RANGE('C', 73, 'C', 75),
	RANGE('C', 76, 'C', 80), RANGE('C', 81, 'C', 96),
	RANGE('C', 97, 'C', 97), RANGE('D', 0, 'D', 9),
	RANGE('D', 10, 'D', 36), RANGE('D', 37, 'D', 48),
	/* III */
	RANGE('D', 50, 'D', 53), RANGE('D', 55, 'D', 59),
	RANGE('D', 60, 'D', 64), RANGE('D', 65, 'D', 69),
	RANGE('D', 70, 'D', 77), RANGE('D', 80, 'D', 89),
	/* IV */
	RANGE('E', 0, 'E', 7), RANGE('E', 10, 'E', 14),
	RANGE('E', 15, 'E', 16), RANGE('E', 20, 'E', 35),
	RANGE('E', 40, 'E', 46), RANGE('E', 50, 'E', 64),
	RANGE('E', 65, 'E', 68), RANGE('E', 70, 'E', 90),
	/* V */
	RANGE('F', 0, 'F', 9), RANGE('F', 10, 'F', 19),
	RANGE('F', 20, 'F', 29), RANGE('F', 30, 'F', 39),
	RANGE('F', 40, 'F', 48), RANGE('F', 50, 'F', 59),
	RANGE('F', 60, 'F', 69), RANGE('F', 70, 'F', 79),
	RANGE('F', 80, 'F', 89), RANGE('F', 90, 'F', 98),
	RANGE('F', 99, 'F', 99),
	/* VI */
	RANGE('G', 0, 'G', 9), RANGE('G', 10, 'G', 14),
	RANGE('G', 20, 'G', 26), RANGE('G', 30, 'G', 32),
	RANGE('G', 35, 'G', 37), RANGE('G', 40, 'G', 47),
	RANGE('G', 50, 'G', 59), RANGE('G', 60, 'G', 64),
	RANGE('G', 70, 'G', 73), RANGE('G', 80, 'G', 83),
	RANGE('G', 90, 'G', 99),
	/* VII */
	RANGE('H', 0, 'H', 6), RANGE('H', 10, 'H', 13),
	RANGE('H', 15, 'H', 22), RANGE('H', 25, 'H', 28),
	RANGE('H', 30, 'H', 36), RANGE('H', 40, 'H', 42),
	RANGE('H', 43, 'H', 45), RANGE('H', 46, 'H', 48),
	RANGE('H', 49, 'H', 52), RANGE('H', 53, 'H', 54),
	RANGE('H', 55, 'H', 59),
	/* VIII */
	RANGE('H', 60, 'H', 62), RANGE('H', 65, 'H', 75),
	RANGE('H', 80, 'H', 83), RANGE('H', 90, 'H', 95),
	/* IX */
	RANGE('I', 0, 'I', 2), RANGE('I', 5, 'I', 9),
	RANGE('I', 10, 'I', 15), RANGE('I', 20, 'I', 25),
	RANGE('I', 26, 'I', 28), RANGE('I', 30, 'I', 52),
	RANGE('I', 60, 'I', 69), RANGE('I', 70, 'I', 79),
	RANGE('I', 80, 'I', 89), RANGE('I', 95, 'I', 99),
	/* X */
	RANGE('J', 0, 'J', 6), RANGE('J', 9, 'J', 18),
	RANGE('J', 20, 'J', 22), RANGE('J', 30, 'J', 39),
	RANGE('J', 40, 'J', 47), RANGE('J', 60, 'J', 70),
	RANGE('J', 80, 'J', 84), RANGE('J', 85, 'J', 86),
	RANGE('J', 90, 'J', 94), RANGE('J', 95, 'J', 99),
	/* XI */
	RANGE('K', 0, 'K', 14), RANGE('K', 20, 'K', 31),
	RANGE('K', 35, 'K', 38), RANGE('K', 40, 'K', 46),
	RANGE('K', 50, 'K', 52), RANGE('K', 55, 'K', 64),
	RANGE('K', 65, 'K', 67), RANGE('K', 70, 'K', 77),
	RANGE('K', 80, 'K', 87), RANGE('K', 90, 'K', 93),
	/* XII */
	RANGE('L', 0, 'L', 8), RANGE('L', 10, 'L', 14),
	RANGE('L', 20, 'L', 30), RANGE('L', 40, 'L', 45),
	RANGE('L', 50, 'L', 54), RANGE('L', 55, 'L', 59),
	RANGE('L', 60, 'L', 75), RANGE('L', 80, 'L', 99),
	/* XIII */
	RANGE('M', 0, 'M', 3), RANGE('M', 5, 'M', 14),
	RANGE('M', 15, 'M', 19), RANGE('M', 20, 'M', 25),
	RANGE('M', 30, 'M', 36), RANGE('M', 40, 'M', 43),
	RANGE('M', 45, 'M', 49), RANGE('M', 50, 'M', 54),
	RANGE('M', 60, 'M', 63), RANGE('M', 65, 'M', 68),
	RANGE('M', 70, 'M', 79), RANGE('M', 80, 'M', 85),
	RANGE('M', 86, 'M', 90), RANGE('M', 91, 'M', 94),
	RANGE('M', 95, 'M', 99),
	/* XIV */
	RANGE('N', 0, 'N', 8), RANGE('N', 10, 'N', 16),
	RANGE('N', 17, 'N', 19), RANGE('N', 20, 'N', 23),
	RANGE('N', 25, 'N', 29), RANGE('N', 30, 'N', 39),
	RANGE('N', 40, 'N', 51), RANGE('N', 60, 'N', 64),
	RANGE('N', 70, 'N', 77), RANGE('N', 80, 'N', 98),
	RANGE('N', 99, 'N', 99),
	/* XV */
	RANGE('O', 0, 'O', 8), RANGE('O', 10, 'O', 16),
	RANGE('O', 20, 'O', 29), RANGE('O', 30, 'O', 48),
	RANGE('O', 60, 'O', 75), RANGE('O', 80, 'O', 84),
	RANGE('O', 85, 'O', 92), RANGE('O', 94, 'O', 99),
	/* XVI */
	RANGE('P', 0, 'P', 4), RANGE('P', 5, 'P', 8),
	RANGE('P', 10, 'P', 15), RANGE('P', 20, 'P', 29),
	RANGE('P', 35, 'P', 39), RANGE('P', 50, 'P', 61),
	RANGE('P', 70, 'P', 74), RANGE('P', 75, 'P', 78),
	RANGE('P', 80, 'P', 83), RANGE('P', 90, 'P', 96),
	/* XVII */
	RANGE('Q', 0, 'Q', 7), RANGE('Q', 10, 'Q', 18),
	RANGE('Q', 20, 'Q', 28), RANGE('Q', 30, 'Q', 34),
	RANGE('Q', 35, 'Q', 37), RANGE('Q', 38, 'Q', 45),
	RANGE('Q', 50, 'Q', 56), RANGE('Q', 60, 'Q', 64),
	RANGE('Q', 65, 'Q', 79), RANGE('Q', 80, 'Q', 89),
	RANGE('Q', 90, 'Q', 99),
	/* XVIII */
	RANGE('R', 0, 'R', 9), RANGE('R', 10, 'R', 19),
	RANGE('R', 20, 'R', 23), RANGE('R', 25, 'R', 29),
	RANGE('R', 30, 'R', 39), RANGE('R', 40, 'R', 46),
	RANGE('R', 47, 'R', 49), RANGE('R', 50, 'R', 69),
	RANGE('R', 70, 'R', 79), RANGE('R', 80, 'R', 82),
	RANGE('R', 83, 'R', 89), RANGE('R', 90, 'R', 94),
	RANGE('R', 95, 'R', 99),
	/* XIX */
	RANGE('S', 0, 'S', 9), RANGE('S', 10, 'S', 19),
	RANGE('S', 20, 'S', 29), RANGE('S', 30, 'S', 39),
	RANGE('S', 40, 'S', 49), RANGE('S', 50, 'S', 59),
	RANGE('S', 60, 'S', 69), RANGE('S', 70, 'S', 79),
	RANGE('S', 80, 'S', 89), RANGE('S', 90, 'S', 99),
	RANGE('T', 0, 'T', 7), RANGE('T', 8, 'T', 14),
	RANGE('T', 15, 'T', 19), RANGE('T', 20, 'T', 25),
	RANGE('T', 26, 'T', 28), RANGE('T', 29, 'T', 32),
	RANGE('T', 33, 'T', 35), RANGE('T', 36, 'T', 50),
	RANGE('T', 51, 'T', 65), RANGE('T', 66, 'T', 78),
	RANGE('T', 79, 'T', 79), RANGE('T', 80, 'T', 88),
	RANGE('T', 90, 'T', 98),
	/* XXII (sorts here by letter) */
	RANGE('U', 0, 'U', 49), RANGE('U', 82, 'U', 85),
	/* XX */
	RANGE('V', 1, 'V', 9), RANGE('V', 10, 'V', 19),
	RANGE('V', 20, 'V', 29), RANGE('V', 30, 'V', 39),
	RANGE('V', 40, 'V', 49), RANGE('V', 50, 'V', 59),
	RANGE('V', 60, 'V', 69), RANGE('V', 70, 'V', 79),
	RANGE('V', 80, 'V', 89), RANGE('V', 90, 'V', 94),
	RANGE('V', 95, 'V', 97), RANGE('V', 98, 'V', 99),
	RANGE('W', 0, 'W', 19), RANGE('W', 20, 'W', 49),
	RANGE('W', 50, 'W', 64), RANGE('W', 65, 'W', 74),
	RANGE('W', 75, 'W', 84), RANGE('W', 85, 'W', 99),
	RANGE('X', 0, 'X', 9), RANGE('X', 10, 'X', 19),
	RANGE('X', 20, 'X', 29), RANGE('X', 30, 'X', 39),
	RANGE('X', 40, 'X', 49), RANGE('X', 50, 'X', 57),
	RANGE('X', 58, 'X', 59), RANGE('X', 60, 'X', 84),
	RANGE('X', 85, 'Y', 9), RANGE('Y', 10, 'Y', 34),
	RANGE('Y', 35, 'Y', 36), RANGE('Y', 40, 'Y', 59),
	RANGE('Y', 60, 'Y', 69), RANGE('Y', 70, 'Y', 82),
	RANGE('Y', 83, 'Y', 84), RANGE('Y', 85, 'Y', 89),
	RANGE('Y', 90, 'Y', 98),
	/* XXI */
	RANGE('Z', 0, 'Z', 13), RANGE('Z', 20, 'Z', 29),
	RANGE('Z', 30, 'Z', 39), RANGE('Z', 40, 'Z', 54),
	RANGE('Z', 55, 'Z', 65), RANGE('Z', 70, 'Z', 76),
	RANGE('Z', 80, 'Z', 99),
};

struct icd10_group {
	const char	*name;
	uint32_t	 bit;
	int		 first, last;
};

/* A group may span several ranges (HIV); each range is one row. */
static const struct icd10_group groups[] = {
	{ "hiv",		ICD10_HIV,		CAT('B', 20), CAT('B', 24) },
	{ "hiv",		ICD10_HIV,		CAT('Z', 21), CAT('Z', 21) },
	{ "hiv",		ICD10_HIV,		CAT('R', 75), CAT('R', 75) },
	{ "mental",		ICD10_MENTAL,		CAT('F', 0),  CAT('F', 99) },
	/* intentional self-harm: the suicide attempt, which the lexicon
	 * counts in mental ("tentative de suicide", "TS"); at level = code
	 * or category X60 to X84 would say it (redteam48) */
	{ "mental",		ICD10_MENTAL,		CAT('X', 60), CAT('X', 84) },
	{ "pregnancy",		ICD10_PREGNANCY,	CAT('O', 0),  CAT('O', 99) },
	{ "sti",		ICD10_STI,		CAT('A', 50), CAT('A', 64) },
	{ "reproductive",	ICD10_REPRODUCTIVE,	CAT('Z', 30), CAT('Z', 39) },
};

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static int
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

int
icd10_parse(const char *s, size_t len, struct icd10_code *code)
{
	size_t	 i, end, nextra = 0;
	char	 letter, tens, units, sub = 0;

	if (s == NULL || code == NULL)
		return -EINVAL;

	/* Exports pad cells; PMSI files pad codes to a fixed width. */
	i = 0;
	end = len;
	while (i < end && is_blank(s[i]))
		i++;
	while (end > i && is_blank(s[end - 1]))
		end--;
	if (end - i < 3)
		return -EINVAL;

	letter = s[i];
	if (letter >= 'a' && letter <= 'z')
		letter = (char)(letter - 'a' + 'A');
	tens = s[i + 1];
	units = s[i + 2];
	if (letter < 'A' || letter > 'Z' || !util_is_digit(tens) || !util_is_digit(units))
		return -EINVAL;
	i += 3;

	if (i < end && s[i] == '.') {
		i++;
		if (i == end)
			return -EINVAL;
	}

	/* After the category only digits and ATIH '+' fillers: a letter
	 * (US ICD-10-CM 'X' placeholders, 7th characters) is not CIM-10. */
	for (; i < end; i++) {
		if (!util_is_digit(s[i]) && s[i] != '+')
			return -EINVAL;
		if (++nextra > ICD10_MAX_EXTRA)
			return -EINVAL;
		/* Only the WHO 4th character is kept: the ATIH 5th and 6th
		 * are French refinements that a generalizer drops anyway. */
		if (nextra == 1 && util_is_digit(s[i]))
			sub = s[i];
	}

	code->category = CAT(letter, (tens - '0') * 10 + (units - '0'));
	code->text[0] = letter;
	code->text[1] = tens;
	code->text[2] = units;
	if (sub) {
		code->text[3] = '.';
		code->text[4] = sub;
		code->text[5] = '\0';
	} else
		code->text[3] = '\0';
	return 0;
}

/* One code of a cell, loosely: its canonical text ("F32.1") into out.
 * *used gets the bytes read.  0, or -EINVAL. */
static int
icd10_loose_one(const char *s, size_t len, char out[16], size_t *used)
{
	size_t i = 0, n = 0, nextra = 0;
	char letter;

	/* (len may be 0: a cell of blanks and marks; s[0] is past it) */
	if (len < 3)
		return -EINVAL;
	letter = s[0];
	if (letter >= 'a' && letter <= 'z')
		letter = (char)(letter - 'a' + 'A');
	/* a zero for the letter O, only before two more digits */
	if (letter == '0' && util_is_digit(s[1]) && util_is_digit(s[2]))
		letter = 'O';
	if (letter < 'A' || letter > 'Z')
		return -EINVAL;
	out[n++] = letter;
	i = 1;
	if (i < len && (s[i] == ' ' || s[i] == '-' || s[i] == '.'))
		i++;
	for (int k = 0; k < 2; k++, i++) {
		if (i >= len)
			return -EINVAL;
		if (util_is_digit(s[i]))
			out[n++] = s[i];
		else if (s[i] == 'O' || s[i] == 'o')
			out[n++] = '0';
		else
			return -EINVAL;
	}
	/* the dot written otherwise, or set apart by a space */
	{
		size_t j = i;

		if (j < len && s[j] == ' ')
			j++;
		if (j < len && (s[j] == '.' || s[j] == ',' || s[j] == '-' ||
		    (s[j] == ' ' && j == i)))
			j++;
		if (j > i && j < len && util_is_digit(s[j])) {
			out[n++] = '.';
			i = j;
		}
	}
	while (i < len && (util_is_digit(s[i]) || s[i] == '+')) {
		if (++nextra > 3)
			return -EINVAL;
		out[n++] = s[i++];
	}
	out[n] = '\0';
	*used = i;
	return 0;
}

int
icd10_parse_cell(const char *s, size_t len, struct icd10_code *code)
{
	struct icd10_code second;
	char one[16], two[16];
	size_t i = 0, end = len, used, used2;

	if (s == NULL || code == NULL)
		return -EINVAL;
	if (icd10_parse(s, len, code) == 0)
		return 0;
	while (i < end && is_blank(s[i]))
		i++;
	while (end > i && is_blank(s[end - 1]))
		end--;
	/* the marks of the dual classification, a trailing dot */
	for (;;) {
		if (end > i + 3 && (unsigned char)s[end - 3] == 0xe2 &&
		    (unsigned char)s[end - 2] == 0x80 &&
		    (unsigned char)s[end - 1] == 0xa0)
			end -= 3;	/* U+2020 dagger */
		else if (end > i && (s[end - 1] == '*' || s[end - 1] == '.' ||
		    s[end - 1] == '+' || is_blank(s[end - 1])))
			end--;
		else
			break;
	}
	if (icd10_loose_one(s + i, end - i, one, &used) != 0)
		return -EINVAL;
	i += used;
	if (i == end)
		return icd10_parse(one, strlen(one), code);
	/* a range of two codes */
	if (i + 1 < end && s[i] == '-' &&
	    icd10_loose_one(s + i + 1, end - i - 1, two, &used2) == 0 &&
	    i + 1 + used2 == end && icd10_parse(one, strlen(one), code) == 0 &&
	    icd10_parse(two, strlen(two), &second) == 0) {
		if (!icd10_sensitive_groups(code->category) &&
		    icd10_sensitive_groups(second.category))
			*code = second;
		return 0;
	}
	return -EINVAL;
}

const struct icd10_range *
icd10_chapter(int category)
{
	size_t	 i;

	for (i = 0; i < NELEM(chapters); i++)
		if (category >= chapters[i].first &&
		    category <= chapters[i].last)
			return &chapters[i];
	return NULL;
}

const struct icd10_range *
icd10_block(int category)
{
	size_t	 lo = 0, hi = NELEM(blocks), mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (category < blocks[mid].first)
			hi = mid;
		else if (category > blocks[mid].last)
			lo = mid + 1;
		else
			return &blocks[mid];
	}
	return NULL;
}

int
icd10_sensitive_parse(const char *name, uint32_t *bit)
{
	size_t	 i;

	if (name == NULL || bit == NULL)
		return -EINVAL;
	for (i = 0; i < NELEM(groups); i++) {
		if (strcasecmp(name, groups[i].name) == 0) {
			*bit = groups[i].bit;
			return 0;
		}
	}
	return -EINVAL;
}

const char *
icd10_sensitive_name(uint32_t bit)
{
	for (size_t i = 0; i < NELEM(groups); i++)
		if (groups[i].bit == bit)
			return groups[i].name;
	return NULL;
}

uint32_t
icd10_sensitive_overlap(int first, int last)
{
	uint32_t	 bits = 0;

	for (size_t i = 0; i < NELEM(groups); i++)
		if (first <= groups[i].last && last >= groups[i].first)
			bits |= groups[i].bit;
	return bits;
}

int
icd10_suppress_parse(const char *item, struct icd10_suppress_item *out)
{
	struct icd10_code lo, hi;
	const char *dash;
	size_t len;

	if (item == NULL || out == NULL)
		return -EINVAL;
	memset(out, 0, sizeof(*out));
	if (strcasecmp(item, "none") == 0)
		return 0;
	if (strcasecmp(item, "default") == 0) {
		out->groups = ICD10_SENSITIVE_DEFAULT;
		return 0;
	}
	if (icd10_sensitive_parse(item, &out->groups) == 0)
		return 0;
	len = strlen(item);
	dash = memchr(item, '-', len);
	if (icd10_parse(item, dash ? (size_t)(dash - item) : len, &lo) != 0 ||
	    icd10_parse(dash ? dash + 1 : item, dash ? len - (size_t)(dash -
	    item) - 1 : len, &hi) != 0 || hi.category < lo.category)
		return -EINVAL;
	out->is_range = 1;
	out->first = lo.category;
	out->last = hi.category;
	out->overlap = icd10_sensitive_overlap(lo.category, hi.category);
	return 0;
}

uint32_t
icd10_sensitive_groups(int category)
{
	uint32_t	 bits = 0;
	size_t		 i;

	for (i = 0; i < NELEM(groups); i++)
		if (category >= groups[i].first && category <= groups[i].last)
			bits |= groups[i].bit;
	return bits;
}

static void
put_category(char *out, int category)
{
	int	 n = category % 100;

	out[0] = (char)(category / 100);
	out[1] = (char)('0' + n / 10);
	out[2] = (char)('0' + n % 10);
}

void
icd10_range_format(const struct icd10_range *r, char out[8])
{
	if (r == NULL || r->first < CAT('A', 0) || r->last > CAT('Z', 99) ||
	    r->last < CAT('A', 0) || r->first > CAT('Z', 99)) {
		out[0] = '\0';
		return;
	}
	put_category(out, r->first);
	out[3] = '-';
	put_category(out + 4, r->last);
	out[7] = '\0';
}

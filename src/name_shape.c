/* Names by the shape of one word (name_shape.h): asked only of a word the
 * dictionary does not hold, once a word (the word cache keeps the answer),
 * and only a word that is no ordinary word of the lexicon decides
 * (detect_dict.c dict_flags_shaped).  docs/scrub.md, "names37". */
#include <string.h>

#include "name_shape.h"

/* The commonest surnames of mainland China in Hanyu pinyin (Wang, Zhang...
 * Ouyang), the order of the usual frequency tables; of two letters only
 * "Li", "Wu", "Xu" (weak names: beside a name only), not "Hu", "Ma", "He",
 * "Du", "Lu" ("HU 28 cm" is the fundal height, "HE" a stain, "du", "lu"
 * French words), and not "Situ" ("carcinome in situ"). */
const char *const name_shape_chinese_surnames[] = {
	"Li", "Wu", "Xu",
	"Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou",
	"Sun", "Zhu", "Guo", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie",
	"Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao",
	"Tian", "Dong", "Yuan", "Pan", "Jiang", "Cai", "Jia", "Ding", "Wei",
	"Xue", "Yan", "Dai", "Zhong", "Fan", "Fang", "Shi", "Yao", "Tan",
	"Liao", "Zou", "Xiong", "Jin", "Qiu", "Qin", "Hou", "Yin", "Meng",
	"Bai", "Chang", "Kang", "Mao", "Qian", "Hao", "Kong", "Lai", "Shao",
	"Wan", "Duan", "Lei", "Long", "Tao", "Cheng", "Wen", "Niu", "Zhai",
	"Shen", "Cui", "Ren", "Yue", "Xing", "Hong", "Ouyang",
	"Zhuang", "Geng", "Qiao", "Xia", "Shang", "Lou", "Lyu", "Bao",
	"Tong", "Miao", "Jiao", "Chai", "Gong",
};
const unsigned name_shape_chinese_surname_count =
    sizeof(name_shape_chinese_surnames) / sizeof(*name_shape_chinese_surnames);

/* The syllables of Hanyu pinyin without tones (the closed set of the
 * standard syllable table; ü written as neither "v" nor "u:" is left out:
 * "nü", "lü" are written "nu", "lu" on French records), sorted. */
static const char *const pinyin[] = {
	"a", "ai", "an", "ang", "ao", "ba", "bai", "ban", "bang", "bao",
	"bei", "ben", "beng", "bi", "bian", "biao", "bie", "bin", "bing",
	"bo", "bu", "ca", "cai", "can", "cang", "cao", "ce", "cen", "ceng",
	"cha", "chai", "chan", "chang", "chao", "che", "chen", "cheng", "chi",
	"chong", "chou", "chu", "chua", "chuai", "chuan", "chuang", "chui",
	"chun", "chuo", "ci", "cong", "cou", "cu", "cuan", "cui", "cun", "cuo",
	"da", "dai", "dan", "dang", "dao", "de", "dei", "den", "deng", "di",
	"dian", "diao", "die", "ding", "diu", "dong", "dou", "du", "duan",
	"dui", "dun", "duo", "e", "ei", "en", "eng", "er", "fa", "fan",
	"fang", "fei", "fen", "feng", "fo", "fou", "fu", "ga", "gai", "gan",
	"gang", "gao", "ge", "gei", "gen", "geng", "gong", "gou", "gu", "gua",
	"guai", "guan", "guang", "gui", "gun", "guo", "ha", "hai", "han",
	"hang", "hao", "he", "hei", "hen", "heng", "hong", "hou", "hu", "hua",
	"huai", "huan", "huang", "hui", "hun", "huo", "ji", "jia", "jian",
	"jiang", "jiao", "jie", "jin", "jing", "jiong", "jiu", "ju", "juan",
	"jue", "jun", "ka", "kai", "kan", "kang", "kao", "ke", "ken", "keng",
	"kong", "kou", "ku", "kua", "kuai", "kuan", "kuang", "kui", "kun",
	"kuo", "la", "lai", "lan", "lang", "lao", "le", "lei", "leng", "li",
	"lia", "lian", "liang", "liao", "lie", "lin", "ling", "liu", "long",
	"lou", "lu", "luan", "lun", "luo", "ma", "mai", "man", "mang", "mao",
	"me", "mei", "men", "meng", "mi", "mian", "miao", "mie", "min", "ming",
	"miu", "mo", "mou", "mu", "na", "nai", "nan", "nang", "nao", "ne",
	"nei", "nen", "neng", "ni", "nian", "niang", "niao", "nie", "nin",
	"ning", "niu", "nong", "nou", "nu", "nuan", "nuo", "o", "ou", "pa",
	"pai", "pan", "pang", "pao", "pei", "pen", "peng", "pi", "pian",
	"piao", "pie", "pin", "ping", "po", "pou", "pu", "qi", "qia", "qian",
	"qiang", "qiao", "qie", "qin", "qing", "qiong", "qiu", "qu", "quan",
	"que", "qun", "ran", "rang", "rao", "re", "ren", "reng", "ri", "rong",
	"rou", "ru", "rua", "ruan", "rui", "run", "ruo", "sa", "sai", "san",
	"sang", "sao", "se", "sen", "seng", "sha", "shai", "shan", "shang",
	"shao", "she", "shei", "shen", "sheng", "shi", "shou", "shu", "shua",
	"shuai", "shuan", "shuang", "shui", "shun", "shuo", "si", "song",
	"sou", "su", "suan", "sui", "sun", "suo", "ta", "tai", "tan", "tang",
	"tao", "te", "teng", "ti", "tian", "tiao", "tie", "ting", "tong",
	"tou", "tu", "tuan", "tui", "tun", "tuo", "wa", "wai", "wan", "wang",
	"wei", "wen", "weng", "wo", "wu", "xi", "xia", "xian", "xiang", "xiao",
	"xie", "xin", "xing", "xiong", "xiu", "xu", "xuan", "xue", "xun", "ya",
	"yan", "yang", "yao", "ye", "yi", "yin", "ying", "yo", "yong", "you",
	"yu", "yuan", "yue", "yun", "za", "zai", "zan", "zang", "zao", "ze",
	"zei", "zen", "zeng", "zha", "zhai", "zhan", "zhang", "zhao", "zhe",
	"zhei", "zhen", "zheng", "zhi", "zhong", "zhou", "zhu", "zhua",
	"zhuai", "zhuan", "zhuang", "zhui", "zhun", "zhuo", "zi", "zong",
	"zou", "zu", "zuan", "zui", "zun", "zuo",
};

/* w[0, n) is a syllable of the table (binary search). */
static int pinyin_syllable(const char *w, size_t n);

int
name_shape_pinyin_syllable(const char *w, size_t n)
{
	return pinyin_syllable(w, n);
}

static int
pinyin_syllable(const char *w, size_t n)
{
	size_t lo = 0, hi = sizeof(pinyin) / sizeof(*pinyin);
	char key[8];

	if (n == 0 || n > 6)
		return 0;
	memcpy(key, w, n);
	key[n] = '\0';
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(pinyin[mid], key);

		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static int
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* w has a mark of pinyin that French spelling seldom has: "x", "q",
 * "z", "zh", a final "ao", "iu", "ui", "ua", "uo", "ia", "ie", "yu" or
 * "-ng" ("Xiaoyu", "Zihan", "Lihua", "Meiling"); "demin" (an SMS's
 * "demain"), "Madi", "Papin" have none. */
static int
pinyin_mark(const char *w, size_t n)
{
	static const char *const pairs[] = {
		"ao", "iu", "ui", "ua", "uo", "ia", "ie", "yu", "ng",
	};

	for (size_t i = 0; i < n; i++)
		if (w[i] == 'x' || w[i] == 'q' || w[i] == 'z')
			return 1;
	for (size_t i = 0; i + 1 < n; i++)
		for (size_t k = 0; k < sizeof(pairs) / sizeof(*pairs); k++)
			if (w[i] == pairs[k][0] && w[i + 1] == pairs[k][1])
				return 1;
	return 0;
}

int
name_shape_pinyin_given(const char *w, size_t n)
{
	if (n < 5 || n > 12 || !pinyin_mark(w, n))
		return 0;
	/* the second syllable after a consonant ("y", "w" count): one
	 * that starts with a vowel is written after an apostrophe */
	for (size_t k = 1; k < n && k <= 6; k++)
		if (!is_vowel(w[k]) && pinyin_syllable(w, k) &&
		    pinyin_syllable(w + k, n - k))
			return 1;
	return 0;
}

/* Consonant clusters Malagasy writes: prenasalized stops and the
 * affricates ("mb", "nd", "ndr", "ts", "tr", "nts"). */
static int
malagasy_cluster(const char *c, size_t n)
{
	static const char *const clusters[] = {
		"mb", "mp", "nd", "nt", "nj", "ng", "nk", "ts", "tr", "dr",
		"ndr", "ntr", "nts",
	};

	if (n == 1)
		return 1;
	for (size_t k = 0; k < sizeof(clusters) / sizeof(*clusters); k++)
		if (strlen(clusters[k]) == n && memcmp(clusters[k], c, n) == 0)
			return 1;
	return 0;
}

/* Places of the Pacific and the Indian Ocean that have the shape
 * (Polynesian spelling writes the open syllables and the "ng" Malagasy
 * writes), that no list of places holds: the communes, islands and
 * atolls of French Polynesia (codes-postaux has no 987), the Cook
 * Islands', New Zealand's and Madagascar's towns and parks of that shape
 * (precision28: "Rangiroa" of a hand set was taken as a surname).
 * Folded, sorted. */
static const char *const shape_places[] = {
	"raivavae", "rakahanga", "ranohira", "ranomafana", "rangiora",
	"rangiroa", "rangitikei", "rangitoto", "rarotonga", "ravahere",
};

static int
shape_place(const char *w, size_t n)
{
	for (size_t k = 0; k < sizeof(shape_places) / sizeof(*shape_places);
	    k++)
		if (strlen(shape_places[k]) == n &&
		    memcmp(shape_places[k], w, n) == 0)
			return 1;
	return 0;
}

int
name_shape_malagasy(const char *w, size_t n)
{
	size_t vowels = 0;

	if (n < 8 || n > 24 || shape_place(w, n))
		return 0;
	if (!((w[0] == 'r' && w[1] == 'a') || memcmp(w, "andri", 5) == 0 ||
	    memcmp(w, "andry", 5) == 0))
		return 0;
	if (!(is_vowel(w[n - 1]) || w[n - 1] == 'y') || w[n - 1] == 'u')
		return 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;

		if (w[i] < 'a' || w[i] > 'z' || strchr("cquwx", w[i]) != NULL)
			return 0;
		if (is_vowel(w[i]) || w[i] == 'y') {
			/* three vowels in a row: not Malagasy spelling */
			if (++vowels >= 3)
				return 0;
			i++;
			continue;
		}
		vowels = 0;
		while (j < n && !is_vowel(w[j]) && w[j] != 'y')
			j++;
		if (!malagasy_cluster(w + i, j - i))
			return 0;
		for (size_t k = i; k < j; k++)
			if (w[k] < 'a' || w[k] > 'z' || strchr("cquwx", w[k]))
				return 0;
		i = j;
	}
	return 1;
}

/* names38: w (folded) opens with a nasal before a consonant, which no
 * French word does and the Bantu languages of the Comoros, Mayotte and
 * the Swahili coast write ("Msa", "Mze", "Mbae", "Mdahoma", "Ndzaou",
 * "Njambo"): "m" before "b", "d", "k", "s", "t", "z", "h"; "n" before
 * "d", "g", "j", "k", "t", "z", "y"; a vowel right after, or one letter
 * of "z", "j", "h", "w", "y" then a vowel; letters only, three at
 * least, twelve at most. */
int
name_shape_bantu_initial(const char *w, size_t n)
{
	size_t k = 2;

	if (n < 3 || n > 12)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (w[i] < 'a' || w[i] > 'z')
			return 0;
	if (!((w[0] == 'm' && strchr("bdkstzh", w[1]) != NULL) ||
	    (w[0] == 'n' && strchr("dgjktzy", w[1]) != NULL)))
		return 0;
	if (!is_vowel(w[k]) && strchr("zjhwy", w[k]) != NULL && k + 1 < n)
		k++;
	return is_vowel(w[k]);
}

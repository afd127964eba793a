/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lang.h"

static void
expect(const char *text, const char *declared, const char *want)
{
	char	*got = rw_lang_detect(text, strlen(text), declared);

	assert_string_equal(got, want);
	free(got);
}

static void
chinese_variants(void **state)
{
	(void)state;
	/* Simplified, declared zh-TW by a template: the text decides. */
	expect("闪耀在寒冬里的那片民政红。民心是最大的政治，民生是最深的关切。"
	    "习近平总书记对低温雨雪冰冻灾害防范应对工作作出重要指示。",
	    "zh-TW", "zh-Hans");
	/* Traditional, declared zh-CN. */
	expect("漳州啟動寒冬送溫暖專項救助行動，紅藍馬甲上街勸導流浪人員。"
	    "一群身穿紅藍馬甲的工作人員分成多路走上街頭，勸導、救助生活無著"
	    "的流浪乞討人員。", "zh-CN", "zh-Hant");
	/* Rare Simplified names outside GB2312 do not make it Traditional. */
	expect("记者魏喆、王堃、朱镕报道：今天全市发放救助资金一百万元，"
	    "惠及困难群众三千户。", NULL, "zh-Hans");
}

static void
other_scripts(void **state)
{
	(void)state;
	expect("The council approved the winter relief budget on Monday.",
	    NULL, "en");
	expect("Le conseil a approuvé le budget lundi.", "fr-FR", "fr");
	/* The words outweigh a template's lang="en". */
	expect("Die elektronische Patientenakte ist der lange Marsch in die "
	    "Digitalisierung, und sie wird nicht von allen Ärzten und "
	    "Kassen mit der gleichen Begeisterung aufgenommen, denn es ist "
	    "auch eine Frage der Sicherheit der Daten.", "en", "de");
	/* Latin text declared as Chinese: the script wins. */
	expect("The council approved the budget.", "zh-CN", "en");
	expect("東京都は冬の支援策を発表しました。ひとり暮らしの高齢者に"
	    "毛布を配ります。", "en", "ja");
	expect("서울시는 겨울철 취약계층 지원 대책을 발표했다.", NULL, "ko");
	expect("Правительство утвердило бюджет.", NULL, "ru");
	expect("", NULL, "und");
	expect("12345 !!", "de", "de");
}

static void
traditional_share(void **state)
{
	const char	*t = "專項救助行動";

	(void)state;
	assert_true(rw_lang_traditional_share(t, strlen(t), 100) > 0.3);
	assert_true(rw_lang_traditional_share("abc", 3, 100) == 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(chinese_variants),
		cmocka_unit_test(other_scripts),
		cmocka_unit_test(traditional_share),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "quantity.h"
#include "text.h"
#include "util.h"

static struct rw_text_ctx *ctx;

static int
setup(void **state)
{
	struct rw_err	 err;

	(void)state;
	ctx = rw_text_ctx_new(&err);
	return ctx == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	rw_text_ctx_free(ctx);
	return 0;
}

/* The quantities of s; *n of them; the view in *tp (caller frees). */
static struct rw_qty *
scan(const char *s, unsigned mode, size_t *n, struct rw_text **tp)
{
	struct rw_text	*t;
	struct rw_qty	*q;
	struct rw_err	 err;

	t = rw_text_new(ctx, s, strlen(s), &err);
	assert_non_null(t);
	assert_int_equal(rw_qty_scan(t, mode, &q, n, &err), 0);
	if (tp != NULL)
		*tp = t;
	else
		rw_text_free(t);
	return q;
}

/* s holds exactly one quantity: check it. */
static void
one(const char *s, unsigned mode, double value, const char *unit,
    enum rw_qual qual, const char *per)
{
	struct rw_qty	*q;
	size_t		 n;

	q = scan(s, mode, &n, NULL);
	if (n != 1)
		fail_msg("%s: %zu quantities", s, n);
	if (q[0].value != value)
		fail_msg("%s: value %.17g, want %.17g", s, q[0].value, value);
	if (!rw_streq(q[0].unit, unit))
		fail_msg("%s: unit %s, want %s", s, q[0].unit, unit);
	if (q[0].qual != qual)
		fail_msg("%s: qualifier %s", s, rw_qual_name(q[0].qual));
	if (!rw_streq(q[0].per, per))
		fail_msg("%s: per %s, want %s", s, q[0].per, per);
	free(q);
}

static void
none(const char *s, unsigned mode)
{
	struct rw_qty	*q;
	size_t		 n;

	q = scan(s, mode, &n, NULL);
	if (n != 0)
		fail_msg("%s: %zu quantities, want none", s, n);
	free(q);
}

/* The numeral alone, through rw_qty_number. */
static double
num(const char *s, unsigned mode, size_t *len, unsigned *flags)
{
	struct rw_text	*t;
	struct rw_num	 r;
	struct rw_err	 err;

	t = rw_text_new(ctx, s, strlen(s), &err);
	*len = rw_qty_number(t->cp, t->ncp, mode, &r);
	if (flags != NULL)
		*flags = r.flags;
	rw_text_free(t);
	return r.value;
}

static void
arabic_numbers(void **state)
{
	(void)state;
	one("1,234元", 0, 1234, "yuan", RW_QUAL_EXACT, NULL);
	one("1，234元", 0, 1234, "yuan", RW_QUAL_EXACT, NULL);
	one("3.5元", 0, 3.5, "yuan", RW_QUAL_EXACT, NULL);
	one("１,２３４,５６７元", 0, 1234567, "yuan", RW_QUAL_EXACT, NULL);
	one("３．５吨", 0, 3.5, "吨", RW_QUAL_EXACT, NULL);
	one("２.７５万元", 0, 27500, "yuan", RW_QUAL_EXACT, NULL);
	/* exact: 53.6万 is 536000, not 535999.99… */
	one("53.6万户", 0, 536000, "household", RW_QUAL_EXACT, NULL);
	one("92.34万元", 0, 923400, "yuan", RW_QUAL_EXACT, NULL);
	one("494.66万元", 0, 4946600, "yuan", RW_QUAL_EXACT, NULL);
	one("4323.6万元", 0, 43236000, "yuan", RW_QUAL_EXACT, NULL);
	one("0.35亿元", 0, 35000000, "yuan", RW_QUAL_EXACT, NULL);
}

static void
chinese_numbers(void **state)
{
	size_t		 len;
	unsigned	 fl;

	(void)state;
	assert_true(num("一千二百三十四", 0, &len, NULL) == 1234);
	assert_int_equal(len, 7);
	assert_true(num("两", 0, &len, NULL) == 2);
	assert_true(num("十五", 0, &len, NULL) == 15);
	assert_true(num("一百零一", 0, &len, NULL) == 101);
	assert_true(num("一千零十", 0, &len, NULL) == 1010);
	assert_true(num("〇", 0, &len, NULL) == 0);
	assert_true(num("零点五", 0, &len, NULL) == 0.5);
	assert_true(num("半百", 0, &len, NULL) == 50);
	assert_true(num("廿二", 0, &len, NULL) == 22);
	assert_true(num("肆佰陆拾", 0, &len, NULL) == 460);
	/* the abbreviations of speech */
	assert_true(num("一万三", 0, &len, NULL) == 13000);
	assert_true(num("四百五", 0, &len, NULL) == 450);
	assert_true(num("九十二万四", 0, &len, NULL) == 924000);
	assert_true(num("五亿零六", 0, &len, NULL) == 500000006);
	assert_true(num("一亿三万", 0, &len, NULL) == 100030000);
	assert_true(num("四亿五千六百四十二万零一十五", 0, &len, NULL) ==
	    456420015);
	assert_true(num("十万亿", 0, &len, NULL) == 1e13);
	/* digit by digit */
	assert_true(num("二〇二四", 0, &len, &fl) == 2024);
	assert_true(fl & RW_QF_DIGITS);
	/* nothing */
	assert_int_equal(rw_qty_number(NULL, 0, 0, &(struct rw_num){ 0 }),
	    0);
	none("万家灯火，千方百计，一切，统一", RW_QTY_PLAIN);
}

static void
mixed_and_magnitudes(void **state)
{
	(void)state;
	one("3.5亿元", 0, 350000000, "yuan", RW_QUAL_EXACT, NULL);
	one("3万4000人", 0, 34000, "person", RW_QUAL_EXACT, NULL);
	one("1万2千户", 0, 12000, "household", RW_QUAL_EXACT, NULL);
	one("5亿1万4千6百元", 0, 500014600, "yuan", RW_QUAL_EXACT, NULL);
	one("2千零30万元", 0, 20300000, "yuan", RW_QUAL_EXACT, NULL);
	one("38萬元", 0, 380000, "yuan", RW_QUAL_EXACT, NULL);
	one("3億元", 0, 300000000, "yuan", RW_QUAL_EXACT, NULL);
	one("一千二百三十四户", 0, 1234, "household", RW_QUAL_EXACT, NULL);
	one("17萬(wàn)3千元", 0, 173000, "yuan", RW_QUAL_EXACT, NULL);
	one("百余名", 0, 100, "person", RW_QUAL_OVER, NULL);
	one("近万户", 0, 10000, "household", RW_QUAL_APPROX, NULL);
	one("上万人", 0, 10000, "person", RW_QUAL_OVER, NULL);
}

static void
qualifiers(void **state)
{
	(void)state;
	one("约480万元", 0, 4800000, "yuan", RW_QUAL_APPROX, NULL);
	one("近15000人次", 0, 15000, "person_time", RW_QUAL_APPROX, NULL);
	one("将近300户", 0, 300, "household", RW_QUAL_APPROX, NULL);
	one("接近300户", 0, 300, "household", RW_QUAL_APPROX, NULL);
	one("300户左右", 0, 300, "household", RW_QUAL_APPROX, NULL);
	one("超过500万元", 0, 5000000, "yuan", RW_QUAL_OVER, NULL);
	one("逾500人", 0, 500, "person", RW_QUAL_OVER, NULL);
	one("不少于2次", 0, 2, "times", RW_QUAL_OVER, NULL);
	one("不低于780元", 0, 780, "yuan", RW_QUAL_OVER, NULL);
	one("60人以上", 0, 60, "person", RW_QUAL_OVER, NULL);
	one("不足100户", 0, 100, "household", RW_QUAL_UNDER, NULL);
	one("不到100户", 0, 100, "household", RW_QUAL_UNDER, NULL);
	one("不超过200元", 0, 200, "yuan", RW_QUAL_UNDER, NULL);
	one("不高于200元", 0, 200, "yuan", RW_QUAL_UNDER, NULL);
	one("100户以下", 0, 100, "household", RW_QUAL_UNDER, NULL);
	/* news word orders */
	one("2731万多元", 0, 27310000, "yuan", RW_QUAL_OVER, NULL);
	one("3亿多元", 0, 300000000, "yuan", RW_QUAL_OVER, NULL);
	one("17万3千余件", 0, 173000, "item", RW_QUAL_OVER, NULL);
	one("14余万件", 0, 140000, "item", RW_QUAL_OVER, NULL);
	one("50余万元", 0, 500000, "yuan", RW_QUAL_OVER, NULL);
	one("十余个种类", 0, 10, "种类", RW_QUAL_OVER, NULL);
	one("5万余人次", 0, 50000, "person_time", RW_QUAL_OVER, NULL);
	one("700多名", 0, 700, "person", RW_QUAL_OVER, NULL);
	/* a qualifier of something else */
	one("60周岁以上的5人次", 0, 5, "person_time", RW_QUAL_EXACT, NULL);
	one("最近3户", 0, 3, "household", RW_QUAL_EXACT, NULL);
	one("节约300元", 0, 300, "yuan", RW_QUAL_EXACT, NULL);
}

static void
ranges(void **state)
{
	struct rw_qty	*q;
	size_t		 n;
	static const struct {
		const char	*s;
		double		 lo, hi;
	} cases[] = {
		{ "3000-6000元", 3000, 6000 },
		{ "3000至6000元", 3000, 6000 },
		{ "1000元—2000元", 1000, 2000 },
		{ "200元至500元", 200, 500 },
		{ "三五百元", 300, 500 },
		{ "十七八万元", 170000, 180000 },
		{ "两到三万元", 20000, 30000 },
		{ "8500到3万元", 8500, 30000 },
		{ "1万(含)-5万元", 10000, 50000 },
		{ "七八户", 7, 8 },
	};
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		q = scan(cases[i].s, 0, &n, NULL);
		if (n != 1 || !q[0].has_max || q[0].value != cases[i].lo ||
		    q[0].max != cases[i].hi)
			fail_msg("%s: n %zu value %g max %g", cases[i].s, n,
			    n ? q[0].value : 0, n ? q[0].max : 0);
		free(q);
	}
	/* a date or a phone number is no range */
	none("2023-2024年", 0);
	none("0596-2677138", 0);
}

static void
rates(void **state)
{
	(void)state;
	one("每户600元", 0, 600, "yuan", RW_QUAL_EXACT, "household");
	one("每人600元", 0, 600, "yuan", RW_QUAL_EXACT, "person");
	one("200元/人", 0, 200, "yuan", RW_QUAL_EXACT, "person");
	one("不超过200元/人", 0, 200, "yuan", RW_QUAL_UNDER, "person");
	one("人均600元", 0, 600, "yuan", RW_QUAL_EXACT, "person");
	one("户均1.2万元", 0, 12000, "yuan", RW_QUAL_EXACT, "household");
	one("每人每月722元", 0, 722, "yuan", RW_QUAL_EXACT, "person");
	one("每月1次", 0, 1, "times", RW_QUAL_EXACT, "month");
	one("每天不少于2次", 0, 2, "times", RW_QUAL_OVER, "day");
	one("每个社区2户", 0, 2, "household", RW_QUAL_EXACT, "community");
	one("各50床", 0, 50, "item", RW_QUAL_EXACT, "type");
	one("490元一吨", 0, 490, "yuan", RW_QUAL_EXACT, "吨");
	one("800元/吨", 0, 800, "yuan", RW_QUAL_EXACT, "吨");
	one("300元/人/月", 0, 300, "yuan", RW_QUAL_EXACT, "person");
}

static void
units(void **state)
{
	(void)state;
	one("500元", 0, 500, "yuan", RW_QUAL_EXACT, NULL);
	one("8.5万元", 0, 85000, "yuan", RW_QUAL_EXACT, NULL);
	one("100块钱", 0, 100, "yuan", RW_QUAL_EXACT, NULL);
	one("30户", 0, 30, "household", RW_QUAL_EXACT, NULL);
	one("30人", 0, 30, "person", RW_QUAL_EXACT, NULL);
	one("30名", 0, 30, "person", RW_QUAL_EXACT, NULL);
	one("30位", 0, 30, "person", RW_QUAL_EXACT, NULL);
	one("30人次", 0, 30, "person_time", RW_QUAL_EXACT, NULL);
	one("30户次", 0, 30, "household_time", RW_QUAL_EXACT, NULL);
	one("棉被30床", 0, 30, "item", RW_QUAL_EXACT, NULL);
	one("30件", 0, 30, "item", RW_QUAL_EXACT, NULL);
	one("3万件(套)", 0, 30000, "item", RW_QUAL_EXACT, NULL);
	one("大米30袋", 0, 30, "item", RW_QUAL_EXACT, NULL);
	one("食品1.2万余份", 0, 12000, "item", RW_QUAL_OVER, NULL);
	one("协议552份", 0, 552, "份", RW_QUAL_EXACT, NULL);
	one("棉被300条", 0, 300, "item", RW_QUAL_EXACT, NULL);
	one("心愿300条", 0, 300, "条", RW_QUAL_EXACT, NULL);
	one("16所福利机构", 0, 16, "institution", RW_QUAL_EXACT, NULL);
	one("21家公办养老机构", 0, 21, "institution", RW_QUAL_EXACT, NULL);
	one("1215个救助服务点", 0, 1215, "institution", RW_QUAL_EXACT, NULL);
	one("100个困难家庭", 0, 100, "household", RW_QUAL_EXACT, NULL);
	one("两家", 0, 2, "household", RW_QUAL_EXACT, NULL);
	one("17个问题", 0, 17, "个", RW_QUAL_EXACT, NULL);
	one("6期", 0, 6, "times", RW_QUAL_EXACT, NULL);
	one("20余场", 0, 20, "times", RW_QUAL_OVER, NULL);
	one("3批", 0, 3, "times", RW_QUAL_EXACT, NULL);
	one("3臺次", 0, 3, "台次", RW_QUAL_EXACT, NULL);
	one("5辆", 0, 5, "辆", RW_QUAL_EXACT, NULL);
	one("73.5吨", 0, 73.5, "吨", RW_QUAL_EXACT, NULL);
	one("200公斤", 0, 200, "公斤", RW_QUAL_EXACT, NULL);
	one("10万美元", 0, 100000, "美元", RW_QUAL_EXACT, NULL);
	/* not counters */
	none("2024年1月22日下午4点，80岁，98.7%，零下15摄氏度", 0);
	none("元旦，5人民日报", 0);
}

static void
scope_nouns(void **state)
{
	struct rw_qty	*q;
	size_t		 n;

	(void)state;
	q = scan("7个州(市)，6个工作组，三个重点，5个月，十件民生实事", 0, &n,
	    NULL);
	assert_int_equal(n, 5);
	assert_int_equal(q[0].noun, RW_NOUN_ADMIN);
	assert_int_equal(q[1].noun, RW_NOUN_TEAM);
	assert_int_equal(q[2].noun, RW_NOUN_CATEGORY);
	assert_int_equal(q[3].noun, RW_NOUN_DURATION);
	assert_true(q[4].flags & RW_QF_EVENT);
	free(q);
	q = scan("第十五期，一名男子，1+7户", 0, &n, NULL);
	assert_int_equal(n, 3);
	assert_true(q[0].flags & RW_QF_ORDINAL);
	assert_true(q[1].flags & RW_QF_LONE_YI);
	assert_true(q[2].flags & RW_QF_CODE);
	free(q);
}

static void
cap_and_absurd(void **state)
{
	struct rw_qty	*q;
	size_t		 n, i, len;
	unsigned	 fl;
	char		*big;

	(void)state;
	none("9999999999999999999999999亿元", 0);
	none("1e308元", 0);
	none("1e308元", RW_QTY_PLAIN);
	none("10000000000000000元", 0);
	one("9999999999999999元", 0, 9999999999999999.0, "yuan",
	    RW_QUAL_EXACT, NULL);
	none("一亿亿亿亿元", 0);
	/* 5,000 digits: rejected whole, nothing of it reported */
	big = xmalloc(5004);
	for (i = 0; i < 5000; i++)
		big[i] = (char)('1' + i % 9);
	memcpy(big + 5000, "元", 3);
	big[5003] = '\0';
	none(big, 0);
	none(big, RW_QTY_PLAIN);
	free(big);
	/* 5,000 Chinese digits */
	big = xmalloc(5000 * 3 + 4);
	for (i = 0; i < 5000; i++)
		memcpy(big + 3 * i, "三", 3);
	memcpy(big + 15000, "户", 4);
	q = scan(big, 0, &n, NULL);
	for (i = 0; i < n; i++)
		assert_true(q[i].flags & RW_QF_DIGITS);
	free(q);
	free(big);
	assert_true(num("99999999999999999999", 0, &len, &fl) == 0);
	assert_true(fl & RW_QF_OVERFLOW);
	assert_int_equal(len, 20);
}

static void
plain_mode(void **state)
{
	struct rw_qty	*q;
	size_t		 n;

	(void)state;
	one("负三十二", RW_QTY_PLAIN, -32, NULL, RW_QUAL_EXACT, NULL);
	one("-1.5", RW_QTY_PLAIN, -1.5, NULL, RW_QUAL_EXACT, NULL);
	one("2e5", RW_QTY_PLAIN, 200000, NULL, RW_QUAL_EXACT, NULL);
	one("40k", RW_QTY_PLAIN, 40000, NULL, RW_QUAL_EXACT, NULL);
	one("五分之一", RW_QTY_PLAIN, 0.2, NULL, RW_QUAL_EXACT, NULL);
	one("3/5", RW_QTY_PLAIN, 0.6, NULL, RW_QUAL_EXACT, NULL);
	one("十打", RW_QTY_PLAIN, 120, NULL, RW_QUAL_EXACT, NULL);
	one("四百多", RW_QTY_PLAIN, 400, NULL, RW_QUAL_EXACT, NULL);
	one("十余万", RW_QTY_PLAIN, 100000, NULL, RW_QUAL_OVER, NULL);
	one("几十万", RW_QTY_PLAIN | RW_QTY_VAGUE, 100000, NULL,
	    RW_QUAL_OVER, NULL);
	none("几十万", RW_QTY_PLAIN);
	none("几百至几千元", 0);
	none("陆地，入伍，收拾，两两", RW_QTY_PLAIN);
	q = scan("1, 234, 567", RW_QTY_PLAIN, &n, NULL);
	assert_int_equal(n, 3);
	free(q);
	/* a plain number is not reported without the flag */
	none("一百五十二", 0);
}

/* Quantities come in text order and never share a code point. */
static void
no_overlap(void **state)
{
	static const char *const texts[] = {
		"廿以上百又半", "十个美元二0半", "1人民币美元十", "1以上百陆万",
		"每户600元每人500元", "3000-6000元-7000元", "约5户约6户",
	};
	struct rw_qty	*q;
	size_t		 n, i, k;
	unsigned	 mode;

	(void)state;
	for (k = 0; k < sizeof(texts) / sizeof(texts[0]); k++)
		for (mode = 0; mode < 4; mode++) {
			q = scan(texts[k], mode, &n, NULL);
			for (i = 0; i < n; i++) {
				assert_true(q[i].start <= q[i].nstart);
				assert_true(q[i].nend <= q[i].end);
				if (i > 0 && q[i].start < q[i - 1].end)
					fail_msg("%s: overlap", texts[k]);
			}
			free(q);
		}
}

static void
spans(void **state)
{
	struct rw_text	*t;
	struct rw_qty	*q;
	size_t		 n;
	char		*s;

	(void)state;
	q = scan("按照城乡低保户每户600元的标准", 0, &n, &t);
	assert_int_equal(n, 1);
	s = rw_text_orig(t, rw_text_ostart(t, q[0].start),
	    rw_text_oend(t, q[0].end));
	assert_string_equal(s, "每户600元");
	free(s);
	s = rw_text_orig(t, rw_text_ostart(t, q[0].nstart),
	    rw_text_oend(t, q[0].nend));
	assert_string_equal(s, "600");
	free(s);
	free(q);
	rw_text_free(t);
	assert_string_equal(rw_qual_name(RW_QUAL_EXACT), "exact");
	assert_string_equal(rw_qual_name(RW_QUAL_UNDER), "under");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(arabic_numbers),
		cmocka_unit_test(chinese_numbers),
		cmocka_unit_test(mixed_and_magnitudes),
		cmocka_unit_test(qualifiers),
		cmocka_unit_test(ranges),
		cmocka_unit_test(rates),
		cmocka_unit_test(units),
		cmocka_unit_test(scope_nouns),
		cmocka_unit_test(cap_and_absurd),
		cmocka_unit_test(plain_mode),
		cmocka_unit_test(no_overlap),
		cmocka_unit_test(spans),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

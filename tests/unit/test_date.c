/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "date.h"

/* The ISO form of the first date in s, or "" when none is found. */
static const char *
iso(const char *s, int forms, int tz)
{
	static char	 out[RW_DATE_ISO_MAX];
	struct rw_date	 d;
	size_t		 a, b;

	if (!rw_date_find(s, strlen(s), forms, &d, &a, &b))
		return "";
	rw_date_iso(&d, tz, out);
	return out;
}

#define CN	(8 * 60)

static void
year_first_forms(void **state)
{
	(void)state;
	assert_string_equal(iso("2024-02-28", RW_DATE_TEXT, CN),
	    "2024-02-28");
	assert_string_equal(iso("发布时间:2024-02-28 03:19:00 来源",
	    RW_DATE_TEXT, CN), "2024-02-28T03:19:00+08:00");
	assert_string_equal(iso("2024/1/20", RW_DATE_TEXT, CN), "2024-01-20");
	assert_string_equal(iso("2024.01.20", RW_DATE_TEXT, CN), "2024-01-20");
	/* 2024年1月20日 */
	assert_string_equal(iso("2024\xe5\xb9\xb4" "1\xe6\x9c\x88"
	    "20\xe6\x97\xa5", RW_DATE_TEXT, CN), "2024-01-20");
	/* 2005年3月11日12:12, time glued to the date */
	assert_string_equal(iso("SOHU.COM 2005\xe5\xb9\xb4" "3\xe6\x9c\x88"
	    "11\xe6\x97\xa5" "12:12", RW_DATE_TEXT, CN),
	    "2005-03-11T12:12:00+08:00");
	/* 2024 年 01 月 30 日 星期二 */
	assert_string_equal(iso("2024 \xe5\xb9\xb4 01 \xe6\x9c\x88 30 "
	    "\xe6\x97\xa5 \xe6\x98\x9f\xe6\x9c\x9f\xe4\xba\x8c", RW_DATE_TEXT,
	    CN), "2024-01-30");
	assert_string_equal(iso("2024-01-23 16:42", RW_DATE_TEXT, CN),
	    "2024-01-23T16:42:00+08:00");
	/* 16时42分 */
	assert_string_equal(iso("2024-01-23 16\xe6\x97\xb6" "42\xe5\x88\x86",
	    RW_DATE_TEXT, CN), "2024-01-23T16:42:00+08:00");
}

static void
times_and_offsets(void **state)
{
	(void)state;
	assert_string_equal(iso("2024-02-28T03:19:00Z", RW_DATE_TEXT, CN),
	    "2024-02-28T03:19:00+00:00");
	assert_string_equal(iso("2024-02-28T03:19:00.123-05:00", RW_DATE_TEXT,
	    CN), "2024-02-28T03:19:00-05:00");
	assert_string_equal(iso("2024-02-28T03:19:00+0530", RW_DATE_TEXT, CN),
	    "2024-02-28T03:19:00+05:30");
	/* Without a known offset, only the date. */
	assert_string_equal(iso("2024-02-28 03:19", RW_DATE_TEXT,
	    RW_DATE_NO_TZ), "2024-02-28");
	assert_string_equal(iso("2024-02-28 3:19 pm", RW_DATE_TEXT, CN),
	    "2024-02-28T15:19:00+08:00");
	assert_string_equal(iso("2005-04-27 14:32PM", RW_DATE_TEXT, CN),
	    "2005-04-27T14:32:00+08:00");
	/* A number after the date that is no time. */
	assert_string_equal(iso("2024-02-28 1234", RW_DATE_TEXT, CN),
	    "2024-02-28");
}

static void
day_month_and_names(void **state)
{
	(void)state;
	assert_string_equal(iso("9/17/2004 5:54:13 AM", RW_DATE_TEXT, CN),
	    "2004-09-17T05:54:13+08:00");
	assert_string_equal(iso("17/09/2004", RW_DATE_TEXT, CN), "2004-09-17");
	/* Ambiguous: day first. */
	assert_string_equal(iso("06/02/2022 - 13:48", RW_DATE_TEXT, CN),
	    "2022-02-06T13:48:00+08:00");
	assert_string_equal(iso("Published Feb. 28, 2024", RW_DATE_TEXT,
	    RW_DATE_NO_TZ), "2024-02-28");
	assert_string_equal(iso("on 28 February 2024 at 10:00", RW_DATE_TEXT,
	    RW_DATE_NO_TZ), "2024-02-28");
	assert_string_equal(iso("Tue, 27 Feb 2024 23:19:00 GMT", RW_DATE_TEXT,
	    RW_DATE_NO_TZ), "2024-02-27T23:19:00+00:00");
	assert_string_equal(iso("September 3rd, 2019", RW_DATE_TEXT,
	    RW_DATE_NO_TZ), "2019-09-03");
	assert_string_equal(iso("Mayor said", RW_DATE_TEXT, CN), "");
}

static void
compact_and_month_only(void **state)
{
	(void)state;
	assert_string_equal(iso("20240228", RW_DATE_TEXT, CN), "");
	assert_string_equal(iso("20240228", RW_DATE_ANY, CN), "2024-02-28");
	assert_string_equal(iso("20240228T031900", RW_DATE_ANY, CN),
	    "2024-02-28T03:19:00+08:00");
	assert_string_equal(iso("1998\xe5\xb9\xb4" "3\xe6\x9c\x88",
	    RW_DATE_TEXT, CN), "");
	assert_string_equal(iso("1998\xe5\xb9\xb4" "3\xe6\x9c\x88",
	    RW_DATE_TEXT | RW_DATE_MONTH, CN), "1998-03");
	assert_string_equal(iso("v2024.03", RW_DATE_TEXT | RW_DATE_MONTH, CN),
	    "");
	/* 02月05日: no year, no date. */
	assert_string_equal(iso("02\xe6\x9c\x88" "05\xe6\x97\xa5", RW_DATE_ANY,
	    CN), "");
}

static void
absurd_dates(void **state)
{
	(void)state;
	assert_string_equal(iso("2024-13-01", RW_DATE_ANY, CN), "");
	assert_string_equal(iso("2023-02-29", RW_DATE_ANY, CN), "");
	assert_string_equal(iso("2024-02-29", RW_DATE_ANY, CN), "2024-02-29");
	assert_string_equal(iso("2024-04-31", RW_DATE_ANY, CN), "");
	assert_string_equal(iso("99999-01-01", RW_DATE_ANY, CN), "");
	assert_string_equal(iso("1899-01-01", RW_DATE_ANY, CN), "");
	assert_string_equal(iso("2024-01-01 25:00", RW_DATE_ANY, CN),
	    "2024-01-01");
	assert_string_equal(iso("2024-01-01T10:00+99:00", RW_DATE_ANY, CN),
	    "2024-01-01T10:00:00+08:00");
	assert_string_equal(iso("Copyright 2019-2024", RW_DATE_ANY, CN), "");
	assert_string_equal(iso("2024-", RW_DATE_ANY, CN), "");
	assert_string_equal(iso("", RW_DATE_ANY, CN), "");
}

static void
url_dates(void **state)
{
	struct rw_date	 d;
	char		 out[RW_DATE_ISO_MAX];
	static const struct {
		const char	*url;
		const char	*want;
	} cases[] = {
		{ "http://td.fyun.cc/kz/2024/0228/75213396.html",
		    "2024-02-28" },
		{ "http://a.gov.cn/xwzx/202401/t20240123_81207.html",
		    "2024-01-23" },
		{ "http://a.cn/html/2024-01/30/content_34395.htm",
		    "2024-01-30" },
		{ "http://a.cn/sxrb/20240406/html/page_03.htm", "2024-04-06" },
		{ "https://a.com/2019/09/05/story.html", "2019-09-05" },
		{ "http://a.cn/news/2022-12-20/2670991.html", "2022-12-20" },
		{ "http://a.cn/Content-2024718.html", "" },
		{ "http://a.cn/x/1856521720890478593.html", "" },
		{ "http://a.cn/x/75213396.html", "" },
		{ "http://a.cn/p/20240228.html?d=20230101", "2024-02-28" },
		{ "http://a.cn/p/x.html?d=20230101", "" },
		{ "http://2024-01-01.example.com/", "" },
		{ "/uploadfiles/2021/11/20211118093512.jpg", "2021-11-18" },
		{ "/up/20211118996512.jpg", "" },
		{ "/pic/2021/0108/213845_1.jpg", "2021-01-08" },
	};
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (rw_date_url(cases[i].url, &d))
			rw_date_iso(&d, CN, out);
		else
			out[0] = '\0';
		assert_string_equal(out, cases[i].want);
	}
}

static void
parse_is_anchored(void **state)
{
	struct rw_date	 d;

	(void)state;
	assert_int_equal(rw_date_parse("x2024-01-01", 11, RW_DATE_ANY, &d), 0);
	assert_int_equal(rw_date_parse("2024-01-01x", 11, RW_DATE_ANY, &d),
	    10);
	/* Never reads past n. */
	assert_int_equal(rw_date_parse("2024-01-01", 9, RW_DATE_ANY, &d), 0);
	assert_int_equal(rw_date_parse("2024-01-01", 8, RW_DATE_YMD |
	    RW_DATE_MONTH, &d), 7);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(year_first_forms),
		cmocka_unit_test(times_and_offsets),
		cmocka_unit_test(day_month_and_names),
		cmocka_unit_test(compact_and_month_only),
		cmocka_unit_test(absurd_dates),
		cmocka_unit_test(url_dates),
		cmocka_unit_test(parse_is_anchored),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

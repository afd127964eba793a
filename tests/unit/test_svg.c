/* SPDX-License-Identifier: ISC */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <libxml/parser.h>

#include "svg.h"

static const struct rw_svg_item items[] = {
	{ "湖南", 134000000, "1.34亿元", "region/430000.html" },
	{ "<script>alert(1)</script>", 5000000, "500万元",
	    "javascript:alert(1)" },
	{ "一个非常非常非常非常非常非常非常非常非常非常长的名字", 0, "0元",
	    NULL },
	{ "A&B \"q\"", NAN, NULL, "https://example.org/?a=1&b=2" },
};

/* Parses s as XML; returns 1 if well-formed. */
static int
well_formed(const char *s)
{
	xmlDocPtr	 d;

	d = xmlReadMemory(s, (int)strlen(s), "chart.svg", NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (d == NULL)
		return 0;
	xmlFreeDoc(d);
	return 1;
}

static struct rw_svg_opts
opts(int standalone, int links)
{
	struct rw_svg_opts	 o;

	memset(&o, 0, sizeof(o));
	o.id = "c1";
	o.title = "各省资金 <合计>";
	o.desc = "每省一条 & 数值";
	o.note = "来源:reliefwatch";
	o.none_label = "无数据";
	o.lang = "zh-Hans";
	o.numlang = RW_LANG_ZH;
	o.standalone = standalone;
	o.links = links;
	return o;
}

static void
bars(void **state)
{
	struct rw_buf		 b = RW_BUF_INIT, b2 = RW_BUF_INIT;
	struct rw_svg_opts	 o = opts(1, 1);

	(void)state;
	rw_svg_bars(&b, &o, items, 4);
	assert_true(well_formed(rw_buf_cstr(&b)));
	assert_non_null(strstr(b.data, "<?xml version=\"1.0\""));
	assert_non_null(strstr(b.data,
	    "<title id=\"c1-t\">各省资金 &lt;合计&gt;</title>"));
	assert_non_null(strstr(b.data, "<desc id=\"c1-d\">每省一条 &amp; 数值"));
	assert_non_null(strstr(b.data, "aria-labelledby=\"c1-t c1-d\""));
	assert_non_null(strstr(b.data, ">1.34亿元</text>"));
	assert_non_null(strstr(b.data, "<a href=\"region/430000.html\">"));
	assert_non_null(strstr(b.data,
	    "<a href=\"https://example.org/?a=1&amp;b=2\">"));
	assert_null(strstr(b.data, "javascript:"));
	assert_null(strstr(b.data, "<script"));
	assert_non_null(strstr(b.data, "&lt;script&gt;"));
	assert_non_null(strstr(b.data, "…</text>"));	/* long label cut */
	assert_null(strstr(b.data, "nan"));
	/* Same input, same bytes. */
	rw_svg_bars(&b2, &o, items, 4);
	assert_string_equal(b.data, b2.data);
	rw_buf_free(&b);
	rw_buf_free(&b2);
}

static void
inline_without_links(void **state)
{
	struct rw_buf		 b = RW_BUF_INIT;
	struct rw_svg_opts	 o = opts(0, 0);

	(void)state;
	rw_svg_bars(&b, &o, items, 4);
	assert_true(well_formed(rw_buf_cstr(&b)));
	assert_null(strstr(b.data, "<?xml"));
	assert_null(strstr(b.data, "<a "));
	assert_non_null(strstr(b.data, "role=\"img\""));
	rw_buf_free(&b);
	rw_svg_bars(&b, &o, NULL, 0);
	assert_true(well_formed(rw_buf_cstr(&b)));
	rw_buf_free(&b);
}

static void
columns(void **state)
{
	struct rw_buf		 b = RW_BUF_INIT;
	struct rw_svg_opts	 o = opts(1, 0);
	struct rw_svg_item	 months[48];
	char			 labels[48][8];
	size_t			 i, shown = 0;
	const char		*p;

	(void)state;
	for (i = 0; i < 48; i++) {
		snprintf(labels[i], sizeof(labels[i]), "%04zu-%02zu",
		    2020 + i / 12, i % 12 + 1);
		months[i].label = labels[i];
		months[i].value = (double)(i * 37 % 11);
		months[i].value_label = labels[i];
		months[i].href = NULL;
	}
	rw_svg_columns(&b, &o, months, 48);
	assert_true(well_formed(rw_buf_cstr(&b)));
	/* Every month has a tooltip; not every month has an axis label. */
	for (p = b.data; (p = strstr(p, "<title>2")) != NULL; p++)
		shown++;
	assert_int_equal(shown, 48);
	shown = 0;
	for (p = b.data; (p = strstr(p, "middle\" font-size=\"11\" "
	    "fill=\"#1a1a1a\">20")) != NULL; p++)
		shown++;
	assert_true(shown > 4 && shown < 48);
	/* Axis: nice steps of 2 up to 10 for a maximum of 10. */
	assert_non_null(strstr(b.data, ">10</text>"));
	rw_buf_free(&b);
	rw_svg_columns(&b, &o, months, 0);
	assert_true(well_formed(rw_buf_cstr(&b)));
	rw_buf_free(&b);
}

static void
tiles(void **state)
{
	struct rw_buf		 b = RW_BUF_INIT;
	struct rw_svg_opts	 o = opts(0, 1);
	const struct rw_svg_tile t[] = {
		{ 0, 0, "黑龙江", 100, "100", "region/230000.html" },
		{ 1, 0, "北京", 1, "1", "region/110000.html" },
		{ 2, 1, "台湾", -1, NULL, NULL },
		{ 3, 1, "GD", 0, "0", "x.html" },
	};

	(void)state;
	rw_svg_tiles(&b, &o, t, 4);
	assert_true(well_formed(rw_buf_cstr(&b)));
	assert_non_null(strstr(b.data, "fill=\"#08519c\""));	/* max class */
	assert_non_null(strstr(b.data, "fill=\"#eff3ff\""));	/* smallest */
	assert_non_null(strstr(b.data, ">台湾</text>"));
	assert_non_null(strstr(b.data, ">无数据</text>"));
	/* Whole numbers: whole-number class ranges. */
	assert_non_null(strstr(b.data, ">1–4</text>"));
	assert_non_null(strstr(b.data, ">65–100</text>"));
	rw_buf_free(&b);
}

static void
tiles_fractional(void **state)
{
	struct rw_buf		 b = RW_BUF_INIT;
	struct rw_svg_opts	 o = opts(1, 0);
	const struct rw_svg_tile t[] = {
		{ 0, 0, "A", 2.5, "2.5", NULL },
		{ 1, 0, "B", 0.5, "0.5", NULL },
	};

	(void)state;
	rw_svg_tiles(&b, &o, t, 2);
	assert_true(well_formed(rw_buf_cstr(&b)));
	assert_non_null(strstr(b.data, ">≤ 2.5</text>"));
	assert_non_null(strstr(b.data, ">≤ 0.1</text>"));
	rw_buf_free(&b);
}

static void
widths(void **state)
{
	(void)state;
	assert_true(fabs(rw_svg_text_width("湖南", 10) - 20) < 1e-9);
	assert_true(fabs(rw_svg_text_width("ab", 10) - 12) < 1e-9);
	assert_true(rw_svg_text_width(NULL, 10) == 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bars),
		cmocka_unit_test(inline_without_links),
		cmocka_unit_test(columns),
		cmocka_unit_test(tiles),
		cmocka_unit_test(tiles_fractional),
		cmocka_unit_test(widths),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "record.h"

static void
article_round_trip(void **state)
{
	struct rw_article	*a, *b;
	struct rw_err		 e;
	char			*s, *t;

	(void)state;
	a = rw_article_new();
	a->id = xstrdup("0123456789abcdef");
	a->file = xstrdup("samples/x.html");
	a->title = xstrdup("标题 \"quoted\"");
	a->text = xstrdup("第一段\n\n第二段");
	rw_strv_push(&a->authors, &a->nauthors, "张三");
	a->images = xcalloc(1, sizeof(*a->images));
	a->images[0].src = xstrdup("a.jpg");
	a->nimages = 1;
	a->site = xstrdup("石家庄市长安区人民政府");
	a->site_code = xstrdup("130102");
	a->lang = xstrdup("zh-Hans");
	a->encoding = xstrdup("UTF-8");
	s = rw_article_encode(a);
	assert_non_null(strstr(s, "\"site\":\"石家庄市长安区人民政府\""));
	assert_non_null(strstr(s, "\"site_code\":\"130102\""));
	/* Unknown fields are null, never missing. */
	assert_non_null(strstr(s, "\"url\":null"));
	assert_non_null(strstr(s, "\"snapshot\":null"));
	assert_non_null(strstr(s, "\"related\":[]"));
	b = rw_article_decode(s, strlen(s), &e);
	assert_non_null(b);
	t = rw_article_encode(b);
	assert_string_equal(s, t);
	free(s);
	free(t);
	rw_article_free(a);
	rw_article_free(b);
}

/* Records written before a field existed stay readable. */
static void
article_without_site_fields(void **state)
{
	struct rw_article	*a;
	struct rw_err		 e;
	const char		*old = "{\"schema\":\"rw-article/1\","
	    "\"id\":\"0123456789abcdef\",\"title\":\"t\",\"text\":\"x\"}";
	char			*s;

	(void)state;
	a = rw_article_decode(old, strlen(old), &e);
	assert_non_null(a);
	assert_null(a->site);
	assert_null(a->site_code);
	s = rw_article_encode(a);
	assert_non_null(strstr(s, "\"site\":null"));
	assert_non_null(strstr(s, "\"site_code\":null"));
	free(s);
	rw_article_free(a);
}

static void
article_invalid_utf8_is_repaired(void **state)
{
	struct rw_article	*a;
	char			*s;

	(void)state;
	a = rw_article_new();
	a->id = xstrdup("x");
	a->text = xstrdup("bad\xff");
	s = rw_article_encode(a);
	assert_non_null(strstr(s, "\"text\":\"bad\xef\xbf\xbd\""));
	free(s);
	rw_article_free(a);
}

static void
article_decode_errors(void **state)
{
	struct rw_err	 e;
	const char	*bad1 = "{\"id\":5}";
	const char	*bad2 = "[1]";
	const char	*bad3 = "{\"id\":\"a\",\"schema\":\"rw-article/9\"}";
	const char	*bad4 = "{\"id\":\"a\",\"id\":\"b\"}";

	(void)state;
	assert_null(rw_article_decode(bad1, strlen(bad1), &e));
	assert_string_equal(e.msg, "field \"id\" is not a string");
	assert_null(rw_article_decode(bad2, strlen(bad2), &e));
	assert_string_equal(e.msg, "record is not a JSON object");
	assert_null(rw_article_decode(bad3, strlen(bad3), &e));
	assert_non_null(strstr(e.msg, "unknown schema"));
	assert_null(rw_article_decode(bad4, strlen(bad4), &e));
	assert_null(rw_article_decode("{", 1, &e));
}

static void
facts_round_trip(void **state)
{
	struct rw_facts		*f, *g;
	struct rw_measure	*m;
	struct rw_err		 e;
	char			*s, *t;

	(void)state;
	f = rw_facts_new();
	f->id = xstrdup("id1");
	f->items = xcalloc(1, sizeof(*f->items));
	f->nitems = 1;
	f->items[0].region = xstrdup("610500");
	rw_strv_push(&f->items[0].campaigns, &f->items[0].ncampaigns, "暖心敲门");
	f->items[0].measures = xcalloc(2, sizeof(*m));
	f->items[0].nmeasures = 2;
	m = &f->items[0].measures[0];
	m->text = xstrdup("约480万元");
	m->value = 4800000;
	m->unit = xstrdup("yuan");
	m->qualifier = xstrdup("approx");
	m = &f->items[0].measures[1];
	m->text = xstrdup("3.5吨");
	m->value = 3.5;
	m->has_max = 1;
	m->max = 6;
	s = rw_facts_encode(f);
	assert_non_null(strstr(s, "\"value\":4800000"));
	assert_non_null(strstr(s, "\"value\":3.5"));
	assert_non_null(strstr(s, "\"max\":6"));
	g = rw_facts_decode(s, strlen(s), &e);
	assert_non_null(g);
	t = rw_facts_encode(g);
	assert_string_equal(s, t);
	free(s);
	free(t);
	rw_facts_free(f);
	rw_facts_free(g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(article_round_trip),
		cmocka_unit_test(article_without_site_fields),
		cmocka_unit_test(article_invalid_utf8_is_repaired),
		cmocka_unit_test(article_decode_errors),
		cmocka_unit_test(facts_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "html.h"

static struct rw_doc *
parse(const char *s)
{
	struct rw_err	 e;
	struct rw_doc	*d;

	d = rw_doc_parse(s, strlen(s), &e);
	assert_non_null(d);
	return d;
}

static size_t
find(const struct rw_doc *d, enum rw_tag tag)
{
	size_t	 i;

	for (i = 0; i < rw_doc_count(d); i++)
		if (rw_doc_node(d, i)->tag == tag)
			return i;
	fail_msg("tag %d not found", tag);
	return 0;
}

static void
subtree_ranges(void **state)
{
	struct rw_doc		*d;
	const struct rw_node	*p;
	const char		*t;
	size_t			 i, len;

	(void)state;
	d = parse("<div id=a class='x y'><p>one <b>two</b></p><p>three</div>");
	i = find(d, RW_TAG_DIV);
	assert_string_equal(rw_doc_attr(d, i, "class"), "x y");
	assert_null(rw_doc_attr(d, i, "style"));
	p = rw_doc_node(d, find(d, RW_TAG_P));
	/* <p>one <b>two</b></p>: p, "one ", b, "two" */
	assert_int_equal(p->end - find(d, RW_TAG_P), 4);
	t = rw_doc_text(d, find(d, RW_TAG_P) + 1, &len);
	assert_int_equal(len, 4);
	assert_memory_equal(t, "one ", 4);
	assert_int_equal(rw_doc_node(d, i)->end, rw_doc_count(d));
	rw_doc_free(d);
}

static void
entities_and_unknown_tags(void **state)
{
	struct rw_doc	*d;
	const char	*t;
	size_t		 i, len;

	(void)state;
	d = parse("<p>a&amp;b&nbsp;&#x4e07;</p><x-widget data=1>w</x-widget>");
	i = find(d, RW_TAG_P);
	t = rw_doc_text(d, i + 1, &len);
	assert_int_equal(len, strlen("a&b\xc2\xa0\xe4\xb8\x87"));
	assert_memory_equal(t, "a&b\xc2\xa0\xe4\xb8\x87", len);
	i = find(d, RW_TAG_OTHER);
	assert_string_equal(rw_doc_name(d, i), "x-widget");
	assert_int_equal(rw_tag_lookup("blockquote"), RW_TAG_BLOCKQUOTE);
	assert_int_equal(rw_tag_lookup("nonsense"), RW_TAG_OTHER);
	rw_doc_free(d);
}

static void
deep_nesting_is_flat(void **state)
{
	struct rw_buf	 b = RW_BUF_INIT;
	struct rw_doc	*d;
	struct rw_err	 e;
	size_t		 i;

	(void)state;
	for (i = 0; i < 100000; i++)
		rw_buf_adds(&b, "<div>");
	rw_buf_adds(&b, "x");
	d = rw_doc_parse(b.data, b.len, &e);
	assert_non_null(d);
	assert_true(rw_doc_count(d) > 100000);
	/* Every element's range closes at or before the end. */
	for (i = 0; i < rw_doc_count(d); i++)
		assert_true(rw_doc_node(d, i)->end <= rw_doc_count(d));
	rw_doc_free(d);
	rw_buf_free(&b);
}

static void
no_entities_or_network(void **state)
{
	struct rw_doc	*d;
	size_t		 i, len;
	const char	*t;

	(void)state;
	d = parse("<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
	    "<p>&x;</p>");
	for (i = 0; i < rw_doc_count(d); i++)
		if ((t = rw_doc_text(d, i, &len)) != NULL) {
			char *c = xstrndup(t, len);

			assert_null(strstr(c, "root:"));
			free(c);
		}
	rw_doc_free(d);
	d = parse("");
	rw_doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(subtree_ranges),
		cmocka_unit_test(entities_and_unknown_tags),
		cmocka_unit_test(deep_nesting_is_flat),
		cmocka_unit_test(no_entities_or_network),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

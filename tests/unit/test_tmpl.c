/* SPDX-License-Identifier: ISC */
#include <sys/stat.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <jansson.h>

#include "io.h"
#include "md.h"
#include "tmpl.h"

/* The core spec files, copied with their LICENSE (see SOURCE.md). */
static const char *const spec_files[] = {
	"comments", "delimiters", "interpolation", "inverted", "partials",
	"sections",
};
#define SPEC_DIR	"tests/tmpl-spec"
#define SPEC_CASES	136

/*
 * Renders tmpl (a C string) with data (JSON text, or NULL) and no
 * partials.  Returns the output (caller frees) or NULL with err set.
 */
static char *
run(const char *tmpl, const char *data, int flags, struct rw_err *err)
{
	struct rw_buf	 b = RW_BUF_INIT;
	struct rw_tmpl	*t;
	json_t		*d = NULL;
	json_error_t	 je;
	int		 rc;

	rw_err_clear(err);
	if (data != NULL) {
		d = json_loads(data, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
		if (d == NULL)
			fail_msg("bad test json %s: %s", data, je.text);
	}
	if ((t = rw_tmpl_parse("t", tmpl, strlen(tmpl), flags, err)) == NULL) {
		json_decref(d);
		return NULL;
	}
	rc = rw_tmpl_render(t, NULL, d, &b, err);
	rw_tmpl_free(t);
	json_decref(d);
	if (rc == -1) {
		rw_buf_free(&b);
		return NULL;
	}
	return rw_buf_take(&b);
}

static void
check(const char *tmpl, const char *data, int flags, const char *want)
{
	struct rw_err	 err;
	char		*got;

	got = run(tmpl, data, flags, &err);
	if (got == NULL)
		fail_msg("%s: %s", tmpl, err.msg);
	if (strcmp(got, want) != 0)
		fail_msg("template %s data %s\n got: %s\nwant: %s", tmpl,
		    data != NULL ? data : "-", got, want);
	free(got);
}

static void
check_error(const char *tmpl, const char *data, const char *want)
{
	struct rw_err	 err;
	char		*got;

	got = run(tmpl, data, 0, &err);
	if (got != NULL)
		fail_msg("%s: no error, got %s", tmpl, got);
	if (strstr(err.msg, want) == NULL)
		fail_msg("%s: error '%s' lacks '%s'", tmpl, err.msg, want);
}

/* --- the mustache spec ---------------------------------------------------- */

static void
spec_case(void **state)
{
	const json_t		*tc = *state, *partials, *v;
	const char		*key;
	struct rw_tmpl_set	*set;
	struct rw_tmpl		*t;
	struct rw_buf		 out = RW_BUF_INIT;
	struct rw_err		 err;
	const char		*tmpl, *want;

	set = rw_tmpl_set_new();
	partials = json_object_get(tc, "partials");
	json_object_foreach((json_t *)partials, key, v)
		if (rw_tmpl_set_add(set, key, json_string_value(v),
		    json_string_length(v), 0, &err) == -1)
			fail_msg("partial %s: %s", key, err.msg);
	tmpl = json_string_value(json_object_get(tc, "template"));
	want = json_string_value(json_object_get(tc, "expected"));
	assert_non_null(tmpl);
	assert_non_null(want);
	t = rw_tmpl_parse("spec", tmpl, strlen(tmpl), 0, &err);
	if (t == NULL)
		fail_msg("%s", err.msg);
	if (rw_tmpl_render(t, set, json_object_get(tc, "data"), &out,
	    &err) == -1)
		fail_msg("%s", err.msg);
	rw_buf_cstr(&out);
	if (out.len != strlen(want) || memcmp(out.data, want, out.len) != 0)
		fail_msg("template: %s\n got: [%s]\nwant: [%s]", tmpl,
		    out.data, want);
	rw_buf_free(&out);
	rw_tmpl_free(t);
	rw_tmpl_set_free(set);
}

/* Every core case must run: a lost file or case is a failure. */
static void
spec_count(void **state)
{
	assert_int_equal(*(size_t *)*state, SPEC_CASES);
}

static void
spec_file_missing(void **state)
{
	fail_msg("cannot load %s (run from the repository root)",
	    (const char *)*state);
}

/* --- escaping helpers ----------------------------------------------------- */

static void
escape_html_text(void **state)
{
	struct rw_buf	 b = RW_BUF_INIT;
	const char	 in[] = "a&b<c>d\"e'f`g=h\0i 中文";

	(void)state;
	rw_tmpl_escape_html(&b, in, sizeof(in) - 1);
	assert_string_equal(rw_buf_cstr(&b),
	    "a&amp;b&lt;c&gt;d&quot;e&#39;f&#96;g&#61;hi 中文");
	rw_buf_free(&b);
}

static void
escape_attr_value(void **state)
{
	struct rw_buf	 b = RW_BUF_INIT;
	const char	 in[] = "x\" onmouseover=alert(1) y\t\n\x01";

	(void)state;
	rw_tmpl_escape_attr(&b, in, sizeof(in) - 1);
	assert_string_equal(rw_buf_cstr(&b), "x&quot;&#32;onmouseover&#61;"
	    "alert(1)&#32;y&#9;&#10;&#1;");
	rw_buf_free(&b);
}

static void
url_policy(void **state)
{
	static const char *const ok[] = {
		"http://example.com/", "HTTPS://example.com/a?b=c&d=e#f",
		"  https://x.cn/\t", "/a/b.html", "a/b.html", "../up.html",
		"?q=1&r=2", "#top", "//cdn.example.com/x.js", "", "page.html",
		"h\tttp://x", "javascript%41x", "新闻/1.html",
	};
	static const char *const bad[] = {
		"javascript:alert(1)", "JaVaScRiPt:alert(1)",
		" javascript:alert(1)", "\x01javascript:alert(1)",
		"java\tscript:alert(1)", "java\nscript:alert(1)",
		"java\rscript:alert(1)", "javascript\t:alert(1)",
		"data:text/html;base64,PHNjcmlwdD4=", "DATA:image/png,x",
		"vbscript:msgbox(1)", "VBScript:x", "file:///etc/passwd",
		"mailto:a@b.c", "ftp://x", "javascript&#58;alert(1)",
		"javascript&#x3A;alert(1)", "javascript&colon;alert(1)",
		"&#106;avascript:alert(1)", "jav&#x09;ascript:alert(1)",
		"javascript%3aalert(1)", "javascript%3Aalert(1)",
		"https\x0b:x", "httpx:x", "http s:x", "java\\script:x",
		"\xef\xbb\xbfjavascript:x",
	};
	size_t	 i;

	(void)state;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (!rw_tmpl_url_safe(ok[i], strlen(ok[i])))
			fail_msg("refused %s", ok[i]);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (rw_tmpl_url_safe(bad[i], strlen(bad[i])))
			fail_msg("allowed %s", bad[i]);
	/* A NUL byte inside the scheme must not hide it. */
	assert_false(rw_tmpl_url_safe("java\0script:alert(1)", 20));
	/* The length is respected: "http:" then garbage is not read. */
	assert_true(rw_tmpl_url_safe("http:", 5));
	assert_true(rw_tmpl_url_safe("javascript:", 4));
}

static void
escape_url_output(void **state)
{
	struct rw_buf	 b = RW_BUF_INIT;
	const char	*in = " https://x.cn/a b?q=\"1\"&r=<2>\n";

	(void)state;
	assert_int_equal(rw_tmpl_escape_url(&b, in, strlen(in)), 0);
	assert_string_equal(rw_buf_cstr(&b),
	    "https://x.cn/a%20b?q=&quot;1&quot;&amp;r=&lt;2&gt;");
	rw_buf_truncate(&b, 0);
	assert_int_equal(rw_tmpl_escape_url(&b, "java\nscript:alert(1)",
	    20), -1);
	assert_string_equal(rw_buf_cstr(&b), "#");
	rw_buf_free(&b);
}

static void
escape_json_script(void **state)
{
	struct rw_buf	 b = RW_BUF_INIT;
	json_t		*v;
	json_error_t	 je;

	(void)state;
	v = json_loads("{\"z\":1,\"a\":\"</script><!-- & 'x' \xe2\x80\xa8\","
	    "\"m\":[1.5,null,true]}", 0, &je);
	assert_non_null(v);
	assert_int_equal(rw_tmpl_escape_json(&b, v, NULL), 0);
	assert_string_equal(rw_buf_cstr(&b), "{\"a\":\"\\u003c/script\\u003e"
	    "\\u003c!-- \\u0026 \\u0027x\\u0027 \\u2028\",\"m\":[1.5,null,"
	    "true],\"z\":1}");
	json_decref(v);
	/* The result still parses to the same value. */
	v = json_loads(b.data, 0, &je);
	assert_non_null(v);
	assert_string_equal(json_string_value(json_object_get(v, "a")),
	    "</script><!-- & 'x' \xe2\x80\xa8");
	json_decref(v);
	rw_buf_truncate(&b, 0);
	assert_int_equal(rw_tmpl_escape_json(&b, NULL, NULL), 0);
	assert_string_equal(rw_buf_cstr(&b), "null");
	rw_buf_free(&b);
}

/* --- filters and escaping in templates ------------------------------------ */

static void
filters(void **state)
{
	(void)state;
	check("{{x}}|{{x|html}}|{{{x}}}|{{&x}}|{{x|raw}}",
	    "{\"x\":\"<b>&'\"}",
	    0, "&lt;b&gt;&amp;&#39;|&lt;b&gt;&amp;&#39;|<b>&'|<b>&'|<b>&'");
	check("<p title=\"{{ t | attr }}\">", "{\"t\":\"a b\\\"c\"}", 0,
	    "<p title=\"a&#32;b&quot;c\">");
	check("<a href=\"{{u|url}}\">", "{\"u\":\"https://a.cn/?x=1&y=2\"}",
	    0, "<a href=\"https://a.cn/?x=1&amp;y=2\">");
	check("<a href=\"{{u|url}}\">", "{\"u\":\"javascript:alert(1)\"}",
	    0, "<a href=\"#\">");
	check("<script type=\"application/json\">{{v|json}}</script>",
	    "{\"v\":{\"s\":\"</script>\"}}", 0,
	    "<script type=\"application/json\">{\"s\":\"\\u003c/script"
	    "\\u003e\"}</script>");
	check("{{missing|json}} {{n|json}}", "{\"n\":3}", 0, "null 3");
	check("# {{t|md}}", "{\"t\":\"[x](y) *z*\"}", 0,
	    "# \\[x\\]\\(y\\) \\*z\\*");
	check_error("{{x|bold}}", NULL, "t:1:1: unknown filter 'bold'");
	check_error("ab{{{x|url}}}", NULL, "t:1:3: filters are not allowed");
	check_error("{{&x|url}}", NULL, "filters are not allowed");
	check_error("{{#x|url}}{{/x|url}}", NULL, "a filter is only allowed");
	check_error("{{x|}}", NULL, "unknown filter ''");
}

static void
url_names_are_checked(void **state)
{
	(void)state;
	/* Names ending in url/href get |url unless a filter is given. */
	check("<a href=\"{{source_url}}\">{{a.href}}{{url}}{{b_href}}</a>",
	    "{\"source_url\":\"JavaScript:alert(1)\",\"a\":{\"href\":"
	    "\"data:x\"},\"url\":\" vbscript:x\",\"b_href\":\"/ok?a=1&b\"}",
	    0, "<a href=\"#\">##/ok?a=1&amp;b</a>");
	check("{{source_url|html}} {{curl}} {{hurl}}",
	    "{\"source_url\":\"javascript:x\",\"curl\":\"javascript:y\","
	    "\"hurl\":\"<\"}", 0, "javascript:x javascript:y &lt;");
	/* Raw stays raw: the author asked for it. */
	check("{{{x_url}}}", "{\"x_url\":\"a<b\"}", 0, "a<b");
}

static void
markdown_templates(void **state)
{
	(void)state;
	check("# {{title}}\n\n{{{html}}}\n[src]({{src_url}})\n",
	    "{\"title\":\"1. <b>x</b> [y](javascript:z)\",\"html\":\"<i>\","
	    "\"src_url\":\"https://x.cn/a_(b)\"}", RW_TMPL_MARKDOWN,
	    "# 1\\. \\<b\\>x\\<\\/b\\> \\[y\\]\\(javascript\\:z\\)\n\n<i>\n"
	    "[src](https\\:\\/\\/x\\.cn\\/a\\_\\(b\\))\n");
	check("[a]({{link_url}})", "{\"link_url\":\"javascript:x\"}",
	    RW_TMPL_MARKDOWN, "[a](\\#)");
	check("{{x|html}}", "{\"x\":\"<\"}", RW_TMPL_MARKDOWN, "&lt;");
}

/* --- hostile data --------------------------------------------------------- */

static void
hostile_data(void **state)
{
	struct rw_err	 err;
	char		*got;

	(void)state;
	check("<h1>{{t}}</h1>", "{\"t\":\"<script>alert(1)</script>\"}", 0,
	    "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
	check("<img alt=\"{{t}}\">", "{\"t\":\"\\\"><img src=x "
	    "onerror=alert(1)>\"}", 0, "<img alt=\"&quot;&gt;&lt;img src&#61;"
	    "x onerror&#61;alert(1)&gt;\">");
	check("<img alt='{{t}}'>", "{\"t\":\"' onerror='x\"}", 0,
	    "<img alt='&#39; onerror&#61;&#39;x'>");
	/* Data is never expanded again, not even as partial or delimiter. */
	check("{{a}}{{{b}}}{{#l}}{{.}}{{/l}}", "{\"a\":\"{{b}}\",\"b\":"
	    "\"{{>p}}{{=<% %>=}}\",\"l\":[\"{{a}}\"]}", 0,
	    "{{b}}{{>p}}{{=<% %>=}}{{a}}");
	/* NUL inside a string is dropped when escaping, kept when raw. */
	got = run("[{{s}}]", "{\"s\":\"a\\u0000<\"}", 0, &err);
	assert_non_null(got);
	assert_string_equal(got, "[a&lt;]");
	free(got);
}

/* --- names, truthiness, values -------------------------------------------- */

static void
missing_and_truthiness(void **state)
{
	(void)state;
	check("[{{a}}{{a.b.c}}{{{x.y}}}{{#m}}no{{/m}}{{^m}}yes{{/m}}]",
	    "{}", 0, "[yes]");
	check("[{{a}}{{#a}}x{{/a}}]", NULL, 0, "[]");
	check("{{#e}}e{{/e}}{{^e}}!e{{/e}} {{#z}}z{{/z}} {{#o}}o{{/o}}",
	    "{\"e\":\"\",\"z\":0,\"o\":{}}", 0, "!e z o");
	check("{{#s}}<{{.}}>{{/s}}", "{\"s\":\"<\"}", 0, "<&lt;>");
	check("{{#l}}{{#.}}({{.}}){{/.}}{{/l}}", "{\"l\":[[1,2],[],[3]]}",
	    0, "(1)(2)(3)");
	check("{{o}}{{l}}|{{t}} {{f}}", "{\"o\":{\"a\":1},\"l\":[1],"
	    "\"t\":true,\"f\":false}", 0, "|true false");
	/* A key with a dot cannot be reached; the parts are looked up. */
	check("{{a.b}}", "{\"a.b\":1,\"a\":{\"b\":2}}", 0, "2");
	/* Parent contexts are searched for the first part only. */
	check("{{#a}}{{b.c}}{{/a}}", "{\"a\":{\"b\":{}},\"b\":{\"c\":1}}", 0,
	    "");
	check("{{#a}}{{#b}}{{x}}{{/b}}{{/a}}", "{\"x\":\"top\",\"a\":{\"b\":"
	    "[{\"y\":1}]}}", 0, "top");
}

static void
numbers(void **state)
{
	(void)state;
	check("{{a}} {{b}} {{c}} {{d}} {{e}} {{f}} {{g}}",
	    "{\"a\":1.21,\"b\":0.1,\"c\":1e300,\"d\":-2.5,\"e\":"
	    "9007199254740993,\"f\":-0.0,\"g\":0.30000000000000004}", 0,
	    "1.21 0.1 1e+300 -2.5 9007199254740993 -0 0.30000000000000004");
}

/* --- partials and indentation --------------------------------------------- */

static char *
run_set(struct rw_tmpl_set *set, const char *name, const char *data,
    struct rw_err *err)
{
	struct rw_buf	 b = RW_BUF_INIT;
	json_t		*d;

	d = data != NULL ? json_loads(data, JSON_DECODE_ANY, NULL) : NULL;
	if (rw_tmpl_set_render(set, name, d, &b, err) == -1) {
		json_decref(d);
		rw_buf_free(&b);
		return NULL;
	}
	json_decref(d);
	return rw_buf_take(&b);
}

static void
add(struct rw_tmpl_set *set, const char *name, const char *src)
{
	struct rw_err	 err;

	if (rw_tmpl_set_add(set, name, src, strlen(src), 0, &err) == -1)
		fail_msg("%s: %s", name, err.msg);
}

static void
partial_indentation(void **state)
{
	struct rw_tmpl_set	*set;
	struct rw_err		 err;
	char			*got;

	(void)state;
	set = rw_tmpl_set_new();
	add(set, "page", "<body>\n  {{>list}}\n</body>\n");
	add(set, "list", "<ul>\n{{#items}}\n  {{>item}}\n{{/items}}\n</ul>\n");
	add(set, "item", "<li>{{.}}\n</li>\n");
	add(set, "inline", "a {{>item}}b\n");
	got = run_set(set, "page", "{\"items\":[\"x\",\"y\\nz\"]}", &err);
	assert_non_null(got);
	assert_string_equal(got, "<body>\n  <ul>\n    <li>x\n    </li>\n"
	    "    <li>y\nz\n    </li>\n  </ul>\n</body>\n");
	free(got);
	/* A partial that is not alone on its line is not indented. */
	got = run_set(set, "inline", "\"q\"", &err);
	assert_non_null(got);
	assert_string_equal(got, "a <li>q\n</li>\nb\n");
	free(got);
	assert_int_equal(rw_tmpl_set_check(set, &err), 0);
	/* Delimiters do not leak into or out of partials. */
	add(set, "delim", "{{=<% %>=}}<%>item%>[<%.%>]");
	got = run_set(set, "delim", "\"d\"", &err);
	assert_non_null(got);
	assert_string_equal(got, "<li>d\n</li>\n[d]");
	free(got);
	assert_null(run_set(set, "nope", NULL, &err));
	assert_string_equal(err.msg, "no template 'nope'");
	rw_tmpl_set_free(set);
}

static void
set_errors(void **state)
{
	struct rw_tmpl_set	*set;
	struct rw_err		 err;
	char			*got;

	(void)state;
	set = rw_tmpl_set_new();
	add(set, "a", "x\n  {{#s}}{{> b }}{{/s}}\n");
	add(set, "b", "ok");
	assert_int_equal(rw_tmpl_set_check(set, &err), 0);
	add(set, "c", "line1\n\n  {{>gone}}");
	assert_int_equal(rw_tmpl_set_check(set, &err), -1);
	assert_string_equal(err.msg, "c:3:3: missing partial 'gone'");
	/* Rendering still follows the spec: a missing partial is empty. */
	got = run_set(set, "c", NULL, &err);
	assert_string_equal(got, "line1\n\n");
	free(got);
	assert_int_equal(rw_tmpl_set_add(set, "b", "", 0, 0, &err), -1);
	assert_string_equal(err.msg, "b: template 'b' is already defined");
	assert_int_equal(rw_tmpl_set_add(set, "d", "{{#x}}", 6, 0, &err), -1);
	assert_string_equal(err.msg, "d:1:1: unclosed section 'x'");
	assert_null(rw_tmpl_set_get(set, "d"));
	assert_non_null(rw_tmpl_set_get(set, "b"));
	rw_tmpl_set_free(set);
}

static void
write_file(const char *dir, const char *name, const char *text)
{
	struct rw_err	 err;
	char		 path[512];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (rw_file_write_atomic(path, text, strlen(text), &err) == -1)
		fail_msg("%s: %s", path, err.msg);
}

static void
load_dir(void **state)
{
	struct rw_tmpl_set	*set;
	struct rw_err		 err;
	char			 dir[] = "/tmp/test_tmpl.XXXXXX", sub[600];
	char			*got;

	(void)state;
	assert_non_null(mkdtemp(dir));
	write_file(dir, "page.html", "<h1>{{title}}</h1>\n{{>foot}}\n");
	write_file(dir, "foot.html", "<a href=\"{{src_url}}\">src</a>");
	write_file(dir, "note.md", "# {{title}}\n");
	write_file(dir, "feed.xml", "<t>{{title}}</t>");
	write_file(dir, "README", "{{#not a template");
	write_file(dir, ".hidden.html", "{{#broken");
	snprintf(sub, sizeof(sub), "%s/static", dir);
	write_file(sub, "x.html", "{{#broken");
	set = rw_tmpl_set_new();
	if (rw_tmpl_set_load_dir(set, dir, &err) == -1)
		fail_msg("%s", err.msg);
	assert_int_equal(rw_tmpl_set_check(set, &err), 0);
	got = run_set(set, "page", "{\"title\":\"a*b<c\",\"src_url\":"
	    "\"javascript:x\"}", &err);
	assert_string_equal(got, "<h1>a*b&lt;c</h1>\n<a href=\"#\">src</a>");
	free(got);
	got = run_set(set, "note", "{\"title\":\"a*b<c\"}", &err);
	assert_string_equal(got, "# a\\*b\\<c\n");
	free(got);
	got = run_set(set, "feed", "{\"title\":\"a&b\"}", &err);
	assert_string_equal(got, "<t>a&amp;b</t>");
	free(got);
	assert_null(rw_tmpl_set_get(set, "README"));
	assert_null(rw_tmpl_set_get(set, "static"));
	rw_tmpl_set_free(set);

	/* Same name twice, and a syntax error naming the file. */
	write_file(dir, "page.md", "x");
	set = rw_tmpl_set_new();
	assert_int_equal(rw_tmpl_set_load_dir(set, dir, &err), -1);
	assert_non_null(strstr(err.msg, "/page.md: template 'page' is "
	    "already defined"));
	rw_tmpl_set_free(set);
	snprintf(sub, sizeof(sub), "%s/page.md", dir);
	unlink(sub);
	write_file(dir, "bad.html", "ok\n {{/x}}");
	set = rw_tmpl_set_new();
	assert_int_equal(rw_tmpl_set_load_dir(set, dir, &err), -1);
	assert_non_null(strstr(err.msg, "/bad.html:2:2: close tag 'x' "
	    "without an open section"));
	rw_tmpl_set_free(set);
	set = rw_tmpl_set_new();
	assert_int_equal(rw_tmpl_set_load_dir(set, "/nonexistent/tmpl",
	    &err), -1);
	assert_string_equal(err.msg, "/nonexistent/tmpl: No such file or "
	    "directory");
	rw_tmpl_set_free(set);

	snprintf(sub, sizeof(sub), "rm -rf '%s'", dir);
	assert_int_equal(system(sub), 0);
}

/* --- syntax errors -------------------------------------------------------- */

static void
syntax_errors(void **state)
{
	(void)state;
	check_error("a\n{{#s}}\nb", NULL, "t:2:1: unclosed section 's'");
	check_error("{{#a}}{{#b}}\n {{/a}}", NULL, "t:2:2: close tag 'a' "
	    "does not match section 'b' opened at 1:7");
	check_error("x{{/a}}", NULL, "t:1:2: close tag 'a' without an open "
	    "section");
	check_error("中文 {{x", NULL, "t:1:4: unclosed tag");
	check_error("{{{x}}", NULL, "t:1:1: unclosed tag");
	check_error("{{=<% %>}}", NULL, "bad set-delimiter tag");
	check_error("{{=<%=}}", NULL, "bad set-delimiter tag");
	check_error("{{=a b c=}}", NULL, "bad set-delimiter tag");
	check_error("{{= =}}", NULL, "bad set-delimiter tag");
	check_error("{{=}}", NULL, "bad set-delimiter tag");
	check_error("{{}}", NULL, "t:1:1: empty tag name");
	check_error("{{#}}{{/}}", NULL, "empty tag name");
	check_error("{{a b}}", NULL, "bad name 'a b'");
	check_error("{{a..b}}", NULL, "bad name 'a..b': empty part");
	check_error("{{.a}}", NULL, "empty part");
	check_error("{{>}}", NULL, "empty partial name");
	check_error("{{>*dyn}}", NULL, "dynamic partial names");
	check_error("{{<parent}}{{/parent}}", NULL, "inheritance");
	check_error("{{$block}}{{/block}}", NULL, "inheritance");
	/* An error after a set-delimiter tag uses the new delimiters. */
	check_error("{{=<% %>=}}\n<%#a%>", NULL, "t:2:1: unclosed section");
}

/* --- limits --------------------------------------------------------------- */

static void
nesting_depth(void **state)
{
	struct rw_buf		 tm = RW_BUF_INIT, want = RW_BUF_INIT;
	struct rw_tmpl_set	*set;
	struct rw_err		 err;
	char			*got;
	int			 i;

	(void)state;
	for (i = 0; i < RW_TMPL_MAX_DEPTH; i++)
		rw_buf_adds(&tm, "{{#a}}");
	rw_buf_adds(&tm, "{{x}}");
	for (i = 0; i < RW_TMPL_MAX_DEPTH; i++)
		rw_buf_adds(&tm, "{{/a}}");
	check(tm.data, "{\"a\":{\"x\":7}}", 0, "7");
	rw_buf_truncate(&tm, 0);
	for (i = 0; i <= RW_TMPL_MAX_DEPTH; i++)
		rw_buf_adds(&tm, "{{^a}}");
	check_error(tm.data, NULL, "t:1:601: sections nested deeper than 100");
	rw_buf_free(&tm);

	/* Recursion through partials ends with an error, not a crash. */
	set = rw_tmpl_set_new();
	add(set, "self", "x{{>self}}");
	assert_null(run_set(set, "self", NULL, &err));
	assert_string_equal(err.msg, "self:1:2: sections and partials nested "
	    "deeper than 100");
	/*
	 * Data-driven recursion works while it is shallow enough.  Leaves
	 * need "kids":[], or the parent's kids would be found again.
	 */
	add(set, "node", "({{n}}{{#kids}}{{>node}}{{/kids}})");
	got = run_set(set, "node", "{\"n\":1,\"kids\":[{\"n\":2,\"kids\":"
	    "[{\"n\":3,\"kids\":[]}]},{\"n\":4,\"kids\":[]}]}", &err);
	if (got == NULL)
		fail_msg("%s", err.msg);
	assert_string_equal(got, "(1(2(3))(4))");
	free(got);
	/* A tree of depth 60 needs 120 levels: refused. */
	for (i = 0; i < 60; i++)
		rw_buf_adds(&want, "{\"kids\":[");
	rw_buf_adds(&want, "{\"kids\":[]}");
	for (i = 0; i < 60; i++)
		rw_buf_adds(&want, "]}");
	assert_null(run_set(set, "node", want.data, &err));
	assert_non_null(strstr(err.msg, "nested deeper than 100"));
	rw_buf_free(&want);
	rw_tmpl_set_free(set);
}

static void
work_limits(void **state)
{
	struct rw_buf		 tm = RW_BUF_INIT, out = RW_BUF_INIT;
	struct rw_tmpl_set	*set;
	struct rw_err		 err;
	json_t			*d;
	int			 i;

	(void)state;
	/* 2^40 iterations would never end: the step limit stops it. */
	for (i = 0; i < 40; i++)
		rw_buf_adds(&tm, "{{#a}}");
	rw_buf_adds(&tm, "x");
	for (i = 0; i < 40; i++)
		rw_buf_adds(&tm, "{{/a}}");
	set = rw_tmpl_set_new();
	rw_tmpl_set_limits(set, 0, 100000);	/* 0: default */
	if (rw_tmpl_set_add(set, "exp", tm.data, tm.len, 0, &err) == -1)
		fail_msg("%s", err.msg);
	d = json_loads("{\"a\":[1,2]}", 0, NULL);
	rw_buf_adds(&out, "kept");
	assert_int_equal(rw_tmpl_set_render(set, "exp", d, &out, &err), -1);
	assert_non_null(strstr(err.msg, "more than 100000 render steps"));
	/* On error the buffer is as it was. */
	assert_string_equal(rw_buf_cstr(&out), "kept");
	rw_tmpl_set_limits(set, 1000, 0);
	assert_int_equal(rw_tmpl_set_render(set, "exp", d, &out, &err), -1);
	assert_non_null(strstr(err.msg, "output over 1000 bytes"));
	assert_string_equal(rw_buf_cstr(&out), "kept");
	json_decref(d);
	rw_buf_free(&out);
	rw_buf_free(&tm);
	rw_tmpl_set_free(set);
}

static void
huge_data(void **state)
{
	struct rw_tmpl	*t;
	struct rw_buf	 out = RW_BUF_INIT;
	struct rw_err	 err;
	json_t		*d, *list;
	char		*big;
	size_t		 i, n = 1000000, bigsz = 16 * 1024 * 1024;

	(void)state;
	list = json_array();
	for (i = 0; i < n; i++)
		json_array_append_new(list, json_integer((json_int_t)(i % 10)));
	big = xmalloc(bigsz + 1);
	memset(big, '<', bigsz);
	big[bigsz] = '\0';
	d = json_object();
	json_object_set_new(d, "l", list);
	json_object_set_new(d, "big", json_string(big));
	free(big);
	t = rw_tmpl_parse("t", "{{#l}}{{.}}{{/l}}|{{big}}", 25, 0, &err);
	assert_non_null(t);
	assert_int_equal(rw_tmpl_render(t, NULL, d, &out, &err), 0);
	assert_int_equal(out.len, n + 1 + 4 * bigsz);
	assert_memory_equal(out.data, "0123456789012", 13);
	assert_memory_equal(out.data + n, "|&lt;&lt;", 9);
	rw_buf_free(&out);
	rw_tmpl_free(t);
	json_decref(d);
}

/* --- robustness ----------------------------------------------------------- */

/* xorshift: a fixed sequence, so a failure can be replayed. */
static uint64_t
next_rand(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static void
random_templates(void **state)
{
	static const char *const bits[] = {
		"{{", "}}", "{{{", "}}}", "{{#a}}", "{{/a}}", "{{^b}}",
		"{{/b}}", "{{#l}}", "{{/l}}", "{{>p}}", "{{>q}}", "{{!",
		"{{=<% %>=}}", "<%", "%>", "{{.}}", "{{a.b}}", "{{x|url}}",
		"{{x|json}}", "{{&x}}", "\n", "\r\n", "  ", "\t", "x", "=",
		"|", ".", "#", "\0", "\xff", "中",
	};
	struct rw_tmpl_set	*set;
	struct rw_tmpl		*t;
	struct rw_buf		 b = RW_BUF_INIT, out = RW_BUF_INIT;
	struct rw_err		 err;
	json_t			*d;
	uint64_t		 seed = 0x9e3779b97f4a7c15ULL;
	char			*src;
	size_t			 len, k, nbits = sizeof(bits) / sizeof(bits[0]);
	int			 i, j, parsed = 0;

	(void)state;
	d = json_loads("{\"a\":{\"b\":\"<{{a}}>\"},\"l\":[1,{\"a\":[2,3]},"
	    "[4]],\"x\":\"javascript:1\",\"b\":false}", 0, NULL);
	set = rw_tmpl_set_new();
	rw_tmpl_set_limits(set, 1 << 20, 100000);
	add(set, "p", "{{#l}}{{>q}}{{/l}}");
	add(set, "q", "  {{>p}}\n{{.}}");
	for (i = 0; i < 20000; i++) {
		rw_buf_truncate(&b, 0);
		for (j = (int)(next_rand(&seed) % 24); j >= 0; j--) {
			k = next_rand(&seed) % nbits;
			/* "" stands for a NUL byte. */
			rw_buf_add(&b, bits[k], bits[k][0] == '\0' ? 1 :
			    strlen(bits[k]));
		}
		/* An exact-size heap copy: ASan sees any read past len. */
		len = b.len;
		src = xmalloc(len == 0 ? 1 : len);
		if (len > 0)
			memcpy(src, b.data, len);
		if ((t = rw_tmpl_parse("r", src, len, 0, &err)) != NULL) {
			parsed++;
			rw_buf_truncate(&out, 0);
			if (rw_tmpl_render(t, set, d, &out, &err) == -1)
				assert_int_equal(out.len, 0);
			rw_tmpl_free(t);
		} else
			assert_true(strncmp(err.msg, "r:", 2) == 0);
		free(src);
	}
	/* Both branches were exercised. */
	assert_true(parsed > 1000 && parsed < 19000);
	rw_buf_free(&b);
	rw_buf_free(&out);
	rw_tmpl_set_free(set);
	json_decref(d);
}

static void
standalone_edge_cases(void **state)
{
	(void)state;
	/* Two tags on a line: neither is standalone. */
	check("{{#a}}{{/a}}\nx", "{\"a\":true}", 0, "\nx");
	/* A lone CR is not a line end. */
	check("a\r{{#t}}\rb{{/t}}", "{\"t\":1}", 0, "a\r\rb");
	/* Standalone comment at the very end, and an empty template. */
	check("a\n  {{! c }}  ", NULL, 0, "a\n");
	check("", NULL, 0, "");
	/* A standalone-looking variable keeps its line. */
	check("  {{v}}  \n", "{\"v\":1}", 0, "  1  \n");
}

int
main(void)
{
	static const struct CMUnitTest own[] = {
		cmocka_unit_test(escape_html_text),
		cmocka_unit_test(escape_attr_value),
		cmocka_unit_test(url_policy),
		cmocka_unit_test(escape_url_output),
		cmocka_unit_test(escape_json_script),
		cmocka_unit_test(filters),
		cmocka_unit_test(url_names_are_checked),
		cmocka_unit_test(markdown_templates),
		cmocka_unit_test(hostile_data),
		cmocka_unit_test(missing_and_truthiness),
		cmocka_unit_test(numbers),
		cmocka_unit_test(partial_indentation),
		cmocka_unit_test(set_errors),
		cmocka_unit_test(load_dir),
		cmocka_unit_test(syntax_errors),
		cmocka_unit_test(nesting_depth),
		cmocka_unit_test(work_limits),
		cmocka_unit_test(huge_data),
		cmocka_unit_test(random_templates),
		cmocka_unit_test(standalone_edge_cases),
	};
	struct CMUnitTest	*tests;
	json_t			*files[sizeof(spec_files) /
				    sizeof(spec_files[0])];
	json_t			*tc;
	char			 path[256];
	char			**names;
	size_t			 i, k, n, nspec = 0;
	size_t			 nown = sizeof(own) / sizeof(own[0]);
	size_t			 nfiles = sizeof(files) / sizeof(files[0]);
	int			 rc;

	tests = xcalloc(nown + SPEC_CASES + nfiles + 1, sizeof(*tests));
	names = xcalloc(SPEC_CASES, sizeof(*names));
	memcpy(tests, own, sizeof(own));
	n = nown;
	for (i = 0; i < nfiles; i++) {
		snprintf(path, sizeof(path), "%s/%s.json", SPEC_DIR,
		    spec_files[i]);
		files[i] = json_load_file(path, 0, NULL);
		if (files[i] == NULL) {
			tests[n].name = spec_files[i];
			tests[n].test_func = spec_file_missing;
			tests[n++].initial_state = (void *)spec_files[i];
			continue;
		}
		json_array_foreach(json_object_get(files[i], "tests"), k, tc) {
			if (nspec == SPEC_CASES) {
				nspec++;	/* more than expected */
				break;
			}
			names[nspec] = xasprintf("spec %s: %s",
			    spec_files[i],
			    json_string_value(json_object_get(tc, "name")));
			tests[n].name = names[nspec++];
			tests[n].test_func = spec_case;
			tests[n++].initial_state = tc;
		}
	}
	tests[n].name = "spec_count";
	tests[n].test_func = spec_count;
	tests[n++].initial_state = &nspec;
	rc = _cmocka_run_group_tests("tmpl", tests, n, NULL, NULL);
	for (i = 0; i < nfiles; i++)
		json_decref(files[i]);
	rw_strv_free(names, SPEC_CASES);
	free(tests);
	return rc;
}

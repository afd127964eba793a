/* SPDX-License-Identifier: ISC */
/*
 * bench_tmpl - render speed of lib/tmpl (and of a Markdown template
 * through rw_md_render), one core.  Not part of make check.
 *
 *   make bench-tmpl [BENCH_PAGES=100000]
 *
 * Renders BENCH_PAGES article pages from 1000 different data sets
 * (round robin), after a warm-up, and prints pages/s and MB/s.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "md.h"
#include "tmpl.h"

static const char page_html[] =
"<!DOCTYPE html>\n"
"<html lang=\"zh-Hans\">\n"
"<head>\n"
"<meta charset=\"utf-8\">\n"
"<title>{{title}} - reliefwatch</title>\n"
"<link rel=\"stylesheet\" href=\"{{root}}static/site.css\">\n"
"</head>\n"
"<body>\n"
"{{>header}}\n"
"<main>\n"
"  <article>\n"
"    <h1>{{title}}</h1>\n"
"    <p class=\"meta\">{{#published}}<time datetime=\"{{published|attr}}\">"
"{{published}}</time>{{/published}}{{#site}} · {{site}}{{/site}}"
"{{#source_url}} · <a href=\"{{source_url}}\" rel=\"nofollow\">原文</a>"
"{{/source_url}}</p>\n"
"    {{#summary}}\n"
"    <p class=\"summary\">{{summary}}</p>\n"
"    {{/summary}}\n"
"    <table>\n"
"      <tr><th>地区</th><th>项目</th><th>数量</th></tr>\n"
"      {{#facts}}\n"
"      <tr><td>{{region.name}}</td><td>{{item}}</td><td>{{value}} {{unit}}"
"</td></tr>\n"
"      {{/facts}}\n"
"      {{^facts}}\n"
"      <tr><td colspan=\"3\">无数据</td></tr>\n"
"      {{/facts}}\n"
"    </table>\n"
"    <ul class=\"tags\">\n"
"      {{#tags}}\n"
"      <li><a href=\"{{root}}tags/{{.|url}}.html\">{{.}}</a></li>\n"
"      {{/tags}}\n"
"    </ul>\n"
"  </article>\n"
"</main>\n"
"{{>footer}}\n"
"<script type=\"application/json\" id=\"chart\">{{chart|json}}</script>\n"
"</body>\n"
"</html>\n";

static const char header_html[] =
"<header><a href=\"{{root}}index.html\">reliefwatch</a>\n"
"  <nav>{{#nav}}<a href=\"{{href}}\">{{label}}</a> {{/nav}}</nav>\n"
"</header>\n";

static const char footer_html[] =
"<footer>{{count}} 篇 · {{site_name}}</footer>\n";

static const char page_md[] =
"# {{title}}\n"
"\n"
"{{#published}}*{{published}}*{{/published}}{{#site}} · {{site}}{{/site}}\n"
"\n"
"{{summary}}\n"
"\n"
"{{#facts}}\n"
"- {{region.name}}：{{item}} {{value}} {{unit}}\n"
"{{/facts}}\n"
"\n"
"[原文]({{source_url}})\n";

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static unsigned
next(unsigned *s)
{
	*s = *s * 1103515245u + 12345u;
	return (*s >> 16) & 0x7fff;
}

static json_t *
make_page(unsigned *seed, int i)
{
	static const char *const words[] = {
		"地震", "救援", "物资", "帐篷", "四川", "甘肃", "受灾", "群众",
		"安置", "转移", "<b>", "&", "\"引号\"", "紧急", "捐款", "饮用水",
	};
	static const char *const items[] = {
		"死亡", "受伤", "转移安置", "帐篷", "捐款", "倒塌房屋",
	};
	json_t	*p, *facts, *tags, *nav, *f, *labels, *values;
	char	 title[512], summary[2048], buf[64];
	int	 k;

	title[0] = summary[0] = '\0';
	for (k = 0; k < 8; k++)
		strcat(title, words[next(seed) % 16]);
	for (k = 0; k < 60; k++)
		strcat(summary, words[next(seed) % 16]);
	p = json_object();
	json_object_set_new(p, "title", json_string(title));
	json_object_set_new(p, "summary", json_string(summary));
	snprintf(buf, sizeof(buf), "2024-%02d-%02dT08:00:00+08:00",
	    1 + i % 12, 1 + i % 28);
	json_object_set_new(p, "published", json_string(buf));
	json_object_set_new(p, "site", json_string("新华网"));
	snprintf(buf, sizeof(buf), "https://news.example.cn/a/%d.html?x=1&y=2",
	    i);
	json_object_set_new(p, "source_url", i % 7 == 0 ?
	    json_string("javascript:alert(1)") : json_string(buf));
	json_object_set_new(p, "root", json_string("../"));
	facts = json_array();
	labels = json_array();
	values = json_array();
	for (k = 0; k < 8; k++) {
		f = json_object();
		json_object_set_new(f, "region", json_pack("{s:s}", "name",
		    words[next(seed) % 10]));
		json_object_set_new(f, "item", json_string(items[k % 6]));
		json_object_set_new(f, "value",
		    json_integer(next(seed) % 100000));
		json_object_set_new(f, "unit", json_string("人"));
		json_array_append_new(facts, f);
		json_array_append_new(labels, json_string(items[k % 6]));
		json_array_append_new(values, json_integer(k * 10));
	}
	json_object_set_new(p, "facts", facts);
	json_object_set_new(p, "chart", json_pack("{s:o,s:o}", "labels",
	    labels, "values", values));
	tags = json_array();
	for (k = 0; k < 5; k++)
		json_array_append_new(tags,
		    json_string(words[next(seed) % 10]));
	json_object_set_new(p, "tags", tags);
	nav = json_array();
	for (k = 0; k < 4; k++)
		json_array_append_new(nav, json_pack("{s:s,s:s}", "href",
		    "../index.html", "label", items[k]));
	json_object_set_new(p, "nav", nav);
	json_object_set_new(p, "count", json_integer(100000));
	json_object_set_new(p, "site_name", json_string("reliefwatch"));
	return p;
}

static void
die(const char *what, struct rw_err *err)
{
	fprintf(stderr, "bench_tmpl: %s: %s\n", what, err->msg);
	exit(1);
}

int
main(int argc, char *argv[])
{
	struct rw_tmpl_set	*set;
	const struct rw_tmpl	*page, *mdpage;
	struct rw_tmpl		*t;
	struct rw_buf		 out = RW_BUF_INIT;
	struct rw_err		 err;
	json_t			*data[1000];
	unsigned		 seed = 42;
	size_t			 bytes, ndata = 1000;
	long			 i, n = argc > 1 ? atol(argv[1]) : 100000;
	double			 t0, dt;
	char			*html;

	if (n <= 0)
		n = 100000;
	set = rw_tmpl_set_new();
	if (rw_tmpl_set_add(set, "page", page_html, sizeof(page_html) - 1, 0,
	    &err) == -1 || rw_tmpl_set_add(set, "header", header_html,
	    sizeof(header_html) - 1, 0, &err) == -1 ||
	    rw_tmpl_set_add(set, "footer", footer_html,
	    sizeof(footer_html) - 1, 0, &err) == -1 ||
	    rw_tmpl_set_add(set, "page_md", page_md, sizeof(page_md) - 1,
	    RW_TMPL_MARKDOWN, &err) == -1 || rw_tmpl_set_check(set, &err) == -1)
		die("templates", &err);
	page = rw_tmpl_set_get(set, "page");
	mdpage = rw_tmpl_set_get(set, "page_md");
	for (i = 0; i < (long)ndata; i++)
		data[i] = make_page(&seed, (int)i);

	t0 = now();
	for (i = 0; i < 10000; i++) {
		if ((t = rw_tmpl_parse("page", page_html, sizeof(page_html) - 1,
		    0, &err)) == NULL)
			die("parse", &err);
		rw_tmpl_free(t);
	}
	dt = now() - t0;
	printf("parse page template (%zu bytes): %.2f us\n",
	    sizeof(page_html) - 1, dt / 10000 * 1e6);

	/* Warm-up: touch the output buffer and caches. */
	for (i = 0; i < 2000; i++) {
		rw_buf_truncate(&out, 0);
		if (rw_tmpl_render(page, set, data[i % ndata], &out,
		    &err) == -1)
			die("render", &err);
	}

	bytes = 0;
	t0 = now();
	for (i = 0; i < n; i++) {
		rw_buf_truncate(&out, 0);
		if (rw_tmpl_render(page, set, data[i % ndata], &out,
		    &err) == -1)
			die("render", &err);
		bytes += out.len;
	}
	dt = now() - t0;
	printf("html page: %ld pages in %.3f s: %.0f pages/s, %.2f us/page, "
	    "%.0f MB/s, %zu bytes/page\n", n, dt, n / dt, dt / n * 1e6,
	    bytes / dt / 1e6, bytes / n);

	bytes = 0;
	t0 = now();
	for (i = 0; i < n; i++) {
		rw_buf_truncate(&out, 0);
		if (rw_tmpl_render(mdpage, set, data[i % ndata], &out,
		    &err) == -1)
			die("render", &err);
		bytes += out.len;
	}
	dt = now() - t0;
	printf("markdown page: %ld pages in %.3f s: %.0f pages/s, %.2f "
	    "us/page\n", n, dt, n / dt, dt / n * 1e6);

	t0 = now();
	for (i = 0; i < n; i++) {
		rw_buf_truncate(&out, 0);
		if (rw_tmpl_render(mdpage, set, data[i % ndata], &out,
		    &err) == -1)
			die("render", &err);
		if ((html = rw_md_render(out.data, out.len, &err)) == NULL)
			die("markdown", &err);
		free(html);
	}
	dt = now() - t0;
	printf("markdown page + rw_md_render: %ld pages in %.3f s: %.0f "
	    "pages/s, %.2f us/page\n", n, dt, n / dt, dt / n * 1e6);

	for (i = 0; i < (long)ndata; i++)
		json_decref(data[i]);
	rw_buf_free(&out);
	rw_tmpl_set_free(set);
	return 0;
}

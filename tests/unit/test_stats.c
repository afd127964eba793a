/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <jansson.h>
#include <opencc/opencc.h>

#include "io.h"
#include "record.h"
#include "stats.h"
#include "utf8.h"

/* Two short reports of different places, and a roundup carrying both. */
static const char hunan[] =
    "日前，由湖南省民政厅、省慈善总会举办的2024年湖南省“迎新春送温暖”慰问"
    "活动在长沙启动，动员全社会献爱心、送温暖、惠民生。\n\n"
    "活动现场，湖南省农村信用社联社等爱心企业捐赠款物500万元，来自长沙市的"
    "10名困难群众代表现场接受了慰问物资。省民政厅统筹整合省市县三级财政资金、"
    "社会捐赠款物近3.5亿元，计划在全省范围走访慰问53.6万户困难群众。";
static const char anhua[] =
    "２月８日，安化县民政局在东坪镇城西社区开展困难群众温暖安全过冬摸排"
    "走访，工作人员给独居老人闵爹送去春节祝福和慰问物资。\n\n"
    "截至目前，该局已走访慰问困难对象１５００余名，发放慰问金近６０万元。"
    "通过摸排，新增困难对象１０９１人，累计发放救助资金４３２３．６万元。";

struct fig {
	const char	*text;		/* searched in the article text */
	double		 value;
	const char	*unit, *kind, *region, *per;
};

static char *
article_line(const char *file, const char *published, const char *source,
    const char *origin, const char *text)
{
	struct rw_article	*a = rw_article_new();
	char			*s, id[17];

	rw_hex64(rw_hash64(text, strlen(text)), id);
	a->id = xstrdup(id);
	a->file = xstrdup(file);
	a->title = xasprintf("title of %s", file);
	a->published = published ? xstrdup(published) : NULL;
	a->source = source ? xstrdup(source) : NULL;
	a->origin = origin ? xstrdup(origin) : NULL;
	a->text = xstrdup(text);
	s = rw_article_encode(a);
	rw_article_free(a);
	return s;
}

/* Code point offset of needle in text (which must hold it). */
static size_t
cp_offset(const char *text, const char *needle)
{
	const char	*p = strstr(text, needle);

	assert_non_null(p);
	return rw_utf8_count(text, (size_t)(p - text));
}

/* A facts record with one item per span (start/end in code points; 0/0
 * for a single article) and the figures of each item. */
static char *
facts_line(const char *file, const char *text, size_t nitems,
    const size_t *spans, const char *const *regions,
    const struct fig *const *figs, const size_t *nfigs)
{
	struct rw_facts		*f = rw_facts_new();
	struct rw_item		*it;
	struct rw_measure	*m;
	const struct fig	*g;
	char			*s, id[17];
	size_t			 i, j;

	rw_hex64(rw_hash64(text, strlen(text)), id);
	f->id = xstrdup(id);
	f->file = xstrdup(file);
	f->items = xcalloc(nitems, sizeof(*f->items));
	f->nitems = nitems;
	for (i = 0; i < nitems; i++) {
		it = &f->items[i];
		it->start = spans[2 * i];
		it->end = spans[2 * i + 1];
		it->region = xstrdup(regions[i]);
		rw_strv_push(&it->campaigns, &it->ncampaigns, "迎新春送温暖");
		it->measures = xcalloc(nfigs[i] + 1, sizeof(*it->measures));
		it->nmeasures = nfigs[i];
		for (j = 0; j < nfigs[i]; j++) {
			g = &figs[i][j];
			m = &it->measures[j];
			m->text = xstrdup(g->text);
			m->start = cp_offset(text, g->text);
			m->end = m->start + rw_utf8_count(g->text,
			    strlen(g->text));
			m->sentence = xasprintf("…%s…", g->text);
			m->value = g->value;
			m->unit = xstrdup(g->unit);
			m->kind = xstrdup(g->kind);
			m->per = g->per ? xstrdup(g->per) : NULL;
			m->region = g->region ? xstrdup(g->region) : NULL;
			m->qualifier = xstrdup("exact");
		}
	}
	s = rw_facts_encode(f);
	rw_facts_free(f);
	return s;
}

static const struct fig hunan_figs[] = {
	{ "500万元", 5000000, "yuan", "donations", NULL, NULL },
	{ "近3.5亿元", 350000000, "yuan", "funds", NULL, NULL },
	{ "53.6万户", 536000, "household", "visits", NULL, NULL },
};
static const struct fig anhua_figs[] = {
	{ "近６０万元", 600000, "yuan", "funds", NULL, NULL },
	{ "１０９１人", 1091, "person", "beneficiaries", NULL, NULL },
};

struct corpus {
	char	*lines[16];
	int	 kind[16];		/* 0 article, 1 facts */
	size_t	 n;
};

static void
corpus_add(struct corpus *c, int kind, char *line)
{
	c->kind[c->n] = kind;
	c->lines[c->n++] = line;
}

static void
corpus_free(struct corpus *c)
{
	size_t	 i;

	for (i = 0; i < c->n; i++)
		free(c->lines[i]);
}

/*
 * The roundup (湖南 + 安化 items), the 湖南 story alone on a portal (a
 * day earlier), 安化 alone on the county site, and a different later
 * story reporting the same 500万元 for 湖南.
 */
static void
make_corpus(struct corpus *c)
{
	const struct fig *hf[] = { hunan_figs }, *af[] = { anhua_figs };
	const struct fig *rf[] = { hunan_figs, anhua_figs };
	const struct fig  later[] = {
		{ "500万元", 5000000, "yuan", "donations", NULL, NULL },
		{ "300户", 300, "household", "visits", "430100", NULL },
		{ "每户600元", 600, "yuan", "funds", "430100", "household" },
	};
	const struct fig *lf[] = { later };
	const char	*lreg[] = { "430000" };
	const char	*hreg[] = { "430000" }, *areg[] = { "430923" };
	const char	*rreg[] = { "430000", "430923" };
	const char	*later_text = "湖南省慈善总会本周向长沙市300户困难家庭每户"
	    "600元发放春节慰问金，此前爱心企业捐赠的500万元款物已全部到位，"
	    "长沙市民政局表示将持续做好困难群众兜底保障工作。";
	size_t		 single[] = { 0, 0 }, nh[] = { 3 }, na[] = { 2 };
	size_t		 nr[] = { 3, 2 }, nl[] = { 3 };
	size_t		 spans[4];
	char		*roundup;

	memset(c, 0, sizeof(*c));
	roundup = xasprintf("湖南启动送温暖\n\n%s\n\n安化入户摸排\n\n%s", hunan,
	    anhua);
	spans[0] = 0;
	spans[1] = cp_offset(roundup, "安化入户摸排") - 2;
	spans[2] = spans[1] + 2;
	spans[3] = rw_utf8_count(roundup, strlen(roundup));
	corpus_add(c, 0, article_line("snap/roundup.html", "2024-01-30",
	    "公益时报", NULL, roundup));
	corpus_add(c, 1, facts_line("snap/roundup.html", roundup, 2, spans,
	    rreg, rf, nr));
	corpus_add(c, 0, article_line("snap/hunan.html",
	    "2024-01-29T10:00:00+08:00", "湖南民政", "湖南省民政厅", hunan));
	corpus_add(c, 1, facts_line("snap/hunan.html", hunan, 1, single, hreg,
	    hf, nh));
	corpus_add(c, 0, article_line("snap/anhua.html", "2024-02-09",
	    "益阳日报", NULL, anhua));
	corpus_add(c, 1, facts_line("snap/anhua.html", anhua, 1, single, areg,
	    af, na));
	corpus_add(c, 0, article_line("snap/later.html", "2024-04-02",
	    "长沙晚报", NULL, later_text));
	corpus_add(c, 1, facts_line("snap/later.html", later_text, 1, single,
	    lreg, lf, nl));
	free(roundup);
}

/* Runs the corpus in the given order; returns all output lines. */
static char *
run(const struct corpus *c, const size_t *order)
{
	struct rw_stats	*s;
	struct rw_err	 e;
	char		*out = NULL;
	size_t		 len = 0, i, k;
	FILE		*fp;

	s = rw_stats_new(&e);
	assert_non_null(s);
	for (i = 0; i < c->n; i++) {
		k = order != NULL ? order[i] : i;
		assert_int_equal(c->kind[k] == 0 ?
		    rw_stats_add_article(s, c->lines[k], strlen(c->lines[k]),
		    &e) : rw_stats_add_facts(s, c->lines[k],
		    strlen(c->lines[k]), &e), 0);
	}
	assert_int_equal(rw_stats_finish(s, &e), 0);
	assert_null(rw_stats_warning(s, 0));
	fp = open_memstream(&out, &len);
	assert_int_equal(rw_stats_write(s, fp, fp, fp, fp, &e), 0);
	fclose(fp);
	rw_stats_free(s);
	return out;
}

/* The n-th output line with this schema (and id or code, if given). */
static json_t *
find(const char *out, const char *schema, const char *key, const char *val)
{
	const char	*p = out, *nl;
	json_t		*o;

	for (; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		assert_non_null(nl);
		o = json_loadb(p, (size_t)(nl - p), 0, NULL);
		assert_non_null(o);
		if (strcmp(json_string_value(json_object_get(o, "schema")),
		    schema) == 0 && (key == NULL || strcmp(json_string_value(
		    json_object_get(o, key)), val) == 0))
			return o;
		json_decref(o);
	}
	return NULL;
}

/* The story whose representative is this file. */
static json_t *
story_of(const char *out, const char *file)
{
	const char	*p = out, *nl;
	json_t		*o, *pg;

	for (; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		o = json_loadb(p, (size_t)(nl - p), 0, NULL);
		pg = json_array_get(json_object_get(o, "pages"), 0);
		if (strcmp(json_string_value(json_object_get(o, "schema")),
		    RW_STORY_SCHEMA) == 0 && strcmp(json_string_value(
		    json_object_get(pg, "file")), file) == 0)
			return o;
		json_decref(o);
	}
	fail_msg("no story for %s", file);
	return NULL;
}

static void
roundup_items_join_single_pages(void **state)
{
	struct corpus	 c;
	json_t		*st, *pages;
	char		*out;

	(void)state;
	make_corpus(&c);
	out = run(&c, NULL);
	/* 湖南: the portal page (earliest) is the representative, the
	 * roundup's first item joins it. */
	st = story_of(out, "snap/hunan.html");
	pages = json_object_get(st, "pages");
	assert_int_equal(json_array_size(pages), 2);
	assert_string_equal(json_string_value(json_object_get(
	    json_array_get(pages, 1), "file")), "snap/roundup.html");
	assert_int_equal(json_integer_value(json_object_get(
	    json_array_get(pages, 1), "item")), 0);
	assert_string_equal(json_string_value(json_object_get(st, "date")),
	    "2024-01-29");
	assert_string_equal(json_string_value(json_object_get(st, "outlet")),
	    "湖南省民政厅");
	assert_string_equal(json_string_value(json_object_get(st, "text")),
	    hunan);
	json_decref(st);
	/* 安化: the roundup's second item (earlier) joins the county page. */
	st = story_of(out, "snap/roundup.html");
	pages = json_object_get(st, "pages");
	assert_int_equal(json_array_size(pages), 2);
	assert_int_equal(json_integer_value(json_object_get(
	    json_array_get(pages, 0), "item")), 1);
	assert_string_equal(json_string_value(json_object_get(
	    json_array_get(pages, 1), "file")), "snap/anhua.html");
	/* The item text, not the whole roundup, with its headline. */
	assert_true(rw_has_prefix(json_string_value(json_object_get(st,
	    "text")), "安化入户摸排"));
	json_decref(st);
	/* The different later story stays alone. */
	st = story_of(out, "snap/later.html");
	assert_int_equal(json_array_size(json_object_get(st, "pages")), 1);
	json_decref(st);
	st = find(out, RW_STATS_SCHEMA, NULL, NULL);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(
	    st, "counts"), "stories")), 3);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(
	    st, "counts"), "multi_page_stories")), 2);
	json_decref(st);
	free(out);
	corpus_free(&c);
}

static void
figures_deduplicated_within_story_only(void **state)
{
	struct corpus	 c;
	json_t		*st, *figs, *f, *occ;
	char		*out;

	(void)state;
	make_corpus(&c);
	out = run(&c, NULL);
	st = story_of(out, "snap/hunan.html");
	figs = json_object_get(st, "figures");
	/* Three figures, each carried by both pages. */
	assert_int_equal(json_array_size(figs), 3);
	f = json_array_get(figs, 0);
	assert_string_equal(json_string_value(json_object_get(f, "text")),
	    "500万元");
	assert_string_equal(json_string_value(json_object_get(f, "region")),
	    "430000");
	occ = json_object_get(f, "occurrences");
	assert_int_equal(json_array_size(occ), 2);
	assert_int_equal(json_integer_value(json_object_get(
	    json_array_get(occ, 1), "page")), 1);
	/* Offsets into the roundup's full text, behind its headline. */
	assert_int_equal(json_integer_value(json_object_get(
	    json_array_get(occ, 1), "start")),
	    json_integer_value(json_object_get(json_array_get(occ, 0),
	    "start")) + 9);
	assert_non_null(json_object_get(f, "at"));
	assert_int_equal(json_integer_value(json_array_get(json_object_get(
	    f, "at"), 0)), cp_offset(hunan, "500万元"));
	json_decref(st);
	/* The later story's 500万元 is its own figure. */
	st = story_of(out, "snap/later.html");
	assert_int_equal(json_array_size(json_object_get(st, "figures")), 3);
	json_decref(st);
	st = find(out, RW_STATS_SCHEMA, NULL, NULL);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(
	    st, "counts"), "occurrences")), 13);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(
	    st, "counts"), "figures")), 8);
	json_decref(st);
	free(out);
	corpus_free(&c);
}

static json_t *
region(json_t *stats, const char *code)
{
	json_t	*r;
	size_t	 i;

	json_array_foreach(json_object_get(stats, "regions"), i, r)
		if (strcmp(json_string_value(json_object_get(r, "code")),
		    code) == 0)
			return r;
	fail_msg("no region %s", code);
	return NULL;
}

static json_t *
kind_row(json_t *rows, const char *kind)
{
	json_t	*row;
	size_t	 i;

	json_array_foreach(rows, i, row)
		if (strcmp(json_string_value(json_object_get(row, "kind")),
		    kind) == 0)
			return row;
	fail_msg("no row for %s", kind);
	return NULL;
}

static void
regions_roll_up_without_adding(void **state)
{
	struct corpus	 c;
	json_t		*st, *r, *rl, *rows, *row;
	char		*out;

	(void)state;
	make_corpus(&c);
	out = run(&c, NULL);
	st = find(out, RW_STATS_SCHEMA, NULL, NULL);
	r = region(st, "430000");
	assert_true(json_is_null(json_object_get(r, "parent")));
	/* Own: 3 (湖南 story) + 1 (later 500万元); below: 长沙 2, 安化 2. */
	assert_int_equal(json_integer_value(json_object_get(r,
	    "own_figures")), 4);
	assert_int_equal(json_integer_value(json_object_get(r, "figures")),
	    8);
	assert_int_equal(json_integer_value(json_object_get(r, "stories")),
	    3);
	assert_int_equal(json_array_size(json_object_get(r, "children")), 2);
	/* Totals (in regions.jsonl): own figures only, per kind+unit; the
	 * two 500万元 of two stories are both there (may double count). */
	rl = find(out, RW_REGION_SCHEMA, "code", "430000");
	assert_non_null(rl);
	assert_int_equal(json_array_size(json_object_get(rl, "figures")), 4);
	rows = json_object_get(json_object_get(rl, "totals"), "all");
	row = kind_row(rows, "donations");
	assert_int_equal(json_integer_value(json_object_get(row, "sum")),
	    10000000);
	assert_int_equal(json_integer_value(json_object_get(row, "stories")),
	    2);
	/* The later story is dated April: no season. */
	rows = json_object_get(json_object_get(rl, "totals"), "2023-24");
	row = kind_row(rows, "donations");
	assert_int_equal(json_integer_value(json_object_get(row, "sum")),
	    5000000);
	/* 长沙: the rate (每户600元) is listed but not totalled. */
	r = region(st, "430100");
	assert_string_equal(json_string_value(json_object_get(r, "parent")),
	    "430000");
	assert_int_equal(json_integer_value(json_object_get(r,
	    "own_figures")), 2);
	json_decref(rl);
	rl = find(out, RW_REGION_SCHEMA, "code", "430100");
	rows = json_object_get(json_object_get(rl, "totals"), "all");
	assert_int_equal(json_array_size(rows), 1);
	assert_string_equal(json_string_value(json_object_get(
	    json_array_get(rows, 0), "unit")), "household");
	json_decref(rl);
	/* No line for a region without own figures. */
	assert_null(find(out, RW_REGION_SCHEMA, "code", "430900"));
	/* 安化 county -> 益阳 prefecture (no own figures) -> 湖南. */
	r = region(st, "430900");
	assert_int_equal(json_integer_value(json_object_get(r,
	    "own_figures")), 0);
	assert_int_equal(json_integer_value(json_object_get(r, "figures")),
	    2);
	assert_string_equal(json_string_value(json_array_get(
	    json_object_get(r, "children"), 0)), "430923");
	json_decref(st);
	free(out);
	corpus_free(&c);
}

static void
output_independent_of_record_order(void **state)
{
	struct corpus	 c;
	size_t		 rev[16] = { 0 }, mixed[] = { 7, 0, 5, 2, 1, 6, 3, 4 };
	size_t		 i;
	char		*a, *b, *d;

	(void)state;
	make_corpus(&c);
	for (i = 0; i < c.n; i++)
		rev[i] = c.n - 1 - i;
	a = run(&c, NULL);
	b = run(&c, rev);
	d = run(&c, mixed);
	assert_string_equal(a, b);
	assert_string_equal(a, d);
	free(a);
	free(b);
	free(d);
	corpus_free(&c);
}

static void
errors_counted_and_listed(void **state)
{
	struct rw_stats	*s;
	struct rw_err	 e;
	const char	*bad = "{\"file\":\"snap/bad.html\",\"error\":\"not HTML\"}";
	const char	*orphan = "{\"id\":\"x\",\"file\":\"snap/o.html\","
	    "\"items\":[]}";
	char		*out = NULL, *art;
	size_t		 len;
	json_t		*st, *f;
	FILE		*fp;

	(void)state;
	s = rw_stats_new(&e);
	assert_int_equal(rw_stats_add_article(s, bad, strlen(bad), &e), 0);
	assert_int_equal(rw_stats_add_article(s, "{", 1, &e), -1);
	assert_int_equal(rw_stats_add_article(s, " \t", 2, &e), 0);
	assert_int_equal(rw_stats_add_facts(s, orphan, strlen(orphan), &e),
	    0);
	art = article_line("snap/a.html", NULL, NULL, NULL, anhua);
	assert_int_equal(rw_stats_add_article(s, art, strlen(art), &e), 0);
	assert_int_equal(rw_stats_add_article(s, art, strlen(art), &e), -1);
	assert_non_null(strstr(e.msg, "duplicate"));
	free(art);
	assert_int_equal(rw_stats_finish(s, &e), 0);
	assert_string_equal(rw_stats_warning(s, 0),
	    "snap/o.html: no article record");
	assert_null(rw_stats_warning(s, 1));
	fp = open_memstream(&out, &len);
	assert_int_equal(rw_stats_write(s, fp, fp, fp, fp, &e), 0);
	fclose(fp);
	rw_stats_free(s);
	st = find(out, RW_STATS_SCHEMA, NULL, NULL);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(
	    json_object_get(st, "counts"), "records"), "articles")), 4);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(
	    st, "counts"), "invalid")), 1);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(
	    st, "counts"), "duplicates")), 1);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(
	    st, "counts"), "pages_without_facts")), 1);
	assert_int_equal(json_array_size(json_object_get(st, "failed")), 2);
	f = json_array_get(json_object_get(st, "failed"), 0);
	assert_string_equal(json_string_value(json_object_get(f, "file")),
	    "snap/bad.html");
	assert_string_equal(json_string_value(json_object_get(f, "stage")),
	    "parse");
	assert_string_equal(json_string_value(json_object_get(f, "error")),
	    "not HTML");
	f = json_array_get(json_object_get(st, "failed"), 1);
	assert_string_equal(json_string_value(json_object_get(f, "stage")),
	    "join");
	json_decref(st);
	free(out);
}

/* A Traditional-script reprint joins its Simplified original. */
static void
traditional_reprint_joins(void **state)
{
	struct rw_stats		*s;
	struct rw_article	*a;
	struct rw_err		 e;
	opencc_t		 cc;
	json_t			*st;
	char			*hant, *line, *out = NULL;
	size_t			 len, i;
	FILE			*fp;

	(void)state;
	cc = opencc_open(OPENCC_DEFAULT_CONFIG_SIMP_TO_TRAD);
	if (cc == (opencc_t)-1)
		skip();
	hant = opencc_convert_utf8(cc, hunan, strlen(hunan));
	opencc_close(cc);
	assert_string_not_equal(hant, hunan);
	s = rw_stats_new(&e);
	for (i = 0; i < 2; i++) {
		a = rw_article_new();
		a->id = xstrdup(i ? "1" : "2");
		a->file = xstrdup(i ? "snap/tw.html" : "snap/cn.html");
		a->lang = xstrdup(i ? "zh-Hant" : "zh-Hans");
		a->text = xstrdup(i ? hant : hunan);
		line = rw_article_encode(a);
		assert_int_equal(rw_stats_add_article(s, line, strlen(line),
		    &e), 0);
		free(line);
		rw_article_free(a);
	}
	opencc_convert_utf8_free(hant);
	assert_int_equal(rw_stats_finish(s, &e), 0);
	fp = open_memstream(&out, &len);
	assert_int_equal(rw_stats_write(s, fp, fp, fp, fp, &e), 0);
	fclose(fp);
	rw_stats_free(s);
	st = find(out, RW_STATS_SCHEMA, NULL, NULL);
	assert_int_equal(json_integer_value(json_object_get(json_object_get(
	    st, "counts"), "stories")), 1);
	json_decref(st);
	free(out);
}

static void
months_and_seasons(void **state)
{
	char	 b[8];

	(void)state;
	assert_int_equal(rw_stats_month("2024-02-28T03:19:00+08:00", b), 0);
	assert_string_equal(b, "2024-02");
	assert_int_equal(rw_stats_season("2023-11-01", b), 0);
	assert_string_equal(b, "2023-24");
	assert_int_equal(rw_stats_season("2023-12-31", b), 0);
	assert_string_equal(b, "2023-24");
	assert_int_equal(rw_stats_season("2024-01-15", b), 0);
	assert_string_equal(b, "2023-24");
	assert_int_equal(rw_stats_season("2024-03-31", b), 0);
	assert_string_equal(b, "2023-24");
	assert_int_equal(rw_stats_season("1999-12-01", b), 0);
	assert_string_equal(b, "1999-00");
	assert_int_equal(rw_stats_season("2024-02-29", b), 0);
	assert_string_equal(b, "2023-24");
	assert_int_equal(rw_stats_season("2024-04-01", b), -1);
	assert_int_equal(rw_stats_season("2023-10-31", b), -1);
	assert_int_equal(rw_stats_season("2023-02-29", b), -1);
	assert_int_equal(rw_stats_month("2024-13-01", b), -1);
	assert_int_equal(rw_stats_month("2024-1-01", b), -1);
	assert_int_equal(rw_stats_month("2024-01-01x", b), -1);
	assert_int_equal(rw_stats_month(NULL, b), -1);
}

/* The arithmetic parent agrees with every row of data/regions.tsv. */
static void
region_parents_match_gazetteer(void **state)
{
	struct rw_lines	 l;
	struct rw_err	 e;
	FILE		*fp;
	char		 out[7], *code, *name, *level, *parent;
	size_t		 rows = 0;

	(void)state;
	assert_null(rw_stats_region_level("4301"));
	assert_string_equal(rw_stats_region_level("430000"), "province");
	assert_string_equal(rw_stats_region_level("441900"), "prefecture");
	assert_string_equal(rw_stats_region_level("419001"), "county");
	assert_int_equal(rw_stats_region_parent("430000", out), -1);
	assert_int_equal(rw_stats_region_parent("41900a", out), -1);
	fp = fopen("data/regions.tsv", "r");
	assert_non_null(fp);
	rw_lines_init(&l, fp, "regions.tsv", 4096);
	while (rw_lines_next(&l, &e) == 1) {
		if (l.lineno == 1)
			continue;
		code = strtok(l.line, "\t");
		name = strtok(NULL, "\t");
		level = strtok(NULL, "\t");
		parent = strtok(NULL, "\t");
		assert_non_null(name);
		assert_string_equal(rw_stats_region_level(code), level);
		if (strcmp(level, "province") == 0)
			continue;
		assert_int_equal(rw_stats_region_parent(code, out), 0);
		assert_string_equal(out, parent);
		rows++;
	}
	assert_true(rows > 3000);
	rw_lines_free(&l);
	fclose(fp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(roundup_items_join_single_pages),
		cmocka_unit_test(figures_deduplicated_within_story_only),
		cmocka_unit_test(regions_roll_up_without_adding),
		cmocka_unit_test(output_independent_of_record_order),
		cmocka_unit_test(errors_counted_and_listed),
		cmocka_unit_test(traditional_reprint_joins),
		cmocka_unit_test(months_and_seasons),
		cmocka_unit_test(region_parents_match_gazetteer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

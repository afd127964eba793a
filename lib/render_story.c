/* SPDX-License-Identifier: ISC */
/*
 * render_story.c - one pass over stories.jsonl: the story pages (text
 * with every figure highlighted and anchored), the compact figure table
 * the explorer and the home page use, and data/facts.csv and
 * data/stories.csv.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "csv.h"
#include "io.h"
#include "render_int.h"
#include "utf8.h"

#define UTF8_BOM	"\xef\xbb\xbf"	/* so spreadsheets read UTF-8 */

struct mark {
	size_t	 s, e;		/* code points, then bytes */
	size_t	 fig;
};

static int
cmp_mark(const void *a, const void *b)
{
	const struct mark	*x = a, *y = b;

	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	if (x->e != y->e)
		return x->e < y->e ? -1 : 1;
	return x->fig < y->fig ? -1 : x->fig > y->fig;
}

/* 1 if http: or https: (any case): the only URLs from pages that become
 * links (a relative one would point into this site). */
static int
web_url(const char *u)
{
	return u != NULL && (strncasecmp(u, "http://", 7) == 0 ||
	    strncasecmp(u, "https://", 8) == 0) && rw_tmpl_url_safe(u,
	    strlen(u));
}

static void
seg_add(json_t *para, const char *s, size_t n, json_t *fig)
{
	json_t	*o;

	if (n == 0 && fig == NULL)
		return;
	o = json_object();
	json_object_set_new(o, "text", jstrn(s, n));
	if (fig != NULL)
		json_object_update(o, fig);
	json_array_append_new(json_object_get(para, "segs"), o);
}

static json_t *
para_new(json_t *paras)
{
	json_t	*p = json_object();

	json_object_set_new(p, "segs", json_array());
	json_array_append_new(paras, p);
	return p;
}

/* Plain text s[0..n) into the paragraphs; a blank line starts a new one. */
static json_t *
add_plain(json_t *paras, json_t *para, const char *s, size_t n)
{
	size_t	 i = 0, start = 0, j;
	int	 nl;

	while (i < n) {
		if (s[i] != '\n') {
			i++;
			continue;
		}
		for (j = i + 1, nl = 1; j < n && (s[j] == '\n' ||
		    s[j] == ' ' || s[j] == '\t' || s[j] == '\r'); j++)
			nl += s[j] == '\n';
		if (nl < 2) {
			i = j;
			continue;
		}
		seg_add(para, s + start, i - start, NULL);
		if (json_array_size(json_object_get(para, "segs")) > 0)
			para = para_new(paras);
		i = start = j;
	}
	seg_add(para, s + start, n - start, NULL);
	return para;
}

/*
 * The story text as paragraphs of segments; a segment that is a figure
 * carries fid ("f3", the anchor) and n.  Figures whose offsets do not fit
 * the text, or overlap an earlier one, are left out (in_text[i] = 0).
 */
static json_t *
text_paras(struct ctx *c, const char *where, const char *text, size_t len,
    json_t *figs, const struct lang *L, unsigned char *in_text)
{
	struct mark	*m;
	json_t		*paras = json_array(), *para, *f, *at, *seg;
	size_t		 nm = 0, ncp, i, k, cp, byte, prev_e;
	int		 step;
	int32_t		 ch;
	char		 fid[24];

	ncp = rw_utf8_count(text, len);
	m = xcalloc(json_array_size(figs) + 1, sizeof(*m));
	json_array_foreach(figs, i, f) {
		in_text[i] = 0;
		at = json_object_get(f, "at");
		if (!json_is_array(at) || json_array_size(at) != 2 ||
		    !json_is_integer(json_array_get(at, 0)) ||
		    !json_is_integer(json_array_get(at, 1)))
			continue;
		if (json_integer_value(json_array_get(at, 0)) < 0 ||
		    json_integer_value(json_array_get(at, 1)) >
		    (json_int_t)ncp || json_integer_value(json_array_get(at,
		    0)) >= json_integer_value(json_array_get(at, 1))) {
			if (L == &c->langs[0])
				warn(c, where, "figure %zu: offsets out of "
				    "range of the text", i);
			continue;
		}
		m[nm].s = (size_t)json_integer_value(json_array_get(at, 0));
		m[nm].e = (size_t)json_integer_value(json_array_get(at, 1));
		m[nm].fig = i;
		nm++;
	}
	qsort(m, nm, sizeof(*m), cmp_mark);
	/* Drop overlaps, then turn code points into bytes in one pass. */
	for (i = 0, k = 0, prev_e = 0; i < nm; i++)
		if (i == 0 || m[i].s >= prev_e) {
			prev_e = m[i].e;
			m[k++] = m[i];
		}
	nm = k;
	for (i = 0, cp = 0, byte = 0; i < nm * 2; i++) {
		size_t *want = i % 2 == 0 ? &m[i / 2].s : &m[i / 2].e;

		while (cp < *want && byte < len) {
			step = rw_utf8_decode(text + byte, len - byte, &ch);
			byte += (size_t)step;
			cp++;
		}
		*want = byte;
	}
	para = para_new(paras);
	for (i = 0, byte = 0; i < nm; i++) {
		para = add_plain(paras, para, text + byte, m[i].s - byte);
		snprintf(fid, sizeof(fid), "f%zu", m[i].fig);
		seg = json_object();
		json_object_set_new(seg, "fid", json_string(fid));
		json_object_set_new(seg, "n", json_integer((json_int_t)
		    m[i].fig));
		f = json_array_get(figs, m[i].fig);
		json_object_set_new(seg, "kind_label", jstr(word_label(
		    L->t_kinds, jget_s(f, "kind"))));
		seg_add(para, text + m[i].s, m[i].e - m[i].s, seg);
		json_decref(seg);
		in_text[m[i].fig] = 1;
		byte = m[i].e;
	}
	add_plain(paras, para, text + byte, len - byte);
	/* A trailing empty paragraph is dropped. */
	k = json_array_size(paras);
	if (k > 0 && json_array_size(json_object_get(json_array_get(paras,
	    k - 1), "segs")) == 0)
		json_array_remove(paras, k - 1);
	free(m);
	return paras;
}

/* The figure's sentence split around the figure text, for the table. */
static json_t *
sentence_segs(const char *sentence, const char *text)
{
	json_t		*a = json_array();
	const char	*p;

	if (sentence == NULL || *sentence == '\0') {
		json_array_append_new(a, json_pack("{s:o,s:b}", "text",
		    jstr(text), "mark", 1));
		return a;
	}
	if (text == NULL || *text == '\0' ||
	    (p = strstr(sentence, text)) == NULL) {
		json_array_append_new(a, json_pack("{s:o}", "text",
		    jstr(sentence)));
		return a;
	}
	if (p > sentence)
		json_array_append_new(a, json_pack("{s:o}", "text",
		    jstrn(sentence, (size_t)(p - sentence))));
	json_array_append_new(a, json_pack("{s:o,s:b}", "text", jstr(text),
	    "mark", 1));
	if (p[strlen(text)] != '\0')
		json_array_append_new(a, json_pack("{s:o}", "text",
		    jstr(p + strlen(text))));
	return a;
}

static double
jnum(const json_t *o, const char *key)
{
	json_t	*v = json_object_get(o, key);

	return json_is_number(v) ? json_number_value(v) : NAN;
}

static json_t *
figures_table(struct ctx *c, const struct lang *L, json_t *figs,
    const unsigned char *in_text, const char *lroot)
{
	json_t		*a = json_array(), *f, *o;
	size_t		 i;
	int32_t		 rc;
	char		 id[32], *href;

	json_array_foreach(figs, i, f) {
		o = json_object();
		json_object_set_new(o, "n", json_integer((json_int_t)i));
		snprintf(id, sizeof(id), "f%zu", i);
		json_object_set_new(o, in_text[i] ? "ref" : "fid",
		    json_string(id));
		snprintf(id, sizeof(id), "fig-%zu", i);
		json_object_set_new(o, "row_id", json_string(id));
		value_strings(c, L, o, jnum(f, "value"), jnum(f, "max"),
		    jget_s(f, "unit"), jget_s(f, "per"));
		json_object_set_new(o, "kind_label", jstr(word_label(
		    L->t_kinds, jget_s(f, "kind"))));
		json_object_set_new(o, "qualifier", jstr(word_label(
		    L->t_quals, jget_s(f, "qualifier"))));
		json_object_set_new(o, "text", jstr(jget_s(f, "text")));
		json_object_set_new(o, "sentence", sentence_segs(
		    jget_s(f, "sentence"), jget_s(f, "text")));
		json_object_set_new(o, "occurrences", json_integer(
		    (json_int_t)json_array_size(json_object_get(f,
		    "occurrences"))));
		rc = code_parse(jget_s(f, "region"));
		if (rc != 0 && region_get(c, rc) != NULL) {
			json_object_set_new(o, "region_name",
			    jstr(region_name(c, L, rc)));
			href = xasprintf("%sregion/%06d.html", lroot, rc);
			json_object_set_new(o, "region_href", jstr(href));
			free(href);
		}
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *
pages_table(json_t *pages)
{
	json_t		*a = json_array(), *p, *o;
	const char	*url;
	size_t		 i;

	json_array_foreach(pages, i, p) {
		o = json_object();
		json_object_set_new(o, "rep", json_boolean(i == 0));
		json_object_set_new(o, "outlet", jstr(jget_s(p, "outlet")));
		json_object_set_new(o, "source", jstr(jget_s(p, "source")));
		json_object_set_new(o, "published",
		    jstr(jget_s(p, "published")));
		json_object_set_new(o, "title", jstr(jget_s(p, "title")));
		json_object_set_new(o, "file", jstr(jget_s(p, "file")));
		json_object_set_new(o, "similarity",
		    json_integer(jget_i(p, "similarity")));
		if (jget_i(p, "items") > 1)
			json_object_set_new(o, "roundup", json_pack("{s:I,s:I}",
			    "item", jget_i(p, "item") + 1, "items",
			    jget_i(p, "items")));
		url = jget_s(p, "url");
		if (web_url(url))
			json_object_set_new(o, "url", jstr(url));
		else if (url != NULL)
			json_object_set_new(o, "url_text", jstr(url));
		json_array_append_new(a, o);
	}
	return a;
}

static int
story_page(struct ctx *c, const struct lang *L, uint32_t si, json_t *j,
    const char *where, struct rw_err *e)
{
	const struct story	*s = &c->st[si];
	json_t			*d, *meta, *a, *v, *figs, *pages;
	const char		*lroot, *text, *url;
	unsigned char		*in_text;
	char			*rel, *href, slug[RW_SLUG_SIZE];
	size_t			 i;

	rel = xasprintf("story/%s.html", s->id);
	d = page_new(c, L, rel, s->title[0] != '\0' ? s->title :
	    tstr(L, "untitled"));
	lroot = json_string_value(json_object_get(d, "lroot"));
	page_index(c, L, d);
	meta = story_row(c, L, si, lroot);
	json_object_set_new(meta, "id", json_string(s->id));
	if (s->season[0] != '\0')
		json_object_set_new(meta, "season", json_string(s->season));
	if (s->region != 0)
		json_object_set_new(meta, "province", jstr(region_name(c, L,
		    s->region / 10000 * 10000)));
	json_object_set_new(d, "story", meta);
	json_object_set_new(d, "crumbs", crumbs_for(c, L, s->region, lroot));
	a = json_array();
	for (i = 0; i < s->ncampaigns; i++) {
		rw_slug(intern_str(&c->names, s->campaigns[i]), slug);
		href = xasprintf("%scampaign/%s.html", lroot, slug);
		json_array_append_new(a, json_pack("{s:o,s:s}", "name",
		    jstr(intern_str(&c->names, s->campaigns[i])), "href",
		    href));
		free(href);
	}
	set_list(d, "campaigns", a);
	a = json_array();
	json_array_foreach(json_object_get(j, "organizations"), i, v)
		if (json_is_string(v))
			json_array_append(a, v);
	set_list(d, "organizations", a);
	figs = json_object_get(j, "figures");
	if (!json_is_array(figs))
		figs = NULL;
	in_text = xcalloc(json_array_size(figs) + 1, 1);
	text = jget_s(j, "text");
	json_object_set_new(d, "paras", text_paras(c, where, text != NULL ?
	    text : "", text != NULL ? json_string_length(json_object_get(j,
	    "text")) : 0, figs, L, in_text));
	set_list(d, "figures", figures_table(c, L, figs, in_text, lroot));
	json_object_set_new(d, "nfigures", json_integer((json_int_t)
	    json_array_size(figs)));
	free(in_text);
	pages = json_object_get(j, "pages");
	json_object_set_new(d, "pages", pages_table(pages));
	json_object_set_new(d, "npages", json_integer((json_int_t)
	    json_array_size(pages)));
	url = jget_s(json_array_get(pages, 0), "url");
	if (web_url(url))
		json_object_set_new(d, "orig_url", jstr(url));
	return page_emit(c, L, "story", rel, d, 1, e) == -1 ? (free(rel), -1) :
	    (free(rel), 0);
}

static void
fig_collect(struct ctx *c, uint32_t si, size_t index, const json_t *f)
{
	struct fig	*g;
	const char	*t;

	if (c->nfigs == c->capfigs) {
		c->capfigs = c->capfigs ? c->capfigs * 2 : 4096;
		c->figs = xreallocarray(c->figs, c->capfigs, sizeof(*c->figs));
	}
	g = &c->figs[c->nfigs++];
	g->story = si;
	g->index = (uint32_t)index;
	g->value = jnum(f, "value");
	g->max = jnum(f, "max");
	g->region = code_parse(jget_s(f, "region"));
	t = jget_s(f, "unit");
	g->unit = t != NULL ? intern_id(&c->words, t) : NONE;
	t = jget_s(f, "per");
	g->per = t != NULL ? intern_id(&c->words, t) : NONE;
	t = jget_s(f, "kind");
	g->kind = t != NULL ? intern_id(&c->words, t) : NONE;
	t = jget_s(f, "qualifier");
	g->qual = t != NULL ? intern_id(&c->words, t) : NONE;
	t = jget_s(f, "text");
	g->text = (uint32_t)c->arena.len;
	rw_buf_adds(&c->arena, t != NULL ? t : "");
	rw_buf_addc(&c->arena, '\0');
}

static void
csv_region(struct ctx *c, struct rw_buf *b, int32_t code)
{
	char	 k[16];

	if (code != 0) {
		snprintf(k, sizeof(k), "%06d", code);
		rw_csv_text(b, k);
	}
	rw_csv_sep(b);
	rw_csv_text(b, code != 0 ? region_name(c, NULL, code) : NULL);
	rw_csv_sep(b);
	if (code != 0) {
		snprintf(k, sizeof(k), "%06d", code / 10000 * 10000);
		rw_csv_text(b, k);
	}
	rw_csv_sep(b);
}

static void
facts_csv_rows(struct ctx *c, struct rw_buf *b, uint32_t si, json_t *figs)
{
	const struct story	*s = &c->st[si];
	json_t			*f;
	size_t			 i;
	double			 v;
	char			 n[24];

	json_array_foreach(figs, i, f) {
		rw_csv_text(b, s->id);
		rw_csv_sep(b);
		rw_csv_int(b, (long long)i);
		rw_csv_sep(b);
		rw_csv_text(b, s->date);
		rw_csv_sep(b);
		rw_csv_text(b, s->season);
		rw_csv_sep(b);
		csv_region(c, b, code_parse(jget_s(f, "region")));
		rw_csv_text(b, jget_s(f, "kind"));
		rw_csv_sep(b);
		rw_csv_text(b, jget_s(f, "unit"));
		rw_csv_sep(b);
		rw_csv_text(b, jget_s(f, "per"));
		rw_csv_sep(b);
		rw_csv_text(b, jget_s(f, "qualifier"));
		rw_csv_sep(b);
		rw_csv_number(b, jnum(f, "value"));
		rw_csv_sep(b);
		if (!isnan(v = jnum(f, "max")))
			rw_csv_number(b, v);
		rw_csv_sep(b);
		rw_csv_text(b, jget_s(f, "text"));
		rw_csv_sep(b);
		rw_csv_text(b, jget_s(f, "sentence"));
		rw_csv_sep(b);
		rw_csv_text(b, s->outlet != NONE ? intern_str(&c->names,
		    s->outlet) : NULL);
		rw_csv_sep(b);
		rw_csv_text(b, s->title);
		rw_csv_sep(b);
		snprintf(n, sizeof(n), "#f%zu", i);
		rw_buf_printf(b, "story/%s.html%s", s->id, n);
		rw_csv_eol(b);
	}
}

static void
stories_csv_row(struct ctx *c, struct rw_buf *b, uint32_t si, json_t *j)
{
	const struct story	*s = &c->st[si];
	struct rw_buf		 t = RW_BUF_INIT;
	const char		*url;
	size_t			 i;

	rw_csv_text(b, s->id);
	rw_csv_sep(b);
	rw_csv_text(b, s->date);
	rw_csv_sep(b);
	rw_csv_text(b, s->season);
	rw_csv_sep(b);
	rw_csv_text(b, s->title);
	rw_csv_sep(b);
	rw_csv_text(b, s->outlet != NONE ? intern_str(&c->names, s->outlet) :
	    NULL);
	rw_csv_sep(b);
	csv_region(c, b, s->region);
	for (i = 0; i < s->ncampaigns; i++) {
		if (i > 0)
			rw_buf_addc(&t, ';');
		rw_buf_adds(&t, intern_str(&c->names, s->campaigns[i]));
	}
	rw_csv_text(b, rw_buf_cstr(&t));
	rw_csv_sep(b);
	rw_buf_truncate(&t, 0);
	for (i = 0; i < s->nsources; i++) {
		if (i > 0)
			rw_buf_addc(&t, ';');
		rw_buf_adds(&t, intern_str(&c->names, s->sources[i]));
	}
	rw_csv_text(b, rw_buf_cstr(&t));
	rw_csv_sep(b);
	rw_csv_int(b, s->npages);
	rw_csv_sep(b);
	rw_csv_int(b, s->nfigures);
	rw_csv_sep(b);
	url = jget_s(json_array_get(json_object_get(j, "pages"), 0), "url");
	rw_csv_text(b, web_url(url) ? url : NULL);
	rw_csv_sep(b);
	rw_buf_printf(b, "story/%s.html", s->id);
	rw_csv_eol(b);
	rw_buf_free(&t);
}

static const char facts_header[] = UTF8_BOM "story_id,figure,date,season,"
    "region_code,region_name,province_code,kind,unit,per,qualifier,value,"
    "max,text,sentence,outlet,story_title,story_page\r\n";
static const char stories_header[] = UTF8_BOM "story_id,date,season,title,"
    "outlet,region_code,region_name,province_code,campaigns,sources,pages,"
    "figures,url,story_page\r\n";

int
render_stories(struct ctx *c, struct rw_err *e)
{
	struct rw_afile	 fcsv, scsv;
	struct rw_lines	 l;
	struct rw_buf	 row = RW_BUF_INIT;
	json_error_t	 je;
	json_t		*j, *figs, *f;
	FILE		*fp;
	char		*path, where[64];
	uint64_t	 si;
	size_t		 i, k;
	int		 rc = -1, r;

	path = xasprintf("%s/stories.jsonl", c->o->stats_dir);
	if ((fp = fopen(path, "r")) == NULL) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		free(path);
		return -1;
	}
	if (rw_site_stream_open(c->site, "data/facts.csv", &fcsv, e) == -1) {
		fclose(fp);
		free(path);
		return -1;
	}
	if (rw_site_stream_open(c->site, "data/stories.csv", &scsv, e) == -1) {
		rw_afile_abort(&fcsv);
		fclose(fp);
		free(path);
		return -1;
	}
	fputs(facts_header, fcsv.fp);
	fputs(stories_header, scsv.fp);
	rw_lines_init(&l, fp, path, LINE_MAX_BYTES);
	while ((r = rw_lines_next(&l, e)) != 0) {
		snprintf(where, sizeof(where), "stories.jsonl:%lu", l.lineno);
		if (r == -1) {
			warn(c, where, "%s", e->msg);
			continue;
		}
		if (l.len == 0)
			continue;
		if ((j = json_loadb(l.line, l.len, 0, &je)) == NULL ||
		    !json_is_object(j)) {
			warn(c, where, "not a JSON object");
			json_decref(j);
			continue;
		}
		if (jget_s(j, "id") == NULL || strlen(jget_s(j, "id")) != 16 ||
		    !rw_map_get(c->story_by_id, jget_s(j, "id"), 16, &si)) {
			warn(c, where, "story not in index.jsonl (or bad id)");
			json_decref(j);
			continue;
		}
		if (c->st[si].seen) {
			warn(c, where, "story %s repeated", c->st[si].id);
			json_decref(j);
			continue;
		}
		c->st[si].seen = 1;
		figs = json_object_get(j, "figures");
		json_array_foreach(figs, i, f)
			fig_collect(c, (uint32_t)si, i, f);
		for (k = 0; k < c->nlangs; k++)
			if (story_page(c, &c->langs[k], (uint32_t)si, j, where,
			    e) == -1) {
				json_decref(j);
				goto out;
			}
		rw_buf_truncate(&row, 0);
		facts_csv_rows(c, &row, (uint32_t)si, figs);
		fwrite(row.data, 1, row.len, fcsv.fp);
		rw_buf_truncate(&row, 0);
		stories_csv_row(c, &row, (uint32_t)si, j);
		fwrite(row.data, 1, row.len, scsv.fp);
		json_decref(j);
	}
	for (si = 0; si < c->nst; si++)
		if (!c->st[si].seen)
			warn(c, "stories.jsonl", "story %s of index.jsonl is "
			    "missing", c->st[si].id);
	if (rw_site_stream_commit(c->site, &fcsv, e) == -1) {
		rw_afile_abort(&scsv);
		goto done;
	}
	if (rw_site_stream_commit(c->site, &scsv, e) == -1)
		goto done;
	rc = 0;
	goto done;
out:
	rw_afile_abort(&fcsv);
	rw_afile_abort(&scsv);
done:
	rw_buf_free(&row);
	rw_lines_free(&l);
	fclose(fp);
	free(path);
	return rc;
}

/* SPDX-License-Identifier: ISC */
/*
 * render_list.c - region pages (streaming regions.jsonl alongside the
 * region tree of stats.json), campaign and outlet pages, paginated story
 * lists, the facts explorer, the Atom feeds and the sitemap.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "io.h"
#include "render_int.h"

#define REGION_STORIES	20	/* newest stories on a region page */
#define REGION_FACTS	200	/* newest own figures on a region page */
#define FEED_ENTRIES	50
#define SITEMAP_MAX	50000	/* URLs per sitemap file (protocol limit) */
#define PAGER_WINDOW	3

/* --- paginated story lists -------------------------------------------- */

static char *
list_path(const char *base, size_t k)
{
	return k <= 1 ? xasprintf("%s.html", base) :
	    xasprintf("%s-%zu.html", base, k);
}

/* The basename of a list page, for links between pages of one list. */
static const char *
file_part(const char *path)
{
	const char	*s = strrchr(path, '/');

	return s != NULL ? s + 1 : path;
}

static json_t *
pager(const char *base, size_t k, size_t npages)
{
	json_t	*p, *a;
	char	*path;
	size_t	 i;

	if (npages <= 1)
		return json_null();
	p = json_object();
	a = json_array();
	for (i = 1; i <= npages; i++) {
		if (i != 1 && i != npages && (i + PAGER_WINDOW < k ||
		    i > k + PAGER_WINDOW)) {
			/* One gap marker per run of skipped pages. */
			if (i + PAGER_WINDOW + 1 == k || i == k +
			    PAGER_WINDOW + 1)
				json_array_append_new(a, json_pack("{s:b}",
				    "gap", 1));
			continue;
		}
		path = list_path(base, i);
		json_array_append_new(a, json_pack("{s:I,s:s,s:b}", "n",
		    (json_int_t)i, "href", file_part(path), "current",
		    i == k));
		free(path);
	}
	json_object_set_new(p, "pages", a);
	if (k > 1) {
		path = list_path(base, k - 1);
		json_object_set_new(p, "prev", json_string(file_part(path)));
		free(path);
	}
	if (k < npages) {
		path = list_path(base, k + 1);
		json_object_set_new(p, "next", json_string(file_part(path)));
		free(path);
	}
	json_object_set_new(p, "page", json_integer((json_int_t)k));
	json_object_set_new(p, "npages", json_integer((json_int_t)npages));
	return p;
}

int
render_list_pages(struct ctx *c, const struct lang *L, const char *base,
    const char *heading, json_t *intro, const struct u32v *stories,
    json_t *crumbs, struct rw_err *e)
{
	struct u32v	 order = { 0 };
	json_t		*d, *a, *row;
	const char	*lroot;
	char		*rel, *title;
	size_t		 k, npages, i;
	uint32_t	 v;
	int		 rc = 0;

	newest_first(c, stories, &order);
	npages = (order.n + PER_PAGE - 1) / PER_PAGE;
	if (npages == 0)
		npages = 1;
	for (k = 1; k <= npages && rc == 0; k++) {
		rel = list_path(base, k);
		title = k == 1 ? xstrdup(heading) : xasprintf("%s (%zu/%zu)",
		    heading, k, npages);
		d = page_new(c, L, rel, title);
		free(title);
		lroot = json_string_value(json_object_get(d, "lroot"));
		json_object_set_new(d, "heading", jstr(heading));
		if (k == 1 && intro != NULL) {
			/* A campaign's or outlet's own page: searchable by
			 * its name. */
			json_object_set(d, "intro", intro);
			page_index(c, L, d);
		}
		if (crumbs != NULL)
			json_object_set(d, "crumbs", crumbs);
		json_object_set_new(d, "total", json_integer((json_int_t)
		    order.n));
		a = json_array();
		for (i = (k - 1) * PER_PAGE; i < order.n && i < k * PER_PAGE;
		    i++) {
			v = order.v[i];
			row = story_row(c, L, v & ~ROLE_MASK, lroot);
			if (v & ROLE_OUTLET)
				json_object_set_new(row, "role_outlet",
				    json_true());
			if (v & ROLE_SOURCE)
				json_object_set_new(row, "role_source",
				    json_true());
			json_array_append_new(a, row);
		}
		json_object_set_new(d, "stories", a);
		json_object_set_new(d, "pager", pager(base, k, npages));
		rc = page_emit(c, L, "list", rel, d, 1, e);
		free(rel);
	}
	free(order.v);
	return rc;
}

/* --- region pages ----------------------------------------------------- */

/*
 * Own figures of one region (a regions.jsonl line; rec NULL if none), and
 * for each "kind\tunit\tseason" (season "" for all) the index of the
 * largest figure that is no rate, so the sums can say who reported it.
 */
struct own {
	json_t		*rec;
	json_t		*figs;
	struct rw_map	*best;
};

static void
own_index(struct own *own)
{
	struct rw_buf	 k = RW_BUF_INIT;
	json_t		*f, *o;
	const char	*season;
	uint64_t	 bi;
	size_t		 i, pass;
	double		 v;

	own->best = rw_map_new();
	json_array_foreach(own->figs, i, f) {
		if (jget_s(f, "per") != NULL)
			continue;
		v = json_number_value(json_object_get(f, "value"));
		season = jget_s(f, "season");
		for (pass = 0; pass < 2; pass++) {
			if (pass == 1 && season == NULL)
				break;
			rw_buf_truncate(&k, 0);
			rw_buf_printf(&k, "%s\t%s\t%s", jget_s(f, "kind") ?
			    jget_s(f, "kind") : "", jget_s(f, "unit") ?
			    jget_s(f, "unit") : "", pass == 0 ? "" : season);
			if (rw_map_get(own->best, k.data, k.len, &bi)) {
				o = json_array_get(own->figs, bi);
				if (!(v > json_number_value(json_object_get(o,
				    "value"))))
					continue;
			}
			rw_map_put(own->best, k.data, k.len, i);
		}
	}
	rw_buf_free(&k);
}

static const char *
level_label(const struct lang *L, int level)
{
	return word_label(L->t_levels, level == RW_LEVEL_PROVINCE ?
	    "province" : level == RW_LEVEL_PREFECTURE ? "prefecture" :
	    "county");
}

static json_t *
largest(struct own *own, const char *kind, const char *unit,
    const char *season)
{
	struct rw_buf	 k = RW_BUF_INIT;
	uint64_t	 i;
	json_t		*f = NULL;

	if (own->best == NULL)
		return NULL;
	rw_buf_printf(&k, "%s\t%s\t%s", kind ? kind : "", unit ? unit : "",
	    season ? season : "");
	if (rw_map_get(own->best, k.data, k.len, &i))
		f = json_array_get(own->figs, i);
	rw_buf_free(&k);
	return f;
}

static json_t *
totals_table(struct ctx *c, const struct lang *L, struct region *r,
    struct own *own, const char *lroot)
{
	json_t		*totals, *rows, *row, *a, *sets, *set, *best;
	const char	*key;
	struct rw_buf	 b = RW_BUF_INIT;
	uint64_t	 si;
	size_t		 i, k, nkeys;
	const char	**keys;
	char		*href;

	totals = json_object_get(r->rec, "totals");
	sets = json_array();
	nkeys = json_object_size(totals);
	keys = xcalloc(nkeys + 1, sizeof(*keys));
	k = 0;
	json_object_foreach(totals, key, rows)
		keys[k++] = key;
	nkeys = k;
	/* "all" first, then seasons, newest first (keys sort as text). */
	for (i = 0; i < nkeys; i++) {
		size_t j, m = i;

		for (j = i + 1; j < nkeys; j++)
			if (strcmp(keys[j], "all") == 0 || (strcmp(keys[m],
			    "all") != 0 && strcmp(keys[j], keys[m]) > 0))
				m = j;
		key = keys[m];
		keys[m] = keys[i];
		keys[i] = key;
	}
	for (k = 0; k < nkeys; k++) {
		set = json_object();
		json_object_set_new(set, "key", jstr(strcmp(keys[k], "all") ==
		    0 ? tstr(L, "all_seasons") : keys[k]));
		a = json_array();
		json_array_foreach(json_object_get(totals, keys[k]), i, row) {
			json_t *o = json_object();
			const char *kind = jget_s(row, "kind");
			const char *unit = jget_s(row, "unit");
			double sum = json_number_value(json_object_get(row,
			    "sum"));
			double max = json_number_value(json_object_get(row,
			    "max"));

			json_object_set_new(o, "kind_label",
			    jstr(word_label(L->t_kinds, kind)));
			json_object_set_new(o, "figures",
			    json_integer(jget_i(row, "figures")));
			json_object_set_new(o, "stories",
			    json_integer(jget_i(row, "stories")));
			value_strings(c, L, o, sum, NAN, unit, NULL);
			json_object_set_new(o, "sum_exact", json_incref(
			    json_object_get(o, "value_exact")));
			json_object_set_new(o, "sum_compact", json_incref(
			    json_object_get(o, "value_compact")));
			json_object_set_new(o, "sum_sort", json_incref(
			    json_object_get(o, "value_sort")));
			value_strings(c, L, o, max, NAN, unit, NULL);
			best = largest(own, kind, unit, strcmp(keys[k],
			    "all") == 0 ? NULL : keys[k]);
			if (best != NULL && rw_map_get(c->story_by_id,
			    jget_s(best, "story") != NULL ? jget_s(best,
			    "story") : "", 16, &si) && c->st[si].seen) {
				href = xasprintf("%sstory/%s.html#f%lld",
				    lroot, c->st[si].id, jget_i(best,
				    "figure"));
				json_object_set_new(o, "max_href", jstr(href));
				free(href);
				json_object_set_new(o, "max_outlet",
				    jstr(c->st[si].outlet != NONE ?
				    intern_str(&c->names, c->st[si].outlet) :
				    NULL));
				json_object_set_new(o, "max_date",
				    jstr(c->st[si].date));
			}
			json_array_append_new(a, o);
		}
		json_object_set_new(set, "rows", a);
		json_array_append_new(sets, set);
	}
	free(keys);
	rw_buf_free(&b);
	return sets;
}

static json_t *
own_facts(struct ctx *c, const struct lang *L, struct own *own,
    const char *lroot)
{
	json_t		*a = json_array(), *f, *o;
	size_t		 n, i;
	uint64_t	 si;
	char		*href;

	n = json_array_size(own->figs);
	for (i = n; i-- > 0 && json_array_size(a) < REGION_FACTS;) {
		f = json_array_get(own->figs, i);
		if (!rw_map_get(c->story_by_id, jget_s(f, "story") != NULL ?
		    jget_s(f, "story") : "", 16, &si) || !c->st[si].seen)
			continue;
		o = json_object();
		json_object_set_new(o, "date", jstr(c->st[si].date));
		json_object_set_new(o, "kind_label", jstr(word_label(
		    L->t_kinds, jget_s(f, "kind"))));
		json_object_set_new(o, "qualifier", jstr(word_label(
		    L->t_quals, jget_s(f, "qualifier"))));
		value_strings(c, L, o, json_number_value(json_object_get(f,
		    "value")), json_is_number(json_object_get(f, "max")) ?
		    json_number_value(json_object_get(f, "max")) : NAN,
		    jget_s(f, "unit"), jget_s(f, "per"));
		json_object_set_new(o, "text", jstr(jget_s(f, "text")));
		json_object_set_new(o, "story_title", jstr(c->st[si].title));
		href = xasprintf("%sstory/%s.html#f%lld", lroot,
		    c->st[si].id, jget_i(f, "figure"));
		json_object_set_new(o, "href", jstr(href));
		free(href);
		json_array_append_new(a, o);
	}
	return a;
}

static int
region_page(struct ctx *c, const struct lang *L, struct region *r,
    struct own *own, struct rw_err *e)
{
	struct rw_svg_opts	 so;
	struct rw_svg_item	*items;
	struct u32v		 order = { 0 };
	struct region		*ch;
	json_t			*d, *a, *months, *o, *crumbs;
	const char		*lroot, *name;
	char			*rel, *href, *base, *title, cname[48];
	size_t			 i, nm;
	int			 rc;

	rel = xasprintf("region/%06d.html", r->code);
	name = region_name(c, L, r->code);
	d = page_new(c, L, rel, name);
	lroot = json_string_value(json_object_get(d, "lroot"));
	page_index(c, L, d);
	o = json_object();
	json_object_set_new(o, "name", jstr(name));
	if (L->en && r->en_name != NULL)
		json_object_set_new(o, "local_name", jstr(r->name));
	json_object_set_new(o, "code", json_sprintf("%06d", r->code));
	json_object_set_new(o, "level_label", jstr(level_label(L,
	    r->level)));
	json_object_set_new(o, "stories", json_integer(jget_i(r->rec,
	    "stories")));
	json_object_set_new(o, "pages", json_integer(jget_i(r->rec,
	    "pages")));
	json_object_set_new(o, "figures", json_integer(jget_i(r->rec,
	    "figures")));
	json_object_set_new(o, "own_figures", json_integer(jget_i(r->rec,
	    "own_figures")));
	json_object_set_new(d, "region", o);
	crumbs = crumbs_for(c, L, r->parent, lroot);
	json_object_set_new(d, "crumbs", crumbs);
	json_object_set_new(d, "totals", totals_table(c, L, r, own, lroot));
	a = json_array();
	json_array_foreach(json_object_get(r->rec, "children"), i, o) {
		ch = region_get(c, code_parse(json_string_value(o)));
		if (ch == NULL)
			continue;
		href = xasprintf("%sregion/%06d.html", lroot, ch->code);
		json_array_append_new(a, json_pack("{s:o,s:s,s:o,s:I,s:I}",
		    "name", jstr(region_name(c, L, ch->code)), "href", href,
		    "level_label", jstr(level_label(L, ch->level)),
		    "stories", jget_i(ch->rec, "stories"), "figures",
		    jget_i(ch->rec, "figures")));
		free(href);
	}
	set_list(d, "children", a);
	/* Stories per month over the months of the whole site. */
	months = json_object_get(c->stats, "months");
	nm = json_array_size(months);
	items = xcalloc(nm + 1, sizeof(*items));
	for (i = 0; i < nm; i++)
		items[i].label = jget_s(json_array_get(months, i), "key");
	for (i = 0; i < r->stories.n; i++) {
		const struct story *s = &c->st[r->stories.v[i]];

		if (s->seen && s->month >= 0 && (size_t)s->month < nm)
			items[s->month].value++;
	}
	memset(&so, 0, sizeof(so));
	snprintf(cname, sizeof(cname), "region-%06d-timeline", r->code);
	so.id = "timeline";
	title = xasprintf("%s%s%s", name, L->en ? ": " : "",
	    tstr(L, "region_timeline_title"));
	so.title = title;
	so.desc = tstr(L, "timeline_desc");
	rc = nm > 0 ? chart_emit(c, L, cname, CHART_COLUMNS, &so, items, nm,
	    d, "timeline_svg", e) : 0;
	free(title);
	free(items);
	if (rc == -1) {
		json_decref(d);
		free(rel);
		return -1;
	}
	set_list(d, "facts", own_facts(c, L, own, lroot));
	json_object_set_new(d, "facts_total", json_integer((json_int_t)
	    json_array_size(own->figs)));
	/* The explorer page of the province holds every figure of this
	 * region and the places within it. */
	if (jget_i(r->rec, "figures") > 0) {
		href = xasprintf("%sfacts/%06d.html", lroot,
		    r->code / 10000 * 10000);
		json_object_set_new(d, "explorer_href", jstr(href));
		free(href);
	}
	newest_first(c, &r->stories, &order);
	a = json_array();
	for (i = 0; i < order.n && i < REGION_STORIES; i++)
		json_array_append_new(a, story_row(c, L, order.v[i], lroot));
	json_object_set_new(d, "stories", a);
	json_object_set_new(d, "stories_total", json_integer((json_int_t)
	    order.n));
	if (order.n > REGION_STORIES) {
		href = xasprintf("%sregion/%06d-stories.html", lroot,
		    r->code);
		json_object_set_new(d, "stories_href", jstr(href));
		free(href);
	}
	/* The list pages sit beside this page: same crumbs, with this
	 * region as the last link. */
	crumbs = crumbs_for(c, L, r->code, lroot);
	rc = page_emit(c, L, "region", rel, d, 1, e);
	free(rel);
	if (rc == 0 && order.n > REGION_STORIES) {
		base = xasprintf("region/%06d-stories", r->code);
		title = xasprintf("%s%s%s", name, L->en ? ": " : "",
		    tstr(L, "stories_of"));
		rc = render_list_pages(c, L, base, title, NULL, &r->stories,
		    crumbs, e);
		free(title);
		free(base);
	}
	json_decref(crumbs);
	free(order.v);
	return rc;
}

static int
render_region_index(struct ctx *c, const struct lang *L, struct rw_err *e)
{
	json_t		*d, *a, *o, *kids, *kid;
	struct region	*r, *ch;
	const char	*lroot;
	char		*href;
	size_t		 i, j;

	d = page_new(c, L, "region/index.html", tstr(L, "regions_title"));
	lroot = json_string_value(json_object_get(d, "lroot"));
	a = json_array();
	for (i = 0; i < c->nrg; i++) {
		r = &c->rg[i];
		if (r->level != RW_LEVEL_PROVINCE)
			continue;
		href = xasprintf("%sregion/%06d.html", lroot, r->code);
		o = json_pack("{s:o,s:s,s:I,s:I}", "name", jstr(region_name(c,
		    L, r->code)), "href", href, "stories", jget_i(r->rec,
		    "stories"), "figures", jget_i(r->rec, "figures"));
		free(href);
		kids = json_array();
		json_array_foreach(json_object_get(r->rec, "children"), j,
		    kid) {
			ch = region_get(c, code_parse(json_string_value(kid)));
			if (ch == NULL)
				continue;
			href = xasprintf("%sregion/%06d.html", lroot,
			    ch->code);
			json_array_append_new(kids, json_pack("{s:o,s:s,s:I}",
			    "name", jstr(region_name(c, L, ch->code)), "href",
			    href, "stories", jget_i(ch->rec, "stories")));
			free(href);
		}
		json_object_set_new(o, "children", kids);
		json_array_append_new(a, o);
	}
	json_object_set_new(d, "provinces", a);
	return page_emit(c, L, "regions", "region/index.html", d, 1, e);
}

int
render_regions(struct ctx *c, struct rw_err *e)
{
	struct rw_lines	 l;
	struct own	 own, none;
	json_error_t	 je;
	json_t		*j = NULL;
	FILE		*fp;
	char		*path, where[64];
	size_t		 i, k;
	int		 r, rc = -1, code = 0;

	path = xasprintf("%s/regions.jsonl", c->o->stats_dir);
	if ((fp = fopen(path, "r")) == NULL) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		free(path);
		return -1;
	}
	rw_lines_init(&l, fp, path, LINE_MAX_BYTES);
	memset(&none, 0, sizeof(none));
	/* Both are sorted by code: walk them side by side. */
	for (i = 0; i < c->nrg; i++) {
		while (j == NULL || code < c->rg[i].code) {
			json_decref(j);
			j = NULL;
			code = 0;
			if ((r = rw_lines_next(&l, e)) == 0) {
				code = INT32_MAX;
				break;
			}
			snprintf(where, sizeof(where), "regions.jsonl:%lu",
			    l.lineno);
			if (r == -1) {
				warn(c, where, "%s", e->msg);
				continue;
			}
			if ((j = json_loadb(l.line, l.len, 0, &je)) == NULL ||
			    (code = code_parse(jget_s(j, "code"))) == 0) {
				warn(c, where, "not a region record");
				json_decref(j);
				j = NULL;
				continue;
			}
			if (code < c->rg[i].code)
				warn(c, where, "region %06d not in stats.json "
				    "(or out of order)", code);
		}
		if (j != NULL && code == c->rg[i].code) {
			own.rec = j;
			own.figs = json_object_get(j, "figures");
			own_index(&own);
		} else
			own = none;
		for (k = 0; k < c->nlangs; k++)
			if (region_page(c, &c->langs[k], &c->rg[i], &own,
			    e) == -1) {
				rw_map_free(own.best);
				goto out;
			}
		rw_map_free(own.best);
	}
	for (k = 0; k < c->nlangs; k++)
		if (render_region_index(c, &c->langs[k], e) == -1)
			goto out;
	rc = 0;
out:
	json_decref(j);
	rw_lines_free(&l);
	fclose(fp);
	free(path);
	return rc;
}

/* --- campaigns and outlets -------------------------------------------- */

static json_t *
bucket_counts(json_t *b)
{
	if (b == NULL)
		return json_null();
	return json_pack("{s:I,s:I,s:I}", "stories", jget_i(b, "stories"),
	    "pages", jget_i(b, "pages"), "figures", jget_i(b, "figures"));
}

static int
entity_pages(struct ctx *c, const struct lang *L, struct entity *ents,
    size_t n, const char *dir, const char *index_title,
    const char *tmpl_index, struct rw_err *e)
{
	struct rw_map	*slugs = rw_map_new();
	struct u32v	 order = { 0 };
	struct entity	*en;
	json_t		*d, *a, *intro, *crumbs;
	const char	*name, *lroot;
	char		 slug[RW_SLUG_SIZE], *base, *href, *idx;
	size_t		 i;
	int		 rc = 0;

	idx = xasprintf("%s/index.html", dir);
	d = page_new(c, L, idx, index_title);
	lroot = json_string_value(json_object_get(d, "lroot"));
	entity_order(c, ents, n, &order);
	a = json_array();
	for (i = 0; i < order.n && rc == 0; i++) {
		en = &ents[order.v[i]];
		name = intern_str(&c->names, en->name);
		rw_slug(name, slug);
		if (rw_map_get(slugs, slug, 16, NULL)) {
			warn(c, name, "slug collision; page skipped");
			continue;
		}
		rw_map_put(slugs, slug, 16, i);
		href = xasprintf("%s%s/%s.html", lroot, dir, slug);
		intro = json_object();
		json_object_set_new(intro, "name", jstr(name));
		json_object_set_new(intro, "campaign", bucket_counts(
		    en->bucket));
		json_object_set_new(intro, "as_outlet", bucket_counts(
		    en->as_outlet));
		json_object_set_new(intro, "as_source", bucket_counts(
		    en->as_source));
		json_array_append_new(a, json_pack("{s:o,s:s,s:I,s:O}",
		    "name", jstr(name), "href", href, "stories",
		    (json_int_t)en->stories.n, "counts", intro));
		free(href);
		base = xasprintf("%s/%s", dir, slug);
		crumbs = json_array();
		href = xasprintf("%s%s", lroot, idx);
		json_array_append_new(crumbs, json_pack("{s:s,s:s}", "name",
		    index_title, "href", href));
		free(href);
		rc = render_list_pages(c, L, base, name, intro, &en->stories,
		    crumbs, e);
		json_decref(crumbs);
		json_decref(intro);
		free(base);
	}
	json_object_set_new(d, "entities", a);
	json_object_set_new(d, "heading", jstr(index_title));
	if (rc == 0)
		rc = page_emit(c, L, tmpl_index, idx, d, 1, e);
	else
		json_decref(d);
	free(idx);
	free(order.v);
	rw_map_free(slugs);
	return rc;
}

int
render_entities(struct ctx *c, struct rw_err *e)
{
	size_t	 k;

	for (k = 0; k < c->nlangs; k++) {
		if (entity_pages(c, &c->langs[k], c->camps, c->ncamps,
		    "campaign", tstr(&c->langs[k], "campaigns_title"),
		    "campaigns", e) == -1 ||
		    entity_pages(c, &c->langs[k], c->outlets, c->noutlets,
		    "outlet", tstr(&c->langs[k], "outlets_title"), "outlets",
		    e) == -1)
			return -1;
	}
	return 0;
}

int
render_all_stories(struct ctx *c, struct rw_err *e)
{
	struct u32v	 all = { 0 };
	size_t		 i, k;
	int		 rc = 0;

	for (i = 0; i < c->nst; i++)
		u32v_push(&all, (uint32_t)i);
	for (k = 0; k < c->nlangs && rc == 0; k++)
		rc = render_list_pages(c, &c->langs[k], "story/index",
		    tstr(&c->langs[k], "stories_title"), NULL, &all, NULL, e);
	free(all.v);
	return rc;
}

/* --- facts explorer --------------------------------------------------- */

struct frow {
	int32_t		 prov;		/* 0: no region */
	uint32_t	 rank;		/* story position, newest first */
	uint32_t	 index;
	uint32_t	 fig;
};

static int
cmp_frow(const void *a, const void *b)
{
	const struct frow	*x = a, *y = b;

	if (x->prov != y->prov)
		return x->prov < y->prov ? -1 : 1;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static json_t *
fact_row(struct ctx *c, const struct lang *L, const struct fig *g,
    const char *lroot)
{
	const struct story	*s = &c->st[g->story];
	json_t			*o = json_object();
	const char		*kind = intern_str(&c->words, g->kind);
	char			*href;

	json_object_set_new(o, "date", jstr(s->date));
	json_object_set_new(o, "season", jstr(s->season));
	json_object_set_new(o, "kind", jstr(kind));
	json_object_set_new(o, "kind_label", jstr(word_label(L->t_kinds,
	    kind)));
	json_object_set_new(o, "qualifier", jstr(word_label(L->t_quals,
	    intern_str(&c->words, g->qual))));
	value_strings(c, L, o, g->value, g->max, intern_str(&c->words,
	    g->unit), intern_str(&c->words, g->per));
	json_object_set_new(o, "text", jstr(c->arena.data + g->text));
	if (g->region != 0 && region_get(c, g->region) != NULL) {
		json_object_set_new(o, "region_name", jstr(region_name(c, L,
		    g->region)));
		href = xasprintf("%sregion/%06d.html", lroot, g->region);
		json_object_set_new(o, "region_href", jstr(href));
		free(href);
	}
	json_object_set_new(o, "story_title", jstr(s->title));
	json_object_set_new(o, "outlet", jstr(s->outlet != NONE ?
	    intern_str(&c->names, s->outlet) : NULL));
	href = xasprintf("%sstory/%s.html#f%u", lroot, s->id, g->index);
	json_object_set_new(o, "href", jstr(href));
	free(href);
	return o;
}

static int
explorer_lang(struct ctx *c, const struct lang *L, const struct frow *rows,
    size_t n, struct rw_err *e)
{
	json_t		*idx, *groups, *d, *a;
	const char	*lroot, *gname;
	char		*base, *rel, *title, *href, key[16];
	size_t		 i, j, g, k, npages;
	int		 rc = 0;

	idx = page_new(c, L, "facts/index.html", tstr(L, "facts_title"));
	lroot = json_string_value(json_object_get(idx, "lroot"));
	groups = json_array();
	for (i = 0; i < n && rc == 0; i = j) {
		for (j = i; j < n && rows[j].prov == rows[i].prov; j++)
			continue;
		if (rows[i].prov != 0) {
			snprintf(key, sizeof(key), "%06d", rows[i].prov);
			gname = region_name(c, L, rows[i].prov);
		} else {
			snprintf(key, sizeof(key), "none");
			gname = tstr(L, "no_region");
		}
		if (gname == NULL)
			gname = key;
		base = xasprintf("facts/%s", key);
		npages = (j - i + FACTS_PER_PAGE - 1) / FACTS_PER_PAGE;
		href = xasprintf("%s%s.html", lroot, base);
		json_array_append_new(groups, json_pack("{s:o,s:s,s:I,s:I}",
		    "name", jstr(gname), "href", href, "figures",
		    (json_int_t)(j - i), "npages", (json_int_t)npages));
		free(href);
		for (k = 1; k <= npages && rc == 0; k++) {
			rel = list_path(base, k);
			title = xasprintf("%s%s%s (%zu/%zu)", tstr(L,
			    "facts_title"), L->en ? ": " : " · ", gname, k,
			    npages);
			d = page_new(c, L, rel, title);
			free(title);
			json_object_set_new(d, "heading", jstr(gname));
			json_object_set_new(d, "total", json_integer(
			    (json_int_t)(j - i)));
			a = json_array();
			for (g = i + (k - 1) * FACTS_PER_PAGE; g < j &&
			    g < i + k * FACTS_PER_PAGE; g++)
				json_array_append_new(a, fact_row(c, L,
				    &c->figs[rows[g].fig], json_string_value(
				    json_object_get(d, "lroot"))));
			json_object_set_new(d, "rows", a);
			json_object_set_new(d, "pager", pager(base, k, npages));
			href = xasprintf("%sfacts/index.html",
			    json_string_value(json_object_get(d, "lroot")));
			json_object_set_new(d, "crumbs", json_pack(
			    "[{s:s,s:s}]", "name", tstr(L, "facts_title"),
			    "href", href));
			free(href);
			rc = page_emit(c, L, "facts", rel, d, 1, e);
			free(rel);
		}
		free(base);
	}
	json_object_set_new(idx, "groups", groups);
	json_object_set_new(idx, "total", json_integer((json_int_t)n));
	if (rc == 0)
		rc = page_emit(c, L, "facts-index", "facts/index.html", idx, 1,
		    e);
	else
		json_decref(idx);
	return rc;
}

int
render_explorer(struct ctx *c, struct rw_err *e)
{
	struct u32v	 all = { 0 }, order = { 0 };
	struct frow	*rows;
	uint32_t	*rank;
	size_t		 i, k;
	int32_t		 p;
	int		 rc = 0;

	rank = xcalloc(c->nst + 1, sizeof(*rank));
	for (i = 0; i < c->nst; i++)
		u32v_push(&all, (uint32_t)i);
	newest_first(c, &all, &order);
	for (i = 0; i < order.n; i++)
		rank[order.v[i]] = (uint32_t)i;
	rows = xcalloc(c->nfigs + 1, sizeof(*rows));
	for (i = 0; i < c->nfigs; i++) {
		p = c->figs[i].region / 10000 * 10000;
		rows[i].prov = p != 0 && region_get(c, p) != NULL ? p : 0;
		rows[i].rank = rank[c->figs[i].story];
		rows[i].index = c->figs[i].index;
		rows[i].fig = (uint32_t)i;
	}
	/* Figures without a province go last. */
	for (i = 0; i < c->nfigs; i++)
		if (rows[i].prov == 0)
			rows[i].prov = INT32_MAX;
	qsort(rows, c->nfigs, sizeof(*rows), cmp_frow);
	for (i = 0; i < c->nfigs; i++)
		if (rows[i].prov == INT32_MAX)
			rows[i].prov = 0;
	for (k = 0; k < c->nlangs && rc == 0; k++)
		rc = explorer_lang(c, &c->langs[k], rows, c->nfigs, e);
	free(rows);
	free(rank);
	free(all.v);
	free(order.v);
	return rc;
}

/* --- feed and sitemap ------------------------------------------------- */

static char *
abs_url(struct ctx *c, const char *path)
{
	return c->o->base_url != NULL ? xasprintf("%s/%s", c->o->base_url,
	    path) : xstrdup(path);
}

int
render_feed(struct ctx *c, struct rw_err *e)
{
	const struct lang	*L;
	json_t			*d, *a, *o;
	struct tm		 tm;
	time_t			 t;
	char			 upd[32], *href, *path, *rel;
	size_t			 i, k, n;
	const char		*newest = NULL;

	for (i = c->nst; i-- > 0;)
		if (c->st[i].seen && c->st[i].date[0] != '\0') {
			newest = c->st[i].date;
			break;
		}
	if (c->o->updated >= 0) {
		t = (time_t)c->o->updated;
		gmtime_r(&t, &tm);
		strftime(upd, sizeof(upd), "%Y-%m-%dT%H:%M:%SZ", &tm);
	} else if (newest != NULL)
		snprintf(upd, sizeof(upd), "%sT00:00:00Z", newest);
	else
		snprintf(upd, sizeof(upd), "1970-01-01T00:00:00Z");
	for (k = 0; k < c->nlangs; k++) {
		L = &c->langs[k];
		rel = xasprintf("%sfeed.xml", L->prefix);
		d = json_object();
		json_object_set(d, "t", L->t);
		json_object_set_new(d, "updated", json_string(upd));
		href = xasprintf("%sindex.html", L->prefix);
		path = abs_url(c, href);
		json_object_set_new(d, "site_href", jstr(c->o->base_url !=
		    NULL ? path : "index.html"));
		free(path);
		free(href);
		path = abs_url(c, rel);
		json_object_set_new(d, "self_href", jstr(c->o->base_url !=
		    NULL ? path : "feed.xml"));
		free(path);
		json_object_set_new(d, "feed_id", c->o->base_url != NULL ?
		    json_sprintf("%s/%s", c->o->base_url, rel) :
		    json_sprintf("urn:reliefwatch:feed:%s", L->code));
		a = json_array();
		for (i = c->nst, n = 0; i-- > 0 && n < FEED_ENTRIES;) {
			const struct story *s = &c->st[i];

			if (!s->seen || s->date[0] == '\0')
				continue;
			o = story_row(c, L, (uint32_t)i, "");
			json_object_set_new(o, "updated", json_sprintf(
			    "%sT00:00:00Z", s->date));
			if (c->o->base_url != NULL) {
				path = xasprintf("%s/%sstory/%s.html",
				    c->o->base_url, L->prefix, s->id);
				json_object_set_new(o, "href", jstr(path));
				json_object_set_new(o, "entry_id", jstr(path));
				free(path);
			} else
				json_object_set_new(o, "entry_id",
				    json_sprintf("urn:reliefwatch:story:%s",
				    s->id));
			json_array_append_new(a, o);
			n++;
		}
		json_object_set_new(d, "entries", a);
		rw_buf_truncate(&c->out, 0);
		if (rw_tmpl_set_render(c->tmpl, "feed", d, &c->out, e) == -1 ||
		    rw_site_write(c->site, rel, c->out.data, c->out.len,
		    e) == -1) {
			json_decref(d);
			free(rel);
			return -1;
		}
		json_decref(d);
		free(rel);
	}
	return 0;
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
render_sitemap(struct ctx *c, struct rw_err *e)
{
	struct rw_buf	 b = RW_BUF_INIT;
	size_t		 i, k, nfiles;
	char		*name, *url;
	int		 rc = 0;

	qsort(c->urls, c->nurls, sizeof(*c->urls), cmpstr);
	nfiles = (c->nurls + SITEMAP_MAX - 1) / SITEMAP_MAX;
	for (k = 0; k < nfiles && rc == 0; k++) {
		rw_buf_truncate(&b, 0);
		rw_buf_adds(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		    "<urlset xmlns=\"http://www.sitemaps.org/schemas/"
		    "sitemap/0.9\">\n");
		for (i = k * SITEMAP_MAX; i < c->nurls &&
		    i < (k + 1) * SITEMAP_MAX; i++) {
			url = abs_url(c, c->urls[i]);
			rw_buf_adds(&b, "<url><loc>");
			rw_tmpl_escape_html(&b, url, strlen(url));
			rw_buf_adds(&b, "</loc></url>\n");
			free(url);
		}
		rw_buf_adds(&b, "</urlset>\n");
		name = nfiles == 1 ? xstrdup("sitemap.xml") :
		    xasprintf("sitemap-%zu.xml", k + 1);
		rc = rw_site_write(c->site, name, b.data, b.len, e);
		free(name);
	}
	if (rc == 0 && nfiles > 1) {
		rw_buf_truncate(&b, 0);
		rw_buf_adds(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		    "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/"
		    "sitemap/0.9\">\n");
		for (k = 0; k < nfiles; k++) {
			name = xasprintf("sitemap-%zu.xml", k + 1);
			url = abs_url(c, name);
			rw_buf_adds(&b, "<sitemap><loc>");
			rw_tmpl_escape_html(&b, url, strlen(url));
			rw_buf_adds(&b, "</loc></sitemap>\n");
			free(url);
			free(name);
		}
		rw_buf_adds(&b, "</sitemapindex>\n");
		rc = rw_site_write(c->site, "sitemap.xml", b.data, b.len, e);
	}
	rw_buf_free(&b);
	return rc;
}

/* SPDX-License-Identifier: ISC */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "record.h"
#include "utf8.h"

/* Compact, sorted keys; reals with enough digits for any figure. */
#define DUMP_FLAGS (JSON_COMPACT | JSON_SORT_KEYS | JSON_REAL_PRECISION(15))

/* A JSON string or null; never fails on bad UTF-8 (it is repaired). */
static json_t *
jstr(const char *s)
{
	json_t	*j;
	char	*fix;
	size_t	 n;

	if (s == NULL)
		return json_null();
	n = strlen(s);
	if ((j = json_stringn(s, n)) != NULL)
		return j;
	fix = rw_utf8_sanitize(s, n);
	j = json_string(fix);
	free(fix);
	return j != NULL ? j : json_string("");
}

static json_t *
jstrv(char **v, size_t n)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; i < n; i++)
		json_array_append_new(a, jstr(v[i]));
	return a;
}

/* Integral values print as JSON integers, others as reals. */
static json_t *
jnum(double v)
{
	if (isfinite(v) && v == floor(v) && fabs(v) < 9007199254740992.0)
		return json_integer((json_int_t)v);
	if (!isfinite(v))
		return json_null();
	return json_real(v);
}

static char *
dump(json_t *o)
{
	char	*s;

	s = json_dumps(o, DUMP_FLAGS);
	json_decref(o);
	if (s == NULL)
		abort();	/* only on OOM: all values are valid */
	return s;
}

/* --- decoding helpers ------------------------------------------------ */

/* Copies an optional string member; -1 on a wrong type. */
static int
gstr(json_t *o, const char *key, char **out, struct rw_err *e)
{
	json_t	*v = json_object_get(o, key);

	*out = NULL;
	if (v == NULL || json_is_null(v))
		return 0;
	if (!json_is_string(v)) {
		rw_err_set(e, "field \"%s\" is not a string", key);
		return -1;
	}
	*out = xstrndup(json_string_value(v), json_string_length(v));
	return 0;
}

static int
gstrv(json_t *o, const char *key, char ***out, size_t *n, struct rw_err *e)
{
	json_t	*v = json_object_get(o, key), *x;
	size_t	 i;

	*out = NULL;
	*n = 0;
	if (v == NULL || json_is_null(v))
		return 0;
	if (!json_is_array(v)) {
		rw_err_set(e, "field \"%s\" is not an array", key);
		return -1;
	}
	json_array_foreach(v, i, x) {
		if (!json_is_string(x)) {
			rw_err_set(e, "field \"%s\" holds a non-string", key);
			return -1;
		}
		rw_strv_push(out, n, json_string_value(x));
	}
	return 0;
}

static int
gnum(json_t *o, const char *key, double *out, int *has, struct rw_err *e)
{
	json_t	*v = json_object_get(o, key);

	*out = 0;
	if (has != NULL)
		*has = 0;
	if (v == NULL || json_is_null(v))
		return 0;
	if (!json_is_number(v)) {
		rw_err_set(e, "field \"%s\" is not a number", key);
		return -1;
	}
	*out = json_number_value(v);
	if (has != NULL)
		*has = 1;
	return 0;
}

static json_t *
parse_object(const char *s, size_t n, struct rw_err *e)
{
	json_error_t	 je;
	json_t		*o;

	o = json_loadb(s, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
	if (o == NULL) {
		rw_err_set(e, "invalid JSON at column %d: %s", je.column,
		    je.text);
		return NULL;
	}
	if (!json_is_object(o)) {
		rw_err_set(e, "record is not a JSON object");
		json_decref(o);
		return NULL;
	}
	return o;
}

static int
check_schema(json_t *o, const char *want, struct rw_err *e)
{
	json_t	*v = json_object_get(o, "schema");

	/* Records without a schema (hand-written, other tools) are read
	 * as the current version. */
	if (v == NULL || json_is_null(v))
		return 0;
	if (!json_is_string(v) || strcmp(json_string_value(v), want) != 0) {
		rw_err_set(e, "unknown schema (want \"%s\")", want);
		return -1;
	}
	return 0;
}

/* --- article --------------------------------------------------------- */

struct rw_article *
rw_article_new(void)
{
	return xcalloc(1, sizeof(struct rw_article));
}

void
rw_article_free(struct rw_article *a)
{
	size_t	 i;

	if (a == NULL)
		return;
	free(a->id);
	free(a->file);
	free(a->error);
	free(a->url);
	free(a->title);
	free(a->published);
	free(a->source);
	free(a->origin);
	free(a->site);
	free(a->site_code);
	rw_strv_free(a->authors, a->nauthors);
	free(a->category);
	free(a->text);
	for (i = 0; i < a->nimages; i++) {
		free(a->images[i].src);
		free(a->images[i].caption);
	}
	free(a->images);
	for (i = 0; i < a->nrelated; i++) {
		free(a->related[i].title);
		free(a->related[i].href);
		free(a->related[i].date);
		free(a->related[i].snippet);
	}
	free(a->related);
	free(a->lang);
	free(a->encoding);
	if (a->snapshot != NULL) {
		free(a->snapshot->site);
		free(a->snapshot->time);
		free(a->snapshot->original_url);
		free(a->snapshot);
	}
	free(a->sha);
	free(a);
}

char *
rw_article_encode(const struct rw_article *a)
{
	json_t	*o = json_object(), *arr, *x;
	size_t	 i;

	json_object_set_new(o, "file", jstr(a->file));
	if (a->error != NULL) {
		json_object_set_new(o, "error", jstr(a->error));
		return dump(o);
	}
	json_object_set_new(o, "schema", json_string(RW_ARTICLE_SCHEMA));
	json_object_set_new(o, "id", jstr(a->id));
	json_object_set_new(o, "sha", jstr(a->sha));
	json_object_set_new(o, "url", jstr(a->url));
	json_object_set_new(o, "title", jstr(a->title));
	json_object_set_new(o, "published", jstr(a->published));
	json_object_set_new(o, "source", jstr(a->source));
	json_object_set_new(o, "origin", jstr(a->origin));
	json_object_set_new(o, "site", jstr(a->site));
	json_object_set_new(o, "site_code", jstr(a->site_code));
	json_object_set_new(o, "authors", jstrv(a->authors, a->nauthors));
	json_object_set_new(o, "category", jstr(a->category));
	json_object_set_new(o, "text", jstr(a->text != NULL ? a->text : ""));
	arr = json_array();
	for (i = 0; i < a->nimages; i++) {
		x = json_object();
		json_object_set_new(x, "src", jstr(a->images[i].src));
		json_object_set_new(x, "caption", jstr(a->images[i].caption));
		json_array_append_new(arr, x);
	}
	json_object_set_new(o, "images", arr);
	arr = json_array();
	for (i = 0; i < a->nrelated; i++) {
		x = json_object();
		json_object_set_new(x, "title", jstr(a->related[i].title));
		json_object_set_new(x, "href", jstr(a->related[i].href));
		json_object_set_new(x, "date", jstr(a->related[i].date));
		json_object_set_new(x, "snippet", jstr(a->related[i].snippet));
		json_array_append_new(arr, x);
	}
	json_object_set_new(o, "related", arr);
	json_object_set_new(o, "lang", jstr(a->lang));
	json_object_set_new(o, "encoding", jstr(a->encoding));
	if (a->snapshot != NULL) {
		x = json_object();
		json_object_set_new(x, "site", jstr(a->snapshot->site));
		json_object_set_new(x, "time", jstr(a->snapshot->time));
		json_object_set_new(x, "original_url",
		    jstr(a->snapshot->original_url));
		json_object_set_new(o, "snapshot", x);
	} else
		json_object_set_new(o, "snapshot", json_null());
	return dump(o);
}

struct rw_article *
rw_article_decode(const char *s, size_t n, struct rw_err *e)
{
	struct rw_article	*a;
	json_t			*o, *arr, *x;
	size_t			 i;

	if ((o = parse_object(s, n, e)) == NULL)
		return NULL;
	a = rw_article_new();
	if (gstr(o, "file", &a->file, e) == -1 ||
	    gstr(o, "error", &a->error, e) == -1)
		goto fail;
	if (a->error != NULL) {
		json_decref(o);
		return a;
	}
	if (check_schema(o, RW_ARTICLE_SCHEMA, e) == -1 ||
	    gstr(o, "id", &a->id, e) == -1 ||
	    gstr(o, "sha", &a->sha, e) == -1 ||
	    gstr(o, "url", &a->url, e) == -1 ||
	    gstr(o, "title", &a->title, e) == -1 ||
	    gstr(o, "published", &a->published, e) == -1 ||
	    gstr(o, "source", &a->source, e) == -1 ||
	    gstr(o, "origin", &a->origin, e) == -1 ||
	    gstr(o, "site", &a->site, e) == -1 ||
	    gstr(o, "site_code", &a->site_code, e) == -1 ||
	    gstrv(o, "authors", &a->authors, &a->nauthors, e) == -1 ||
	    gstr(o, "category", &a->category, e) == -1 ||
	    gstr(o, "text", &a->text, e) == -1 ||
	    gstr(o, "lang", &a->lang, e) == -1 ||
	    gstr(o, "encoding", &a->encoding, e) == -1)
		goto fail;
	if (a->id == NULL) {
		rw_err_set(e, "field \"id\" is missing");
		goto fail;
	}
	if (a->text == NULL)
		a->text = xstrdup("");
	arr = json_object_get(o, "images");
	if (json_is_array(arr)) {
		a->images = xcalloc(json_array_size(arr) + 1,
		    sizeof(*a->images));
		json_array_foreach(arr, i, x) {
			if (!json_is_object(x))
				continue;
			if (gstr(x, "src", &a->images[a->nimages].src, e) ||
			    gstr(x, "caption", &a->images[a->nimages].caption,
			    e))
				goto fail;
			a->nimages++;
		}
	}
	arr = json_object_get(o, "related");
	if (json_is_array(arr)) {
		a->related = xcalloc(json_array_size(arr) + 1,
		    sizeof(*a->related));
		json_array_foreach(arr, i, x) {
			struct rw_link *l = &a->related[a->nrelated];

			if (!json_is_object(x))
				continue;
			if (gstr(x, "title", &l->title, e) ||
			    gstr(x, "href", &l->href, e) ||
			    gstr(x, "date", &l->date, e) ||
			    gstr(x, "snippet", &l->snippet, e))
				goto fail;
			a->nrelated++;
		}
	}
	x = json_object_get(o, "snapshot");
	if (json_is_object(x)) {
		a->snapshot = xcalloc(1, sizeof(*a->snapshot));
		if (gstr(x, "site", &a->snapshot->site, e) ||
		    gstr(x, "time", &a->snapshot->time, e) ||
		    gstr(x, "original_url", &a->snapshot->original_url, e))
			goto fail;
	}
	json_decref(o);
	return a;
fail:
	json_decref(o);
	rw_article_free(a);
	return NULL;
}

/* --- facts ----------------------------------------------------------- */

struct rw_facts *
rw_facts_new(void)
{
	return xcalloc(1, sizeof(struct rw_facts));
}

void
rw_measure_clear(struct rw_measure *m)
{
	free(m->text);
	free(m->sentence);
	free(m->unit);
	free(m->qualifier);
	free(m->per);
	free(m->kind);
	free(m->region);
	memset(m, 0, sizeof(*m));
}

void
rw_item_clear(struct rw_item *it)
{
	size_t	 i;

	free(it->title);
	free(it->origin);
	free(it->region);
	free(it->province);
	for (i = 0; i < it->nregions; i++) {
		free(it->regions[i].code);
		free(it->regions[i].name);
	}
	free(it->regions);
	rw_strv_free(it->campaigns, it->ncampaigns);
	rw_strv_free(it->organizations, it->norganizations);
	for (i = 0; i < it->nmeasures; i++)
		rw_measure_clear(&it->measures[i]);
	free(it->measures);
	memset(it, 0, sizeof(*it));
}

void
rw_facts_free(struct rw_facts *f)
{
	size_t	 i;

	if (f == NULL)
		return;
	free(f->id);
	free(f->file);
	free(f->error);
	for (i = 0; i < f->nitems; i++)
		rw_item_clear(&f->items[i]);
	free(f->items);
	free(f);
}

static json_t *
measure_json(const struct rw_measure *m)
{
	json_t	*x = json_object();

	json_object_set_new(x, "text", jstr(m->text));
	json_object_set_new(x, "start", json_integer((json_int_t)m->start));
	json_object_set_new(x, "end", json_integer((json_int_t)m->end));
	json_object_set_new(x, "sentence", jstr(m->sentence));
	json_object_set_new(x, "value", jnum(m->value));
	json_object_set_new(x, "unit", jstr(m->unit));
	json_object_set_new(x, "qualifier",
	    jstr(m->qualifier != NULL ? m->qualifier : "exact"));
	json_object_set_new(x, "per", jstr(m->per));
	json_object_set_new(x, "max", m->has_max ? jnum(m->max) : json_null());
	json_object_set_new(x, "kind", jstr(m->kind));
	json_object_set_new(x, "region", jstr(m->region));
	return x;
}

char *
rw_facts_encode(const struct rw_facts *f)
{
	json_t	*o = json_object(), *items, *it, *arr, *r;
	size_t	 i, j;

	json_object_set_new(o, "id", jstr(f->id));
	json_object_set_new(o, "file", jstr(f->file));
	if (f->error != NULL) {
		json_object_set_new(o, "error", jstr(f->error));
		return dump(o);
	}
	json_object_set_new(o, "schema", json_string(RW_FACTS_SCHEMA));
	items = json_array();
	for (i = 0; i < f->nitems; i++) {
		const struct rw_item *t = &f->items[i];

		it = json_object();
		json_object_set_new(it, "title", jstr(t->title));
		json_object_set_new(it, "origin", jstr(t->origin));
		json_object_set_new(it, "region", jstr(t->region));
		json_object_set_new(it, "province", jstr(t->province));
		json_object_set_new(it, "start", json_integer((json_int_t)t->start));
		json_object_set_new(it, "end", json_integer((json_int_t)t->end));
		arr = json_array();
		for (j = 0; j < t->nregions; j++) {
			r = json_object();
			json_object_set_new(r, "code", jstr(t->regions[j].code));
			json_object_set_new(r, "name", jstr(t->regions[j].name));
			json_object_set_new(r, "mentions",
			    json_integer(t->regions[j].mentions));
			json_array_append_new(arr, r);
		}
		json_object_set_new(it, "regions", arr);
		json_object_set_new(it, "campaigns",
		    jstrv(t->campaigns, t->ncampaigns));
		json_object_set_new(it, "organizations",
		    jstrv(t->organizations, t->norganizations));
		arr = json_array();
		for (j = 0; j < t->nmeasures; j++)
			json_array_append_new(arr, measure_json(&t->measures[j]));
		json_object_set_new(it, "measures", arr);
		json_array_append_new(items, it);
	}
	json_object_set_new(o, "items", items);
	return dump(o);
}

static int
measure_decode(json_t *x, struct rw_measure *m, struct rw_err *e)
{
	double	 d;

	if (!json_is_object(x)) {
		rw_err_set(e, "measure is not an object");
		return -1;
	}
	if (gstr(x, "text", &m->text, e) || gstr(x, "sentence", &m->sentence, e) ||
	    gstr(x, "unit", &m->unit, e) || gstr(x, "qualifier", &m->qualifier, e) ||
	    gstr(x, "per", &m->per, e) || gstr(x, "kind", &m->kind, e) ||
	    gstr(x, "region", &m->region, e) ||
	    gnum(x, "value", &m->value, NULL, e) ||
	    gnum(x, "max", &m->max, &m->has_max, e))
		return -1;
	if (gnum(x, "start", &d, NULL, e))
		return -1;
	m->start = d > 0 ? (size_t)d : 0;
	if (gnum(x, "end", &d, NULL, e))
		return -1;
	m->end = d > 0 ? (size_t)d : 0;
	return 0;
}

static int
item_decode(json_t *x, struct rw_item *t, struct rw_err *e)
{
	json_t	*arr, *y;
	double	 d;
	size_t	 i;

	if (!json_is_object(x)) {
		rw_err_set(e, "item is not an object");
		return -1;
	}
	if (gstr(x, "title", &t->title, e) || gstr(x, "origin", &t->origin, e) ||
	    gstr(x, "region", &t->region, e) ||
	    gstr(x, "province", &t->province, e) ||
	    gstrv(x, "campaigns", &t->campaigns, &t->ncampaigns, e) ||
	    gstrv(x, "organizations", &t->organizations, &t->norganizations, e))
		return -1;
	if (gnum(x, "start", &d, NULL, e))
		return -1;
	t->start = d > 0 ? (size_t)d : 0;
	if (gnum(x, "end", &d, NULL, e))
		return -1;
	t->end = d > 0 ? (size_t)d : 0;
	arr = json_object_get(x, "regions");
	if (json_is_array(arr)) {
		t->regions = xcalloc(json_array_size(arr) + 1,
		    sizeof(*t->regions));
		json_array_foreach(arr, i, y) {
			struct rw_region_ref *r = &t->regions[t->nregions];

			if (!json_is_object(y))
				continue;
			if (gstr(y, "code", &r->code, e) ||
			    gstr(y, "name", &r->name, e) ||
			    gnum(y, "mentions", &d, NULL, e))
				return -1;
			r->mentions = d > 0 && d < 1e9 ? (int)d : 0;
			t->nregions++;
		}
	}
	arr = json_object_get(x, "measures");
	if (json_is_array(arr)) {
		t->measures = xcalloc(json_array_size(arr) + 1,
		    sizeof(*t->measures));
		json_array_foreach(arr, i, y) {
			if (measure_decode(y, &t->measures[t->nmeasures], e)) {
				rw_measure_clear(&t->measures[t->nmeasures]);
				return -1;
			}
			t->nmeasures++;
		}
	}
	return 0;
}

struct rw_facts *
rw_facts_decode(const char *s, size_t n, struct rw_err *e)
{
	struct rw_facts	*f;
	json_t		*o, *arr, *x;
	size_t		 i;

	if ((o = parse_object(s, n, e)) == NULL)
		return NULL;
	f = rw_facts_new();
	if (gstr(o, "id", &f->id, e) || gstr(o, "file", &f->file, e) ||
	    gstr(o, "error", &f->error, e))
		goto fail;
	if (f->error != NULL) {
		json_decref(o);
		return f;
	}
	if (check_schema(o, RW_FACTS_SCHEMA, e) == -1)
		goto fail;
	arr = json_object_get(o, "items");
	if (!json_is_array(arr)) {
		rw_err_set(e, "field \"items\" is missing or not an array");
		goto fail;
	}
	f->items = xcalloc(json_array_size(arr) + 1, sizeof(*f->items));
	json_array_foreach(arr, i, x) {
		if (item_decode(x, &f->items[f->nitems], e)) {
			rw_item_clear(&f->items[f->nitems]);
			goto fail;
		}
		f->nitems++;
	}
	json_decref(o);
	return f;
fail:
	json_decref(o);
	rw_facts_free(f);
	return NULL;
}

/* SPDX-License-Identifier: ISC */
/*
 * render.c - the model (stats.json, index.jsonl, gazetteer), the helpers
 * every page uses, the site-wide pages (home, about, downloads, search,
 * 404, robots.txt) and the driver.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "gazetteer.h"
#include "io.h"
#include "md.h"
#include "render_int.h"
#include "utf8.h"

#define STATS_MAX	((size_t)1024 * 1024 * 1024)
#define I18N_MAX	((size_t)4 * 1024 * 1024)
#define STATIC_MAX	((size_t)64 * 1024 * 1024)

/*
 * The tile-grid map: one square per province at its rough position (no
 * boundaries: see data/SOURCE.md, "Province map"), with the ISO 3166-2
 * letters and the English name for the English site.
 */
static const struct province {
	int32_t		 code;
	int		 col, row;
	const char	*iso;
	const char	*en;
} provinces[] = {
	{ 230000, 6, 0, "HL", "Heilongjiang" },
	{ 150000, 3, 1, "NM", "Inner Mongolia" },
	{ 110000, 4, 1, "BJ", "Beijing" },
	{ 210000, 5, 1, "LN", "Liaoning" },
	{ 220000, 6, 1, "JL", "Jilin" },
	{ 650000, 0, 2, "XJ", "Xinjiang" },
	{ 620000, 1, 2, "GS", "Gansu" },
	{ 640000, 2, 2, "NX", "Ningxia" },
	{ 140000, 3, 2, "SX", "Shanxi" },
	{ 130000, 4, 2, "HE", "Hebei" },
	{ 120000, 5, 2, "TJ", "Tianjin" },
	{ 630000, 1, 3, "QH", "Qinghai" },
	{ 610000, 2, 3, "SN", "Shaanxi" },
	{ 410000, 3, 3, "HA", "Henan" },
	{ 370000, 4, 3, "SD", "Shandong" },
	{ 540000, 0, 4, "XZ", "Tibet" },
	{ 510000, 1, 4, "SC", "Sichuan" },
	{ 500000, 2, 4, "CQ", "Chongqing" },
	{ 420000, 3, 4, "HB", "Hubei" },
	{ 340000, 4, 4, "AH", "Anhui" },
	{ 320000, 5, 4, "JS", "Jiangsu" },
	{ 310000, 6, 4, "SH", "Shanghai" },
	{ 530000, 1, 5, "YN", "Yunnan" },
	{ 520000, 2, 5, "GZ", "Guizhou" },
	{ 430000, 3, 5, "HN", "Hunan" },
	{ 360000, 4, 5, "JX", "Jiangxi" },
	{ 330000, 5, 5, "ZJ", "Zhejiang" },
	{ 450000, 2, 6, "GX", "Guangxi" },
	{ 440000, 3, 6, "GD", "Guangdong" },
	{ 350000, 4, 6, "FJ", "Fujian" },
	{ 710000, 5, 6, "TW", "Taiwan" },
	{ 460000, 2, 7, "HI", "Hainan" },
	{ 820000, 3, 7, "MO", "Macao" },
	{ 810000, 4, 7, "HK", "Hong Kong" },
};
#define NPROVINCES	(sizeof(provinces) / sizeof(provinces[0]))

/* The kinds whose largest figure the home page shows, in this order. */
static const char *const headline_kinds[][2] = {
	{ "funds", "yuan" }, { "donations", "yuan" },
	{ "beneficiaries", "household" }, { "beneficiaries", "person" },
	{ "supplies", "item" }, { "visits", "household_time" },
	{ "visits", "person_time" },
};
#define NHEADLINES	(sizeof(headline_kinds) / sizeof(headline_kinds[0]))

/* --- small helpers ---------------------------------------------------- */

void
u32v_push(struct u32v *v, uint32_t x)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 4;
		v->v = xreallocarray(v->v, v->cap, sizeof(*v->v));
	}
	v->v[v->n++] = x;
}

uint32_t
intern_id(struct intern *in, const char *s)
{
	uint64_t	 id;

	if (in->map == NULL)
		in->map = rw_map_new();
	if (rw_map_get(in->map, s, strlen(s), &id))
		return (uint32_t)id;
	rw_strv_push(&in->v, &in->n, s);
	rw_map_put(in->map, s, strlen(s), in->n - 1);
	return (uint32_t)(in->n - 1);
}

uint32_t
intern_find(const struct intern *in, const char *s)
{
	uint64_t	 id;

	if (s == NULL || in->map == NULL ||
	    !rw_map_get(in->map, s, strlen(s), &id))
		return NONE;
	return (uint32_t)id;
}

const char *
intern_str(const struct intern *in, uint32_t id)
{
	return id < in->n ? in->v[id] : NULL;
}

void
warn(struct ctx *c, const char *where, const char *fmt, ...)
{
	char	 msg[512];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	c->counts->warnings++;
	if (c->o->warn != NULL)
		c->o->warn(c->o->warn_arg, where, msg);
}

json_t *
jstrn(const char *s, size_t n)
{
	json_t	*j;
	char	*clean;

	if (s == NULL)
		return json_null();
	if ((j = json_stringn(s, n)) != NULL)
		return j;
	clean = rw_utf8_sanitize(s, n);
	j = json_string(clean);
	free(clean);
	return j != NULL ? j : json_string("");
}

json_t *
jstr(const char *s)
{
	return s == NULL ? json_null() : jstrn(s, strlen(s));
}

const char *
jget_s(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

long long
jget_i(const json_t *o, const char *key)
{
	json_t	*v = json_object_get(o, key);

	if (json_is_integer(v))
		return json_integer_value(v);
	if (json_is_real(v))
		return (long long)json_real_value(v);
	return 0;
}

/* A six-digit region code as a number, or 0. */
int
code_parse(const char *s)
{
	int	 i, v = 0;

	if (s == NULL)
		return 0;
	for (i = 0; i < 6; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	return s[6] == '\0' && v > 0 ? v : 0;
}

struct region *
region_get(struct ctx *c, int32_t code)
{
	uint64_t	 i;
	char		 k[16];

	if (code <= 0)
		return NULL;
	snprintf(k, sizeof(k), "%06d", code);
	if (!rw_map_get(c->region_by_code, k, 6, &i))
		return NULL;
	return &c->rg[i];
}

static const struct province *
province_of(int32_t code)
{
	size_t	 i;

	for (i = 0; i < NPROVINCES; i++)
		if (provinces[i].code == code)
			return &provinces[i];
	return NULL;
}

/* The name readers see; the code itself for an unknown region. */
const char *
region_name(struct ctx *c, const struct lang *L, int32_t code)
{
	const struct rw_region	*r;
	const struct province	*p;
	struct region		*rg;
	char			 k[16];

	if (L != NULL && L->en && (p = province_of(code)) != NULL)
		return p->en;
	if ((rg = region_get(c, code)) != NULL)
		return rg->name;
	snprintf(k, sizeof(k), "%06d", code);
	if ((r = rw_gazetteer_get(c->gaz, k)) != NULL)
		return r->name;
	return NULL;
}

/* The label of a word in an i18n table, or the word itself. */
const char *
word_label(const json_t *table, const char *word)
{
	const char	*s;

	if (word == NULL)
		return NULL;
	if ((s = json_string_value(json_object_get(table, word))) != NULL)
		return s;
	return word;
}

void
set_list(json_t *d, const char *key, json_t *list)
{
	char	*has;

	if (json_array_size(list) > 0) {
		has = xasprintf("has_%s", key);
		json_object_set_new(d, has, json_true());
		free(has);
	}
	json_object_set_new(d, key, list);
}

void
err_prefix(struct rw_err *e, const char *what)
{
	char	 msg[sizeof(e->msg)];

	if (e == NULL)
		return;
	memcpy(msg, e->msg, sizeof(msg));
	msg[sizeof(msg) - 1] = '\0';
	rw_err_set(e, "%s: %s", what, msg);
}

const char *
tstr(const struct lang *L, const char *key)
{
	const char	*s = json_string_value(json_object_get(L->t, key));

	return s != NULL ? s : key;
}

/* --- pages ------------------------------------------------------------ */

static void
add_root(struct rw_buf *b, const char *path)
{
	const char	*p;

	for (p = path; (p = strchr(p, '/')) != NULL; p++)
		rw_buf_adds(b, "../");
}

json_t *
page_new(struct ctx *c, const struct lang *L, const char *rel,
    const char *title)
{
	struct rw_buf	 b = RW_BUF_INIT, full = RW_BUF_INIT;
	json_t		*d;

	rw_buf_adds(&full, L->prefix);
	rw_buf_adds(&full, rel);
	d = json_object();
	json_object_set(d, "t", L->t);
	json_object_set_new(d, "title", jstr(title));
	json_object_set_new(d, "self", jstr(rel));
	add_root(&b, full.data);
	json_object_set_new(d, "root", jstr(rw_buf_cstr(&b)));
	rw_buf_adds(&b, L->prefix);
	json_object_set_new(d, "lroot", jstr(rw_buf_cstr(&b)));
	if (c->nlangs == 2) {
		rw_buf_truncate(&b, 0);
		add_root(&b, full.data);
		rw_buf_adds(&b, L->en ? "" : "en/");
		rw_buf_adds(&b, rel);
		json_object_set_new(d, "alt_href", jstr(b.data));
	}
	json_object_set_new(d, "prefix", jstr(L->prefix));
	if (c->o->report != NULL)
		json_object_set_new(d, "has_status", json_true());
	rw_buf_free(&b);
	rw_buf_free(&full);
	return d;
}

int
page_emit(struct ctx *c, const struct lang *L, const char *tmpl,
    const char *rel, json_t *data, int sitemap, struct rw_err *e)
{
	char	*full;
	int	 rc = -1;

	full = xasprintf("%s%s", L->prefix, rel);
	rw_buf_truncate(&c->out, 0);
	if (rw_tmpl_set_render(c->tmpl, tmpl, data, &c->out, e) == -1)
		goto out;
	if (rw_site_write(c->site, full, c->out.data, c->out.len, e) == -1) {
		err_prefix(e, full);
		goto out;
	}
	c->counts->pages++;
	if (sitemap) {
		rw_strv_push(&c->urls, &c->nurls, full);
	}
	rc = 0;
out:
	free(full);
	json_decref(data);
	return rc;
}

/*
 * Marks a page for the search index.  Only the first language is
 * indexed (search results link to the page's language mirror), and only
 * story and region pages: lists and tables repeat their text.
 */
void
page_index(struct ctx *c, const struct lang *L, json_t *d)
{
	if (L == &c->langs[0])
		json_object_set_new(d, "indexed", json_true());
}

json_t *
crumbs_for(struct ctx *c, const struct lang *L, int32_t code,
    const char *lroot)
{
	json_t		*a = json_array(), *o;
	struct region	*chain[4];
	struct region	*r;
	size_t		 n = 0;
	char		*href;

	for (r = region_get(c, code); r != NULL && n < 4;
	    r = region_get(c, r->parent))
		chain[n++] = r;
	while (n-- > 0) {
		o = json_object();
		json_object_set_new(o, "name",
		    jstr(region_name(c, L, chain[n]->code)));
		href = xasprintf("%sregion/%06d.html", lroot, chain[n]->code);
		json_object_set_new(o, "href", jstr(href));
		free(href);
		json_array_append_new(a, o);
	}
	return a;
}

json_t *
story_row(struct ctx *c, const struct lang *L, uint32_t si,
    const char *lroot)
{
	const struct story	*s = &c->st[si];
	const char		*name;
	json_t			*o = json_object();
	char			*href, slug[RW_SLUG_SIZE];

	json_object_set_new(o, "title", jstr(s->title[0] != '\0' ? s->title :
	    tstr(L, "untitled")));
	href = xasprintf("%sstory/%s.html", lroot, s->id);
	json_object_set_new(o, "href", jstr(href));
	free(href);
	if (s->date[0] != '\0')
		json_object_set_new(o, "date", jstr(s->date));
	if (s->outlet != NONE) {
		name = intern_str(&c->names, s->outlet);
		json_object_set_new(o, "outlet", jstr(name));
		rw_slug(name, slug);
		href = xasprintf("%soutlet/%s.html", lroot, slug);
		json_object_set_new(o, "outlet_href", jstr(href));
		free(href);
	}
	if (s->region != 0 && region_get(c, s->region) != NULL) {
		json_object_set_new(o, "region_name",
		    jstr(region_name(c, L, s->region)));
		href = xasprintf("%sregion/%06d.html", lroot, s->region);
		json_object_set_new(o, "region_href", jstr(href));
		free(href);
	}
	json_object_set_new(o, "figures", json_integer(s->nfigures));
	json_object_set_new(o, "pages", json_integer(s->npages));
	return o;
}

void
value_strings(struct ctx *c, const struct lang *L, json_t *obj, double value,
    double max, const char *unit, const char *per)
{
	struct rw_buf	 b = RW_BUF_INIT;
	const char	*ul = word_label(L->t_units, unit);
	const char	*pl = per != NULL ? word_label(json_object_get(L->t,
			    "per_units"), per) : NULL;

	(void)c;
	rw_numfmt_exact(&b, value);
	if (!isnan(max)) {
		rw_buf_adds(&b, "–");
		rw_numfmt_exact(&b, max);
	}
	if (ul != NULL && *ul != '\0') {
		if (L->en)
			rw_buf_addc(&b, ' ');
		rw_buf_adds(&b, ul);
	}
	if (pl != NULL)
		rw_buf_printf(&b, L->en ? " per %s" : "/%s", pl);
	json_object_set_new(obj, "value_exact", jstr(rw_buf_cstr(&b)));
	rw_buf_truncate(&b, 0);
	rw_numfmt_compact_unit(&b, value, ul, L->num);
	if (pl != NULL)
		rw_buf_printf(&b, L->en ? " per %s" : "/%s", pl);
	json_object_set_new(obj, "value_compact", jstr(rw_buf_cstr(&b)));
	rw_buf_truncate(&b, 0);
	if (value == floor(value) && fabs(value) < 9007199254740992.0)
		json_object_set_new(obj, "value_sort", json_sprintf("%lld",
		    (long long)value));
	else {
		rw_buf_printf(&b, "%.17g", value);
		json_object_set_new(obj, "value_sort", jstr(b.data));
	}
	rw_buf_free(&b);
}

int
chart_emit(struct ctx *c, const struct lang *L, const char *name, int kind,
    struct rw_svg_opts *so, const void *items, size_t n, json_t *page,
    const char *key, struct rw_err *e)
{
	struct rw_buf	 b = RW_BUF_INIT;
	char		*rel, *k2;
	const char	*root;
	int		 pass;

	so->lang = L->en ? "en" : "zh-Hans";
	so->numlang = L->num;
	so->none_label = tstr(L, "no_data");
	so->note = tstr(L, "chart_note");
	rel = xasprintf("%scharts/%s.svg", L->prefix, name);
	for (pass = 0; pass < 2; pass++) {
		/* Pass 0: the standalone file; pass 1: inline with links. */
		so->standalone = pass == 0;
		so->links = pass == 1;
		rw_buf_truncate(&b, 0);
		if (kind == CHART_BARS)
			rw_svg_bars(&b, so, items, n);
		else if (kind == CHART_COLUMNS)
			rw_svg_columns(&b, so, items, n);
		else
			rw_svg_tiles(&b, so, items, n);
		if (pass == 0 &&
		    rw_site_write(c->site, rel, b.data, b.len, e) == -1) {
			err_prefix(e, rel);
			free(rel);
			rw_buf_free(&b);
			return -1;
		}
	}
	json_object_set_new(page, key, jstrn(b.data, b.len));
	root = json_string_value(json_object_get(page, "root"));
	k2 = xasprintf("%s_href", key);
	rw_buf_truncate(&b, 0);
	rw_buf_adds(&b, root != NULL ? root : "");
	rw_buf_adds(&b, rel);
	json_object_set_new(page, k2, jstr(b.data));
	free(k2);
	free(rel);
	rw_buf_free(&b);
	return 0;
}

/* --- model ------------------------------------------------------------ */

static int
load_json(const char *path, size_t max, json_t **out, struct rw_err *e)
{
	json_error_t	 je;
	char		*data;
	size_t		 len;

	if (rw_file_read(path, max, &data, &len, e) == -1) {
		err_prefix(e, path);
		return -1;
	}
	*out = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
	free(data);
	if (*out == NULL) {
		rw_err_set(e, "%s:%d:%d: %s", path, je.line, je.column,
		    je.text);
		return -1;
	}
	return 0;
}

static int
load_lang(struct ctx *c, struct lang *L, const char *code,
    struct rw_err *e)
{
	char	*path;
	int	 rc;

	memset(L, 0, sizeof(*L));
	L->en = strcmp(code, "en") == 0;
	L->code = code;
	L->num = L->en ? RW_LANG_EN : RW_LANG_ZH;
	L->prefix = "";
	path = xasprintf("%s/i18n/%s.json", c->o->templates, code);
	rc = load_json(path, I18N_MAX, &L->t, e);
	free(path);
	if (rc == -1)
		return -1;
	if (!json_is_object(L->t)) {
		rw_err_set(e, "%s/i18n/%s.json: not an object",
		    c->o->templates, code);
		return -1;
	}
	L->t_units = json_object_get(L->t, "units");
	L->t_kinds = json_object_get(L->t, "kinds");
	L->t_quals = json_object_get(L->t, "qualifiers");
	L->t_levels = json_object_get(L->t, "levels");
	return 0;
}

static void
push_code(int32_t **v, size_t *n, int32_t code)
{
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[(*n)++] = code;
}

static void
push_id(uint32_t **v, size_t *n, uint32_t id)
{
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[(*n)++] = id;
}

static int
hex16(const char *s)
{
	int	 i;

	if (s == NULL)
		return 0;
	for (i = 0; i < 16; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return s[16] == '\0';
}

/* Copies s into a fixed field when it has exactly the expected shape. */
static void
copy_date(char *dst, size_t cap, const char *s, size_t want)
{
	size_t	 i;

	dst[0] = '\0';
	if (s == NULL || strlen(s) != want || want >= cap)
		return;
	for (i = 0; i < want; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return;
	memcpy(dst, s, want + 1);
}

static int
load_index(struct ctx *c, struct rw_err *e)
{
	struct rw_lines	 l;
	struct story	*s;
	struct rw_map	*months;
	json_error_t	 je;
	json_t		*j, *a, *v;
	FILE		*fp;
	char		*path, where[64];
	size_t		 i, cap = 0;
	uint64_t	 dup;
	int		 rc;

	path = xasprintf("%s/index.jsonl", c->o->stats_dir);
	if ((fp = fopen(path, "r")) == NULL) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		free(path);
		return -1;
	}
	c->story_by_id = rw_map_new();
	months = rw_map_new();
	json_array_foreach(json_object_get(c->stats, "months"), i, v)
		if (jget_s(v, "key") != NULL)
			rw_map_put(months, jget_s(v, "key"),
			    strlen(jget_s(v, "key")), i);
	rw_lines_init(&l, fp, path, LINE_MAX_BYTES);
	while ((rc = rw_lines_next(&l, e)) != 0) {
		snprintf(where, sizeof(where), "index.jsonl:%lu", l.lineno);
		if (rc == -1) {
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
		if (!hex16(jget_s(j, "id"))) {
			warn(c, where, "story id is not 16 hex digits");
			json_decref(j);
			continue;
		}
		if (rw_map_get(c->story_by_id, jget_s(j, "id"), 16, &dup)) {
			warn(c, where, "story %s listed twice",
			    jget_s(j, "id"));
			json_decref(j);
			continue;
		}
		if (c->nst == cap) {
			cap = cap ? cap * 2 : 1024;
			c->st = xreallocarray(c->st, cap, sizeof(*c->st));
		}
		s = &c->st[c->nst];
		memset(s, 0, sizeof(*s));
		memcpy(s->id, jget_s(j, "id"), 17);
		s->title = xstrdup(jget_s(j, "title") != NULL ?
		    jget_s(j, "title") : "");
		copy_date(s->date, sizeof(s->date), jget_s(j, "date"), 10);
		copy_date(s->season, sizeof(s->season), jget_s(j, "season"),
		    7);
		s->month = -1;
		if (s->date[0] != '\0' && rw_map_get(months, s->date, 7, &dup))
			s->month = (int32_t)dup;
		s->region = code_parse(jget_s(j, "region"));
		s->outlet = jget_s(j, "outlet") != NULL ?
		    intern_id(&c->names, jget_s(j, "outlet")) : NONE;
		s->npages = (uint32_t)jget_i(j, "pages");
		s->nfigures = (uint32_t)jget_i(j, "figures");
		a = json_object_get(j, "campaigns");
		json_array_foreach(a, i, v)
			if (json_is_string(v))
				push_id(&s->campaigns, &s->ncampaigns,
				    intern_id(&c->names,
				    json_string_value(v)));
		a = json_object_get(j, "sources");
		json_array_foreach(a, i, v)
			if (json_is_string(v))
				push_id(&s->sources, &s->nsources,
				    intern_id(&c->names,
				    json_string_value(v)));
		a = json_object_get(j, "regions");
		json_array_foreach(a, i, v)
			if (code_parse(json_string_value(v)) != 0)
				push_code(&s->regions, &s->nregions,
				    code_parse(json_string_value(v)));
		if (s->region != 0)
			push_code(&s->regions, &s->nregions, s->region);
		rw_map_put(c->story_by_id, s->id, 16, c->nst);
		c->nst++;
		json_decref(j);
	}
	rw_lines_free(&l);
	rw_map_free(months);
	fclose(fp);
	free(path);
	return 0;
}

static int
load_regions(struct ctx *c, struct rw_err *e)
{
	const struct rw_region	*gr;
	const struct province	*p;
	json_t			*a, *r;
	struct region		*rg;
	const char		*lv;
	size_t			 i;
	char			 k[16];

	(void)e;
	c->region_by_code = rw_map_new();
	a = json_object_get(c->stats, "regions");
	c->rg = xcalloc(json_array_size(a) + 1, sizeof(*c->rg));
	json_array_foreach(a, i, r) {
		rg = &c->rg[c->nrg];
		if ((rg->code = code_parse(jget_s(r, "code"))) == 0) {
			warn(c, "stats.json", "region %zu has no valid code",
			    i);
			continue;
		}
		snprintf(k, sizeof(k), "%06d", rg->code);
		if (rw_map_get(c->region_by_code, k, 6, NULL))
			continue;
		rg->parent = code_parse(jget_s(r, "parent"));
		lv = jget_s(r, "level");
		rg->level = rw_streq(lv, "province") ? RW_LEVEL_PROVINCE :
		    rw_streq(lv, "prefecture") ? RW_LEVEL_PREFECTURE :
		    RW_LEVEL_COUNTY;
		if ((gr = rw_gazetteer_get(c->gaz, k)) != NULL)
			rg->name = gr->name;
		else
			rg->name = rg->owned_name = xstrdup(k);
		if ((p = province_of(rg->code)) != NULL)
			rg->en_name = p->en;
		rg->rec = r;
		rg->last = NONE;
		rw_map_put(c->region_by_code, k, 6, c->nrg);
		c->nrg++;
	}
	return 0;
}

static struct entity *
entity_get(struct entity **v, size_t *n, struct rw_map *by, uint32_t name)
{
	uint64_t	 i;
	char		 k[16];

	snprintf(k, sizeof(k), "%u", name);
	if (rw_map_get(by, k, strlen(k), &i))
		return &(*v)[i];
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	memset(&(*v)[*n], 0, sizeof(**v));
	(*v)[*n].name = name;
	(*v)[*n].last = NONE;
	rw_map_put(by, k, strlen(k), *n);
	return &(*v)[(*n)++];
}

static void
entity_add(struct entity *en, uint32_t si, uint32_t role)
{
	if (en->last == si) {
		en->stories.v[en->stories.n - 1] |= role;
		return;
	}
	en->last = si;
	u32v_push(&en->stories, si | role);
}

/* Files every story under its regions (and their ancestors), campaigns
 * and outlets. */
static void
build_lists(struct ctx *c)
{
	struct story	*s;
	struct region	*r;
	struct entity	*en;
	json_t		*a, *b;
	size_t		 i, j, k;
	uint32_t	 si;

	c->camp_by_name = rw_map_new();
	c->outlet_by_name = rw_map_new();
	a = json_object_get(c->stats, "campaigns");
	json_array_foreach(a, i, b)
		if (jget_s(b, "key") != NULL)
			entity_get(&c->camps, &c->ncamps, c->camp_by_name,
			    intern_id(&c->names, jget_s(b, "key")))->bucket = b;
	a = json_object_get(c->stats, "outlets");
	json_array_foreach(a, i, b)
		if (jget_s(b, "key") != NULL)
			entity_get(&c->outlets, &c->noutlets,
			    c->outlet_by_name, intern_id(&c->names,
			    jget_s(b, "key")))->as_outlet = b;
	a = json_object_get(c->stats, "sources");
	json_array_foreach(a, i, b)
		if (jget_s(b, "key") != NULL)
			entity_get(&c->outlets, &c->noutlets,
			    c->outlet_by_name, intern_id(&c->names,
			    jget_s(b, "key")))->as_source = b;
	for (si = 0; si < c->nst; si++) {
		s = &c->st[si];
		for (j = 0; j < s->nregions; j++)
			for (r = region_get(c, s->regions[j]), k = 0;
			    r != NULL && k < 4; r = region_get(c, r->parent),
			    k++) {
				if (r->last == si)
					continue;
				r->last = si;
				u32v_push(&r->stories, si);
			}
		for (j = 0; j < s->ncampaigns; j++)
			entity_add(entity_get(&c->camps, &c->ncamps,
			    c->camp_by_name, s->campaigns[j]), si, 0);
		if (s->outlet != NONE)
			entity_add(entity_get(&c->outlets, &c->noutlets,
			    c->outlet_by_name, s->outlet), si, ROLE_OUTLET);
		for (j = 0; j < s->nsources; j++) {
			en = entity_get(&c->outlets, &c->noutlets,
			    c->outlet_by_name, s->sources[j]);
			entity_add(en, si, ROLE_SOURCE);
		}
	}
}

/* Newest first: dated stories from the latest back, then undated ones
 * (story order is by date, undated last). */
void
newest_first(const struct ctx *c, const struct u32v *in, struct u32v *out)
{
	size_t			 i;
	const struct story	*s;

	out->n = 0;
	for (i = in->n; i-- > 0;) {
		s = &c->st[in->v[i] & ~ROLE_MASK];
		if (s->seen && s->date[0] != '\0')
			u32v_push(out, in->v[i]);
	}
	for (i = 0; i < in->n; i++) {
		s = &c->st[in->v[i] & ~ROLE_MASK];
		if (s->seen && s->date[0] == '\0')
			u32v_push(out, in->v[i]);
	}
}

/* --- site-wide pages -------------------------------------------------- */

struct eorder {
	size_t		 n;
	const char	*name;
	uint32_t	 idx;
};

static int
cmp_eorder(const void *a, const void *b)
{
	const struct eorder	*x = a, *y = b;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* Entities by number of stories (descending), then name bytewise. */
void
entity_order(const struct ctx *c, const struct entity *en, size_t n,
    struct u32v *out)
{
	struct eorder	*k;
	size_t		 i;

	k = xcalloc(n + 1, sizeof(*k));
	for (i = 0; i < n; i++) {
		k[i].n = en[i].stories.n;
		k[i].name = intern_str(&c->names, en[i].name);
		k[i].idx = (uint32_t)i;
	}
	qsort(k, n, sizeof(*k), cmp_eorder);
	out->n = 0;
	for (i = 0; i < n; i++)
		u32v_push(out, k[i].idx);
	free(k);
}

static json_t *
count_obj(struct ctx *c, const struct lang *L)
{
	json_t	*cn = json_object_get(c->stats, "counts");
	json_t	*o = json_object();
	struct rw_buf b = RW_BUF_INIT;
	static const char *const keys[] = {
		"stories", "pages", "figures", "failed", "multi_page_stories",
		"undated_stories", "occurrences", "items"
	};
	size_t	 i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		rw_buf_truncate(&b, 0);
		rw_numfmt_exact(&b, (double)jget_i(cn, keys[i]));
		json_object_set_new(o, keys[i], jstr(rw_buf_cstr(&b)));
	}
	rw_buf_truncate(&b, 0);
	rw_numfmt_exact(&b, (double)json_array_size(json_object_get(c->stats,
	    "outlets")));
	json_object_set_new(o, "outlets", jstr(rw_buf_cstr(&b)));
	rw_buf_truncate(&b, 0);
	rw_numfmt_exact(&b, (double)json_array_size(json_object_get(c->stats,
	    "campaigns")));
	json_object_set_new(o, "campaigns", jstr(rw_buf_cstr(&b)));
	(void)L;
	rw_buf_free(&b);
	return o;
}

/* The largest figure of each headline kind, with where it came from. */
static json_t *
headlines(struct ctx *c, const struct lang *L, const char *lroot)
{
	json_t		*a = json_array(), *o;
	const struct fig *best;
	size_t		 h, i;
	uint32_t	 kind, unit;
	char		*href;

	for (h = 0; h < NHEADLINES; h++) {
		kind = intern_find(&c->words, headline_kinds[h][0]);
		unit = intern_find(&c->words, headline_kinds[h][1]);
		if (kind == NONE || unit == NONE)
			continue;
		best = NULL;
		for (i = 0; i < c->nfigs; i++) {
			if (c->figs[i].kind != kind ||
			    c->figs[i].unit != unit || c->figs[i].per != NONE)
				continue;
			if (best == NULL || c->figs[i].value > best->value)
				best = &c->figs[i];
		}
		if (best == NULL)
			continue;
		o = story_row(c, L, best->story, lroot);
		json_object_set_new(o, "kind_label", jstr(word_label(L->t_kinds,
		    headline_kinds[h][0])));
		value_strings(c, L, o, best->value, best->max,
		    headline_kinds[h][1], NULL);
		json_object_set_new(o, "qualifier", jstr(word_label(L->t_quals,
		    intern_str(&c->words, best->qual))));
		json_object_set_new(o, "text", jstr(c->arena.data +
		    best->text));
		if (best->region != 0) {
			json_object_set_new(o, "fig_region",
			    jstr(region_name(c, L, best->region)));
		}
		href = xasprintf("%sstory/%s.html#f%u", lroot,
		    c->st[best->story].id, best->index);
		json_object_set_new(o, "fig_href", jstr(href));
		free(href);
		json_array_append_new(a, o);
	}
	return a;
}

static int
render_home(struct ctx *c, const struct lang *L, struct rw_err *e)
{
	struct rw_svg_tile	 tiles[NPROVINCES];
	struct rw_svg_item	*items;
	struct rw_svg_opts	 so;
	struct rw_buf		 b = RW_BUF_INIT;
	struct region		*r;
	struct u32v		 order = { 0 };
	json_t			*d, *a, *o, *m;
	const char		*lroot;
	const struct rw_region	*gr;
	char			**labels, **hrefs, **barhrefs, *href, code[16];
	size_t			 i, n, nm;
	int			 rc = -1;

	d = page_new(c, L, "index.html", tstr(L, "home_title"));
	json_object_set_new(d, "home", json_true());
	lroot = json_string_value(json_object_get(d, "lroot"));
	json_object_set_new(d, "counts", count_obj(c, L));
	set_list(d, "headlines", headlines(c, L, lroot));
	labels = xcalloc(NPROVINCES + c->nrg + 1, sizeof(*labels));
	hrefs = xcalloc(NPROVINCES + 1, sizeof(*hrefs));
	a = json_array();
	for (i = 0; i < NPROVINCES; i++) {
		r = region_get(c, provinces[i].code);
		tiles[i].col = provinces[i].col;
		tiles[i].row = provinces[i].row;
		snprintf(code, sizeof(code), "%06d", provinces[i].code);
		gr = rw_gazetteer_get(c->gaz, code);
		tiles[i].label = L->en || gr == NULL || gr->short_name ==
		    NULL ? provinces[i].iso : gr->short_name;
		tiles[i].value = r != NULL ? (double)jget_i(r->rec,
		    "stories") : -1;
		tiles[i].value_label = NULL;
		tiles[i].href = NULL;
		if (r != NULL) {
			rw_buf_truncate(&b, 0);
			rw_numfmt_compact(&b, tiles[i].value, L->num);
			labels[i] = xstrdup(rw_buf_cstr(&b));
			tiles[i].value_label = labels[i];
			hrefs[i] = xasprintf("%sregion/%06d.html", lroot,
			    provinces[i].code);
			tiles[i].href = hrefs[i];
		}
	}
	memset(&so, 0, sizeof(so));
	so.id = "map";
	so.title = tstr(L, "map_title");
	so.desc = tstr(L, "map_desc");
	if (chart_emit(c, L, "provinces-map", CHART_TILES, &so, tiles,
	    NPROVINCES, d, "map_svg", e) == -1)
		goto out;
	/* Provinces by stories, for the bar chart and the table. */
	for (i = 0; i < c->nrg; i++)
		if (c->rg[i].level == RW_LEVEL_PROVINCE)
			u32v_push(&order, (uint32_t)i);
	for (i = 1; i < order.n; i++) {
		/* Insertion sort by stories desc, then code: 34 entries. */
		uint32_t x = order.v[i];
		size_t j = i;
		while (j > 0 && (jget_i(c->rg[order.v[j - 1]].rec, "stories") <
		    jget_i(c->rg[x].rec, "stories"))) {
			order.v[j] = order.v[j - 1];
			j--;
		}
		order.v[j] = x;
	}
	items = xcalloc(order.n + 1, sizeof(*items));
	barhrefs = xcalloc(order.n + 1, sizeof(*barhrefs));
	for (i = 0; i < order.n; i++) {
		r = &c->rg[order.v[i]];
		o = json_object();
		json_object_set_new(o, "name", jstr(region_name(c, L,
		    r->code)));
		barhrefs[i] = xasprintf("%sregion/%06d.html", lroot, r->code);
		json_object_set_new(o, "href", jstr(barhrefs[i]));
		json_object_set_new(o, "stories", json_integer(jget_i(r->rec,
		    "stories")));
		json_object_set_new(o, "figures", json_integer(jget_i(r->rec,
		    "figures")));
		json_object_set_new(o, "own_figures",
		    json_integer(jget_i(r->rec, "own_figures")));
		json_array_append_new(a, o);
		snprintf(code, sizeof(code), "%06d", r->code);
		gr = rw_gazetteer_get(c->gaz, code);
		items[i].label = !L->en && gr != NULL && gr->short_name !=
		    NULL ? gr->short_name : region_name(c, L, r->code);
		items[i].value = (double)jget_i(r->rec, "stories");
		labels[NPROVINCES + i] = xasprintf("%lld",
		    jget_i(r->rec, "stories"));
		items[i].value_label = labels[NPROVINCES + i];
		items[i].href = barhrefs[i];
	}
	json_object_set_new(d, "provinces", a);
	memset(&so, 0, sizeof(so));
	so.id = "bars";
	so.title = tstr(L, "bars_title");
	so.desc = tstr(L, "bars_desc");
	rc = chart_emit(c, L, "provinces-stories", CHART_BARS, &so, items,
	    order.n, d, "bars_svg", e);
	for (i = 0; i < order.n; i++)
		free(barhrefs[i]);
	free(barhrefs);
	free(items);
	if (rc == -1)
		goto out;
	rc = -1;
	/* Timeline: stories per month. */
	m = json_object_get(c->stats, "months");
	nm = json_array_size(m);
	items = xcalloc(nm + 1, sizeof(*items));
	a = json_array();
	for (i = 0; i < nm; i++) {
		o = json_array_get(m, i);
		items[i].label = jget_s(o, "key");
		items[i].value = (double)jget_i(o, "stories");
		items[i].value_label = NULL;
		o = json_object();
		json_object_set_new(o, "key", jstr(items[i].label));
		json_object_set_new(o, "stories",
		    json_integer(jget_i(json_array_get(m, i), "stories")));
		json_object_set_new(o, "figures",
		    json_integer(jget_i(json_array_get(m, i), "figures")));
		json_array_append_new(a, o);
	}
	json_object_set_new(d, "months", a);
	memset(&so, 0, sizeof(so));
	so.id = "timeline";
	so.title = tstr(L, "timeline_title");
	so.desc = tstr(L, "timeline_desc");
	rc = chart_emit(c, L, "timeline", CHART_COLUMNS, &so, items, nm, d,
	    "timeline_svg", e);
	free(items);
	if (rc == -1)
		goto out;
	rc = -1;
	/* Seasons, latest stories, campaigns. */
	a = json_array();
	m = json_object_get(c->stats, "seasons");
	for (i = json_array_size(m); i-- > 0;) {
		o = json_array_get(m, i);
		json_array_append_new(a, json_pack("{s:s?,s:I,s:I,s:I}",
		    "key", jget_s(o, "key"), "stories", jget_i(o, "stories"),
		    "pages", jget_i(o, "pages"), "figures",
		    jget_i(o, "figures")));
	}
	json_object_set_new(d, "seasons", a);
	a = json_array();
	for (i = c->nst, n = 0; i-- > 0 && n < 10;)
		if (c->st[i].seen && c->st[i].date[0] != '\0') {
			json_array_append_new(a, story_row(c, L, (uint32_t)i,
			    lroot));
			n++;
		}
	json_object_set_new(d, "latest", a);
	a = json_array();
	entity_order(c, c->camps, c->ncamps, &order);
	for (i = 0; i < order.n && i < 12; i++) {
		const struct entity *en = &c->camps[order.v[i]];
		const char *name = intern_str(&c->names, en->name);
		char slug[RW_SLUG_SIZE];

		rw_slug(name, slug);
		href = xasprintf("%scampaign/%s.html", lroot, slug);
		json_array_append_new(a, json_pack("{s:o,s:s,s:I}", "name",
		    jstr(name), "href", href, "stories",
		    (json_int_t)en->stories.n));
		free(href);
	}
	json_object_set_new(d, "campaigns", a);
	rc = page_emit(c, L, "home", "index.html", d, 1, e);
	d = NULL;
out:
	json_decref(d);
	for (i = 0; i < NPROVINCES + c->nrg; i++)
		free(labels[i]);
	for (i = 0; i < NPROVINCES; i++)
		free(hrefs[i]);
	free(labels);
	free(hrefs);
	free(order.v);
	rw_buf_free(&b);
	return rc;
}

/* Renders the Markdown template NAME.LANG with data into HTML. */
static char *
md_part(struct ctx *c, const struct lang *L, const char *name, json_t *data,
    struct rw_err *e)
{
	struct rw_buf	 md = RW_BUF_INIT;
	char		*tname, *html = NULL;

	tname = xasprintf("%s.%s", name, L->code);
	if (rw_tmpl_set_render(c->tmpl, tname, data, &md, e) == 0)
		html = rw_md_render(md.data == NULL ? "" : md.data, md.len, e);
	free(tname);
	rw_buf_free(&md);
	return html;
}

static int
render_about(struct ctx *c, const struct lang *L, struct rw_err *e)
{
	json_t	*d, *data;
	char	*body, *cols;

	data = json_object();
	json_object_set(data, "params", json_object_get(c->stats, "params"));
	json_object_set_new(data, "counts", count_obj(c, L));
	body = md_part(c, L, "about", data, e);
	cols = body != NULL ? md_part(c, L, "columns", data, e) : NULL;
	json_decref(data);
	if (cols == NULL) {
		free(body);
		return -1;
	}
	d = page_new(c, L, "about.html", tstr(L, "about_title"));
	json_object_set_new(d, "body", jstr(body));
	json_object_set_new(d, "columns", jstr(cols));
	free(body);
	free(cols);
	return page_emit(c, L, "about", "about.html", d, 1, e);
}

static int
render_simple(struct ctx *c, const struct lang *L, const char *tmpl,
    const char *rel, const char *title_key, struct rw_err *e)
{
	json_t	*d;

	d = page_new(c, L, rel, tstr(L, title_key));
	json_object_set_new(d, "counts", count_obj(c, L));
	return page_emit(c, L, tmpl, rel, d, 1, e);
}

/* 404.html is served for any missing path, so its links are absolute
 * when the site URL is known. */
static int
render_404(struct ctx *c, const struct lang *L, struct rw_err *e)
{
	json_t	*d;
	char	*root;

	d = page_new(c, L, "404.html", tstr(L, "notfound_title"));
	json_object_del(d, "alt_href");
	if (c->o->base_url != NULL) {
		root = xasprintf("%s/", c->o->base_url);
		json_object_set_new(d, "root", jstr(root));
		free(root);
		root = xasprintf("%s/%s", c->o->base_url, L->prefix);
		json_object_set_new(d, "lroot", jstr(root));
		free(root);
	}
	return page_emit(c, L, "404", "404.html", d, 0, e);
}

/* A list of files from the run report, at most 200 of them. */
static json_t *
status_files(const json_t *list)
{
	const json_t	*files = json_object_get(list, "files");
	json_t		*out = json_array(), *x;
	size_t		 i;

	json_array_foreach(files, i, x) {
		if (i == 200)
			break;
		if (json_is_string(x))
			json_array_append_new(out, json_pack("{s:O}", "file", x));
	}
	return out;
}

/*
 * The status page: what the last run did (report.h).  It is the one page
 * with the run's wall-clock time; it is not in the sitemap or the index.
 */
static int
render_status(struct ctx *c, const struct lang *L, struct rw_err *e)
{
	json_error_t	 je;
	json_t		*r, *d, *stages, *x, *y, *counts, *ch, *fails;
	const char	*key;
	char		 secs[32];
	size_t		 i;

	if ((r = json_load_file(c->o->report, 0, &je)) == NULL) {
		rw_err_set(e, "%s: %s", c->o->report, je.text);
		return -1;
	}
	d = page_new(c, L, "status/index.html", tstr(L, "status_title"));
	json_object_set(d, "start", json_object_get(r, "start"));
	snprintf(secs, sizeof(secs), "%.1f",
	    json_number_value(json_object_get(r, "seconds")));
	json_object_set_new(d, "seconds", json_string(secs));
	stages = json_array();
	json_array_foreach(json_object_get(r, "stages"), i, x) {
		snprintf(secs, sizeof(secs), "%.1f",
		    json_number_value(json_object_get(x, "seconds")));
		json_array_append_new(stages, json_pack("{s:O,s:s}", "stage",
		    json_object_get(x, "stage"), "seconds", secs));
	}
	json_object_set_new(d, "stages", stages);
	counts = json_array();
	json_object_foreach(json_object_get(r, "stages_counts"), key, x) {
		y = json_deep_copy(x);
		json_object_set_new(y, "stage", json_string(key));
		json_array_append_new(counts, y);
	}
	json_object_set_new(d, "stage_counts", counts);
	if ((x = json_object_get(r, "counts")) != NULL)
		json_object_set(d, "counts", x);
	ch = json_object_get(r, "changes");
	json_object_set(d, "first_run", json_object_get(ch, "first_run"));
	json_object_set_new(d, "new_count", json_integer(json_integer_value(
	    json_object_get(json_object_get(ch, "new"), "count"))));
	json_object_set_new(d, "changed_count", json_integer(
	    json_integer_value(json_object_get(json_object_get(ch,
	    "changed"), "count"))));
	json_object_set_new(d, "removed_count", json_integer(
	    json_integer_value(json_object_get(json_object_get(ch,
	    "removed"), "count"))));
	json_object_set_new(d, "new", status_files(json_object_get(ch, "new")));
	json_object_set_new(d, "changed",
	    status_files(json_object_get(ch, "changed")));
	json_object_set_new(d, "removed",
	    status_files(json_object_get(ch, "removed")));
	fails = json_array();
	json_array_foreach(json_object_get(r, "failures"), i, x)
		json_array_append_new(fails, json_pack("{s:O,s:O,s:O}", "file",
		    json_object_get(x, "file"), "stage",
		    json_object_get(x, "stage"), "error",
		    json_object_get(x, "error")));
	json_object_set_new(d, "has_new", json_boolean(json_array_size(
	    json_object_get(d, "new")) > 0));
	json_object_set_new(d, "has_changed", json_boolean(json_array_size(
	    json_object_get(d, "changed")) > 0));
	json_object_set_new(d, "has_removed", json_boolean(json_array_size(
	    json_object_get(d, "removed")) > 0));
	json_object_set_new(d, "has_failures", json_boolean(json_array_size(
	    fails) > 0));
	json_object_set_new(d, "failures", fails);
	json_object_set_new(d, "failure_count",
	    json_integer((json_int_t)json_array_size(fails)));
	json_decref(r);
	return page_emit(c, L, "status", "status/index.html", d, 0, e);
}

static int
render_robots(struct ctx *c, struct rw_err *e)
{
	struct rw_buf	 b = RW_BUF_INIT;
	int		 rc;

	rw_buf_adds(&b, "User-agent: *\nDisallow:\n");
	if (c->o->base_url != NULL)
		rw_buf_printf(&b, "Sitemap: %s/sitemap.xml\n", c->o->base_url);
	rc = rw_site_write(c->site, "robots.txt", b.data, b.len, e);
	rw_buf_free(&b);
	return rc;
}

static int
cmpname(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Copies templates/static/ (plain files only) to static/. */
static int
copy_static(struct ctx *c, struct rw_err *e)
{
	DIR		*dir;
	struct dirent	*de;
	struct stat	 st;
	char		*path, *src, *dst, **names = NULL, *data;
	size_t		 n = 0, i, len;
	int		 rc = 0;

	path = xasprintf("%s/static", c->o->templates);
	if ((dir = opendir(path)) == NULL) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		free(path);
		return -1;
	}
	while ((de = readdir(dir)) != NULL)
		if (rw_site_path_ok(de->d_name))
			rw_strv_push(&names, &n, de->d_name);
	closedir(dir);
	qsort(names, n, sizeof(*names), cmpname);
	for (i = 0; i < n && rc == 0; i++) {
		src = xasprintf("%s/%s", path, names[i]);
		if (stat(src, &st) == 0 && S_ISREG(st.st_mode)) {
			if (rw_file_read(src, STATIC_MAX, &data, &len, e) ==
			    -1) {
				err_prefix(e, src);
				rc = -1;
			}
			else {
				dst = xasprintf("static/%s", names[i]);
				rc = rw_site_write(c->site, dst, data, len, e);
				free(dst);
				free(data);
			}
		}
		free(src);
	}
	rw_strv_free(names, n);
	free(path);
	return rc;
}

static int
copy_stats(struct ctx *c, struct rw_err *e)
{
	char	*path, *data;
	size_t	 len;
	int	 rc;

	path = xasprintf("%s/stats.json", c->o->stats_dir);
	rc = rw_file_read(path, STATS_MAX, &data, &len, e);
	if (rc == -1)
		err_prefix(e, path);
	free(path);
	if (rc == -1)
		return -1;
	rc = rw_site_write(c->site, "data/stats.json", data, len, e);
	free(data);
	return rc;
}

static void
ctx_free(struct ctx *c)
{
	size_t	 i;

	for (i = 0; i < c->nst; i++) {
		free(c->st[i].title);
		free(c->st[i].campaigns);
		free(c->st[i].sources);
		free(c->st[i].regions);
	}
	free(c->st);
	for (i = 0; i < c->nrg; i++) {
		free(c->rg[i].owned_name);
		free(c->rg[i].stories.v);
	}
	free(c->rg);
	for (i = 0; i < c->ncamps; i++)
		free(c->camps[i].stories.v);
	free(c->camps);
	for (i = 0; i < c->noutlets; i++)
		free(c->outlets[i].stories.v);
	free(c->outlets);
	rw_map_free(c->camp_by_name);
	rw_map_free(c->outlet_by_name);
	rw_map_free(c->story_by_id);
	rw_map_free(c->region_by_code);
	rw_map_free(c->names.map);
	rw_strv_free(c->names.v, c->names.n);
	rw_map_free(c->words.map);
	rw_strv_free(c->words.v, c->words.n);
	free(c->figs);
	rw_buf_free(&c->arena);
	rw_strv_free(c->urls, c->nurls);
	rw_buf_free(&c->out);
	rw_buf_free(&c->tmp);
	for (i = 0; i < c->nlangs; i++)
		json_decref(c->langs[i].t);
	json_decref(c->stats);
	rw_site_free(c->site);
	rw_tmpl_set_free(c->tmpl);
	rw_gazetteer_free(c->gaz);
}

static int
setup(struct ctx *c, struct rw_err *e)
{
	char	*path;
	int	 rc;

	if ((c->gaz = rw_gazetteer_new(e)) == NULL)
		return -1;
	c->tmpl = rw_tmpl_set_new();
	if (rw_tmpl_set_load_dir(c->tmpl, c->o->templates, e) == -1 ||
	    rw_tmpl_set_check(c->tmpl, e) == -1)
		return -1;
	if (c->o->langs & RW_RENDER_ZH) {
		if (load_lang(c, &c->langs[c->nlangs], "zh", e) == -1)
			return -1;
		c->nlangs++;
	}
	if (c->o->langs & RW_RENDER_EN) {
		if (load_lang(c, &c->langs[c->nlangs], "en", e) == -1)
			return -1;
		/* English is the mirror when Chinese is built too. */
		if (c->nlangs == 1)
			c->langs[c->nlangs].prefix = "en/";
		c->nlangs++;
	}
	if (c->nlangs == 0) {
		rw_err_set(e, "no language to render");
		return -1;
	}
	path = xasprintf("%s/stats.json", c->o->stats_dir);
	rc = load_json(path, STATS_MAX, &c->stats, e);
	free(path);
	if (rc == -1)
		return -1;
	if (!rw_streq(jget_s(c->stats, "schema"), "rw-stats/1")) {
		rw_err_set(e, "%s/stats.json: schema is not rw-stats/1",
		    c->o->stats_dir);
		return -1;
	}
	if (load_regions(c, e) == -1 || load_index(c, e) == -1)
		return -1;
	build_lists(c);
	if ((c->site = rw_site_open(c->o->out, e)) == NULL)
		return -1;
	return 0;
}

int
rw_render_site(const struct rw_render_opts *o, struct rw_render_counts *cn,
    struct rw_err *e)
{
	struct rw_render_counts	 dummy;
	struct rw_site_counts	 sc;
	struct ctx		 c;
	size_t			 i;
	int			 rc = -1;

	if (cn == NULL)
		cn = &dummy;
	memset(cn, 0, sizeof(*cn));
	memset(&c, 0, sizeof(c));
	c.o = o;
	c.counts = cn;
	if (setup(&c, e) == -1)
		goto out;
	if (render_stories(&c, e) == -1 || render_regions(&c, e) == -1 ||
	    render_entities(&c, e) == -1 || render_all_stories(&c, e) == -1 ||
	    render_explorer(&c, e) == -1)
		goto out;
	for (i = 0; i < c.nlangs; i++)
		if (render_home(&c, &c.langs[i], e) == -1 ||
		    render_about(&c, &c.langs[i], e) == -1 ||
		    render_simple(&c, &c.langs[i], "downloads",
		    "downloads.html", "downloads_title", e) == -1 ||
		    render_simple(&c, &c.langs[i], "search", "search.html",
		    "search_title", e) == -1 ||
		    (c.o->report != NULL &&
		    render_status(&c, &c.langs[i], e) == -1))
			goto out;
	if (render_404(&c, &c.langs[0], e) == -1 ||
	    render_feed(&c, e) == -1 || render_sitemap(&c, e) == -1 ||
	    render_robots(&c, e) == -1 || copy_static(&c, e) == -1 ||
	    copy_stats(&c, e) == -1)
		goto out;
	if (rw_site_close(c.site, &sc, e) == -1) {
		rw_site_free(c.site);
		c.site = NULL;
		goto out;
	}
	cn->files = sc.files;
	cn->written = sc.written;
	cn->removed = sc.removed;
	cn->stories = c.nst;
	cn->figures = c.nfigs;
	rc = 0;
out:
	if (rc == -1 && c.site != NULL)
		rw_site_abort(c.site, NULL);
	ctx_free(&c);
	return rc;
}

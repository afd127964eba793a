/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "record.h"
#include "cjk.h"
#include "cpview.h"
#include "gazetteer.h"
#include "place.h"
#include "org.h"
#include "campaign.h"
#include "items.h"

/*
 * Weights of region evidence.  A headline names what the item is about;
 * a body (民政局, 慈善会) names who organised it; a deictic names the
 * writer's or the item's own place; a bare place name in the body is
 * often an anecdote; the outlet's place frames everything.
 */
#define W_HEAD_BODY	6.0
#define W_HEAD_NAME	5.0
#define W_BODY		3.0
#define W_DEICTIC	2.0
#define W_NAME		1.0
#define W_HOME		1.5
/* A child region is chosen while it holds this share of its parent's. */
#define DESCEND		0.6

#define MAXHOME		3
#define SRC_BODY	0
#define SRC_TITLE	1
#define MAXATTR		40	/* code points of a (据…) attribution */

struct para {
	size_t	 start;
	size_t	 end;
};

/* A place at a text position, for rw_items_region_at. */
struct located {
	size_t			 pos;
	const struct rw_region	*region;
};

struct evidence {
	const struct rw_region	*region;
	double			 w;
	size_t			 order;	/* headline first, then text order */
};

struct item {
	size_t			 start;		/* paragraphs of the item */
	size_t			 end;
	size_t			 limit;		/* next item's start */
	size_t			 hl_start;	/* headline paragraph, if any */
	size_t			 hl_end;
	size_t			 scan_end;	/* end before the (据…) line */
	int			 single;	/* the whole article */
	char			*title;
	char			*origin;
	const struct rw_region	*region;
	struct rw_region_ref	*refs;
	size_t			 nrefs;
	char			**campaigns;
	size_t			 ncampaigns;
	char			**orgs;
	size_t			 norgs;
	struct located		*loc;
	size_t			 nloc;
};

struct rw_items {
	const struct rw_gazetteer *gz;
	const struct rw_article	*art;
	struct rw_cpview	 body;
	struct rw_cpview	 title;
	struct item		*v;
	size_t			 n;
	int			 lead;		/* v[0] is a roundup's lead */
	const struct rw_region	*home[MAXHOME];	/* outlets: source, origin,
						   site */
	size_t			 nhome;
	const struct rw_region	*frame;		/* where the site is
						   registered */
};

/* --- paragraphs, attributions and headlines ------------------------- */

static int
is_space(int32_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == 0x3000 ||
	    c == 0xa0;
}

static size_t
paragraphs(const struct rw_cpview *v, struct para **out)
{
	size_t		 i = 0, s, e, n = 0, cap = 16;
	struct para	*p = xreallocarray(NULL, cap, sizeof(*p));

	while (i < v->n) {
		while (i < v->n && (v->key[i] == '\n' || is_space(v->key[i])))
			i++;
		s = i;
		while (i < v->n && v->key[i] != '\n')
			i++;
		for (e = i; e > s && is_space(v->key[e - 1]); e--)
			continue;
		if (e == s)
			continue;
		if (n == cap) {
			cap *= 2;
			p = xreallocarray(p, cap, sizeof(*p));
		}
		p[n].start = s;
		p[n].end = e;
		n++;
	}
	*out = p;
	return n;
}

/*
 * A paragraph ending in (据XX) or （据《XX》）: sets *at to the opening
 * parenthesis and returns the outlet as written (caller frees), or NULL.
 */
static char *
attribution(const struct rw_cpview *v, struct para p, size_t *at)
{
	const int32_t	*key = v->key;
	size_t		 i, s, e = p.end;

	while (e > p.start && rw_cjk_in(key[e - 1], U"。."))
		e--;
	if (e < p.start + 4 || !rw_cjk_in(key[e - 1], U")）"))
		return NULL;
	/* the opening parenthesis, no other closing one before it */
	for (i = e - 1; i > p.start && e - i <= MAXATTR; i--) {
		if (rw_cjk_in(key[i - 1], U")）"))
			return NULL;
		if (rw_cjk_in(key[i - 1], U"(（"))
			break;
	}
	if (i == p.start || e - i > MAXATTR || !rw_cjk_in(key[i - 1], U"(（"))
		return NULL;
	i--;
	if (key[i + 1] != 0x636e)	/* 据 */
		return NULL;
	*at = i;
	s = i + 2;
	e--;
	while (s < e && rw_cjk_in(key[s], U"《〈"))
		s++;
	while (e > s && rw_cjk_in(key[e - 1], U"》〉"))
		e--;
	/* 据新华社报道, 据XX消息 */
	if (e >= s + 2 && (rw_cjk_at(key + e - 2, 2, U"报道") == 2 ||
	    rw_cjk_at(key + e - 2, 2, U"消息") == 2))
		e -= 2;
	while (e > s && rw_cjk_in(key[e - 1], U"》〉"))
		e--;
	if (e < s + 2)
		return NULL;
	return rw_cpview_strdup(v, s, e);
}

/* A short paragraph without sentence punctuation: an item's headline. */
static int
headline_like(const struct rw_cpview *v, struct para p)
{
	size_t	 i, n = p.end - p.start, han = 0;
	int32_t	 c;

	if (n < 6 || n > 60)
		return 0;
	for (i = p.start; i < p.end; i++) {
		c = v->key[i];
		if (rw_cjk_in(c, U"。！？!?；;…"))
			return 0;
		han += rw_cjk_han(c);
	}
	if (rw_cjk_in(v->key[p.end - 1], U"：:，,、"))
		return 0;
	if (rw_cjk_in(v->key[p.start], U"“「『\"") &&
	    rw_cjk_in(v->key[p.end - 1], U"”」』\""))
		return 0;
	return han >= 4;
}

static int
has_comma(const struct rw_cpview *v, struct para p)
{
	size_t	 i;

	for (i = p.start; i < p.end; i++)
		if (rw_cjk_in(v->key[i], U"，,"))
			return 1;
	return 0;
}

static int
ends_sentence(const struct rw_cpview *v, struct para p)
{
	return rw_cjk_in(v->key[p.end - 1], U"。！？!?”）)");
}

/* A headline that names a place: 崇阳县民政局春节慰问217户困难群众. */
static int
place_headline(const struct rw_items *its, struct para p)
{
	struct rw_places	 ps;
	int			 yes;

	rw_places_init(&ps, its->gz);
	ps.frame = its->frame;
	rw_places_find(&ps, &its->body, p.start, p.end, 0);
	rw_places_resolve(&ps, its->home, its->nhome);
	yes = ps.n > 0 && ps.v[0].kind == RW_MENTION_NAME;
	rw_places_free(&ps);
	return yes;
}

/* 1 if paragraph p repeats the page title. */
static int
same_as_title(const struct rw_items *its, struct para p)
{
	const struct rw_cpview	*t = &its->title;

	return t->n == p.end - p.start && memcmp(t->key, its->body.key +
	    p.start, t->n * sizeof(*t->key)) == 0;
}

/*
 * Splits the text: a new item starts after a (据…) paragraph followed by
 * a headline and more text, and, once the page is known to be a roundup,
 * at a headline naming a place after a finished paragraph.
 */
static void
split(struct rw_items *its)
{
	const struct rw_cpview	*v = &its->body;
	struct para		*p;
	size_t			 np, i, at, *cut, ncut = 0;
	struct item		*it;
	char			*outlet;
	int			*attr;

	np = paragraphs(v, &p);
	attr = xcalloc(np + 1, sizeof(*attr));
	cut = xcalloc(np + 1, sizeof(*cut));
	for (i = 0; i < np; i++) {
		if ((outlet = attribution(v, p[i], &at)) != NULL)
			attr[i] = 1;
		free(outlet);
	}
	for (i = 1; i + 1 < np; i++)
		if (attr[i - 1] && headline_like(v, p[i]) &&
		    !headline_like(v, p[i + 1]))
			cut[ncut++] = i;
	/*
	 * A roundup whose items all lack (据…): it opens with a headline
	 * that names a place and has no comma (a feature opens with text;
	 * text broken into lines opens with half a sentence).
	 */
	if (ncut > 0 || (np >= 4 && headline_like(v, p[0]) &&
	    !has_comma(v, p[0]) && !headline_like(v, p[1]) &&
	    !same_as_title(its, p[0]) && place_headline(its, p[0]))) {
		size_t	 k = 0, all = 0, *more = xcalloc(np + 1, sizeof(*more));

		for (i = 1; i + 1 < np; i++) {
			if (k < ncut && cut[k] == i) {
				more[all++] = cut[k++];
				continue;
			}
			if (!attr[i - 1] && ends_sentence(v, p[i - 1]) &&
			    headline_like(v, p[i]) &&
			    !headline_like(v, p[i + 1]) &&
			    place_headline(its, p[i]))
				more[all++] = i;
		}
		free(cut);
		cut = more;
		ncut = all;
	}
	/*
	 * Text before the first item's headline that neither opens with a
	 * headline of its own (the page's title repeated is none) nor ends
	 * in a (据…): an editor's lead or a table of contents.
	 */
	its->lead = ncut > 0 && !attr[cut[0] - 1] &&
	    (!headline_like(v, p[0]) || same_as_title(its, p[0]));
	its->v = xcalloc(ncut + 1, sizeof(*its->v));
	its->n = ncut + 1;
	for (i = 0; i <= ncut; i++) {
		size_t	 a = i == 0 ? 0 : cut[i - 1];
		size_t	 b = i == ncut ? np : cut[i];

		it = &its->v[i];
		it->start = np > 0 ? p[a].start : 0;
		it->end = np > 0 ? p[b - 1].end : v->n;
		it->limit = i == ncut ? v->n : p[b].start;
		it->scan_end = it->end;
		it->single = ncut == 0;
		if (np > 0 &&
		    (outlet = attribution(v, p[b - 1], &at)) != NULL) {
			it->origin = outlet;
			it->scan_end = at;
		}
		if (!it->single && np > 0 && headline_like(v, p[a])) {
			it->hl_start = p[a].start;
			it->hl_end = p[a].end;
			it->title = rw_cpview_strdup(v, it->hl_start,
			    it->hl_end);
		}
	}
	if (its->n == 1) {
		it = &its->v[0];
		it->start = 0;
		it->end = it->limit = v->n;
		if (it->origin == NULL && its->art->origin != NULL)
			it->origin = xstrdup(its->art->origin);
		if (its->art->title != NULL)
			it->title = xstrdup(its->art->title);
	}
	free(attr);
	free(cut);
	free(p);
}

/* --- region of an item -------------------------------------------- */

struct evset {
	struct evidence	*v;
	size_t		 n;
	size_t		 cap;
};

static void
ev_add(struct evset *es, const struct rw_region *r, double w, size_t order)
{
	if (r == NULL || w <= 0)
		return;
	if (es->n == es->cap) {
		es->cap = es->cap ? es->cap * 2 : 32;
		es->v = xreallocarray(es->v, es->cap, sizeof(*es->v));
	}
	es->v[es->n].region = r;
	es->v[es->n].w = w;
	es->v[es->n].order = order;
	es->n++;
}

static int
cmp_evidence(const void *a, const void *b)
{
	const struct evidence	*x = a, *y = b;
	int			 c;

	if ((c = strcmp(x->region->code, y->region->code)) != 0)
		return c;
	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return x->w < y->w ? -1 : x->w > y->w;
}

/* Sums the evidence per region, keeping the earliest order of each. */
static void
aggregate(struct evset *es)
{
	size_t	 i, out = 0;

	if (es->n == 0)
		return;
	qsort(es->v, es->n, sizeof(*es->v), cmp_evidence);
	for (i = 1; i < es->n; i++) {
		if (es->v[i].region == es->v[out].region) {
			es->v[out].w += es->v[i].w;
			continue;
		}
		es->v[++out] = es->v[i];
	}
	es->n = out + 1;
}

/*
 * The best region among the children of parent (the provinces when
 * parent is NULL) that carry evidence: most support, then the earliest
 * evidence, then the code.  *best_s gets its support.  es is aggregated,
 * so this costs (regions with evidence) x (children found).
 */
static const struct rw_region *
best_child(const struct evset *es, const struct rw_region *parent,
    double *best_s)
{
	struct evidence		*kid;
	const struct rw_region	*c, *best = NULL;
	size_t			 i, k, nk = 0, first = SIZE_MAX;

	*best_s = 0;
	kid = xcalloc(es->n + 1, sizeof(*kid));
	for (i = 0; i < es->n; i++) {
		/* the child of parent on the evidence's chain */
		for (c = es->v[i].region; c != NULL && c->parent != parent;
		    c = c->parent)
			continue;
		if (c == NULL)
			continue;
		for (k = 0; k < nk && kid[k].region != c; k++)
			continue;
		if (k == nk) {
			kid[nk].region = c;
			kid[nk].order = SIZE_MAX;
			nk++;
		}
		kid[k].w += es->v[i].w;
		if (es->v[i].order < kid[k].order)
			kid[k].order = es->v[i].order;
	}
	for (k = 0; k < nk; k++)
		if (best == NULL || kid[k].w > *best_s ||
		    (kid[k].w == *best_s && (kid[k].order < first ||
		    (kid[k].order == first &&
		    strcmp(kid[k].region->code, best->code) < 0)))) {
			best = kid[k].region;
			*best_s = kid[k].w;
			first = kid[k].order;
		}
	free(kid);
	return best;
}

static const struct rw_region *
choose_region(struct evset *es)
{
	const struct rw_region	*cur, *c;
	double			 s, cs;
	size_t			 steps;

	aggregate(es);
	if ((cur = best_child(es, NULL, &s)) == NULL)
		return NULL;
	for (steps = 0; steps < 3; steps++) {
		if ((c = best_child(es, cur, &cs)) == NULL ||
		    cs < DESCEND * s)
			break;
		cur = c;
		s = cs;
	}
	return cur;
}

/* --- per-item analysis -------------------------------------------- */

struct scan {
	struct rw_places	 ps;
	struct rw_orgs		 orgs;
};

static int
in_head(const struct item *it, int src, size_t pos)
{
	return src == SRC_TITLE || (pos >= it->hl_start && pos < it->hl_end);
}

/*
 * The body name holding position pos of text src, or NULL.  The names
 * are in (src, start) order and do not overlap.
 */
static const struct rw_org *
org_holding(const struct rw_orgs *o, int src, size_t pos)
{
	size_t	 lo = 0, hi = o->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (o->v[mid].src < src || (o->v[mid].src == src &&
		    o->v[mid].end <= pos))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < o->n && o->v[lo].src == src && o->v[lo].start <= pos)
		return &o->v[lo];
	return NULL;
}

static size_t
order_of(int src, size_t pos)
{
	/* the title of a single item comes before its text */
	return src == SRC_TITLE ? pos : pos + ((size_t)1 << 40);
}

/* The region a deictic or a relative body name refers to. */
static const struct rw_region *
refer(int32_t lv, int own, const struct rw_region *focus,
    const struct rw_region *writer)
{
	const struct rw_region	*r;

	if (own && (r = rw_place_deictic(lv, writer)) != NULL)
		return r;
	if ((r = rw_place_deictic(lv, focus)) != NULL)
		return r;
	return rw_place_deictic(lv, writer);
}

static void
gather(const struct item *it, const struct scan *sc,
    const struct rw_region *focus, const struct rw_region *writer,
    const struct rw_region *const *home, size_t nhome, struct evset *es)
{
	const struct rw_mention	*m;
	const struct rw_org	*g;
	const struct rw_region	*r;
	size_t			 i;
	int			 head;

	es->n = 0;
	for (i = 0; i < nhome; i++)
		ev_add(es, home[i], W_HOME, SIZE_MAX);
	for (i = 0; i < sc->orgs.n; i++) {
		g = &sc->orgs.v[i];
		r = g->region;
		if (r == NULL && g->rel != 0 && focus != NULL)
			r = refer(g->rel, 0, focus, writer);
		head = in_head(it, g->src, g->start);
		ev_add(es, r, g->facility ? (head ? W_HEAD_NAME : W_NAME) :
		    (head ? W_HEAD_BODY : W_BODY), order_of(g->src, g->start));
	}
	for (i = 0; i < sc->ps.n; i++) {
		m = &sc->ps.v[i];
		head = in_head(it, m->src, m->start);
		if (m->kind == RW_MENTION_DEICTIC) {
			if (focus != NULL || writer != NULL)
				ev_add(es, refer(m->level, m->own, focus,
				    writer), head ? W_HEAD_NAME : W_DEICTIC,
				    order_of(m->src, m->start));
			continue;
		}
		if (m->qualifier || org_holding(&sc->orgs, m->src,
		    m->start) != NULL)
			continue;
		ev_add(es, m->region, head ? W_HEAD_NAME : W_NAME,
		    order_of(m->src, m->start));
	}
}

static int
cmp_ref(const void *a, const void *b)
{
	const struct rw_region_ref	*x = a, *y = b;

	if (x->mentions != y->mentions)
		return x->mentions > y->mentions ? -1 : 1;
	return strcmp(x->code, y->code);
}

static int
cmp_region_code(const void *a, const void *b)
{
	const struct rw_region	*x = *(const struct rw_region *const *)a;
	const struct rw_region	*y = *(const struct rw_region *const *)b;

	return strcmp(x->code, y->code);
}

/* it->refs from the regions mentioned: counted, most mentioned first. */
static void
count_refs(struct item *it, const struct rw_region **v, size_t n)
{
	size_t	 i, j;

	if (n == 0)
		return;
	qsort(v, n, sizeof(*v), cmp_region_code);
	it->refs = xcalloc(n, sizeof(*it->refs));
	for (i = 0; i < n; i = j) {
		for (j = i; j < n && v[j] == v[i]; j++)
			continue;
		it->refs[it->nrefs].code = xstrdup(v[i]->code);
		it->refs[it->nrefs].name = xstrdup(v[i]->name);
		it->refs[it->nrefs].mentions = (int)(j - i);
		it->nrefs++;
	}
	qsort(it->refs, it->nrefs, sizeof(*it->refs), cmp_ref);
}

static void
locate(struct item *it, size_t pos, const struct rw_region *r)
{
	if (r == NULL)
		return;
	if ((it->nloc & (it->nloc - 1)) == 0)	/* 0, 1, 2, 4, ...: double */
		it->loc = xreallocarray(it->loc, it->nloc ? it->nloc * 2 : 1,
		    sizeof(*it->loc));
	it->loc[it->nloc].pos = pos;
	it->loc[it->nloc].region = r;
	it->nloc++;
}

static int
cmp_loc(const void *a, const void *b)
{
	const struct located	*x = a, *y = b;

	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return strcmp(x->region->code, y->region->code);
}

/* Appends s (taken) to v, doubling the array as it fills. */
static void
strv_take(char ***v, size_t *n, char *s)
{
	if ((*n & (*n - 1)) == 0)
		*v = xreallocarray(*v, *n ? *n * 2 : 1, sizeof(**v));
	(*v)[(*n)++] = s;
}

static void
analyse(struct rw_items *its, struct item *it)
{
	struct scan		 sc;
	struct evset		 es = { NULL, 0, 0 };
	struct rw_spans		 sp = { NULL, 0, 0 };
	const struct rw_region	*home[MAXHOME + 1], *focus, *writer, *r;
	const struct rw_region	**seen;
	const struct rw_cpview	*v;
	size_t			 nhome = 0, i, nseen = 0;
	int			 src;

	rw_places_init(&sc.ps, its->gz);
	sc.ps.frame = its->frame;
	memset(&sc.orgs, 0, sizeof(sc.orgs));
	for (i = 0; i < its->nhome; i++)
		home[nhome++] = its->home[i];
	writer = NULL;
	if (!it->single && it->origin != NULL &&
	    (r = rw_place_outlet(its->gz, it->origin, NULL)) != NULL)
		home[nhome++] = writer = r;
	if (it->single && it->origin != NULL &&
	    !rw_streq(it->origin, its->art->origin) &&
	    (r = rw_place_outlet(its->gz, it->origin, NULL)) != NULL &&
	    nhome < MAXHOME + 1)
		home[nhome++] = writer = r;
	for (i = 0; writer == NULL && i < its->nhome; i++)
		writer = its->home[i];

	rw_places_find(&sc.ps, &its->body, it->start, it->scan_end, SRC_BODY);
	if (it->single)
		rw_places_find(&sc.ps, &its->title, 0, its->title.n, SRC_TITLE);
	rw_places_resolve(&sc.ps, home, nhome);
	rw_orgs_find(&sc.orgs, &its->body, it->start, it->scan_end, &sc.ps,
	    SRC_BODY);
	if (it->single)
		rw_orgs_find(&sc.orgs, &its->title, 0, its->title.n, &sc.ps,
		    SRC_TITLE);

	/* first without deictics and relative names, then with them */
	gather(it, &sc, NULL, NULL, home, nhome, &es);
	focus = choose_region(&es);
	if (focus == NULL)
		focus = writer;
	gather(it, &sc, focus, writer, home, nhome, &es);
	it->region = choose_region(&es);
	focus = it->region != NULL ? it->region : writer;

	/* the places named: explicitly, by deictic, by a relative body */
	seen = xcalloc(sc.ps.n + sc.orgs.n + 1, sizeof(*seen));
	for (i = 0; i < sc.ps.n; i++) {
		const struct rw_mention *m = &sc.ps.v[i];

		r = m->kind == RW_MENTION_DEICTIC ?
		    refer(m->level, m->own, focus, writer) : m->region;
		if (r != NULL)
			seen[nseen++] = r;
		if (m->src == SRC_BODY)
			locate(it, m->start, r);
	}
	for (i = 0; i < sc.orgs.n; i++) {
		const struct rw_org *g = &sc.orgs.v[i];

		if (g->region == NULL && g->rel != 0) {
			r = refer(g->rel, 0, focus, writer);
			if (r != NULL)
				seen[nseen++] = r;
			if (g->src == SRC_BODY)
				locate(it, g->start, r);
		}
	}
	count_refs(it, seen, nseen);
	free(seen);
	if (it->nloc > 0)
		qsort(it->loc, it->nloc, sizeof(*it->loc), cmp_loc);

	/* bodies and campaigns: the text first, then a single item's title */
	for (src = SRC_BODY; src <= SRC_TITLE; src++) {
		if (src == SRC_TITLE && !it->single)
			break;
		for (i = 0; i < sc.orgs.n; i++) {
			const struct rw_org *g = &sc.orgs.v[i];

			if (g->src != src)
				continue;
			v = src == SRC_TITLE ? &its->title : &its->body;
			strv_take(&it->orgs, &it->norgs,
			    rw_cpview_strdup(v, g->start, g->end));
		}
		v = src == SRC_TITLE ? &its->title : &its->body;
		sp.n = 0;
		if (src == SRC_BODY)
			rw_campaigns_find(v, it->start, it->scan_end, &sp);
		else
			rw_campaigns_find(v, 0, v->n, &sp);
		for (i = 0; i < sp.n; i++)
			strv_take(&it->campaigns, &it->ncampaigns,
			    rw_cpview_strdup(v, sp.v[i].start, sp.v[i].end));
	}
	rw_strv_uniq(it->orgs, &it->norgs);
	rw_campaigns_tidy(it->campaigns, &it->ncampaigns);

	rw_spans_free(&sp);
	free(es.v);
	rw_orgs_free(&sc.orgs);
	rw_places_free(&sc.ps);
}

/* --- public --------------------------------------------------------- */

/*
 * The place of an outlet as a home place.  The site's registration
 * settles the names of the site's own outlets (its 来源, itself), not of
 * the paper it reprints.
 */
static void
add_home(struct rw_items *its, const char *outlet,
    const struct rw_region *frame)
{
	const struct rw_region	*r;
	size_t			 i;

	if ((r = rw_place_outlet(its->gz, outlet, frame)) == NULL)
		return;
	for (i = 0; i < its->nhome; i++)
		if (its->home[i] == r)
			return;
	if (its->nhome < MAXHOME)
		its->home[its->nhome++] = r;
}

struct rw_items *
rw_items_new(const struct rw_gazetteer *gz, const struct rw_article *art,
    struct rw_err *err)
{
	struct rw_items	*its;
	const char	*text, *title;
	int		 hant;
	size_t		 i;

	if (gz == NULL || art == NULL) {
		rw_err_set(err, "items: no gazetteer or no article");
		return NULL;
	}
	text = art->text != NULL ? art->text : "";
	title = art->title != NULL ? art->title : "";
	its = xcalloc(1, sizeof(*its));
	its->gz = gz;
	its->art = art;
	hant = rw_streq(art->lang, "zh-Hant");
	rw_cpview_init(&its->body, text, strlen(text), rw_gazetteer_hans(gz),
	    hant ? 0 : RW_CPVIEW_TRAD);
	rw_cpview_init(&its->title, title, strlen(title),
	    rw_gazetteer_hans(gz), hant || its->body.key != its->body.cp ?
	    0 : RW_CPVIEW_TRAD);
	if (art->site_code != NULL)
		its->frame = rw_gazetteer_code(gz, art->site_code);
	add_home(its, art->source, its->frame);
	add_home(its, art->origin, NULL);
	add_home(its, art->site, its->frame);
	split(its);
	for (i = 0; i < its->n; i++)
		analyse(its, &its->v[i]);
	return its;
}

void
rw_items_free(struct rw_items *its)
{
	size_t	 i, k;

	if (its == NULL)
		return;
	for (i = 0; i < its->n; i++) {
		struct item *it = &its->v[i];

		free(it->title);
		free(it->origin);
		for (k = 0; k < it->nrefs; k++) {
			free(it->refs[k].code);
			free(it->refs[k].name);
		}
		free(it->refs);
		rw_strv_free(it->campaigns, it->ncampaigns);
		rw_strv_free(it->orgs, it->norgs);
		free(it->loc);
	}
	free(its->v);
	rw_cpview_free(&its->body);
	rw_cpview_free(&its->title);
	free(its);
}

size_t
rw_items_count(const struct rw_items *its)
{
	return its->n;
}

int
rw_items_lead(const struct rw_items *its)
{
	return its->lead;
}

size_t
rw_items_index_at(const struct rw_items *its, size_t offset)
{
	size_t	 lo = 0, hi = its->n - 1, mid;

	/* the first item whose limit lies past offset */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (offset < its->v[mid].limit)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* Deepest of the places when they nest, else their common ancestor. */
static const struct rw_region *
combine(const struct located *l, size_t n, size_t offset)
{
	const struct rw_region	*cur = NULL, *near = NULL;
	size_t			 i;

	for (i = 0; i < n; i++) {
		if (l[i].pos <= offset || near == NULL)
			near = l[i].region;
		if (cur == NULL || rw_region_within(l[i].region, cur))
			cur = l[i].region;
		else if (!rw_region_within(cur, l[i].region))
			cur = rw_region_lca(cur, l[i].region);
		if (cur == NULL)
			return near;
	}
	return cur;
}

/* The places of text code points [a, b) of an item. */
static const struct rw_region *
places_in(const struct item *it, size_t a, size_t b, size_t offset)
{
	size_t	 i, j;

	for (i = 0; i < it->nloc && it->loc[i].pos < a; i++)
		continue;
	for (j = i; j < it->nloc && it->loc[j].pos < b; j++)
		continue;
	return j > i ? combine(it->loc + i, j - i, offset) : NULL;
}

/* Bounds of the clause or sentence around offset within [lo, hi). */
static void
bounds(const struct rw_cpview *v, size_t lo, size_t hi, size_t offset,
    const char32_t *stops, size_t *a, size_t *b)
{
	size_t	 i;

	for (i = offset; i > lo && !rw_cjk_in(v->key[i - 1], stops) &&
	    v->key[i - 1] != '\n'; i--)
		continue;
	*a = i;
	for (i = offset; i < hi && !rw_cjk_in(v->key[i], stops) &&
	    v->key[i] != '\n'; i++)
		continue;
	*b = i;
}

const char *
rw_items_region_at(const struct rw_items *its, size_t offset)
{
	const struct item	*it;
	const struct rw_region	*r;
	size_t			 a, b;

	it = &its->v[rw_items_index_at(its, offset)];
	if (offset > its->body.n)
		offset = its->body.n;
	bounds(&its->body, it->start, it->limit, offset, U"，,；;。！？!?：:",
	    &a, &b);
	if ((r = places_in(it, a, b, offset)) == NULL) {
		bounds(&its->body, it->start, it->limit, offset,
		    U"；;。！？!?", &a, &b);
		r = places_in(it, a, b, offset);
	}
	if (r == NULL)
		r = it->region;
	return r != NULL ? r->code : NULL;
}

void
rw_items_export(const struct rw_items *its, struct rw_item **items,
    size_t *n)
{
	struct rw_item		*t;
	const struct item	*it;
	size_t			 i, k;

	*items = xreallocarray(*items, *n + its->n, sizeof(**items));
	for (i = 0; i < its->n; i++) {
		it = &its->v[i];
		t = &(*items)[(*n)++];
		memset(t, 0, sizeof(*t));
		t->title = it->title != NULL ? xstrdup(it->title) : NULL;
		t->origin = it->origin != NULL ? xstrdup(it->origin) : NULL;
		if (it->region != NULL) {
			t->region = xstrdup(it->region->code);
			t->province = xstrdup(it->region->province->code);
		}
		if (it->nrefs > 0)
			t->regions = xcalloc(it->nrefs, sizeof(*t->regions));
		for (k = 0; k < it->nrefs; k++) {
			t->regions[k].code = xstrdup(it->refs[k].code);
			t->regions[k].name = xstrdup(it->refs[k].name);
			t->regions[k].mentions = it->refs[k].mentions;
		}
		t->nregions = it->nrefs;
		for (k = 0; k < it->ncampaigns; k++)
			rw_strv_push(&t->campaigns, &t->ncampaigns,
			    it->campaigns[k]);
		for (k = 0; k < it->norgs; k++)
			rw_strv_push(&t->organizations, &t->norganizations,
			    it->orgs[k]);
		t->start = it->start;
		t->end = it->end;
	}
}

int
rw_items_build(const struct rw_gazetteer *gz, const struct rw_article *art,
    struct rw_item **items, size_t *n, struct rw_err *err)
{
	struct rw_items	*its;

	*items = NULL;
	*n = 0;
	if ((its = rw_items_new(gz, art, err)) == NULL)
		return -1;
	rw_items_export(its, items, n);
	rw_items_free(its);
	return 0;
}

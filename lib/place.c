/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "utf8.h"
#include "cjk.h"
#include "cpview.h"
#include "gazetteer.h"
#include "place.h"

/*
 * Word lists (cjk.h) are consulted only after a name has matched, so
 * their cost is small.
 */

/* Suffixes that turn a short name into a name: 临渭区, 互助县. */
static const char32_t suffixes[] = U"区县市旗州盟";
/* ... unless they start a word: 平安市民, 城北市场, 光明区域. */
static const char32_t *const suffix_words[] = {
	U"市场", U"市民", U"市值", U"市面", U"区域", U"区别", U"区分", U"区间",
	U"旗帜", U"旗下", U"旗舰", U"县城", NULL
};
/*
 * ... or whose suffix makes a word with the name's last character:
 * 大城 + 市 is 大城市 (a big city), 平安 + 区 is not 安区.
 */
static const char32_t *const suffix_pairs[] = {
	U"城市", U"城区", U"山区", U"地区", U"社区", U"小区", U"街区", U"园区",
	U"景区", U"矿区", U"林区", U"牧区", U"灾区", U"湖区", U"市区", U"新区",
	U"郊区", U"辖区", U"片区", U"校区", U"厂区", U"库区", U"老区", U"红旗",
	NULL
};
/* Water and mountain names before a side: 黄河北岸, 洞庭湖南岸. */
static const char32_t shore_first[] = U"河湖海江山";
static const char32_t shore_after[] = U"岸侧麓畔沿";
/* After a short name these make it a town, street or park name. */
static const char32_t *const town_words[] = {
	U"镇", U"乡", U"村", U"街", U"路", U"大道", U"社区", U"小区", U"公园",
	U"广场", U"嘎查", U"苏木", U"花园", NULL
};
/* After a short name these make it a body of that place: 安化民政局. */
static const char32_t *const body_words[] = {
	U"民政", U"人民政府", U"政府", U"县委", U"市委", U"区委", U"州委",
	U"旗委", U"党委", U"慈善", U"红十字", U"日报", U"晚报", U"都市报",
	U"电视", U"广播", U"融媒", U"新闻", U"发布", U"残联", U"妇联",
	U"总工会", U"福彩", U"救助", U"福利", U"应急", U"财政", U"医保", NULL
};
/*
 * Characters before a name that end a word: 在范县, 日前仙桃市 (not
 * 局会同县财政局).
 */
static const char32_t boundary_chars[] =
    U"在到赴对向和与及从由于是的了为将至往经年月日前后来、，。；：！？（）“”";
/* After a deictic these make a word: 全市场, 本区域, 全省份. */
static const char32_t deictic_bad_next[] = U"场域份";
/* Before 全 / 本 these make a word: 安全市场, 健全市县, 成本市价. */
static const char32_t deictic_bad_prev[] = U"安健完齐周保成根基资";
static const char32_t levels[] = U"省市县区州旗";

void
rw_places_init(struct rw_places *ps, const struct rw_gazetteer *gz)
{
	memset(ps, 0, sizeof(*ps));
	ps->gz = gz;
}

void
rw_places_free(struct rw_places *ps)
{
	free(ps->v);
	ps->v = NULL;
	ps->n = ps->cap = 0;
}

static struct rw_mention *
push(struct rw_places *ps)
{
	struct rw_mention	*m;

	if (ps->n == ps->cap) {
		ps->cap = ps->cap ? ps->cap * 2 : 32;
		ps->v = xreallocarray(ps->v, ps->cap, sizeof(*ps->v));
	}
	m = &ps->v[ps->n++];
	memset(m, 0, sizeof(*m));
	return m;
}

/* Candidates of a kind: current full names and aliases, or retired. */
static size_t
nkind(const struct rw_name *nm, int retired)
{
	size_t	 i, n = 0;

	for (i = 0; i < nm->ncands; i++)
		if (nm->cands[i].kind != RW_NAME_SHORT &&
		    (nm->cands[i].kind == RW_NAME_RETIRED) == retired)
			n++;
	return n;
}

/*
 * The region a name means without any context, or NULL when it needs
 * context: one full name that is not a generic word, or a short name given
 * to a province or to a prefecture whose name is not an everyday word.
 */
static const struct rw_region *
default_region(const struct rw_name *nm)
{
	const struct rw_name_cand	*c = &nm->cands[0];

	if (c->kind != RW_NAME_SHORT)
		return nkind(nm, 0) + nkind(nm, 1) == 1 &&
		    !(nm->flags & RW_NAME_WEAK) ? c->region : NULL;
	if (!c->assigned)
		return NULL;
	if (c->region->level == RW_LEVEL_PROVINCE ||
	    (c->region->level == RW_LEVEL_PREFECTURE &&
	    !(c->region->flags & RW_REGION_COMMON)))
		return c->region;
	return NULL;
}

/* 我省 全市 本县 该区 at key[i]: returns 1 when it is one. */
static int
is_deictic(const int32_t *key, size_t i, size_t start, size_t end)
{
	int32_t	 c = key[i];

	if (c != 0x6211 && c != 0x672c && c != 0x5168 && c != 0x8be5)
		return 0;	/* 我 本 全 该 */
	if (i + 1 >= end || !rw_cjk_in(key[i + 1], levels))
		return 0;
	if (i + 2 < end && rw_cjk_in(key[i + 2], deictic_bad_next))
		return 0;
	if (c != 0x6211 && c != 0x8be5 && i > start &&
	    rw_cjk_in(key[i - 1], deictic_bad_prev))
		return 0;
	return 1;
}

void
rw_places_find(struct rw_places *ps, const struct rw_cpview *v,
    size_t start, size_t end, int src)
{
	const struct rw_name	*hits[16];
	struct rw_mention	*m;
	size_t			 i, k, j;

	if (end > v->n)
		end = v->n;
	for (i = start; i < end; ) {
		if (is_deictic(v->key, i, start, end)) {
			m = push(ps);
			m->kind = RW_MENTION_DEICTIC;
			m->start = i;
			m->end = i + 2;
			m->src = src;
			m->view = v;
			m->level = v->key[i + 1];
			m->own = v->key[i] == 0x6211;	/* 我 */
			i += 2;
			continue;
		}
		k = rw_gazetteer_match(ps->gz, v->key + i, end - i, hits, 16);
		if (k == 0) {
			i++;
			continue;
		}
		m = push(ps);
		m->kind = RW_MENTION_NAME;
		m->start = i;
		m->src = src;
		m->view = v;
		j = k > RW_MENTION_MAXNAMES ? k - RW_MENTION_MAXNAMES : 0;
		for (; j < k; j++)
			m->names[m->nnames++] = hits[j];
		m->end = i + hits[k - 1]->len;
		/*
		 * A name that needs context may yet be dropped: let the
		 * names that start inside it be found too (和安吉: 和安 is a
		 * county of Xinjiang, 安吉 one of Zhejiang).
		 */
		i = default_region(hits[k - 1]) != NULL ? m->end : i + 1;
	}
}

/* --- resolution ------------------------------------------------------- */

/* A set of regions: one mark per region of the gazetteer. */
struct rset {
	const struct rw_region	*base;	/* the gazetteer's first region */
	unsigned char		*mark;
};

static void
rset_init(struct rset *s, const struct rw_gazetteer *gz)
{
	s->base = rw_gazetteer_at(gz, 0);
	s->mark = xcalloc(rw_gazetteer_count(gz) + 1, 1);
}

static int
rset_has(const struct rset *s, const struct rw_region *r)
{
	return s->mark[r - s->base];
}

static void
rset_add(struct rset *s, const struct rw_region *r)
{
	if (r != NULL)
		s->mark[r - s->base] = 1;
}

static void
rset_add_chain(struct rset *s, const struct rw_region *r)
{
	for (; r != NULL; r = r->parent)
		rset_add(s, r);
}

struct resolver {
	struct rset	 ctx;		/* home and strong places, with
					   their ancestors */
	struct rset	 framed;	/* ctx and the frame's chain */
	const struct rset *cur;		/* the context choose() reads */
	const struct rw_region *frame;	/* set while cur is framed */
	struct rset	 strong;	/* places named unambiguously */
	int		 outlet;	/* the text is one outlet's or
					   body's name */
};

static int
in_ctx(const struct resolver *rv, const struct rw_region *r)
{
	return rset_has(rv->cur, r->parent != NULL ? r->parent : r);
}

/* What follows a short name at key[pos]. */
struct follow {
	int32_t	 suffix;	/* 区 县 市 旗 州 盟 (not 市场 ...), or 0 */
	int	 town;		/* 镇 乡 村 路 ... */
	int	 body;		/* 民政 政府 日报 ... */
};

static struct follow
follow_at(const struct rw_cpview *v, size_t pos)
{
	struct follow	 f = { 0, 0, 0 };
	const int32_t	*t = v->key + pos;
	size_t		 n = v->n - pos;

	if (n == 0)
		return f;
	/* 市民 is a word, but 仙桃市民政局 is 仙桃市 + 民政局 */
	if (rw_cjk_in(t[0], suffixes) &&
	    (rw_cjk_at_any(t, n, suffix_words) == 0 ||
	    rw_cjk_at(t + 1, n - 1, U"民政") == 2) &&
	    (pos == 0 || rw_cjk_at_any(t - 1, n + 1, suffix_pairs) == 0))
		f.suffix = t[0];
	if (f.suffix) {
		t++;
		n--;
	}
	f.town = rw_cjk_at_any(t, n, town_words) > 0;
	f.body = rw_cjk_at_any(t, n, body_words) > 0;
	return f;
}

/*
 * 1 if suffix c is r's own unit: 县 for a 县, 市 for a city, 州 for an
 * autonomous prefecture.  会同 + 市 is not 会同县 (市民政局会同市财政局).
 */
static int
suffix_fits(const struct rw_region *r, int32_t c)
{
	const char	*s = r->name;
	size_t		 len = strlen(s), i;
	int32_t		 last = -1;
	int		 k;

	for (i = 0; i < len; i += k)
		k = rw_utf8_decode(s + i, len - i, &last);
	return last == c;
}

struct choice {
	const struct rw_region	*region;
	int			 ok;
	int			 inctx;
	int			 assigned;
	int			 suffix;
};

/*
 * Picks the region name nm means at mention m, or NULL; *suffix tells
 * whether a following 区/县/市 belongs to the mention.
 */
static const struct rw_region *
choose(const struct resolver *rv, const struct rw_mention *m,
    const struct rw_name *nm, const struct rw_region *prev, int *suffix)
{
	struct choice		 ch[32];
	const struct rw_region	*r;
	const struct rw_cpview	*v = m->view;
	struct follow		 f;
	size_t			 i, n, nok = 0, nin = 0, end, multi;
	int			 boundary;

	end = m->start + nm->len;
	f = follow_at(v, end);
	boundary = m->start == 0 || !rw_cjk_han(v->key[m->start - 1]) ||
	    rw_cjk_in(v->key[m->start - 1], boundary_chars);
	multi = nkind(nm, 0) > 1 || (nkind(nm, 0) == 0 && nkind(nm, 1) > 1);
	*suffix = 0;
	n = nm->ncands < 32 ? nm->ncands : 32;
	for (i = 0; i < n; i++) {
		const struct rw_name_cand *c = &nm->cands[i];

		r = c->region;
		memset(&ch[i], 0, sizeof(ch[i]));
		ch[i].region = r;
		ch[i].assigned = c->assigned;
		/* a full name also when it lies in the frame: 和平区 on a
		   site registered in 天津 */
		ch[i].inctx = in_ctx(rv, r) || (rv->frame != NULL &&
		    c->kind != RW_NAME_SHORT && rw_region_within(r, rv->frame));
		/* 南京市鼓楼区, 陕西安康: a parent just before settles it */
		if (prev != NULL && r != prev && rw_region_within(r, prev)) {
			if (c->kind == RW_NAME_SHORT && f.suffix &&
			    r->level == RW_LEVEL_COUNTY &&
			    suffix_fits(r, f.suffix))
				*suffix = 1;
			return r;
		}
		if (c->kind == RW_NAME_RETIRED && nkind(nm, 0) > 0) {
			/* the old meaning of a current name needs context */
			ch[i].ok = ch[i].inctx;
			continue;
		}
		if (c->kind != RW_NAME_SHORT) {
			if (!(nm->flags & RW_NAME_WEAK) && !multi)
				ch[i].ok = 1;
			else if (ch[i].inctx)
				ch[i].ok = 1;
			else if (nm->len == 2 && !multi && boundary &&
			    !(end < v->n && rw_cjk_in(v->key[end], U"级域")))
				ch[i].ok = 1;
			continue;
		}
		if (f.town && !f.suffix)
			continue;
		if (rw_cjk_in(v->key[m->start], shore_first) && !boundary &&
		    end < v->n && rw_cjk_in(v->key[end], shore_after))
			continue;
		/* another unit's suffix: 会同 + 市 is a verb and a city */
		if (r->level != RW_LEVEL_PROVINCE && f.suffix &&
		    !suffix_fits(r, f.suffix))
			continue;
		switch (r->level) {
		case RW_LEVEL_PROVINCE:
			ch[i].ok = 1;
			break;
		case RW_LEVEL_PREFECTURE:
			ch[i].ok = !(r->flags & RW_REGION_COMMON) || f.suffix ||
			    f.body || rset_has(&rv->strong, r);
			ch[i].suffix = f.suffix &&
			    (r->flags & RW_REGION_COMMON);
			break;
		case RW_LEVEL_COUNTY:
			/* 局会同县财政局: a verb before a relative body */
			if (f.suffix)
				ch[i].ok = ch[i].suffix =
				    !(r->flags & RW_REGION_COMMON) ||
				    boundary || ch[i].inctx;
			else if (!(r->flags & RW_REGION_COMMON))
				ch[i].ok = f.body || rset_has(&rv->strong, r) ||
				    ch[i].inctx;
			else
				/*
				 * An everyday word (仙桃, 会同) before a body
				 * word is a place in an outlet's name, or
				 * where the place itself frames the text;
				 * not in 局会同财政局.
				 */
				ch[i].ok = f.body && (rv->outlet ||
				    (boundary && rset_has(rv->cur, r)));
			break;
		}
	}
	for (i = 0; i < n; i++)
		if (ch[i].ok) {
			nok++;
			nin += ch[i].inctx;
		}
	if (nok == 0)
		return NULL;
	for (i = 0; i < n; i++) {
		if (!ch[i].ok)
			continue;
		/* one in context; or the assigned one among those in
		   context; or, with none in context, the assigned one or
		   the only one */
		if ((nin == 1 && ch[i].inctx) ||
		    (nin > 1 && ch[i].inctx && ch[i].assigned) ||
		    (nin == 0 && (ch[i].assigned || nok == 1))) {
			*suffix = ch[i].suffix;
			return ch[i].region;
		}
	}
	return NULL;
}

static int
cmp_mention(const void *a, const void *b)
{
	const struct rw_mention	*x = a, *y = b;

	if (x->src != y->src)
		return x->src < y->src ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return 0;
}

/*
 * A name in a list next to an accepted place of the same level and
 * parent (韶关、茂名、中山; 海东市平安、互助、民和): returns the candidate
 * that fits and sets *len, or NULL.
 */
static const struct rw_region *
listed(const struct rw_mention *m, const struct rw_region *nb, size_t *len)
{
	const struct rw_name	*nm;
	const struct rw_region	*r;
	size_t			 j, i;

	for (j = m->nnames; j-- > 0; ) {
		nm = m->names[j];
		if (rw_cjk_at_any(m->view->key + m->start + nm->len,
		    m->view->n - m->start - nm->len, town_words) > 0)
			continue;
		for (i = 0; i < nm->ncands; i++) {
			r = nm->cands[i].region;
			if (r != nb && r->level == nb->level &&
			    r->parent == nb->parent) {
				*len = nm->len;
				return r;
			}
		}
	}
	return NULL;
}

/* 1 if a and b are next to each other in a list: a、b  a和b. */
static int
list_pair(const struct rw_mention *a, const struct rw_mention *b)
{
	return a->src == b->src && a->kind == RW_MENTION_NAME &&
	    b->kind == RW_MENTION_NAME && b->start == a->end + 1 &&
	    rw_cjk_in(a->view->key[a->end], U"、和与及");
}

static void
resolve(struct rw_places *ps, const struct rw_region *const *home,
    size_t nhome, int outlet)
{
	struct resolver		 rv;
	struct rw_mention	*m, *prev, *last, *nb;
	const struct rw_region	*r;
	size_t			 i, j, out, len, round;
	int			 suffix;

	if (ps->n == 0)
		return;
	rset_init(&rv.ctx, ps->gz);
	rset_init(&rv.strong, ps->gz);
	rv.framed.mark = NULL;
	rv.cur = &rv.ctx;
	rv.frame = NULL;
	rv.outlet = outlet;
	qsort(ps->v, ps->n, sizeof(*ps->v), cmp_mention);
	for (i = 0; i < nhome; i++)
		rset_add_chain(&rv.ctx, home[i]);
	for (i = 0; i < ps->n; i++) {
		m = &ps->v[i];
		if (m->kind != RW_MENTION_NAME)
			continue;
		if ((r = default_region(m->names[m->nnames - 1])) != NULL) {
			rset_add_chain(&rv.ctx, r);
			if (m->names[m->nnames - 1]->cands[0].kind !=
			    RW_NAME_SHORT)
				rset_add(&rv.strong, r);
		}
	}
	if (ps->frame != NULL) {
		rset_init(&rv.framed, ps->gz);
		memcpy(rv.framed.mark, rv.ctx.mark,
		    rw_gazetteer_count(ps->gz) + 1);
		rset_add_chain(&rv.framed, ps->frame);
	}
	prev = last = NULL;
	for (i = 0; i < ps->n; i++) {
		m = &ps->v[i];
		/* inside an accepted name: 和安吉 after 和安 was taken */
		if (last != NULL && last->src == m->src &&
		    m->start < last->end) {
			m->dropped = 1;
			continue;
		}
		if (m->kind != RW_MENTION_NAME) {
			last = m;
			continue;
		}
		if (prev != NULL && (prev->src != m->src ||
		    prev->end != m->start))
			prev = NULL;
		r = NULL;
		suffix = 0;
		for (j = m->nnames; j-- > 0 && r == NULL; ) {
			rv.cur = &rv.ctx;
			rv.frame = NULL;
			r = choose(&rv, m, m->names[j],
			    prev != NULL ? prev->region : NULL, &suffix);
			if (r == NULL && rv.framed.mark != NULL) {
				rv.cur = &rv.framed;
				rv.frame = ps->frame;
				r = choose(&rv, m, m->names[j],
				    prev != NULL ? prev->region : NULL,
				    &suffix);
			}
			if (r != NULL)
				m->end = m->start + m->names[j]->len + suffix;
		}
		m->region = r;
		if (r != NULL)
			prev = last = m;
	}
	/* lists: one pass each way spreads along 平安、互助、民和 */
	for (round = 0; round < 2; round++)
		for (j = 0; j < ps->n; j++) {
			i = round == 0 ? j : ps->n - 1 - j;
			m = &ps->v[i];
			if (m->kind != RW_MENTION_NAME || m->region != NULL ||
			    m->dropped)
				continue;
			nb = NULL;
			if (i > 0 && ps->v[i - 1].region != NULL &&
			    list_pair(&ps->v[i - 1], m))
				nb = &ps->v[i - 1];
			else if (i + 1 < ps->n && ps->v[i + 1].region != NULL &&
			    list_pair(m, &ps->v[i + 1]))
				nb = &ps->v[i + 1];
			if (nb != NULL && (r = listed(m, nb->region, &len)) !=
			    NULL) {
				m->region = r;
				m->end = m->start + len;
			}
		}
	for (i = 0, out = 0; i < ps->n; i++) {
		m = &ps->v[i];
		if (m->dropped || (m->kind == RW_MENTION_NAME &&
		    m->region == NULL))
			continue;
		if (out > 0 && m->kind == RW_MENTION_NAME) {
			prev = &ps->v[out - 1];
			if (prev->kind == RW_MENTION_NAME &&
			    prev->src == m->src && prev->end == m->start &&
			    m->region != prev->region &&
			    rw_region_within(m->region, prev->region))
				prev->qualifier = 1;
		}
		ps->v[out++] = *m;
	}
	ps->n = out;
	free(rv.ctx.mark);
	free(rv.framed.mark);
	free(rv.strong.mark);
}

void
rw_places_resolve(struct rw_places *ps, const struct rw_region *const *home,
    size_t nhome)
{
	resolve(ps, home, nhome, 0);
}

const struct rw_region *
rw_place_deictic(int32_t lv, const struct rw_region *focus)
{
	const struct rw_region	*r;
	size_t			 len;
	int32_t			 last;
	size_t			 i;
	int			 k;

	/* 全省, 省民政厅: whatever the province is called (自治区, 市) */
	if (lv == 0x7701)	/* 省 */
		return focus != NULL ? focus->province : NULL;
	for (r = focus; r != NULL; r = r->parent) {
		len = strlen(r->name);
		last = -1;
		for (i = 0; i < len; i += k)
			k = rw_utf8_decode(r->name + i, len - i, &last);
		if (last == lv)
			return r;
	}
	return NULL;
}

const struct rw_region *
rw_place_outlet(const struct rw_gazetteer *gz, const char *name,
    const struct rw_region *frame)
{
	struct rw_cpview	 v;
	struct rw_places	 ps;
	const struct rw_region	*best = NULL, *r;
	size_t			 i;

	if (name == NULL || *name == '\0')
		return NULL;
	/* outlet names are short: one Traditional character will do */
	rw_cpview_init(&v, name, strlen(name), rw_gazetteer_hans(gz), 1);
	rw_places_init(&ps, gz);
	ps.frame = frame;
	rw_places_find(&ps, &v, 0, v.n, 0);
	resolve(&ps, NULL, 0, 1);
	for (i = 0; i < ps.n; i++) {
		if ((r = ps.v[i].region) == NULL)
			continue;
		if (best == NULL || rw_region_within(r, best))
			best = r;
		else if (!rw_region_within(best, r) &&
		    (best = rw_region_lca(best, r)) == NULL)
			break;
	}
	rw_places_free(&ps);
	rw_cpview_free(&v);
	return best;
}

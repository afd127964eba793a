/* SPDX-License-Identifier: ISC */
/* qsort_r (glibc, musl >= 1.2.3): comparisons need the string table. */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>
#include <opencc/opencc.h>

#include "minhash.h"
#include "record.h"
#include "stats.h"
#include "utf8.h"

#define DUMP_FLAGS (JSON_COMPACT | JSON_SORT_KEYS | JSON_REAL_PRECISION(15))
#define NONE	UINT32_MAX

/* splitmix64's finaliser. */
static uint64_t
mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

/*
 * A fast 64-bit hash of bytes, eight at a time (FNV-1a goes one byte at a
 * time: too slow for whole records).  Bytes are assembled explicitly so
 * the value is the same on every machine: it decides between duplicates.
 */
static uint64_t
fasthash(const void *p, size_t n)
{
	const unsigned char	*s = p;
	uint64_t		 h = 0x9e3779b97f4a7c15ULL ^ n, w;
	size_t			 i;
	int			 k;

	for (i = 0; i + 8 <= n; i += 8) {
		for (w = 0, k = 7; k >= 0; k--)
			w = w << 8 | s[i + (size_t)k];
		h = mix64(h ^ w);
	}
	for (w = 0, k = (int)(n - i) - 1; k >= 0; k--)
		w = w << 8 | s[i + (size_t)k];
	return mix64(h ^ w ^ 0xff);
}

/* --- interned strings ---------------------------------------------------
 * Every short string (paths, titles, units, codes, ...) is stored once;
 * records refer to it by a 32-bit id.  Id 0 is NULL.  Ids depend on input
 * order, so they are compared for equality only, never for order. */

struct strtab {
	char		*pool;
	size_t		 plen, pcap;
	size_t		*off;		/* id -> offset into pool */
	uint32_t	 n, cap;
	uint32_t	*slot;		/* open addressing; 0 is empty */
	uint32_t	 nslot;		/* power of two */
};

static uint32_t
strhash(const char *s, size_t n)
{
	uint64_t	 h = fasthash(s, n);

	return (uint32_t)(h ^ h >> 32);
}

static const char *
str(const struct strtab *t, uint32_t id)
{
	return id == 0 ? NULL : t->pool + t->off[id];
}

static void
strtab_rehash(struct strtab *t)
{
	uint32_t	 i, j, nslot = t->nslot ? t->nslot * 2 : 1024;
	const char	*s;

	free(t->slot);
	t->slot = xcalloc(nslot, sizeof(*t->slot));
	t->nslot = nslot;
	for (i = 1; i < t->n; i++) {
		s = str(t, i);
		j = strhash(s, strlen(s)) & (nslot - 1);
		while (t->slot[j] != 0)
			j = (j + 1) & (nslot - 1);
		t->slot[j] = i;
	}
}

static uint32_t
intern(struct strtab *t, const char *s)
{
	uint32_t	 j;
	size_t		 n;

	if (s == NULL)
		return 0;
	if (t->n == 0) {
		t->n = 1;	/* id 0 is NULL */
		t->cap = 1024;
		t->off = xreallocarray(NULL, t->cap, sizeof(*t->off));
		t->off[0] = 0;
	}
	if ((size_t)t->n * 2 >= t->nslot)
		strtab_rehash(t);
	n = strlen(s);
	j = strhash(s, n) & (t->nslot - 1);
	while (t->slot[j] != 0) {
		if (strcmp(str(t, t->slot[j]), s) == 0)
			return t->slot[j];
		j = (j + 1) & (t->nslot - 1);
	}
	if (t->n == UINT32_MAX - 1)
		abort();	/* four billion strings: out of memory first */
	if (t->plen + n + 1 > t->pcap) {
		while (t->plen + n + 1 > t->pcap)
			t->pcap = t->pcap ? t->pcap * 2 : 65536;
		t->pool = xrealloc(t->pool, t->pcap);
	}
	memcpy(t->pool + t->plen, s, n + 1);
	if (t->n == t->cap) {
		t->cap *= 2;
		t->off = xreallocarray(t->off, t->cap, sizeof(*t->off));
	}
	t->off[t->n] = t->plen;
	t->plen += n + 1;
	t->slot[j] = t->n;
	return t->n++;
}

/* Bytewise order of two interned strings, NULL first. */
static int
strid_cmp(const struct strtab *t, uint32_t a, uint32_t b)
{
	if (a == b)
		return 0;
	if (a == 0 || b == 0)
		return a == 0 ? -1 : 1;
	return strcmp(str(t, a), str(t, b));
}

static void
strtab_free(struct strtab *t)
{
	free(t->pool);
	free(t->off);
	free(t->slot);
}

/* --- spill file -----------------------------------------------------------
 * Article texts and sentences are written to an unlinked temporary file
 * and read back with pread when a story is written. */

struct blob {
	uint64_t	 off;
	uint64_t	 len;
};

struct spill {
	FILE		*fp;
	uint64_t	 size;
	int		 dirty;		/* written since the last flush */
	int		 failed;
};

static int
spill_open(struct spill *sp, struct rw_err *e)
{
	const char	*dir = getenv("TMPDIR");
	char		*path;
	int		 fd;

	memset(sp, 0, sizeof(*sp));
	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	path = xasprintf("%s/rw-stats.XXXXXX", dir);
	if ((fd = mkstemp(path)) == -1) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		free(path);
		return -1;
	}
	unlink(path);
	free(path);
	if ((sp->fp = fdopen(fd, "w+")) == NULL) {
		rw_err_set(e, "temporary file: %s", strerror(errno));
		close(fd);
		return -1;
	}
	return 0;
}

static struct blob
spill_put(struct spill *sp, const char *s)
{
	struct blob	 b = { sp->size, 0 };

	if (s == NULL)
		return b;
	b.len = strlen(s);
	if (b.len > 0 && fwrite(s, 1, b.len, sp->fp) != b.len)
		sp->failed = 1;
	sp->size += b.len;
	sp->dirty = 1;
	return b;
}

/* Reads a blob into buf (replacing its contents); 0 or -1. */
static int
spill_get(struct spill *sp, struct blob b, struct rw_buf *buf,
    struct rw_err *e)
{
	size_t	 got = 0;
	ssize_t	 r;

	if (sp->dirty) {
		if (fflush(sp->fp) == EOF)
			sp->failed = 1;
		sp->dirty = 0;
	}
	if (sp->failed) {
		rw_err_set(e, "temporary file: write error");
		return -1;
	}
	rw_buf_truncate(buf, 0);
	rw_buf_grow(buf, b.len);
	while (got < b.len) {
		r = pread(fileno(sp->fp), buf->data + got, b.len - got,
		    (off_t)(b.off + got));
		if (r == -1 && errno == EINTR)
			continue;
		if (r <= 0) {
			rw_err_set(e, "temporary file: %s", r == 0 ?
			    "short read" : strerror(errno));
			return -1;
		}
		got += (size_t)r;
	}
	buf->len = b.len;
	buf->data[b.len] = '\0';
	return 0;
}

/* --- small map: five 32-bit words -> one -------------------------------- */

#define MAPKEY	5

struct mapent {
	uint32_t	 k[MAPKEY];
	uint32_t	 v;		/* value + 1; 0 is empty */
};

struct map {
	struct mapent	*e;
	size_t		 n, cap;
};

static struct mapent *
map_slot(struct mapent *e, size_t cap, const uint32_t k[MAPKEY])
{
	uint64_t h = 0;
	size_t	 i, j;

	for (i = 0; i < MAPKEY; i++)
		h = mix64(h ^ k[i]);
	j = (size_t)h & (cap - 1);

	while (e[j].v != 0 && memcmp(e[j].k, k, MAPKEY * sizeof(*k)) != 0)
		j = (j + 1) & (cap - 1);
	return &e[j];
}

/* Returns the value of key (a, b, c, d, f), or NONE. */
static uint32_t
map_get(const struct map *m, uint32_t a, uint32_t b, uint32_t c, uint32_t d,
    uint32_t f)
{
	uint32_t	 k[MAPKEY] = { a, b, c, d, f };
	struct mapent	*x;

	if (m->cap == 0)
		return NONE;
	x = map_slot(m->e, m->cap, k);
	return x->v == 0 ? NONE : x->v - 1;
}

static void
map_put(struct map *m, uint32_t a, uint32_t b, uint32_t c, uint32_t d,
    uint32_t f, uint32_t v)
{
	uint32_t	 k[MAPKEY] = { a, b, c, d, f };
	struct mapent	*old = m->e, *x;
	size_t		 i, oldcap = m->cap;

	if ((m->n + 1) * 2 > m->cap) {
		m->cap = m->cap ? m->cap * 2 : 256;
		m->e = xcalloc(m->cap, sizeof(*m->e));
		for (i = 0; i < oldcap; i++)
			if (old[i].v != 0)
				*map_slot(m->e, m->cap, old[i].k) = old[i];
		free(old);
	}
	x = map_slot(m->e, m->cap, k);
	if (x->v == 0)
		m->n++;
	memcpy(x->k, k, sizeof(k));
	x->v = v + 1;
}

/* --- records, compacted -------------------------------------------------- */

struct page {				/* one article record */
	uint32_t	 file, id, url, title, published, source, origin;
	int		 hant;		/* Traditional Chinese text */
	uint32_t	 error;		/* set: an error record */
	uint32_t	 date;		/* "YYYY-MM-DD" or 0 */
	uint32_t	 ncp;		/* code points of text */
	struct blob	 text;
	uint64_t	 hash;		/* of the line: picks a duplicate */
};

struct fpage {				/* one facts record */
	uint32_t	 file, id, error;
	uint32_t	 item0, nitems;	/* into items */
	uint64_t	 hash;
	int		 used;		/* joined to a page */
};

struct item {
	uint32_t	 title, origin, region;
	uint32_t	 list0, ncamp, norg; /* campaigns, orgs in lists */
	uint32_t	 start, end;
	uint32_t	 occ0, nocc;	/* into occs */
};

struct occ {				/* one measure */
	double		 value, max;
	struct blob	 sentence;
	uint32_t	 unit, per, kind, region, qualifier, text;
	uint32_t	 start, end;
	int		 has_max;
};

struct unit {				/* one item of one page: a candidate */
	uint32_t	 page;		/* index into pages (sorted by file) */
	uint32_t	 item;		/* index into items, or NONE */
	uint32_t	 nth, nitems;	/* item index on its page, item count */
	uint32_t	 start, end;	/* span, code points */
	uint32_t	 outlet;
	uint32_t	 sim;		/* % similar to the representative */
};

struct oref {				/* an occurrence inside a story */
	uint32_t	 occ;
	uint32_t	 member;	/* index into the story's units */
};

struct fig {
	uint32_t	 oref0, nocc;	/* into orefs, first occurrence first */
};

struct story {
	uint32_t	 m0, nm;	/* into members (unit indices) */
	uint32_t	 fig0, nfig;	/* into figs */
	uint32_t	 date, month, season, outlet, region, title;
	char		 id[17];
};

struct failure {
	uint32_t	 file;
	const char	*stage;		/* static string */
	uint32_t	 error;
};

/* Aggregate dimensions (bucket keys start with one of these). */
enum dim {
	DIM_MONTH, DIM_SEASON, DIM_CAMPAIGN, DIM_OUTLET, DIM_SOURCE,
	DIM_KIND, DIM_REGION, DIM_TOTAL
};

struct bucket {
	/* a..d: the key; TOTAL: region, season or 0, kind, unit */
	uint32_t	 dim, a, b, c, d;
	uint32_t	 stories, pages, figures, own;
	uint32_t	 last;		/* last story counted, or NONE */
	double		 sum, min, max;
};

struct counts {
	size_t	 articles, facts, pages, failed, invalid, duplicates;
	size_t	 without_facts, without_page, items, multi, undated;
	size_t	 occurrences, figures, no_region;
};

struct rw_stats {
	struct strtab	 st;
	struct spill	 sp;
	struct counts	 n;
	struct page	*pages;
	size_t		 npages, cpages;
	struct fpage	*fpages;
	size_t		 nfpages, cfpages;
	struct item	*items;
	size_t		 nitems, citems;
	struct occ	*occs;
	size_t		 noccs, coccs;
	uint32_t	*lists;		/* campaign and organisation ids */
	size_t		 nlists, clists;
	struct map	 byfile;	/* (0, file): page; (1, file): fpage */
	/* Filled by rw_stats_finish. */
	int		 finished;
	struct unit	*units;
	size_t		 nunits, cunits;
	uint32_t	*sigs;		/* signatures, until stories are made */
	uint32_t	*sigsize;	/* shingles per signature */
	uint32_t	*members;	/* unit indices, story by story */
	struct story	*stories;
	size_t		 nstories, cstories;
	struct oref	*orefs;
	size_t		 norefs, corefs;
	struct fig	*figs;
	size_t		 nfigs, cfigs;
	struct failure	*fails;
	size_t		 nfails, cfails;
	char		**warnings;
	size_t		 nwarnings, cwarnings;
	struct map	 bmap;		/* bucket keys -> buckets */
	struct map	 parents;	/* region -> parent region + 1 */
	struct bucket	*buckets;
	size_t		 nbuckets, cbuckets;
	uint64_t	*pairs;		/* bucket << 32 | page, to count */
	size_t		 npairs, cpairs;
};

/* Grows *arr (of *cap elements of size sz) to hold n + 1. */
static void *
grow(void *arr, size_t *cap, size_t n, size_t sz)
{
	if (n < *cap)
		return arr;
	*cap = *cap ? *cap * 2 : 64;
	return xreallocarray(arr, *cap, sz);
}

#define PUSH(arr, n, cap) \
	((arr) = grow((arr), &(cap), (n), sizeof(*(arr))), &(arr)[(n)++])

/* qsort_r that accepts an empty (possibly NULL) array. */
static void
sort(void *base, size_t n, size_t sz,
    int (*cmp)(const void *, const void *, void *), void *arg)
{
	if (n > 1)
		qsort_r(base, n, sz, cmp, arg);
}

/* --- small helpers ------------------------------------------------------ */

static int
isdigits(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int
valid_code(const char *code)
{
	return code != NULL && strlen(code) == 6 && isdigits(code, 6);
}

const char *
rw_stats_region_level(const char *code)
{
	if (!valid_code(code))
		return NULL;
	if (strcmp(code + 2, "0000") == 0)
		return "province";
	if (strcmp(code + 4, "00") == 0)
		return "prefecture";
	return "county";
}

int
rw_stats_region_parent(const char *code, char out[7])
{
	const char	*level = rw_stats_region_level(code);

	if (level == NULL || strcmp(level, "province") == 0)
		return -1;
	memcpy(out, code, 6);
	out[6] = '\0';
	/* Municipalities (11 12 31 50) and directly administered county
	 * units (XX90ZZ) have no prefecture between county and province. */
	if (strcmp(level, "prefecture") == 0 ||
	    strncmp(code, "11", 2) == 0 || strncmp(code, "12", 2) == 0 ||
	    strncmp(code, "31", 2) == 0 || strncmp(code, "50", 2) == 0 ||
	    strncmp(code + 2, "90", 2) == 0)
		memcpy(out + 2, "0000", 4);
	else
		memcpy(out + 4, "00", 2);
	return 0;
}

/* 1 if s starts with a valid date YYYY-MM-DD. */
static int
valid_date(const char *s)
{
	int	 y, m, d;
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (s == NULL || strlen(s) < 10 || !isdigits(s, 4) || s[4] != '-' ||
	    !isdigits(s + 5, 2) || s[7] != '-' || !isdigits(s + 8, 2) ||
	    (s[10] != '\0' && s[10] != 'T' && s[10] != ' '))
		return 0;
	y = atoi(s);
	m = (s[5] - '0') * 10 + s[6] - '0';
	d = (s[8] - '0') * 10 + s[9] - '0';
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 ||
	    y % 400 == 0));
}

int
rw_stats_month(const char *date, char out[8])
{
	if (!valid_date(date))
		return -1;
	memcpy(out, date, 7);
	out[7] = '\0';
	return 0;
}

int
rw_stats_season(const char *date, char out[8])
{
	int	 y, m;

	if (!valid_date(date))
		return -1;
	y = atoi(date);
	m = (date[5] - '0') * 10 + date[6] - '0';
	if (m >= 4 && m <= 10)
		return -1;
	if (m <= 3)
		y--;
	if (y < 1000 || y > 9998)
		return -1;	/* keep the name at seven characters */
	snprintf(out, 8, "%04d-%02d", y, (y + 1) % 100);
	return 0;
}

static int
blank(const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' &&
		    s[i] != '\n')
			return 0;
	return 1;
}

/* --- adding records ------------------------------------------------------ */

struct rw_stats *
rw_stats_new(struct rw_err *e)
{
	struct rw_stats	*s = xcalloc(1, sizeof(*s));

	if (spill_open(&s->sp, e) == -1) {
		free(s);
		return NULL;
	}
	return s;
}

/*
 * Finds the slot for file in kind (0 pages, 1 facts).  Returns the index
 * to fill: a new one, or the old one when this record (by line hash)
 * replaces it; NONE when the old record is kept.
 */
static uint32_t
slot_for(struct rw_stats *s, int kind, uint32_t file, uint64_t hash,
    int *dup)
{
	uint32_t	 old;
	uint64_t	 oldhash;

	old = map_get(&s->byfile, (uint32_t)kind, file, 0, 0, 0);
	*dup = old != NONE;
	if (old == NONE)
		return NONE - 1;	/* "append" */
	oldhash = kind == 0 ? s->pages[old].hash : s->fpages[old].hash;
	return hash < oldhash ? old : NONE;
}

struct rw_stats_rec {
	int			 facts;		/* kind: 0 article, 1 facts */
	struct rw_article	*a;
	struct rw_facts		*f;
	uint64_t		 hash;		/* of the line */
	size_t			 ncp;		/* code points of a->text */
	char			*invalid;	/* set: not a valid record */
};

struct rw_stats_rec *
rw_stats_rec_decode(int facts, const char *line, size_t len)
{
	struct rw_stats_rec	*r;
	struct rw_err		 e;

	if (blank(line, len))
		return NULL;
	r = xcalloc(1, sizeof(*r));
	r->facts = facts;
	r->hash = fasthash(line, len);
	if (facts) {
		if ((r->f = rw_facts_decode(line, len, &e)) == NULL)
			r->invalid = xstrdup(e.msg);
		else if (r->f->file == NULL)
			r->invalid = xstrdup("facts record has no \"file\"");
	} else {
		if ((r->a = rw_article_decode(line, len, &e)) == NULL)
			r->invalid = xstrdup(e.msg);
		else if (r->a->file == NULL)
			r->invalid = xstrdup("article record has no \"file\"");
		else if (r->a->text != NULL)
			r->ncp = rw_utf8_count(r->a->text, strlen(r->a->text));
	}
	return r;
}

void
rw_stats_rec_free(struct rw_stats_rec *r)
{
	if (r == NULL)
		return;
	rw_article_free(r->a);
	rw_facts_free(r->f);
	free(r->invalid);
	free(r);
}

/* Adds a valid article record; returns 1 if it duplicated a file. */
static int
add_article(struct rw_stats *s, const struct rw_stats_rec *r)
{
	struct rw_article	*a = r->a;
	struct page		*p, tmp;
	uint32_t		 at, file;
	int			 dup;

	memset(&tmp, 0, sizeof(tmp));
	tmp.hash = r->hash;
	file = intern(&s->st, a->file);
	at = slot_for(s, 0, file, tmp.hash, &dup);
	if (at == NONE)
		return dup;
	tmp.file = file;
	tmp.error = intern(&s->st, a->error);
	tmp.id = intern(&s->st, a->id);
	tmp.url = intern(&s->st, a->url);
	tmp.title = intern(&s->st, a->title);
	tmp.published = intern(&s->st, a->published);
	tmp.source = intern(&s->st, a->source);
	tmp.origin = intern(&s->st, a->origin);
	tmp.hant = a->lang != NULL && (rw_has_prefix(a->lang, "zh-Hant") ||
	    strcmp(a->lang, "zh-TW") == 0 || strcmp(a->lang, "zh-HK") == 0 ||
	    strcmp(a->lang, "zh-MO") == 0);
	if (valid_date(a->published)) {
		a->published[10] = '\0';
		tmp.date = intern(&s->st, a->published);
	}
	if (a->text != NULL && a->error == NULL) {
		tmp.ncp = r->ncp > UINT32_MAX ? UINT32_MAX : (uint32_t)r->ncp;
		tmp.text = spill_put(&s->sp, a->text);
	}
	if (at == NONE - 1) {
		at = (uint32_t)s->npages;
		p = PUSH(s->pages, s->npages, s->cpages);
		map_put(&s->byfile, 0, file, 0, 0, 0, at);
	} else
		p = &s->pages[at];
	*p = tmp;
	return dup;
}

/* The region code, interned, or 0 when it is not six digits. */
static uint32_t
region_id(struct rw_stats *s, const char *code)
{
	return valid_code(code) ? intern(&s->st, code) : 0;
}

static void
add_item(struct rw_stats *s, const struct rw_item *it)
{
	const struct rw_measure	*m;
	struct item		*t;
	struct occ		*o;
	size_t			 i;

	t = PUSH(s->items, s->nitems, s->citems);
	memset(t, 0, sizeof(*t));
	t->title = intern(&s->st, it->title);
	t->origin = intern(&s->st, it->origin);
	t->region = region_id(s, it->region);
	t->start = it->start > UINT32_MAX ? UINT32_MAX : (uint32_t)it->start;
	t->end = it->end > UINT32_MAX ? UINT32_MAX : (uint32_t)it->end;
	t->list0 = (uint32_t)s->nlists;
	for (i = 0; i < it->ncampaigns; i++)
		*PUSH(s->lists, s->nlists, s->clists) =
		    intern(&s->st, it->campaigns[i]);
	for (i = 0; i < it->norganizations; i++)
		*PUSH(s->lists, s->nlists, s->clists) =
		    intern(&s->st, it->organizations[i]);
	t->ncamp = (uint32_t)it->ncampaigns;
	t->norg = (uint32_t)it->norganizations;
	t->occ0 = (uint32_t)s->noccs;
	t->nocc = (uint32_t)it->nmeasures;
	for (i = 0; i < it->nmeasures; i++) {
		m = &it->measures[i];
		o = PUSH(s->occs, s->noccs, s->coccs);
		memset(o, 0, sizeof(*o));
		/* -0 and 0 are the same figure. */
		o->value = m->value == 0 ? 0 : m->value;
		o->has_max = m->has_max;
		o->max = m->has_max && m->max != 0 ? m->max : 0;
		o->sentence = spill_put(&s->sp, m->sentence);
		o->unit = intern(&s->st, m->unit);
		o->per = intern(&s->st, m->per);
		o->kind = intern(&s->st, m->kind);
		o->region = valid_code(m->region) ? region_id(s, m->region) :
		    t->region;
		o->qualifier = intern(&s->st, m->qualifier);
		o->text = intern(&s->st, m->text);
		o->start = m->start > UINT32_MAX ? UINT32_MAX :
		    (uint32_t)m->start;
		o->end = m->end > UINT32_MAX ? UINT32_MAX : (uint32_t)m->end;
	}
}

/* Adds a valid facts record; returns 1 if it duplicated a file. */
static int
add_facts(struct rw_stats *s, const struct rw_stats_rec *r)
{
	const struct rw_facts	*f = r->f;
	struct fpage		*p, tmp;
	uint32_t		 at, file;
	size_t			 i;
	int			 dup;

	memset(&tmp, 0, sizeof(tmp));
	tmp.hash = r->hash;
	file = intern(&s->st, f->file);
	at = slot_for(s, 1, file, tmp.hash, &dup);
	if (at == NONE)
		return dup;
	tmp.file = file;
	tmp.id = intern(&s->st, f->id);
	tmp.error = intern(&s->st, f->error);
	tmp.item0 = (uint32_t)s->nitems;
	if (f->error == NULL) {
		for (i = 0; i < f->nitems; i++)
			add_item(s, &f->items[i]);
		tmp.nitems = (uint32_t)f->nitems;
	}
	if (at == NONE - 1) {
		at = (uint32_t)s->nfpages;
		p = PUSH(s->fpages, s->nfpages, s->cfpages);
		map_put(&s->byfile, 1, file, 0, 0, 0, at);
	} else
		p = &s->fpages[at];
	*p = tmp;
	return dup;
}

int
rw_stats_add_rec(struct rw_stats *s, struct rw_stats_rec *r, struct rw_err *e)
{
	const char	*file;
	int		 rc = 0;

	if (r == NULL)
		return 0;
	if (r->facts)
		s->n.facts++;
	else
		s->n.articles++;
	if (r->invalid != NULL) {
		s->n.invalid++;
		rw_err_set(e, "%s", r->invalid);
		rw_stats_rec_free(r);
		return -1;
	}
	if (r->facts ? add_facts(s, r) : add_article(s, r)) {
		s->n.duplicates++;
		file = r->facts ? r->f->file : r->a->file;
		rw_err_set(e, "%s: duplicate %s record (one kept)", file,
		    r->facts ? "facts" : "article");
		rc = -1;
	}
	rw_stats_rec_free(r);
	return rc;
}

int
rw_stats_add_article(struct rw_stats *s, const char *line, size_t len,
    struct rw_err *e)
{
	return rw_stats_add_rec(s, rw_stats_rec_decode(0, line, len), e);
}

int
rw_stats_add_facts(struct rw_stats *s, const char *line, size_t len,
    struct rw_err *e)
{
	return rw_stats_add_rec(s, rw_stats_rec_decode(1, line, len), e);
}

/* --- finishing: join, cluster, de-duplicate, aggregate ------------------ */

static int
page_cmp(const void *a, const void *b, void *arg)
{
	const struct page	*x = a, *y = b;

	return strid_cmp(&((struct rw_stats *)arg)->st, x->file, y->file);
}

static void
fail(struct rw_stats *s, uint32_t file, const char *stage, const char *why,
    uint32_t error)
{
	struct failure	*f;

	f = PUSH(s->fails, s->nfails, s->cfails);
	f->file = file;
	f->stage = stage;
	f->error = error != 0 ? error : intern(&s->st, why);
	if (why != NULL)
		*PUSH(s->warnings, s->nwarnings, s->cwarnings) =
		    xasprintf("%s: %s", str(&s->st, file), why);
}

static void
add_unit(struct rw_stats *s, uint32_t page, uint32_t item, uint32_t nth,
    uint32_t nitems)
{
	const struct page	*p = &s->pages[page];
	const struct item	*t = item != NONE ? &s->items[item] : NULL;
	struct unit		*u;

	u = PUSH(s->units, s->nunits, s->cunits);
	memset(u, 0, sizeof(*u));
	u->page = page;
	u->item = item;
	u->nth = nth;
	u->nitems = nitems;
	if (t != NULL && t->start < t->end && t->end <= p->ncp) {
		u->start = t->start;
		u->end = t->end;
	} else {
		u->start = 0;
		u->end = p->ncp;
	}
	if (t != NULL && t->origin != 0)
		u->outlet = t->origin;
	else
		u->outlet = p->origin != 0 ? p->origin : p->source;
}

/* Joins facts to pages (both sorted by file) and makes the units. */
static void
join(struct rw_stats *s)
{
	struct page	*p;
	struct fpage	*f;
	uint32_t	 i, j, fi;

	sort(s->pages, s->npages, sizeof(*s->pages), page_cmp, s);
	for (i = 0; i < s->npages; i++) {
		p = &s->pages[i];
		fi = map_get(&s->byfile, 1, p->file, 0, 0, 0);
		f = fi != NONE ? &s->fpages[fi] : NULL;
		if (f != NULL)
			f->used = 1;
		if (p->error != 0) {
			fail(s, p->file, "parse", NULL, p->error);
			continue;
		}
		s->n.pages++;
		if (f == NULL) {
			s->n.without_facts++;
			f = NULL;
		} else if (f->error != 0) {
			fail(s, p->file, "facts", NULL, f->error);
			f = NULL;
		} else if (f->id != 0 && p->id != 0 && f->id != p->id) {
			fail(s, p->file, "join", "id mismatch", 0);
			f = NULL;
		}
		if (f == NULL || f->nitems == 0) {
			add_unit(s, i, NONE, 0, 1);
			continue;
		}
		for (j = 0; j < f->nitems; j++)
			add_unit(s, i, f->item0 + j, j, f->nitems);
	}
	for (i = 0; i < s->nfpages; i++)
		if (!s->fpages[i].used) {
			s->n.without_page++;
			fail(s, s->fpages[i].file, "join", "no article record",
			    0);
		}
	s->n.items = s->nunits;
}

/*
 * Signs one unit's text.  Traditional text is signed in Simplified form
 * (OpenCC t2s, when its data is installed) so that a reprint in the other
 * script still matches.
 */
static size_t
sign(const char *text, size_t len, int hant, opencc_t *cc, uint32_t *sig)
{
	char	*simp;
	size_t	 n;

	if (hant && *cc == NULL)
		*cc = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
	if (!hant || *cc == (opencc_t)-1 ||
	    (simp = opencc_convert_utf8(*cc, text, len)) == NULL)
		return rw_minhash_sign(text, len, sig);
	n = rw_minhash_sign(simp, strlen(simp), sig);
	opencc_convert_utf8_free(simp);
	return n;
}

/* Signs every unit's text and clusters them; root[u] is u's cluster. */
static int
cluster(struct rw_stats *s, size_t *root, struct rw_err *e)
{
	struct rw_buf	 text = RW_BUF_INIT;
	const struct unit *u;
	opencc_t	 cc = NULL;
	size_t		 i, a, b, n;
	uint32_t	 page = NONE;
	int		 rc = -1;

	if (s->nunits == 0)
		return 0;
	s->sigs = xreallocarray(NULL, s->nunits,
	    RW_MINHASH_K * sizeof(*s->sigs));
	s->sigsize = xreallocarray(NULL, s->nunits, sizeof(*s->sigsize));
	for (i = 0; i < s->nunits; i++) {
		u = &s->units[i];
		if (u->page != page) {
			page = u->page;
			if (spill_get(&s->sp, s->pages[page].text, &text,
			    e) == -1)
				goto out;
		}
		a = rw_utf8_offset(text.data, text.len, u->start);
		b = rw_utf8_offset(text.data, text.len, u->end);
		n = sign(text.data + a, b - a, s->pages[page].hant, &cc,
		    s->sigs + i * RW_MINHASH_K);
		s->sigsize[i] = n > UINT32_MAX ? UINT32_MAX : (uint32_t)n;
	}
	rw_minhash_cluster(s->sigs, s->sigsize, s->nunits,
	    RW_MINHASH_THRESHOLD, root);
	rc = 0;
out:
	if (cc != NULL && cc != (opencc_t)-1)
		opencc_close(cc);
	rw_buf_free(&text);
	return rc;
}

struct ukey {				/* sorting units into stories */
	size_t		 root;
	uint32_t	 unit;
};

/* Representative order of two units (see doc/stats-format.md). */
static int
unit_rank(const struct rw_stats *s, uint32_t a, uint32_t b)
{
	const struct unit	*x = &s->units[a], *y = &s->units[b];
	const struct page	*p = &s->pages[x->page];
	const struct page	*q = &s->pages[y->page];
	uint32_t		 lx = x->end - x->start, ly = y->end - y->start;
	int			 c;

	if ((p->date == 0) != (q->date == 0))
		return p->date == 0 ? 1 : -1;
	if ((c = strid_cmp(&s->st, p->date, q->date)) != 0 ||
	    (c = strid_cmp(&s->st, p->published, q->published)) != 0)
		return c;
	if ((x->nitems == 1) != (y->nitems == 1))
		return x->nitems == 1 ? -1 : 1;
	if (lx != ly)
		return lx > ly ? -1 : 1;
	if (x->page != y->page)		/* pages are sorted by file */
		return x->page < y->page ? -1 : 1;
	return x->nth < y->nth ? -1 : x->nth > y->nth;
}

static int
ukey_cmp(const void *a, const void *b, void *arg)
{
	const struct ukey	*x = a, *y = b;

	if (x->root != y->root)
		return x->root < y->root ? -1 : 1;
	return unit_rank(arg, x->unit, y->unit);
}

static int
story_cmp(const void *a, const void *b, void *arg)
{
	const struct rw_stats	*s = arg;
	const struct story	*x = a, *y = b;
	int			 c;

	if ((x->date == 0) != (y->date == 0))
		return x->date == 0 ? 1 : -1;
	if ((c = strid_cmp(&s->st, x->date, y->date)) != 0 ||
	    (c = strcmp(x->id, y->id)) != 0)
		return c;
	return unit_rank(s, s->members[x->m0], s->members[y->m0]);
}

static uint32_t
percent(int equal)
{
	return (uint32_t)((equal * 100 + RW_MINHASH_K / 2) / RW_MINHASH_K);
}

/* Groups units by cluster into stories, in output order. */
static void
make_stories(struct rw_stats *s, const size_t *root)
{
	struct ukey		*k;
	struct story		*t;
	const struct unit	*r;
	const struct item	*it;
	const struct page	*p;
	char			 buf[8];
	uint64_t		 h;
	size_t			 i, j, k2;
	uint32_t		 rep, u;

	k = xreallocarray(NULL, s->nunits ? s->nunits : 1, sizeof(*k));
	for (i = 0; i < s->nunits; i++) {
		k[i].root = root[i];
		k[i].unit = (uint32_t)i;
	}
	sort(k, s->nunits, sizeof(*k), ukey_cmp, s);
	s->members = xreallocarray(NULL, s->nunits ? s->nunits : 1,
	    sizeof(*s->members));
	for (i = 0; i < s->nunits; i++)
		s->members[i] = k[i].unit;
	for (i = 0; i < s->nunits; i = j) {
		for (j = i + 1; j < s->nunits && k[j].root == k[i].root; j++)
			;
		t = PUSH(s->stories, s->nstories, s->cstories);
		memset(t, 0, sizeof(*t));
		t->m0 = (uint32_t)i;
		t->nm = (uint32_t)(j - i);
		rep = s->members[i];
		r = &s->units[rep];
		p = &s->pages[r->page];
		it = r->item != NONE ? &s->items[r->item] : NULL;
		t->date = p->date;
		if (t->date != 0 &&
		    rw_stats_month(str(&s->st, t->date), buf) == 0)
			t->month = intern(&s->st, buf);
		if (t->date != 0 &&
		    rw_stats_season(str(&s->st, t->date), buf) == 0)
			t->season = intern(&s->st, buf);
		t->title = it != NULL && it->title != 0 ? it->title : p->title;
		/* Outlet and region: the first member that has one. */
		for (k2 = i; k2 < j; k2++) {
			u = s->members[k2];
			if (t->outlet == 0)
				t->outlet = s->units[u].outlet;
			if (t->region == 0 && s->units[u].item != NONE)
				t->region = s->items[s->units[u].item].region;
		}
		/* The item number first: FNV mixes early bytes best. */
		snprintf(buf, sizeof(buf), "%u", r->nth);
		h = rw_hash64(buf, strlen(buf) + 1);
		h = rw_hash64_more(h, str(&s->st, p->file),
		    strlen(str(&s->st, p->file)));
		rw_hex64(h, t->id);
		for (; i < j; i++) {
			u = s->members[i];
			if (u == rep)
				s->units[u].sim = 100;
			else if (s->sigsize[u] >= RW_MINHASH_MIN &&
			    s->sigsize[rep] >= RW_MINHASH_MIN)
				s->units[u].sim = percent(rw_minhash_similar(
				    s->sigs + (size_t)u * RW_MINHASH_K,
				    s->sigs + (size_t)rep * RW_MINHASH_K));
		}
		if (t->date == 0)
			s->n.undated++;
	}
	free(k);
	free(s->sigs);
	free(s->sigsize);
	s->sigs = NULL;
	s->sigsize = NULL;
	sort(s->stories, s->nstories, sizeof(*s->stories), story_cmp, s);
}

static int
value_cmp(double a, double b)
{
	return a < b ? -1 : a > b;
}

/* Groups equal figure keys; ids are compared for equality only. */
static int
oref_cmp(const void *a, const void *b, void *arg)
{
	const struct rw_stats	*s = arg;
	const struct oref	*x = a, *y = b;
	const struct occ	*o = &s->occs[x->occ], *q = &s->occs[y->occ];
	int			 c;

	if ((c = value_cmp(o->value, q->value)) != 0)
		return c;
	if (o->unit != q->unit)
		return o->unit < q->unit ? -1 : 1;
	if (o->per != q->per)
		return o->per < q->per ? -1 : 1;
	if (o->region != q->region)
		return o->region < q->region ? -1 : 1;
	if (o->kind != q->kind)
		return o->kind < q->kind ? -1 : 1;
	/* Within a figure: first occurrence first, by content. */
	if (x->member != y->member)
		return x->member < y->member ? -1 : 1;
	if (o->start != q->start)
		return o->start < q->start ? -1 : 1;
	if (o->end != q->end)
		return o->end < q->end ? -1 : 1;
	if ((c = strid_cmp(&s->st, o->qualifier, q->qualifier)) != 0 ||
	    (c = strid_cmp(&s->st, o->text, q->text)) != 0)
		return c;
	return value_cmp(o->has_max ? o->max : -1, q->has_max ? q->max : -1);
}

static int
same_figure(const struct occ *o, const struct occ *q)
{
	return o->value == q->value && o->unit == q->unit &&
	    o->per == q->per && o->region == q->region && o->kind == q->kind;
}

/* Order of figures in a story: by first occurrence, then by key. */
static int
fig_cmp(const void *a, const void *b, void *arg)
{
	const struct rw_stats	*s = arg;
	const struct fig	*f = a, *g = b;
	const struct oref	*x = &s->orefs[f->oref0];
	const struct oref	*y = &s->orefs[g->oref0];
	const struct occ	*o = &s->occs[x->occ], *q = &s->occs[y->occ];
	int			 c;

	if (x->member != y->member)
		return x->member < y->member ? -1 : 1;
	if (o->start != q->start)
		return o->start < q->start ? -1 : 1;
	if (o->end != q->end)
		return o->end < q->end ? -1 : 1;
	if ((c = value_cmp(o->value, q->value)) != 0 ||
	    (c = strid_cmp(&s->st, o->unit, q->unit)) != 0 ||
	    (c = strid_cmp(&s->st, o->per, q->per)) != 0 ||
	    (c = strid_cmp(&s->st, o->region, q->region)) != 0)
		return c;
	return strid_cmp(&s->st, o->kind, q->kind);
}

/* De-duplicates the figures of every story. */
static void
make_figures(struct rw_stats *s)
{
	struct story		*t;
	const struct unit	*u;
	const struct item	*it;
	struct oref		*r;
	struct fig		*f;
	size_t			 i, j, k, o0;

	for (i = 0; i < s->nstories; i++) {
		t = &s->stories[i];
		o0 = s->norefs;
		for (j = 0; j < t->nm; j++) {
			u = &s->units[s->members[t->m0 + j]];
			if (u->item == NONE)
				continue;
			it = &s->items[u->item];
			for (k = 0; k < it->nocc; k++) {
				r = PUSH(s->orefs, s->norefs, s->corefs);
				r->occ = it->occ0 + (uint32_t)k;
				r->member = (uint32_t)j;
			}
		}
		sort(s->orefs + o0, s->norefs - o0, sizeof(*s->orefs),
		    oref_cmp, s);
		t->fig0 = (uint32_t)s->nfigs;
		for (j = o0; j < s->norefs; j = k) {
			for (k = j + 1; k < s->norefs &&
			    same_figure(&s->occs[s->orefs[j].occ],
			    &s->occs[s->orefs[k].occ]); k++)
				;
			f = PUSH(s->figs, s->nfigs, s->cfigs);
			f->oref0 = (uint32_t)j;
			f->nocc = (uint32_t)(k - j);
			if (s->occs[s->orefs[j].occ].region == 0)
				s->n.no_region++;
		}
		t->nfig = (uint32_t)(s->nfigs - t->fig0);
		sort(s->figs + t->fig0, t->nfig, sizeof(*s->figs), fig_cmp,
		    s);
	}
	s->n.occurrences = s->norefs;
	s->n.figures = s->nfigs;
}

static uint32_t
bucket(struct rw_stats *s, uint32_t dim, uint32_t a, uint32_t b, uint32_t c,
    uint32_t d)
{
	struct bucket	*k;
	uint32_t	 i = map_get(&s->bmap, dim, a, b, c, d);

	if (i != NONE)
		return i;
	i = (uint32_t)s->nbuckets;
	k = PUSH(s->buckets, s->nbuckets, s->cbuckets);
	memset(k, 0, sizeof(*k));
	k->dim = dim;
	k->a = a;
	k->b = b;
	k->c = c;
	k->d = d;
	k->last = NONE;
	map_put(&s->bmap, dim, a, b, c, d, i);
	return i;
}

/* Counts story si and its distinct pages once in bucket b; returns 1 the
 * first time. */
static int
touch(struct rw_stats *s, uint32_t b, uint32_t si, const uint32_t *pages,
    size_t np)
{
	struct bucket	*k = &s->buckets[b];
	size_t		 i;

	if (k->last == si)
		return 0;
	k->last = si;
	k->stories++;
	for (i = 0; i < np; i++)
		*PUSH(s->pairs, s->npairs, s->cpairs) =
		    (uint64_t)b << 32 | pages[i];
	return 1;
}

static uint32_t
parent_of(struct rw_stats *s, uint32_t region)
{
	uint32_t	 v = map_get(&s->parents, region, 0, 0, 0, 0);
	char		 out[7];

	if (v != NONE)
		return v;
	v = rw_stats_region_parent(str(&s->st, region), out) == 0 ?
	    intern(&s->st, out) : 0;
	map_put(&s->parents, region, 0, 0, 0, 0, v);
	return v;
}

static int
u32_cmp(const void *a, const void *b)
{
	uint32_t	 x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

static int
u64_cmp(const void *a, const void *b)
{
	uint64_t	 x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* Adds the own figure o of story si to the region totals. */
static void
add_total(struct rw_stats *s, uint32_t si, uint32_t season,
    const struct occ *o)
{
	struct bucket	*k;
	uint32_t	 b;

	/* bucket() may move s->buckets: call it before indexing. */
	b = bucket(s, DIM_TOTAL, o->region, season, o->kind, o->unit);
	k = &s->buckets[b];
	if (k->figures == 0 || o->value < k->min)
		k->min = o->value;
	if (k->figures == 0 || o->value > k->max)
		k->max = o->value;
	k->figures++;
	k->sum += o->value;
	if (k->last != si) {
		k->last = si;
		k->stories++;
	}
}

/* Aggregates story si, whose distinct pages are pages[0..np). */
static void
aggregate_story(struct rw_stats *s, uint32_t si, const uint32_t *pages,
    size_t np)
{
	const struct story	*t = &s->stories[si];
	const struct unit	*u;
	const struct item	*it;
	const struct occ	*o;
	uint32_t		 b, r, j, k;

	if (t->month != 0 && touch(s, b = bucket(s, DIM_MONTH, t->month, 0,
	    0, 0), si, pages, np))
		s->buckets[b].figures += t->nfig;
	if (t->season != 0 && touch(s, b = bucket(s, DIM_SEASON, t->season,
	    0, 0, 0), si, pages, np))
		s->buckets[b].figures += t->nfig;
	if (t->outlet != 0 && touch(s, b = bucket(s, DIM_OUTLET, t->outlet,
	    0, 0, 0), si, pages, np))
		s->buckets[b].figures += t->nfig;
	for (j = 0; j < t->nm; j++) {
		u = &s->units[s->members[t->m0 + j]];
		r = s->pages[u->page].source;
		if (r != 0 && touch(s, b = bucket(s, DIM_SOURCE, r, 0, 0, 0),
		    si, pages, np))
			s->buckets[b].figures += t->nfig;
		if (u->item == NONE)
			continue;
		it = &s->items[u->item];
		for (k = 0; k < it->ncamp; k++)
			if (touch(s, b = bucket(s, DIM_CAMPAIGN,
			    s->lists[it->list0 + k], 0, 0, 0), si, pages, np))
				s->buckets[b].figures += t->nfig;
	}
	for (r = t->region; r != 0; r = parent_of(s, r))
		touch(s, bucket(s, DIM_REGION, r, 0, 0, 0), si, pages, np);
	for (j = 0; j < t->nfig; j++) {
		o = &s->occs[s->orefs[s->figs[t->fig0 + j].oref0].occ];
		b = bucket(s, DIM_KIND, o->kind, o->unit, 0, 0);
		touch(s, b, si, pages, np);
		s->buckets[b].figures++;
		if (o->region == 0)
			continue;
		b = bucket(s, DIM_REGION, o->region, 0, 0, 0);
		s->buckets[b].own++;
		for (r = o->region; r != 0; r = parent_of(s, r)) {
			b = bucket(s, DIM_REGION, r, 0, 0, 0);
			touch(s, b, si, pages, np);
			s->buckets[b].figures++;
		}
		if (o->per != 0)
			continue;	/* rates are not amounts */
		add_total(s, si, 0, o);
		if (t->season != 0)
			add_total(s, si, t->season, o);
	}
}

static void
aggregate(struct rw_stats *s)
{
	const struct story	*t;
	uint32_t		*pages = NULL;
	size_t			 i, j, n, np, cap = 0;
	uint64_t		 prev;

	for (i = 0; i < s->nstories; i++) {
		t = &s->stories[i];
		for (j = n = 0; j < t->nm; j++)
			*PUSH(pages, n, cap) =
			    s->units[s->members[t->m0 + j]].page;
		if (n > 1)
			qsort(pages, n, sizeof(*pages), u32_cmp);
		/* The story's distinct pages. */
		for (j = np = 0; j < n; j++)
			if (np == 0 || pages[j] != pages[np - 1])
				pages[np++] = pages[j];
		if (np > 1)
			s->n.multi++;
		aggregate_story(s, (uint32_t)i, pages, np);
	}
	free(pages);
	if (s->npairs > 1)
		qsort(s->pairs, s->npairs, sizeof(*s->pairs), u64_cmp);
	for (i = 0, prev = 0; i < s->npairs; i++) {
		if (i > 0 && s->pairs[i] == prev)
			continue;
		prev = s->pairs[i];
		s->buckets[prev >> 32].pages++;
	}
	free(s->pairs);
	s->pairs = NULL;
	s->npairs = s->cpairs = 0;
}

static int
fail_cmp(const void *a, const void *b, void *arg)
{
	const struct failure	*x = a, *y = b;
	int			 c;

	if ((c = strid_cmp(&((struct rw_stats *)arg)->st, x->file,
	    y->file)) != 0)
		return c;
	return strcmp(x->stage, y->stage);
}

int
rw_stats_finish(struct rw_stats *s, struct rw_err *e)
{
	size_t	*root;
	int	 rc;

	if (s->finished) {
		rw_err_set(e, "statistics already finished");
		return -1;
	}
	s->finished = 1;
	join(s);
	root = xreallocarray(NULL, s->nunits ? s->nunits : 1, sizeof(*root));
	rc = cluster(s, root, e);
	if (rc == 0) {
		make_stories(s, root);
		make_figures(s);
		aggregate(s);
		sort(s->fails, s->nfails, sizeof(*s->fails), fail_cmp, s);
		s->n.failed = s->nfails;
	}
	free(root);
	return rc;
}

const char *
rw_stats_warning(const struct rw_stats *s, size_t i)
{
	return i < s->nwarnings ? s->warnings[i] : NULL;
}

/* --- writing -------------------------------------------------------------- */

/* A JSON string of v[0..n); never fails on bad UTF-8 (it is repaired). */
static json_t *
jstrn(const char *v, size_t n)
{
	json_t	*j;
	char	*fix;

	if ((j = json_stringn(v, n)) != NULL)
		return j;
	fix = rw_utf8_sanitize(v, n);
	j = json_string(fix);
	free(fix);
	return j != NULL ? j : json_string("");
}

static json_t *
jstr(const char *v)
{
	return v == NULL ? json_null() : jstrn(v, strlen(v));
}

static json_t *
jid(const struct rw_stats *s, uint32_t id)
{
	return jstr(str(&s->st, id));
}

/* Integral values as JSON integers, others as reals (as rw-facts). */
static json_t *
jnum(double v)
{
	if (!isfinite(v))
		return json_null();
	if (v == floor(v) && fabs(v) < 9007199254740992.0)
		return json_integer((json_int_t)v);
	return json_real(v);
}

static json_t *
jint(size_t v)
{
	return json_integer((json_int_t)v);
}

/* Scratch space for writing. */
struct wctx {
	struct rw_buf	 out;		/* the line being written */
	struct rw_buf	 text, sent;
	uint32_t	*ids;
	size_t		 nids, cids;
};

static int
add_chunk(const char *p, size_t n, void *arg)
{
	rw_buf_add(arg, p, n);
	return 0;
}

/*
 * Writes o as one line and releases it; 0 or -1.  The line is built in
 * buf and written at once: json_dumpf would call fwrite per token.
 */
static int
emit(json_t *o, struct rw_buf *buf, FILE *fp, struct rw_err *e)
{
	int	 rc;

	rw_buf_truncate(buf, 0);
	rc = json_dump_callback(o, add_chunk, buf, DUMP_FLAGS);
	json_decref(o);
	rw_buf_addc(buf, '\n');
	if (rc == -1 || fwrite(buf->data, 1, buf->len, fp) != buf->len) {
		rw_err_set(e, "write error: %s", strerror(errno));
		return -1;
	}
	return 0;
}

static int
idstr_cmp(const void *a, const void *b, void *arg)
{
	return strid_cmp(&((struct rw_stats *)arg)->st, *(const uint32_t *)a,
	    *(const uint32_t *)b);
}

/* Sorts ids by their strings and drops repeats and NULLs; returns the
 * new count. */
static size_t
idset(const struct rw_stats *s, uint32_t *ids, size_t n)
{
	size_t	 i, m = 0;

	sort(ids, n, sizeof(*ids), idstr_cmp, (void *)s);
	for (i = 0; i < n; i++)
		if (ids[i] != 0 && (m == 0 || ids[i] != ids[m - 1]))
			ids[m++] = ids[i];
	return m;
}

static json_t *
jidset(const struct rw_stats *s, uint32_t *ids, size_t n)
{
	json_t	*a = json_array();
	size_t	 i;

	n = idset(s, ids, n);
	for (i = 0; i < n; i++)
		json_array_append_new(a, jid(s, ids[i]));
	return a;
}

static int
bucket_cmp(const void *a, const void *b, void *arg)
{
	const struct rw_stats	*s = arg;
	const struct bucket	*x = &s->buckets[*(const uint32_t *)a];
	const struct bucket	*y = &s->buckets[*(const uint32_t *)b];
	int			 c;

	if (x->dim != y->dim)
		return x->dim < y->dim ? -1 : 1;
	if ((c = strid_cmp(&s->st, x->a, y->a)) != 0 ||
	    (c = strid_cmp(&s->st, x->b, y->b)) != 0 ||
	    (c = strid_cmp(&s->st, x->c, y->c)) != 0)
		return c;
	return strid_cmp(&s->st, x->d, y->d);
}

static json_t *
bucket_json(const struct rw_stats *s, const struct bucket *k)
{
	json_t	*o = json_object();

	if (k->dim == DIM_KIND) {
		json_object_set_new(o, "kind", jid(s, k->a));
		json_object_set_new(o, "unit", jid(s, k->b));
	} else
		json_object_set_new(o, "key", jid(s, k->a));
	json_object_set_new(o, "stories", jint(k->stories));
	json_object_set_new(o, "pages", jint(k->pages));
	json_object_set_new(o, "figures", jint(k->figures));
	return o;
}

static json_t *
counts_json(const struct rw_stats *s)
{
	const struct counts	*n = &s->n;
	json_t			*o = json_object(), *r = json_object();

	json_object_set_new(r, "articles", jint(n->articles));
	json_object_set_new(r, "facts", jint(n->facts));
	json_object_set_new(o, "records", r);
	json_object_set_new(o, "pages", jint(n->pages));
	json_object_set_new(o, "failed", jint(n->failed));
	json_object_set_new(o, "invalid", jint(n->invalid));
	json_object_set_new(o, "duplicates", jint(n->duplicates));
	json_object_set_new(o, "pages_without_facts", jint(n->without_facts));
	json_object_set_new(o, "facts_without_page", jint(n->without_page));
	json_object_set_new(o, "items", jint(n->items));
	json_object_set_new(o, "stories", jint(s->nstories));
	json_object_set_new(o, "multi_page_stories", jint(n->multi));
	json_object_set_new(o, "undated_stories", jint(n->undated));
	json_object_set_new(o, "occurrences", jint(n->occurrences));
	json_object_set_new(o, "figures", jint(n->figures));
	json_object_set_new(o, "figures_without_region", jint(n->no_region));
	return o;
}

static json_t *
params_json(void)
{
	json_t	*o = json_object();

	json_object_set_new(o, "shingle", jint(RW_MINHASH_SHINGLE));
	json_object_set_new(o, "minhashes", jint(RW_MINHASH_K));
	json_object_set_new(o, "bands", jint(RW_MINHASH_BANDS));
	json_object_set_new(o, "rows", jint(RW_MINHASH_ROWS));
	json_object_set_new(o, "threshold",
	    jint(percent(RW_MINHASH_THRESHOLD)));
	json_object_set_new(o, "contain", jint(RW_MINHASH_CONTAIN));
	json_object_set_new(o, "contain_min", jint(RW_MINHASH_CONTAIN_MIN));
	json_object_set_new(o, "contain_similar",
	    jint(RW_MINHASH_CONTAIN_SIM));
	json_object_set_new(o, "min_shingles", jint(RW_MINHASH_MIN));
	return o;
}

/* The region list with children; pos[b] is set to the index of region
 * bucket b in it. */
static json_t *
regions_json(const struct rw_stats *s, const uint32_t *sorted, size_t n,
    uint32_t *pos)
{
	const struct bucket	*k;
	json_t			*arr = json_array(), *o;
	size_t			 i;
	uint32_t		 p, b;

	for (i = 0; i < n; i++) {
		k = &s->buckets[sorted[i]];
		if (k->dim != DIM_REGION)
			continue;
		pos[sorted[i]] = (uint32_t)json_array_size(arr);
		o = json_object();
		json_object_set_new(o, "code", jid(s, k->a));
		json_object_set_new(o, "level",
		    jstr(rw_stats_region_level(str(&s->st, k->a))));
		p = map_get(&s->parents, k->a, 0, 0, 0, 0);
		json_object_set_new(o, "parent",
		    jid(s, p != NONE ? p : 0));
		json_object_set_new(o, "children", json_array());
		json_object_set_new(o, "stories", jint(k->stories));
		json_object_set_new(o, "pages", jint(k->pages));
		json_object_set_new(o, "figures", jint(k->figures));
		json_object_set_new(o, "own_figures", jint(k->own));
		/* Sorted by code: a parent comes before its children. */
		if (p != NONE && p != 0 &&
		    (b = map_get(&s->bmap, DIM_REGION, p, 0, 0, 0)) != NONE)
			json_array_append_new(json_object_get(json_array_get(
			    arr, pos[b]), "children"), jid(s, k->a));
		json_array_append_new(arr, o);
	}
	return arr;
}

/*
 * The totals of one region: the DIM_TOTAL buckets sorted[*at..] whose
 * region is this one (sorted by region, season, kind, unit, so they are
 * consecutive and in order).  Advances *at past them.
 */
static json_t *
totals_json(const struct rw_stats *s, uint32_t region, const uint32_t *sorted,
    size_t n, size_t *at)
{
	const struct bucket	*k;
	json_t			*tot = json_object(), *rows = NULL, *row;
	uint32_t		 season = NONE;

	for (; *at < n; (*at)++) {
		k = &s->buckets[sorted[*at]];
		if (k->dim != DIM_TOTAL || k->a != region)
			break;
		if (rows == NULL || k->b != season) {
			season = k->b;
			rows = json_array();
			json_object_set_new(tot, season != 0 ?
			    str(&s->st, season) : "all", rows);
		}
		row = json_object();
		json_object_set_new(row, "kind", jid(s, k->c));
		json_object_set_new(row, "unit", jid(s, k->d));
		json_object_set_new(row, "figures", jint(k->figures));
		json_object_set_new(row, "stories", jint(k->stories));
		json_object_set_new(row, "sum", jnum(k->sum));
		json_object_set_new(row, "min", jnum(k->min));
		json_object_set_new(row, "max", jnum(k->max));
		json_array_append_new(rows, row);
	}
	return tot;
}

static json_t *
failed_json(const struct rw_stats *s)
{
	json_t	*arr = json_array(), *o;
	size_t	 i;

	for (i = 0; i < s->nfails; i++) {
		o = json_object();
		json_object_set_new(o, "file", jid(s, s->fails[i].file));
		json_object_set_new(o, "stage", jstr(s->fails[i].stage));
		json_object_set_new(o, "error", jid(s, s->fails[i].error));
		json_array_append_new(arr, o);
	}
	return arr;
}

static int
write_stats(const struct rw_stats *s, const uint32_t *sorted, uint32_t *pos,
    struct wctx *w, FILE *fp, struct rw_err *e)
{
	static const char *const names[] = { "months", "seasons",
	    "campaigns", "outlets", "sources", "kinds" };
	json_t	*o = json_object(), *lists[6];
	size_t	 i;

	json_object_set_new(o, "schema", json_string(RW_STATS_SCHEMA));
	json_object_set_new(o, "params", params_json());
	json_object_set_new(o, "counts", counts_json(s));
	json_object_set_new(o, "failed", failed_json(s));
	for (i = 0; i < 6; i++) {
		lists[i] = json_array();
		json_object_set_new(o, names[i], lists[i]);
	}
	for (i = 0; i < s->nbuckets; i++)
		if (s->buckets[sorted[i]].dim <= DIM_KIND)
			json_array_append_new(lists[s->buckets[sorted[i]].dim],
			    bucket_json(s, &s->buckets[sorted[i]]));
	json_object_set_new(o, "regions", regions_json(s, sorted,
	    s->nbuckets, pos));
	return emit(o, &w->out, fp, e);
}

static json_t *
page_json(const struct rw_stats *s, const struct unit *u)
{
	const struct page	*p = &s->pages[u->page];
	json_t			*o = json_object();

	json_object_set_new(o, "file", jid(s, p->file));
	json_object_set_new(o, "id", jid(s, p->id));
	json_object_set_new(o, "url", jid(s, p->url));
	json_object_set_new(o, "title", jid(s, p->title));
	json_object_set_new(o, "published", jid(s, p->published));
	json_object_set_new(o, "source", jid(s, p->source));
	json_object_set_new(o, "origin", jid(s, p->origin));
	json_object_set_new(o, "outlet", jid(s, u->outlet));
	json_object_set_new(o, "item", jint(u->nth));
	json_object_set_new(o, "items", jint(u->nitems));
	json_object_set_new(o, "start", jint(u->start));
	json_object_set_new(o, "end", jint(u->end));
	json_object_set_new(o, "similarity", jint(u->sim));
	return o;
}

static json_t *
figure_json(struct rw_stats *s, const struct story *t, const struct fig *f,
    struct wctx *w, struct rw_err *e)
{
	const struct unit	*rep = &s->units[s->members[t->m0]];
	const struct oref	*r = &s->orefs[f->oref0];
	const struct occ	*o = &s->occs[r->occ];
	json_t			*x = json_object(), *arr, *y;
	uint32_t		 i;

	if (spill_get(&s->sp, o->sentence, &w->sent, e) == -1) {
		json_decref(x);
		return NULL;
	}
	json_object_set_new(x, "value", jnum(o->value));
	json_object_set_new(x, "max", o->has_max ? jnum(o->max) :
	    json_null());
	json_object_set_new(x, "unit", jid(s, o->unit));
	json_object_set_new(x, "per", jid(s, o->per));
	json_object_set_new(x, "kind", jid(s, o->kind));
	json_object_set_new(x, "region", jid(s, o->region));
	json_object_set_new(x, "qualifier", jid(s, o->qualifier));
	json_object_set_new(x, "text", jid(s, o->text));
	json_object_set_new(x, "sentence", o->sentence.len > 0 ?
	    jstr(w->sent.data) : json_null());
	if (r->member == 0 && o->start >= rep->start &&
	    o->end <= rep->end && o->start <= o->end) {
		arr = json_array();
		json_array_append_new(arr, jint(o->start - rep->start));
		json_array_append_new(arr, jint(o->end - rep->start));
		json_object_set_new(x, "at", arr);
	} else
		json_object_set_new(x, "at", json_null());
	arr = json_array();
	for (i = 0; i < f->nocc; i++, r++) {
		y = json_object();
		json_object_set_new(y, "page", jint(r->member));
		json_object_set_new(y, "start", jint(s->occs[r->occ].start));
		json_object_set_new(y, "end", jint(s->occs[r->occ].end));
		json_array_append_new(arr, y);
	}
	json_object_set_new(x, "occurrences", arr);
	return x;
}

/* The story's region and figure regions, as a sorted set. */
static json_t *
story_regions(const struct rw_stats *s, const struct story *t,
    struct wctx *w)
{
	uint32_t	 i;

	w->nids = 0;
	*PUSH(w->ids, w->nids, w->cids) = t->region;
	for (i = 0; i < t->nfig; i++)
		*PUSH(w->ids, w->nids, w->cids) =
		    s->occs[s->orefs[s->figs[t->fig0 + i].oref0].occ].region;
	return jidset(s, w->ids, w->nids);
}

/* Campaigns (which 0) or organisations (1) of all items of the story. */
static json_t *
story_list(const struct rw_stats *s, const struct story *t, int which,
    struct wctx *w)
{
	const struct unit	*u;
	const struct item	*it;
	uint32_t		 i, j, from, n;

	w->nids = 0;
	for (i = 0; i < t->nm; i++) {
		u = &s->units[s->members[t->m0 + i]];
		if (u->item == NONE)
			continue;
		it = &s->items[u->item];
		from = it->list0 + (which ? it->ncamp : 0);
		n = which ? it->norg : it->ncamp;
		for (j = 0; j < n; j++)
			*PUSH(w->ids, w->nids, w->cids) = s->lists[from + j];
	}
	return jidset(s, w->ids, w->nids);
}

static json_t *
story_sources(const struct rw_stats *s, const struct story *t,
    struct wctx *w)
{
	uint32_t	 i;

	w->nids = 0;
	for (i = 0; i < t->nm; i++)
		*PUSH(w->ids, w->nids, w->cids) =
		    s->pages[s->units[s->members[t->m0 + i]].page].source;
	return jidset(s, w->ids, w->nids);
}

/* Fields shared by story and index lines. */
static json_t *
story_head(const struct rw_stats *s, const struct story *t, const char *schema,
    struct wctx *w)
{
	json_t	*o = json_object();

	json_object_set_new(o, "schema", json_string(schema));
	json_object_set_new(o, "id", json_string(t->id));
	json_object_set_new(o, "title", jid(s, t->title));
	json_object_set_new(o, "date", jid(s, t->date));
	json_object_set_new(o, "month", jid(s, t->month));
	json_object_set_new(o, "season", jid(s, t->season));
	json_object_set_new(o, "outlet", jid(s, t->outlet));
	json_object_set_new(o, "region", jid(s, t->region));
	json_object_set_new(o, "regions", story_regions(s, t, w));
	json_object_set_new(o, "campaigns", story_list(s, t, 0, w));
	return o;
}

static int
write_story(struct rw_stats *s, const struct story *t, struct wctx *w,
    FILE *fp, struct rw_err *e)
{
	const struct unit	*rep = &s->units[s->members[t->m0]];
	json_t			*o, *arr, *x;
	size_t			 a, b;
	uint32_t		 i;

	o = story_head(s, t, RW_STORY_SCHEMA, w);
	json_object_set_new(o, "organizations", story_list(s, t, 1, w));
	if (spill_get(&s->sp, s->pages[rep->page].text, &w->text, e) == -1) {
		json_decref(o);
		return -1;
	}
	a = rw_utf8_offset(w->text.data, w->text.len, rep->start);
	b = rw_utf8_offset(w->text.data, w->text.len, rep->end);
	json_object_set_new(o, "text", jstrn(w->text.data + a, b - a));
	arr = json_array();
	for (i = 0; i < t->nm; i++)
		json_array_append_new(arr,
		    page_json(s, &s->units[s->members[t->m0 + i]]));
	json_object_set_new(o, "pages", arr);
	arr = json_array();
	json_object_set_new(o, "figures", arr);
	for (i = 0; i < t->nfig; i++) {
		if ((x = figure_json(s, t, &s->figs[t->fig0 + i], w,
		    e)) == NULL) {
			json_decref(o);
			return -1;
		}
		json_array_append_new(arr, x);
	}
	return emit(o, &w->out, fp, e);
}

static int
write_index(const struct rw_stats *s, const struct story *t, struct wctx *w,
    FILE *fp, struct rw_err *e)
{
	json_t	*o;

	o = story_head(s, t, RW_INDEX_SCHEMA, w);
	json_object_set_new(o, "sources", story_sources(s, t, w));
	json_object_set_new(o, "pages", jint(t->nm));
	json_object_set_new(o, "figures", jint(t->nfig));
	return emit(o, &w->out, fp, e);
}

static json_t *
region_figure(const struct rw_stats *s, uint32_t si, uint32_t fi)
{
	const struct story	*t = &s->stories[si];
	const struct occ	*o;
	json_t			*x = json_object();

	o = &s->occs[s->orefs[s->figs[t->fig0 + fi].oref0].occ];
	json_object_set_new(x, "story", json_string(t->id));
	json_object_set_new(x, "figure", jint(fi));
	json_object_set_new(x, "date", jid(s, t->date));
	json_object_set_new(x, "season", jid(s, t->season));
	json_object_set_new(x, "value", jnum(o->value));
	json_object_set_new(x, "max", o->has_max ? jnum(o->max) :
	    json_null());
	json_object_set_new(x, "unit", jid(s, o->unit));
	json_object_set_new(x, "per", jid(s, o->per));
	json_object_set_new(x, "kind", jid(s, o->kind));
	json_object_set_new(x, "qualifier", jid(s, o->qualifier));
	json_object_set_new(x, "text", jid(s, o->text));
	return x;
}

/*
 * One line per region with own figures.  The figures are placed by a
 * counting sort on the region's position in the sorted region list, so
 * story order and figure order are kept without comparing strings.
 */
static int
write_regions(const struct rw_stats *s, const uint32_t *sorted,
    const uint32_t *pos, struct wctx *w, FILE *fp, struct rw_err *e)
{
	const struct story	*t;
	const struct occ	*o;
	uint64_t		*place;
	size_t			*start, nreg = 0, i, j, total = 0;
	uint32_t		*rank, b, r;
	json_t			*x = NULL, *arr = NULL;
	size_t			 at = 0;
	int			 rc = 0;

	for (i = 0; i < s->nbuckets; i++)
		if (s->buckets[i].dim == DIM_REGION)
			nreg++;
	rank = xcalloc(s->nfigs, sizeof(*rank));
	start = xcalloc(nreg + 1, sizeof(*start));
	for (i = 0; i < s->nstories; i++) {
		t = &s->stories[i];
		for (j = 0; j < t->nfig; j++) {
			o = &s->occs[s->orefs[s->figs[t->fig0 + j].oref0].occ];
			if (o->region == 0) {
				rank[t->fig0 + j] = NONE;
				continue;
			}
			b = map_get(&s->bmap, DIM_REGION, o->region, 0, 0, 0);
			rank[t->fig0 + j] = pos[b];
			start[pos[b] + 1]++;
			total++;
		}
	}
	for (i = 0; i < nreg; i++)
		start[i + 1] += start[i];
	place = xcalloc(total + 1, sizeof(*place));
	for (i = 0; i < s->nstories; i++) {
		t = &s->stories[i];
		for (j = 0; j < t->nfig; j++)
			if ((r = rank[t->fig0 + j]) != NONE)
				place[start[r]++] = (uint64_t)i << 32 | j;
	}
	/* start[r] now ends region r; walk the regions in order. */
	for (i = 0, j = 0; i < nreg && rc == 0; i++) {
		if (j == start[i])
			continue;
		t = &s->stories[place[j] >> 32];
		o = &s->occs[s->orefs[s->figs[t->fig0 +
		    (uint32_t)place[j]].oref0].occ];
		x = json_object();
		json_object_set_new(x, "schema",
		    json_string(RW_REGION_SCHEMA));
		json_object_set_new(x, "code", jid(s, o->region));
		/* Skip to this region's totals: every region with own
		 * figures has some unless all of them are rates. */
		while (at < s->nbuckets &&
		    (s->buckets[sorted[at]].dim != DIM_TOTAL ||
		    strid_cmp(&s->st, s->buckets[sorted[at]].a, o->region) < 0))
			at++;
		json_object_set_new(x, "totals", totals_json(s, o->region,
		    sorted, s->nbuckets, &at));
		arr = json_array();
		json_object_set_new(x, "figures", arr);
		for (; j < start[i]; j++)
			json_array_append_new(arr, region_figure(s,
			    (uint32_t)(place[j] >> 32), (uint32_t)place[j]));
		rc = emit(x, &w->out, fp, e);
	}
	free(place);
	free(start);
	free(rank);
	return rc;
}

int
rw_stats_write(struct rw_stats *s, FILE *stats, FILE *stories,
    FILE *regions, FILE *index, struct rw_err *e)
{
	struct wctx	 w;
	uint32_t	*sorted, *pos;
	size_t		 i;
	int		 rc = -1;

	if (!s->finished) {
		rw_err_set(e, "statistics not finished");
		return -1;
	}
	memset(&w, 0, sizeof(w));
	sorted = xreallocarray(NULL, s->nbuckets + 1, sizeof(*sorted));
	pos = xcalloc(s->nbuckets + 1, sizeof(*pos));
	for (i = 0; i < s->nbuckets; i++)
		sorted[i] = (uint32_t)i;
	sort(sorted, s->nbuckets, sizeof(*sorted), bucket_cmp, s);
	if (write_stats(s, sorted, pos, &w, stats, e) == -1)
		goto out;
	for (i = 0; i < s->nstories; i++)
		if (write_story(s, &s->stories[i], &w, stories, e) == -1)
			goto out;
	if (write_regions(s, sorted, pos, &w, regions, e) == -1)
		goto out;
	for (i = 0; i < s->nstories; i++)
		if (write_index(s, &s->stories[i], &w, index, e) == -1)
			goto out;
	rc = 0;
out:
	free(sorted);
	free(pos);
	free(w.ids);
	rw_buf_free(&w.out);
	rw_buf_free(&w.text);
	rw_buf_free(&w.sent);
	return rc;
}

void
rw_stats_free(struct rw_stats *s)
{
	size_t	 i;

	if (s == NULL)
		return;
	strtab_free(&s->st);
	if (s->sp.fp != NULL)
		fclose(s->sp.fp);
	free(s->pages);
	free(s->fpages);
	free(s->items);
	free(s->occs);
	free(s->lists);
	free(s->byfile.e);
	free(s->units);
	free(s->sigs);
	free(s->sigsize);
	free(s->members);
	free(s->stories);
	free(s->orefs);
	free(s->figs);
	free(s->fails);
	for (i = 0; i < s->nwarnings; i++)
		free(s->warnings[i]);
	free(s->warnings);
	free(s->bmap.e);
	free(s->parents.e);
	free(s->buckets);
	free(s->pairs);
	free(s);
}

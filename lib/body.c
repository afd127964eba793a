/* SPDX-License-Identifier: ISC */
/*
 * The main-text extractor (see body.h).  Passes, all linear:
 *
 *  1. node flags, forward: what is invisible, inside a link, a heading,
 *     a caption, a list item, a region classed as boilerplate;
 *  2. blocks, forward with a stack of open block elements: the visible
 *     text cut at block elements and <br>, with per-block statistics;
 *  3. related lists: runs of list items or lines that are mostly one
 *     headline link (with a date or snippet);
 *  4. weights and root, reverse: each block's weight is summed into its
 *     element and every ancestor; the best sum is the content root;
 *  5. filters inside the root, then text, images and related records.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "body.h"
#include "utf8.h"

/* Node flags; all but N_OWNBAD are inherited by the subtree. */
#define N_SKIP		0x0001u	/* not rendered text */
#define N_LINK		0x0002u	/* inside <a href> */
#define N_BAD		0x0004u	/* inside navigation, sidebar, share... */
#define N_HEAD		0x0008u	/* inside h1-h6 */
#define N_CAP		0x0010u	/* inside a caption */
#define N_CENTER	0x0040u
#define N_FIG		0x0080u	/* inside <figure> */
#define N_OWNBAD	0x0100u	/* this element itself is boilerplate */
#define N_CMT		0x0400u	/* inside readers' comments */
#define N_ALIGNED	0x0800u	/* this element aligns its text otherwise:
				   it ends an outer centring */
#define N_INHERIT	(N_SKIP | N_LINK | N_BAD | N_HEAD | N_CAP | \
			 N_CENTER | N_FIG | N_CMT)

/* Block flags. */
#define B_HEAD		0x0001u	/* mostly heading text */
#define B_CAP		0x0002u	/* mostly caption text */
#define B_BAD		0x0004u	/* in a boilerplate region */
#define B_CENTER	0x0010u
#define B_WORD		0x0020u	/* has a letter, digit or ideograph */
#define B_REL		0x0040u	/* an item of a related/more-news list */
#define B_IMG		0x0080u	/* an image stands in or right before it */
#define B_FIG		0x0100u	/* mostly inside <figure> */
#define B_RELQ		0x0200u	/* scratch: a candidate item */
#define B_CMT		0x0400u	/* in readers' comments */
#define B_BRK		0x0800u	/* follows a <br> of the same element */

/* A block this long (in units, see below) is worth its own weight. */
#define C_BLOCK		30.0
/* Boilerplate counts a little less than text when elements add up. */
#define C_NEG		0.8
/*
 * However much boilerplate an element holds, it costs its parent at most
 * this much: a long link list beside the paragraphs must not outweigh
 * them when they have no wrapper of their own.
 */
#define C_FLOOR		(10 * C_BLOCK)

struct blk {
	uint32_t	 owner;		/* innermost block element */
	uint32_t	 first;		/* first and last text node */
	uint32_t	 last;
	uint32_t	 off;		/* text in the scratch buffer */
	uint32_t	 len;
	uint32_t	 chars;		/* code points, no spaces */
	uint32_t	 units;		/* ideographs count 3, others 1 */
	uint32_t	 lunits;	/* units inside links */
	uint32_t	 punct;		/* sentence punctuation marks */
	uint32_t	 flags;
	uint32_t	 a;		/* first link element or RW_NONE */
	uint32_t	 aoff;		/* its text in the scratch buffer */
	uint32_t	 alen;
	uint32_t	 aunits;
	double		 w;
};

struct img {
	uint32_t	 node;
	uint32_t	 blk;		/* blocks complete before it */
};

#define CLS_CACHE	1024

/* Node i; html.h keeps the nodes in one array, indexed directly here. */
#define NODE(c, i)	(&(c)->nodes[(i)])

/* The bucket of a word position: its first two bytes. */
#define BUCKET(a, b)	((((unsigned)(unsigned char)(a) * 31u) + \
			 (unsigned char)(b)) & 255u)

/* Phrases by BUCKET: list[order[start[b]..start[b + 1])]. */
struct phrases {
	const char *const *list;
	uint16_t	 start[257];
	uint16_t	 order[256];	/* lists hold fewer than 256 */
};

/* class_words by BUCKET: order[start[b]..start[b + 1]). */
struct pindex {
	uint16_t	 start[257];
	uint16_t	 order[256];
};

struct cls_cache {
	uint64_t	 key;		/* hash of a class value, 0: empty */
	uint32_t	 flags;
};

struct ctx {
	const struct rw_doc	*d;
	const struct rw_node	*nodes;	/* the document's flat array */
	size_t			 n;
	uint32_t		*fl;	/* node flags */
	uint32_t		*lnk;	/* nearest <a> ancestor-or-self */
	uint32_t		*item;	/* nearest li/tr/dd ancestor-or-self */
	uint32_t		*badel;	/* nearest own-boilerplate element */
	double			*sum;	/* subtree weight */
	double			*raw;	/* the same without class hints */
	int			 hinted;	/* root used class hints */
	struct blk		*b;
	size_t			 nb;
	size_t			 bcap;
	struct img		*im;
	size_t			 nim;
	size_t			 imcap;
	struct rw_buf		 tx;	/* all block texts */
	struct rw_buf		 key;	/* scratch for comparisons */
	struct cls_cache	 cache[CLS_CACHE];
	struct pindex		 pidx;
	struct phrases		 junk;	/* junk_infix */
	struct phrases		 meta;	/* meta_infix */
	char			*title[4];	/* keys of headlines */
	size_t			 titlelen[4];
	size_t			 ntitle;
	/* the block being built */
	int			 open;
	int			 space;		/* a space is pending */
	int			 brk;		/* a <br> ended the last */
	uint32_t		 uflag[3];	/* units under HEAD CAP BAD */
	uint32_t		 ucenter;
	uint32_t		 ufig;
};

/* --- characters ------------------------------------------------------ */

static int
is_space(int32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	    c == '\f' || c == '\v' || c == 0xa0 || (c >= 0x2000 &&
	    c <= 0x200a) || c == 0x202f || c == 0x205f || c == 0x1680;
}

/* Zero-width characters are dropped from the text. */
static int
is_invisible(int32_t c)
{
	return (c >= 0x200b && c <= 0x200f) || c == 0x2060 || c == 0xfeff ||
	    c == 0xad || (c >= 0 && c < 0x20) || c == 0x7f;
}

static int
is_han(int32_t c)
{
	return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2fa1f) ||
	    (c >= 0x3040 && c <= 0x30ff);
}

static int
is_word(int32_t c)
{
	utf8proc_category_t	 k;

	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
		    (c | 0x20) <= 'z');
	if (is_han(c))
		return 1;
	k = utf8proc_category(c);
	return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
	    (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
}

/* Marks that separate clauses in running text. */
static int
is_punct(int32_t c)
{
	switch (c) {
	case 0xff0c: case 0x3002: case 0x3001: case 0xff1b: case 0xff01:
	case 0xff1f: case ',': case ';': case '!': case '?': case 0xff61:
	case 0x060c: case 0x061f: case 0x0964:
		return 1;
	}
	return 0;
}

/*
 * Decodes the code point that ends at s[end] (end > 0); returns where it
 * starts.  A broken sequence is one byte with *c = -1.
 */
static size_t
prev_cp(const char *s, size_t end, int32_t *c)
{
	size_t	 i = end - 1;

	while (i > 0 && end - i < 4 && ((unsigned char)s[i] & 0xc0) == 0x80)
		i--;
	if (rw_utf8_decode(s + i, end - i, c) != (int)(end - i)) {
		*c = -1;
		return end - 1;
	}
	return i;
}

/* ASCII case-insensitive search of needle in hay[0..n). */
static int
ci_contains(const char *hay, size_t n, const char *needle)
{
	size_t	 m = strlen(needle), i, j;

	for (i = 0; i + m <= n; i++) {
		for (j = 0; j < m; j++) {
			int a = (unsigned char)hay[i + j];
			int b = (unsigned char)needle[j];

			if (a >= 'A' && a <= 'Z')
				a += 32;
			if (a != b)
				break;
		}
		if (j == m)
			return 1;
	}
	return 0;
}

/* 1 if s[0..n) contains the string needle. */
static int
has_str(const char *s, size_t n, const char *needle)
{
	size_t	 m = strlen(needle), i;

	if (m == 0 || m > n)
		return m == 0;
	for (i = 0; i + m <= n; i++)
		if (s[i] == needle[0] && memcmp(s + i, needle, m) == 0)
			return 1;
	return 0;
}

/* --- pass 1: node flags ---------------------------------------------- */

static int
tag_skipped(int tag)
{
	switch (tag) {
	case RW_TAG_HEAD: case RW_TAG_SCRIPT: case RW_TAG_STYLE:
	case RW_TAG_NOSCRIPT: case RW_TAG_TEMPLATE: case RW_TAG_TITLE:
	case RW_TAG_META: case RW_TAG_LINK: case RW_TAG_BASE:
	case RW_TAG_SELECT: case RW_TAG_OPTION: case RW_TAG_TEXTAREA:
	case RW_TAG_BUTTON: case RW_TAG_INPUT: case RW_TAG_IFRAME:
	case RW_TAG_FRAME: case RW_TAG_FRAMESET: case RW_TAG_SVG:
	case RW_TAG_CANVAS: case RW_TAG_OBJECT: case RW_TAG_EMBED:
	case RW_TAG_AUDIO: case RW_TAG_VIDEO: case RW_TAG_MAP:
	case RW_TAG_DIALOG:
		return 1;
	}
	return 0;
}

static int
tag_block(int tag)
{
	switch (tag) {
	case RW_TAG_ADDRESS: case RW_TAG_ARTICLE: case RW_TAG_ASIDE:
	case RW_TAG_BLOCKQUOTE: case RW_TAG_BODY: case RW_TAG_CAPTION:
	case RW_TAG_CENTER: case RW_TAG_DD: case RW_TAG_DETAILS:
	case RW_TAG_DIV: case RW_TAG_DL: case RW_TAG_DT:
	case RW_TAG_FIELDSET: case RW_TAG_FIGCAPTION: case RW_TAG_FIGURE:
	case RW_TAG_FOOTER: case RW_TAG_FORM: case RW_TAG_H1: case RW_TAG_H2:
	case RW_TAG_H3: case RW_TAG_H4: case RW_TAG_H5: case RW_TAG_H6:
	case RW_TAG_HEADER: case RW_TAG_HR: case RW_TAG_HTML: case RW_TAG_LI:
	case RW_TAG_MAIN: case RW_TAG_MENU: case RW_TAG_NAV: case RW_TAG_OL:
	case RW_TAG_P: case RW_TAG_PRE: case RW_TAG_SECTION:
	case RW_TAG_SUMMARY: case RW_TAG_TABLE: case RW_TAG_TBODY:
	case RW_TAG_TD: case RW_TAG_TFOOT: case RW_TAG_TH: case RW_TAG_THEAD:
	case RW_TAG_TR: case RW_TAG_UL:
		return 1;
	}
	return 0;
}

/*
 * Flags of a style attribute, spaces ignored: N_SKIP for display:none or
 * visibility:hidden, N_CENTER for text-align:center, N_ALIGNED for
 * another text-align.
 */
static uint32_t
style_flags(const char *s)
{
	char	 buf[256];
	size_t	 n = 0;

	for (; *s != '\0' && n < sizeof(buf) - 1; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n')
			buf[n++] = *s;
	buf[n] = '\0';
	if (ci_contains(buf, n, "display:none") ||
	    ci_contains(buf, n, "visibility:hidden"))
		return N_SKIP;
	if (ci_contains(buf, n, "text-align:center"))
		return N_CENTER;
	return ci_contains(buf, n, "text-align:") ? N_ALIGNED : 0;
}

/*
 * Words of class and id attributes, lower case.  '=': the word is s;
 * '^': it starts with s; '*': it contains s.  Strong ones mark
 * boilerplate even next to a content word ("article-footer"); weak ones
 * only alone.
 */
struct pat {
	char		 kind;
	unsigned char	 len;
	const char	*s;
	uint32_t	 bits;
};
#define P(k, s, b)	{ k, sizeof(s) - 1, s, b }

/* What the words of an attribute say. */
#define W_STRONG	0x01u
#define W_WEAK		0x02u
#define W_GOOD		0x04u
#define W_CAP		0x08u
#define W_CMT		0x10u

static const struct pat class_words[] = {
	/* Boilerplate even beside a content word ("article-footer"). */
	P('*', "sidebar", W_STRONG),
	P('*', "side-bar", W_STRONG), P('*', "footer", W_STRONG),
	P('*', "breadcrumb", W_STRONG), P('*', "crumb", W_STRONG),
	P('^', "share", W_STRONG), P('*', "-share", W_STRONG),
	P('*', "_share", W_STRONG), P('*', "sharing", W_STRONG),
	P('*', "social", W_STRONG), P('*', "related", W_STRONG),
	P('*', "recommend", W_STRONG), P('*', "promo", W_STRONG),
	P('*', "sponsor", W_STRONG), P('*', "advert", W_STRONG),
	P('*', "newsletter", W_STRONG), P('*', "subscribe", W_STRONG),
	P('*', "signup", W_STRONG), P('*', "sign-up", W_STRONG),
	P('*', "cookie", W_STRONG), P('*', "gdpr", W_STRONG),
	P('*', "popup", W_STRONG), P('*', "modal", W_STRONG),
	P('*', "pagination", W_STRONG), P('*', "pager", W_STRONG),
	P('*', "prevnext", W_STRONG), P('*', "prev-next", W_STRONG),
	P('*', "outbrain", W_STRONG), P('*', "taboola", W_STRONG),
	P('*', "copyright", W_STRONG), P('*', "disclaimer", W_STRONG),
	P('*', "shoutbox", W_STRONG),
	P('*', "skyscraper", W_STRONG), P('=', "ad", W_STRONG),
	P('=', "ads", W_STRONG), P('^', "ad-", W_STRONG),
	P('^', "ads-", W_STRONG), P('*', "-ad-", W_STRONG),
	P('*', "-ads", W_STRONG), P('^', "adv-", W_STRONG),
	P('*', "_ad_", W_STRONG), P('^', "ad_", W_STRONG),
	P('*', "banner", W_STRONG), P('=', "hot", W_STRONG),
	P('^', "hot-", W_STRONG), P('^', "hot_", W_STRONG),
	P('*', "hotnews", W_STRONG), P('^', "rank", W_STRONG),
	P('*', "-rank", W_STRONG),
	P('=', "more", W_STRONG), P('^', "more-", W_STRONG),
	P('^', "more_", W_STRONG), P('*', "morenews", W_STRONG),
	P('*', "readmore", W_STRONG), P('*', "read-more", W_STRONG),
	P('*', "byline", W_STRONG), P('*', "author-bio", W_STRONG),
	P('*', "authorbio", W_STRONG), P('*', "toolbar", W_STRONG),
	P('=', "tools", W_STRONG), P('*', "-tools", W_STRONG),
	P('^', "tools-", W_STRONG), P('=', "tool", W_STRONG),
	P('^', "print", W_STRONG), P('*', "-print", W_STRONG),
	P('=', "login", W_STRONG), P('*', "masthead", W_STRONG),
	P('*', "consent", W_STRONG), P('*', "privacy", W_STRONG),
	/* Boilerplate alone. */
	P('=', "nav", W_WEAK), P('^', "nav-", W_WEAK), P('^', "nav_", W_WEAK),
	P('*', "-nav", W_WEAK), P('*', "_nav", W_WEAK),
	P('*', "navbar", W_WEAK), P('*', "navig", W_WEAK),
	P('*', "menu", W_WEAK),
	P('*', "topbar", W_WEAK), P('*', "top-bar", W_WEAK),
	P('=', "top", W_WEAK), P('=', "foot", W_WEAK), P('^', "foot-", W_WEAK),
	P('^', "foot_", W_WEAK), P('*', "widget", W_WEAK),
	P('=', "tags", W_WEAK), P('*', "-tags", W_WEAK),
	P('^', "tags", W_WEAK), P('=', "tag", W_WEAK),
	P('*', "keyword", W_WEAK), P('=', "side", W_WEAK),
	P('=', "meta", W_WEAK), P('*', "-meta", W_WEAK),
	P('^', "meta-", W_WEAK), P('=', "info", W_WEAK),
	P('*', "-info", W_WEAK), P('^', "info-", W_WEAK),
	P('*', "header", W_WEAK), P('=', "head", W_WEAK),
	P('^', "head-", W_WEAK), P('*', "search", W_WEAK),
	P('=', "rss", W_WEAK), P('*', "supplement", W_WEAK),
	P('*', "extra", W_WEAK), P('=', "position", W_WEAK),
	P('*', "location", W_WEAK),
	P('=', "date", W_WEAK), P('=', "time", W_WEAK),
	P('*', "timestamp", W_WEAK), P('*', "dateline", W_WEAK),
	/* Content. */
	P('*', "article", W_GOOD), P('*', "content", W_GOOD),
	P('*', "entry", W_GOOD), P('*', "post", W_GOOD),
	P('*', "story", W_GOOD), P('*', "body", W_GOOD),
	P('*', "main", W_GOOD), P('*', "text", W_GOOD),
	P('*', "detail", W_GOOD), P('=', "zoom", W_GOOD),
	P('*', "blog", W_GOOD), P('*', "news", W_GOOD),
	/* Readers' comments (boilerplate too); captions. */
	P('*', "comment", W_CMT), P('*', "disqus", W_CMT),
	P('*', "replies", W_CMT),
	P('*', "caption", W_CAP), P('*', "credit", W_CAP),
};
#define NPAT	(sizeof(class_words) / sizeof(class_words[0]))
_Static_assert(NPAT <= 256, "struct pindex holds 256 patterns");

/* Sorts the patterns by the bucket of their first two bytes. */
static void
index_words(struct pindex *x)
{
	size_t		 i, count[256];
	unsigned	 u;

	memset(count, 0, sizeof(count));
	for (i = 0; i < NPAT; i++)
		count[BUCKET(class_words[i].s[0], class_words[i].s[1])]++;
	x->start[0] = 0;
	for (i = 0; i < 256; i++)
		x->start[i + 1] = (uint16_t)(x->start[i] + count[i]);
	memset(count, 0, sizeof(count));
	for (i = 0; i < NPAT; i++) {
		u = BUCKET(class_words[i].s[0], class_words[i].s[1]);
		x->order[x->start[u] + count[u]++] = (uint16_t)i;
	}
}

/* Pic/img/photo words that name a caption: "pic-note", "imgtxt"... */
static int
word_caption(const char *w, size_t n)
{
	static const char *const parts[] = { "note", "txt", "text", "desc",
	    "info", "tit", "intro", "word", "explain", "cap", "zhu", NULL };
	size_t	 i;

	if (!(n >= 3 && (memcmp(w, "pic", 3) == 0 || memcmp(w, "img", 3) == 0))
	    && !(n >= 5 && (memcmp(w, "photo", 5) == 0 ||
	    memcmp(w, "image", 5) == 0)))
		return 0;
	for (i = 0; parts[i] != NULL; i++)
		if (strstr(w + 3, parts[i]) != NULL)
			return 1;
	return 0;
}

/* The W_ bits of one lower-case word. */
static uint32_t
word_bits(const struct pindex *x, const char *w, size_t n)
{
	const struct pat	*p;
	uint32_t		 bits = 0;
	size_t			 i, k, m;
	unsigned		 u;

	/* Every pattern has two bytes or more. */
	for (i = 0; i + 1 < n; i++) {
		u = BUCKET(w[i], w[i + 1]);
		for (k = x->start[u]; k < x->start[u + 1]; k++) {
			p = &class_words[x->order[k]];
			if ((p->kind != '*' && i > 0) || n - i < p->len ||
			    (p->kind == '=' && n != p->len))
				continue;
			for (m = 0; m < p->len && w[i + m] == p->s[m]; m++)
				;
			if (m == p->len)
				bits |= p->bits;
		}
	}
	/* "commentary" and "commented" are articles. */
	if ((bits & W_CMT) && (strstr(w, "commentary") != NULL ||
	    strstr(w, "commented") != NULL))
		return 0;
	if (bits & W_CMT)
		bits |= W_STRONG;
	if (word_caption(w, n))
		bits |= W_CAP;
	return bits;
}

/* The W_ bits of the words of a class or id value. */
static uint32_t
attr_words(const struct pindex *x, const char *s)
{
	char		 w[64];
	size_t		 n;
	uint32_t	 bits = 0;

	while (*s != '\0') {
		while (*s == ' ' || *s == '\t' || *s == '\n')
			s++;
		for (n = 0; *s != '\0' && *s != ' ' && *s != '\t' && *s != '\n';
		    s++)
			if (n < sizeof(w) - 1)
				w[n++] = (*s >= 'A' && *s <= 'Z') ? *s + 32 :
				    *s;
		if (n == 0)
			continue;
		w[n] = '\0';
		bits |= word_bits(x, w, n);
	}
	return bits;
}

/*
 * Flags from the class and id of an element.  Pages repeat their class
 * names on many elements: those answers are cached by the name's hash.
 */
static uint32_t
class_flags(struct ctx *c, const char *cls, const char *id)
{
	struct cls_cache	*e;
	uint64_t		 h;
	uint32_t		 w = 0, f = 0;

	if (cls != NULL) {
		h = rw_hash64(cls, strlen(cls));
		h += h == 0;
		e = &c->cache[h % CLS_CACHE];
		if (e->key != h) {
			e->key = h;
			e->flags = attr_words(&c->pidx, cls);
		}
		w = e->flags;
	}
	if (id != NULL)
		w |= attr_words(&c->pidx, id);
	if ((w & W_STRONG) || ((w & W_WEAK) && !(w & W_GOOD)))
		f |= N_OWNBAD;
	if (w & W_CAP)
		f |= N_CAP;
	if (w & W_CMT)
		f |= N_CMT | N_OWNBAD;
	return f;
}

static int
role_bad(const char *v)
{
	static const char *const roles[] = { "navigation", "menu", "menubar",
	    "complementary", "contentinfo", "banner", "dialog", "alert",
	    "search", NULL };
	size_t	 i;

	for (i = 0; roles[i] != NULL; i++)
		if (strcmp(v, roles[i]) == 0)
			return 1;
	return 0;
}

static uint32_t
own_flags(struct ctx *c, size_t i)
{
	const struct rw_node	*nd = NODE(c, i);
	const char		*name, *v, *cls = NULL, *id = NULL;
	size_t			 k;
	uint32_t		 f = 0, sf;

	if (tag_skipped(nd->tag))
		return N_SKIP;
	/* One walk over the attributes. */
	for (k = 0; k < nd->nattrs; k++) {
		rw_doc_attr_at(c->d, i, k, &name, &v);
		if (strcmp(name, "class") == 0)
			cls = v;
		else if (strcmp(name, "id") == 0)
			id = v;
		else if (strcmp(name, "hidden") == 0)
			return N_SKIP;
		else if (strcmp(name, "aria-hidden") == 0) {
			if (strcmp(v, "true") == 0)
				return N_SKIP;
		} else if (strcmp(name, "style") == 0) {
			if ((sf = style_flags(v)) == N_SKIP)
				return N_SKIP;
			f |= sf;
		} else if (strcmp(name, "align") == 0) {
			/* a centred table is a centred box, its text is not */
			if (nd->tag == RW_TAG_TABLE || nd->tag == RW_TAG_IMG)
				continue;
			f |= strcasecmp(v, "center") == 0 ? N_CENTER :
			    N_ALIGNED;
		} else if (strcmp(name, "role") == 0) {
			if (role_bad(v))
				f |= N_OWNBAD;
		} else if (strcmp(name, "href") == 0 && nd->tag == RW_TAG_A) {
			/* In-page anchors (footnotes, contents) are text. */
			if (v[0] != '\0' && (v[0] != '#' || v[1] == '\0'))
				f |= N_LINK;
		}
	}
	switch (nd->tag) {
	case RW_TAG_H1: case RW_TAG_H2: case RW_TAG_H3: case RW_TAG_H4:
	case RW_TAG_H5: case RW_TAG_H6:
		f |= N_HEAD;
		break;
	case RW_TAG_FIGCAPTION: case RW_TAG_CAPTION:
		f |= N_CAP;
		break;
	case RW_TAG_FIGURE:
		f |= N_FIG;
		break;
	case RW_TAG_CENTER:
		f |= N_CENTER;
		break;
	case RW_TAG_NAV: case RW_TAG_ASIDE: case RW_TAG_FOOTER:
	case RW_TAG_MENU: case RW_TAG_HEADER:
		f |= N_OWNBAD;
		break;
	}
	if ((cls != NULL || id != NULL) && nd->tag != RW_TAG_BODY &&
	    nd->tag != RW_TAG_HTML)
		f |= class_flags(c, cls, id);
	if (f & N_OWNBAD)
		f |= N_BAD;
	return f;
}

static void
pass_flags(struct ctx *c)
{
	const struct rw_node	*nd;
	size_t			 i;
	uint32_t		 p, f, o;

	for (i = 0; i < c->n; i++) {
		nd = NODE(c, i);
		p = nd->parent;
		f = p == RW_NONE ? 0 : c->fl[p] & N_INHERIT;
		c->lnk[i] = p == RW_NONE ? RW_NONE : c->lnk[p];
		c->item[i] = p == RW_NONE ? RW_NONE : c->item[p];
		c->badel[i] = p == RW_NONE ? RW_NONE : c->badel[p];
		if (nd->tag != RW_TAG_TEXT && !(f & N_SKIP)) {
			o = own_flags(c, i);
			/* align=left inside a centred cell ends the centring */
			if (o & N_ALIGNED)
				f &= ~N_CENTER;
			f |= o & ~N_ALIGNED;
			if (nd->tag == RW_TAG_A)
				c->lnk[i] = (uint32_t)i;
			if (nd->tag == RW_TAG_LI || nd->tag == RW_TAG_TR ||
			    nd->tag == RW_TAG_DD)
				c->item[i] = (uint32_t)i;
			if (f & N_OWNBAD)
				c->badel[i] = (uint32_t)i;
		}
		c->fl[i] = f;
	}
}

/* --- headline candidates ---------------------------------------------- */

/* Appends the comparison key of s[0..n): word characters, ASCII lowered. */
static void
add_key(struct rw_buf *k, const char *s, size_t n)
{
	size_t	 i = 0;
	int32_t	 c;
	int	 l;

	while (i < n) {
		l = rw_utf8_decode(s + i, n - i, &c);
		if (c >= 0 && is_word(c)) {
			if (c >= 'A' && c <= 'Z')
				rw_buf_addc(k, c + 32);
			else
				rw_buf_add(k, s + i, (size_t)l);
		}
		i += (size_t)l;
	}
}

static void
add_title(struct ctx *c, struct rw_buf *k)
{
	if (k->len >= 4 && c->ntitle < 4) {
		c->titlelen[c->ntitle] = k->len;
		c->title[c->ntitle++] = rw_buf_take(k);
	}
	rw_buf_truncate(k, 0);
}

/* <title>, og:title and the first h1 elements. */
static void
find_titles(struct ctx *c)
{
	struct rw_buf		 k = RW_BUF_INIT;
	const struct rw_node	*nd;
	const char		*t, *v;
	size_t			 i, j, len, nh1 = 0, ntitle = 0;

	for (i = 0; i < c->n && c->ntitle < 4; i++) {
		nd = NODE(c, i);
		if (nd->tag == RW_TAG_META && (v = rw_doc_attr(c->d, i,
		    "property")) != NULL && strcmp(v, "og:title") == 0 &&
		    (v = rw_doc_attr(c->d, i, "content")) != NULL) {
			add_key(&k, v, strlen(v));
			add_title(c, &k);
		} else if ((nd->tag == RW_TAG_TITLE && ntitle++ == 0) ||
		    (nd->tag == RW_TAG_H1 && nh1++ < 2 &&
		    !(c->fl[i] & N_SKIP))) {
			for (j = i + 1; j < nd->end; j++)
				if ((t = rw_doc_text(c->d, j, &len)) != NULL)
					add_key(&k, t, len);
			add_title(c, &k);
			i = nd->end - 1;
		}
	}
	rw_buf_free(&k);
}

/* --- pass 2: blocks ---------------------------------------------------- */

static struct blk *
cur(struct ctx *c)
{
	return &c->b[c->nb];
}

static void
begin(struct ctx *c, uint32_t owner, uint32_t first)
{
	struct blk	*b;

	if (c->nb == c->bcap) {
		c->bcap = c->bcap ? c->bcap * 2 : 64;
		c->b = xreallocarray(c->b, c->bcap, sizeof(*c->b));
	}
	b = cur(c);
	memset(b, 0, sizeof(*b));
	b->owner = owner;
	b->first = b->last = first;
	b->off = (uint32_t)c->tx.len;
	b->a = RW_NONE;
	if (c->brk)
		b->flags |= B_BRK;
	memset(c->uflag, 0, sizeof(c->uflag));
	c->ucenter = c->ufig = 0;
	c->open = 1;
	c->space = 0;
}

/* Closes the block being built; empty blocks are forgotten. */
static void
flush(struct ctx *c)
{
	struct blk	*b;
	size_t		 end;
	int32_t		 ch;

	if (!c->open)
		return;
	c->open = 0;
	b = cur(c);
	/* Trailing full-width spaces go; ASCII ones were never added. */
	end = c->tx.len;
	while (end > b->off) {
		size_t s = prev_cp(c->tx.data, end, &ch);

		if (ch != 0x3000)
			break;
		end = s;
	}
	rw_buf_truncate(&c->tx, end);
	b->len = (uint32_t)(end - b->off);
	if (b->len == 0 || b->chars == 0) {
		rw_buf_truncate(&c->tx, b->off);
		return;
	}
	if (b->aoff + b->alen > end)
		b->alen = end > b->aoff ? (uint32_t)(end - b->aoff) : 0;
	if (c->uflag[0] * 2 > b->units)
		b->flags |= B_HEAD;
	if (c->uflag[1] * 2 > b->units)
		b->flags |= B_CAP;
	if (c->uflag[2] * 2 > b->units)
		b->flags |= B_BAD;
	if (c->ucenter * 2 > b->units)
		b->flags |= B_CENTER;
	if (c->ufig * 2 > b->units)
		b->flags |= B_FIG;
	c->nb++;
}

static void
add_run(struct ctx *c, const char *s, size_t n)
{
	if (n > 0)
		rw_buf_add(&c->tx, s, n);
}

/*
 * Adds text node i to the current block: white space collapsed, leading
 * full-width spaces and invisible characters dropped, the rest copied
 * in runs.
 */
static void
add_text(struct ctx *c, size_t i, uint32_t owner)
{
	const char	*s;
	size_t		 n, k = 0, run = 0;
	uint32_t	 f = c->fl[i], units = 0, u;
	int32_t		 ch;
	int		 l;
	struct blk	*b;

	s = rw_doc_text(c->d, i, &n);
	if (!c->open)
		begin(c, owner, (uint32_t)i);
	b = cur(c);
	if ((f & N_LINK) && c->lnk[i] != RW_NONE && b->a == RW_NONE) {
		b->a = c->lnk[i];
		b->aoff = (uint32_t)c->tx.len;
	}
	while (k < n) {
		unsigned char c0 = (unsigned char)s[k];

		if (c0 < 0x80) {
			ch = c0;
			l = 1;
		} else if ((c0 & 0xf0) == 0xe0 && k + 2 < n &&
		    ((unsigned char)s[k + 1] & 0xc0) == 0x80 &&
		    ((unsigned char)s[k + 2] & 0xc0) == 0x80 &&
		    (ch = (int32_t)(c0 & 0x0f) << 12 |
		    ((unsigned char)s[k + 1] & 0x3f) << 6 |
		    ((unsigned char)s[k + 2] & 0x3f)) >= 0x800 &&
		    (ch < 0xd800 || ch > 0xdfff)) {
			/* Most of a Chinese page: three bytes, inline. */
			l = 3;
		} else if ((l = rw_utf8_decode(s + k, n - k, &ch)) == 1 &&
		    ch < 0) {
			/* An invalid byte: a replacement character. */
			add_run(c, s + run, k - run);
			rw_buf_add(&c->tx, "\xef\xbf\xbd", 3);
			run = ++k;
			ch = 0xfffd;
			goto count;
		}
		/* Ideographs and printable ASCII break nothing. */
		if ((ch <= ' ' || ch >= 0x7f) && !(ch > 0x3000 &&
		    ch < 0xfeff) && (is_space(ch) || is_invisible(ch) ||
		    (ch == 0x3000 && c->tx.len + (k - run) == b->off))) {
			add_run(c, s + run, k - run);
			if (is_space(ch) && c->tx.len > b->off)
				c->space = 1;
			k += (size_t)l;
			run = k;
			continue;
		}
		if (c->space) {
			add_run(c, s + run, k - run);
			rw_buf_addc(&c->tx, ' ');
			run = k;
			c->space = 0;
		}
		k += (size_t)l;
		if (ch == 0x3000)
			continue;
count:
		u = is_han(ch) ? 3 : (ch >= 0xac00 && ch <= 0xd7a3) ? 2 : 1;
		units += u;
		b->chars++;
		if (is_punct(ch) || (ch == '.' && (k >= n || s[k] == ' ')))
			b->punct++;
		if (!(b->flags & B_WORD) && is_word(ch))
			b->flags |= B_WORD;
	}
	add_run(c, s + run, k - run);
	b->units += units;
	if (f & N_LINK)
		b->lunits += units;
	if (f & N_HEAD)
		c->uflag[0] += units;
	if (f & N_CAP)
		c->uflag[1] += units;
	if (f & N_BAD)
		c->uflag[2] += units;
	if (f & N_CENTER)
		c->ucenter += units;
	if (f & N_FIG)
		c->ufig += units;
	if ((f & N_CMT) && units > 0)
		b->flags |= B_CMT;
	if ((f & N_LINK) && c->lnk[i] == b->a && units > 0) {
		b->aunits += units;
		b->alen = (uint32_t)(c->tx.len - b->aoff);
	}
	b->last = (uint32_t)i;
}

static void
add_image(struct ctx *c, size_t i)
{
	if (c->nim == c->imcap) {
		c->imcap = c->imcap ? c->imcap * 2 : 16;
		c->im = xreallocarray(c->im, c->imcap, sizeof(*c->im));
	}
	c->im[c->nim].node = (uint32_t)i;
	c->im[c->nim].blk = (uint32_t)c->nb;
	c->nim++;
}

static void
pass_blocks(struct ctx *c)
{
	uint32_t	*stack = NULL;
	size_t		 sp = 0, scap = 0, i;
	const struct rw_node *nd;

	for (i = 0; i < c->n; i++) {
		while (sp > 0 && NODE(c, stack[sp - 1])->end <= i) {
			sp--;
			flush(c);
			c->brk = 0;
		}
		nd = NODE(c, i);
		if (c->fl[i] & N_SKIP) {
			if (nd->tag != RW_TAG_TEXT && nd->end > i + 1)
				i = nd->end - 1;
			continue;
		}
		if (nd->tag == RW_TAG_TEXT) {
			add_text(c, i, sp > 0 ? stack[sp - 1] :
			    nd->parent);
			continue;
		}
		if (nd->tag == RW_TAG_BR || nd->tag == RW_TAG_HR) {
			flush(c);
			c->brk = nd->tag == RW_TAG_BR;
			continue;
		}
		if (nd->tag == RW_TAG_IMG) {
			add_image(c, i);
			continue;
		}
		if (!tag_block(nd->tag))
			continue;
		flush(c);
		c->brk = 0;
		if (sp == scap) {
			scap = scap ? scap * 2 : 64;
			stack = xreallocarray(stack, scap, sizeof(*stack));
		}
		stack[sp++] = (uint32_t)i;
	}
	flush(c);
	free(stack);
}

/* --- pass 3: related lists ------------------------------------------ */

static const char *const nav_prefix[] = {
	"上一篇", "下一篇", "上一条", "下一条", "上一條", "下一條", "上一页",
	"下一页", "上一頁", "下一頁", "Previous", "Next", "PREVIOUS", "NEXT",
	NULL
};

static int
has_prefix_in(const char *s, size_t n, const char *const *list)
{
	size_t	 i, m;

	for (i = 0; list[i] != NULL; i++) {
		m = strlen(list[i]);
		if (n >= m && memcmp(s, list[i], m) == 0)
			return 1;
	}
	return 0;
}

/* A line that is mostly one headline-sized link. */
static int
link_line(const struct ctx *c, const struct blk *b)
{
	const char	*s = c->tx.data + b->off;

	if (b->a == RW_NONE || b->aunits < 18 || b->alen < 6)
		return 0;
	if (b->aunits * 10 < b->units * 6 && b->lunits * 10 < b->units * 7)
		return 0;
	return !has_prefix_in(s, b->len, nav_prefix);
}

/* s[0..n) ends with a full stop, maybe inside quotes or brackets. */
static int
ends_stop(const char *s, size_t n)
{
	int32_t	 ch;

	while (n > 0) {
		n = prev_cp(s, n, &ch);
		if (ch == ' ' || ch == '"' || ch == '\'' || ch == ')' ||
		    ch == 0x201d || ch == 0x2019 || ch == 0xff09 ||
		    ch == 0x300d)
			continue;
		return ch == '.' || ch == '!' || ch == '?' || ch == 0x3002 ||
		    ch == 0xff01 || ch == 0xff1f || ch == 0x2026;
	}
	return 0;
}

/* The first link of b is a sentence: it ends in a stop, or one follows. */
static int
link_sentence(const struct ctx *c, const struct blk *b)
{
	size_t	 n = b->alen, end = b->off + b->len;

	if (b->aoff + n < end && c->tx.data[b->aoff + n] != '\0' &&
	    strchr(".!?", c->tx.data[b->aoff + n]) != NULL)
		n++;
	return ends_stop(c->tx.data + b->aoff, n);
}

/* The first link line of blocks [i, j) is a headline or a teaser. */
static int
item_qualifies(const struct ctx *c, size_t i, size_t j)
{
	const struct blk *b;

	for (; i < j; i++) {
		b = &c->b[i];
		if (b->a == RW_NONE)
			continue;
		/*
		 * A teaser: a headline link first (no full stop: that is a
		 * sentence of the text), its summary after it.
		 */
		if (b->aoff == b->off && b->aunits >= 24 &&
		    b->alen >= 8 && b->lunits == b->aunits &&
		    !link_sentence(c, b))
			return !has_prefix_in(c->tx.data + b->off, b->len,
			    nav_prefix);
		return link_line(c, b);
	}
	return 0;
}

/*
 * Marks related-list items: list items (li, tr, dd) whose first link
 * line is a headline, when at least two such items stand in one list;
 * and runs of two or more headline link lines outside lists.
 */
static void
pass_related(struct ctx *c)
{
	size_t		 i, j, g, k, q;
	uint32_t	 it, t, par;

	for (i = 0; i < c->nb; i = j > i ? j : i + 1) {
		j = i;
		if ((it = c->item[c->b[i].first]) == RW_NONE)
			continue;
		par = NODE(c, it)->parent;
		/* The run of items of this list: groups of blocks. */
		for (q = 0; j < c->nb; j = g) {
			t = c->item[c->b[j].first];
			if (t == RW_NONE || NODE(c, t)->parent != par)
				break;
			for (g = j + 1; g < c->nb && c->item[c->b[g].first] ==
			    t; g++)
				;
			if (item_qualifies(c, j, g)) {
				q++;
				for (k = j; k < g; k++)
					c->b[k].flags |= B_RELQ;
			}
		}
		for (k = i; k < j; k++) {
			if (q >= 2 && (c->b[k].flags & B_RELQ))
				c->b[k].flags |= B_REL;
			c->b[k].flags &= ~B_RELQ;
		}
	}
	for (i = 0; i < c->nb; i = j) {
		j = i + 1;
		if (c->item[c->b[i].first] != RW_NONE ||
		    !link_line(c, &c->b[i]))
			continue;
		while (j < c->nb && c->item[c->b[j].first] == RW_NONE &&
		    link_line(c, &c->b[j]))
			j++;
		if (j - i >= 2)
			for (k = i; k < j; k++)
				c->b[k].flags |= B_REL;
	}
}

/* --- pass 4: weights and root ---------------------------------------- */

/*
 * Weight of a paragraph (blocks [i, j), lines of one element between
 * <br>s) without class hints; *bad gets it with them.
 */
static double
weight(const struct ctx *c, size_t i, size_t j, double *bad)
{
	const struct blk *b = &c->b[i];
	double		 u = 0, l = 0, w;
	uint32_t	 punct = 0, fl = 0;
	int		 tag;
	size_t		 k;

	for (k = i; k < j; k++) {
		u += c->b[k].units;
		l += c->b[k].lunits;
		punct += c->b[k].punct;
		fl |= c->b[k].flags;
	}
	if (fl & B_REL)
		w = -0.5 * u - C_BLOCK / 3;
	else if (!(fl & B_WORD))
		w = -C_BLOCK / 6;
	else if (punct == 0)
		w = -C_BLOCK / 3 - l;
	else
		w = (u - l) * (1 - l / u) - C_BLOCK;
	/* Readers' comments never make an article, however long. */
	if ((fl & B_CMT) && w > 0)
		w = 0;
	/* Cells of a data table are short but not boilerplate. */
	tag = b->owner != RW_NONE ? NODE(c, b->owner)->tag : RW_TAG_OTHER;
	if ((tag == RW_TAG_TD || tag == RW_TAG_TH) && l == 0 && w < 0)
		w = 0;
	/*
	 * Class names are hints, not verdicts ("l-sidebar-fixed" may wrap
	 * the article): damp rather than negate.
	 */
	*bad = w;
	if (c->badel[b->first] != RW_NONE)
		*bad = w > 0 ? w * 0.2 : w;
	return w;
}

/* End of the paragraph starting at block i: lines joined by <br>. */
static size_t
para_end(const struct ctx *c, size_t i)
{
	size_t	 j;

	for (j = i + 1; j < c->nb && (c->b[j].flags & B_BRK) &&
	    c->b[j].owner == c->b[i].owner && !((c->b[j].flags ^
	    c->b[i].flags) & B_REL); j++)
		;
	return j;
}

/*
 * The element with the largest sum of block weights.  With class hints
 * on, unless the best element without them is far heavier: a wrapper
 * with a misleading class then holds the article.
 */
static size_t
pick_root(struct ctx *c)
{
	const struct rw_node	*nd;
	size_t			 i, j, k, best = RW_NONE, best0 = RW_NONE;
	double			 bs = 0, bs0 = 0, w, wb, u;

	for (i = 0; i < c->nb; i = j) {
		j = para_end(c, i);
		w = weight(c, i, j, &wb);
		if (c->b[i].owner != RW_NONE) {
			c->sum[c->b[i].owner] += wb < 0 ? wb * C_NEG : wb;
			c->raw[c->b[i].owner] += w < 0 ? w * C_NEG : w;
		}
		/* Each line gets its share. */
		for (k = i, u = 0; k < j; k++)
			u += c->b[k].units;
		for (k = i; k < j; k++)
			c->b[k].w = u > 0 ? wb * c->b[k].units / u : wb;
	}
	for (i = c->n; i-- > 0;) {
		nd = NODE(c, i);
		if (c->sum[i] < -C_FLOOR)
			c->sum[i] = -C_FLOOR;
		if (c->raw[i] < -C_FLOOR)
			c->raw[i] = -C_FLOOR;
		if (nd->parent != RW_NONE) {
			c->sum[nd->parent] += c->sum[i];
			c->raw[nd->parent] += c->raw[i];
		}
	}
	for (i = 0; i < c->n; i++) {
		nd = NODE(c, i);
		if (nd->tag == RW_TAG_TEXT || (c->fl[i] & N_SKIP))
			continue;
		/* Ties go to the deeper element. */
		if (c->sum[i] > 0 && c->sum[i] >= bs) {
			bs = c->sum[i];
			best = i;
		}
		if (c->raw[i] > 0 && c->raw[i] >= bs0) {
			bs0 = c->raw[i];
			best0 = i;
		}
	}
	/*
	 * Nothing reads like an article: the page's own text, filtered
	 * like any root (a link-only page still gives nothing).
	 */
	if (best0 == RW_NONE) {
		for (i = 0; i < c->n && best0 == RW_NONE; i++)
			if (NODE(c, i)->tag == RW_TAG_BODY)
				best0 = i;
		c->hinted = 0;
		return best0;
	}
	c->hinted = !(best == RW_NONE || bs < 0.2 * bs0);
	return c->hinted ? best : best0;
}

/* --- pass 5: filters -------------------------------------------------- */

/* Lines that are page furniture, whatever element holds them. */
static const char *const junk_prefix[] = {
	"责任编辑", "責任編輯", "责编", "責編", "编辑:", "编辑：", "编辑 ",
	"編輯:", "編輯：", "审核:", "审核：", "审核 ", "審核:", "審核：",
	"审校", "校对:", "校对：", "监制", "签发", "初审", "二审", "三审",
	"终审", "值班编辑", "编审", "来源:", "来源：", "來源:", "來源：",
	"稿源", "本文转自", "本文轉自", "转自:", "转自：", "本文来源",
	"文章来源", "文章來源", "出处:", "出处：", "转载自", "原文地址",
	"原文链接", "信息原文地址", "快照生成时间", "发布时间", "發佈時間",
	"發布時間", "发布日期", "發佈日期", "发表时间", "更新时间", "时间:",
	"时间：", "時間:", "時間：", "日期:", "日期：", "浏览次数", "瀏覽次數",
	"点击数", "點擊數", "阅读次数", "阅读量", "访问量", "浏览量", "分享到",
	"分享至", "分享:", "分享：", "扫一扫", "掃一掃", "扫描二维码", "打印",
	"列印", "关闭窗口", "關閉視窗", "关闭本页", "返回顶部", "返回頂部",
	"返回首页", "返回列表", "上一篇", "下一篇", "上一条", "下一条",
	"上一條", "下一條", "上一页", "下一页", "相关阅读", "相關閱讀",
	"相关新闻", "相關新聞", "相关链接", "相关文章", "延伸阅读", "推荐阅读",
	"热门推荐", "更多关于", "更多新闻", "热点新闻", "热门阅读", "当前位置",
	"當前位置", "您的位置", "您现在的位置", "所在位置", "版权所有",
	"版權所有", "版权声明", "免责声明", "主办:", "主办：", "主辦", "承办",
	"承辦", "技术支持", "联系电话", "聯繫電話", "字体:", "字体：", "字体 ",
	"字體", "字号", "标签:", "标签：", "標籤", "关键词:", "关键词：",
	"關鍵詞", "以上内容为",
	"地址:", "地址：", "邮编", "郵編", "传真", "傳真",
	NULL
};

/* Furniture that may stand anywhere in a short line. */
static const char *const junk_infix[] = {
	"ICP备", "ICP證", "ICP证", "公网安备", "公網安備", "网站标识码",
	"網站標識碼", "版权所有", "版權所有", "如有侵权", "如有侵權",
	"不代表本站", "转载请注明", "轉載請註明", "未经授权", "未經授權",
	"快照生成时间", "信息原文地址", "浏览次数", "瀏覽次數", "【字体",
	"【字體", "责任编辑", "責任編輯", "举报电话", "舉報電話", "举报邮箱",
	"许可证编号", "許可證編號", "凡本网注明", "凡本網註明", "不代表本网",
	"不代表本網", "转载目的在于传递", "版权与免责声明", "版權與免責聲明",
	"观点和立场", "觀點和立場",
	NULL
};

/* Credits that make a line of their own a byline. */
static const char *const byline_prefix[] = {
	"本报记者", "本報記者", "本台记者", "本刊记者", "见习记者", "特约记者",
	"实习记者", "記者", "记者", "通讯员", "通訊員", "实习生", "作者", "文/",
	"文／", "文|", "文丨", "图/", "图／", "圖/", "摄影", "攝影", "撰文",
	"采写", "图文",
	NULL
};

/* Fields of a date/source/author line, wherever they stand in it. */
static const char *const meta_infix[] = {
	"来源:", "来源：", "來源:", "來源：", "作者:", "作者：", "发布时间",
	"發佈時間", "发布日期", "發佈日期", "编辑:", "编辑：", "編輯:",
	"編輯：", "浏览:", "浏览：", "点击:", "点击：", "阅读:", "阅读：",
	"稿源", "出处:", "出处：",
	NULL
};

/* Whole lines of tools and labels, compared without case. */
static const char *const tool_lines[] = {
	"advertisement", "story continues below advertisement",
	"continue reading", "share this", "share this article", "share",
	"tweet", "related", "related articles", "related stories", "read more",
	"skip to content", "comments",
	"举报", "舉報", "收起", "展开全文", "阅读全文", "点击进入专题", "图集",
	"- the end -", "the end",
	NULL
};

/*
 * Labels of an editor's lead or a table of contents ("导读：…", "本期
 * 要目：…"): a standfirst before the text, not the text.
 */
static const char *const lead_labels[] = {
	"导读", "導讀", "导语", "導語", "编者按", "編者按", "本期要目", "本期导读",
	"本期導讀", "内容提要", "內容提要", "核心提示", "内容摘要", "內容摘要",
	NULL
};

/* Skips leading brackets and spaces of a line. */
static const char *
skip_open(const char *s, size_t *n)
{
	for (;;) {
		if (*n >= 3 && (memcmp(s, "【", 3) == 0 ||
		    memcmp(s, "（", 3) == 0 || memcmp(s, "〔", 3) == 0 ||
		    memcmp(s, "［", 3) == 0)) {
			s += 3;
			*n -= 3;
		} else if (*n >= 1 && (*s == '(' || *s == '[' || *s == ' ')) {
			s++;
			(*n)--;
		} else
			return s;
	}
}

/* Indexes a NULL-terminated phrase list by BUCKET of its first bytes. */
static void
index_phrases(struct phrases *x, const char *const *list)
{
	size_t		 i, count[256];
	unsigned	 u;

	x->list = list;
	memset(count, 0, sizeof(count));
	for (i = 0; list[i] != NULL; i++)
		count[BUCKET(list[i][0], list[i][1])]++;
	x->start[0] = 0;
	for (i = 0; i < 256; i++)
		x->start[i + 1] = (uint16_t)(x->start[i] + count[i]);
	memset(count, 0, sizeof(count));
	for (i = 0; list[i] != NULL; i++) {
		u = BUCKET(list[i][0], list[i][1]);
		x->order[x->start[u] + count[u]++] = (uint16_t)i;
	}
}

/* 1 if s[0..n) contains a phrase of x (all have two bytes or more). */
static int
has_infix(const struct phrases *x, const char *s, size_t n)
{
	const char	*p;
	size_t		 i, k, m;
	unsigned	 u;

	for (i = 0; i + 1 < n; i++) {
		u = BUCKET(s[i], s[i + 1]);
		for (k = x->start[u]; k < x->start[u + 1]; k++) {
			p = x->list[x->order[k]];
			for (m = 0; p[m] != '\0' && i + m < n &&
			    s[i + m] == p[m]; m++)
				;
			if (p[m] == '\0')
				return 1;
		}
	}
	return 0;
}

/* Has a Chinese sentence end: 。 ！ ？ */
static int
has_stop(const struct blk *b, const char *s)
{
	size_t	 k = 0;
	int32_t	 ch;

	while (k < b->len) {
		k += (size_t)rw_utf8_decode(s + k, b->len - k, &ch);
		if (ch == 0x3002 || ch == 0xff01 || ch == 0xff1f)
			return 1;
	}
	return 0;
}

/* Has a clause mark: ， 。 ； or an ASCII comma. */
static int
has_comma(const char *s, size_t n)
{
	return has_str(s, n, "，") || has_str(s, n, "。") ||
	    memchr(s, ',', n) != NULL || has_str(s, n, "；");
}

/* Date and time lines: mostly digits and date marks. */
static int
date_line(const struct blk *b, const char *s)
{
	size_t	 k = 0, digits = 0;
	int32_t	 ch;

	if (b->chars > 40)
		return 0;
	while (k < b->len) {
		k += (size_t)rw_utf8_decode(s + k, b->len - k, &ch);
		if ((ch >= '0' && ch <= '9') || (ch >= 0xff10 && ch <= 0xff19))
			digits++;
	}
	return digits >= 6 && digits * 2 >= b->chars;
}

static int
tool_line(const char *s, size_t n)
{
	size_t	 i, m;

	while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ' '))
		n--;
	for (i = 0; tool_lines[i] != NULL; i++) {
		m = strlen(tool_lines[i]);
		if (n == m && ci_contains(s, n, tool_lines[i]))
			return 1;
	}
	return 0;
}

/*
 * A photo credit: "（新华社记者 王五 摄）", "XX供图", "摄影：XX", a
 * "资料照片" or "图片来源" note.  Not "摄影班" in running text.
 */
static int
credit_line(const char *s, size_t n)
{
	static const char *const ends[] = { "摄", "攝", "摄)", "摄）",
	    "攝)", "攝）", "供图", "供圖", "供图)", "供图）", NULL };
	static const char *const marks[] = { "摄影：", "摄影:", "攝影：",
	    "资料照片", "資料照片", "资料图", "資料圖", "图片来源", "圖片來源",
	    "图片由", NULL };
	size_t	 i, m;

	for (i = 0; ends[i] != NULL; i++) {
		m = strlen(ends[i]);
		if (n >= m && memcmp(s + n - m, ends[i], m) == 0)
			return 1;
	}
	for (i = 0; marks[i] != NULL; i++)
		if (has_str(s, n, marks[i]))
			return 1;
	return 0;
}

/* Wording of a furniture line: editor, source, byline, date, tools. */
static int
junk_line(const struct ctx *c, const struct blk *b, const char *s)
{
	const char	*t;
	size_t		 n = b->len;

	if (b->chars > 150)
		return 0;
	if (b->chars <= 30 && tool_line(s, n))
		return 1;
	t = skip_open(s, &n);
	if (b->chars <= 100 && !has_stop(b, s) &&
	    has_prefix_in(t, n, junk_prefix))
		return 1;
	if (b->chars <= 40 && !has_comma(s, b->len) && !has_stop(b, s) &&
	    has_prefix_in(t, n, byline_prefix))
		return 1;
	/* "新京报记者 陆一夫": an outlet before the credit. */
	if (b->chars <= 24 && !has_comma(s, b->len) && !has_stop(b, s) &&
	    (has_str(s, b->len, "记者 ") || has_str(s, b->len, "記者 ") ||
	    has_str(s, b->len, "通讯员 ")) && !credit_line(s, b->len))
		return 1;
	if (has_infix(&c->junk, s, b->len))
		return 1;
	if (b->chars <= 60 && !has_stop(b, s) && has_infix(&c->meta, s,
	    b->len))
		return 1;
	/* A bare address: "www.example.gov.cn". */
	if (b->chars <= 80 && (rw_has_prefix(s, "http://") ||
	    rw_has_prefix(s, "https://") || rw_has_prefix(s, "www.")) &&
	    memchr(s, ' ', b->len) == NULL)
		return 1;
	return date_line(b, s);
}

/* A lead label, its colon or closing bracket, and text after it. */
static int
lead_line(const struct blk *b, const char *s)
{
	const char	*t;
	size_t		 n = b->len, k, m;

	if (b->chars > 400)
		return 0;
	t = skip_open(s, &n);
	for (k = 0; lead_labels[k] != NULL; k++) {
		m = strlen(lead_labels[k]);
		if (n <= m || memcmp(t, lead_labels[k], m) != 0)
			continue;
		t += m;
		n -= m;
		if (n >= 3 && (memcmp(t, "：", 3) == 0 ||
		    memcmp(t, "】", 3) == 0))
			m = 3;
		else if (*t == ':' || *t == ']')
			m = 1;
		else
			return 0;
		for (t += m, n -= m; n > 0 && *t == ' '; t++, n--)
			continue;
		return n > 0;
	}
	return 0;
}

/* The headline again, or a subtitle line ("——..."). */
static int
title_line(struct ctx *c, const struct blk *b, const char *s)
{
	size_t	 i, n;

	if (b->chars > 120)
		return 0;
	rw_buf_truncate(&c->key, 0);
	add_key(&c->key, s, b->len);
	n = c->key.len;
	if (n < 4)
		return 0;
	for (i = 0; i < c->ntitle; i++) {
		if (c->titlelen[i] == n && memcmp(c->title[i], c->key.data,
		    n) == 0)
			return 1;
		/* "<title>" is often "headline_section_site", or, on
		 * Chinese sites, "site--headline" (the headline being most
		 * of it). */
		if (n >= 12 && c->titlelen[i] > n && (memcmp(c->title[i],
		    c->key.data, n) == 0 || (2 * n >= c->titlelen[i] &&
		    (unsigned char)c->key.data[0] >= 0x80 &&
		    memcmp(c->title[i] + c->titlelen[i] - n, c->key.data,
		    n) == 0)))
			return 1;
	}
	return 0;
}

static int
subtitle_line(const struct blk *b, const char *s)
{
	return b->chars <= 80 && (rw_has_prefix(s, "——") ||
	    rw_has_prefix(s, "—") || rw_has_prefix(s, "--") ||
	    rw_has_prefix(s, "──"));
}


/* The whole line in one <small>, as mobile pages set an image's caption. */
static int
small_line(const struct ctx *c, const struct blk *b)
{
	uint32_t	 p;
	int		 depth;

	/* from the last text up; only spaces may stand before it */
	for (p = b->last, depth = 0; p != RW_NONE && p != b->owner &&
	    depth < 4; p = NODE(c, p)->parent, depth++)
		if (NODE(c, p)->tag == RW_TAG_SMALL)
			return p <= b->first + 1;
	return 0;
}

/*
 * A short line after an image (and only captions between): in caption
 * wording, in a <small>, or centred where the text around it is not.
 */
static int
caption_line(const struct ctx *c, const struct blk *b, const char *s,
    int afterimg)
{
	size_t	 n = b->len;

	if (b->flags & (B_CAP | B_FIG))
		return 1;
	if (!(afterimg || (b->flags & B_IMG)) || b->chars > 100)
		return 0;
	if (rw_has_prefix(s, "图为") || rw_has_prefix(s, "圖為") ||
	    rw_has_prefix(s, "图:") || rw_has_prefix(s, "图：") ||
	    rw_has_prefix(s, "▲") || rw_has_prefix(s, "△") ||
	    credit_line(s, n))
		return 1;
	if ((b->flags & B_IMG) && b->chars <= 50 && small_line(c, b))
		return 1;
	/* Centred right at the image; blogs centre all their text. */
	return (b->flags & (B_CENTER | B_IMG)) == (B_CENTER | B_IMG) &&
	    b->chars <= 40 && (b + 1 == c->b + c->nb ||
	    !(b[1].flags & B_CENTER));
}

/* Marks blocks that follow an image with nothing kept in between. */
static void
mark_images(struct ctx *c)
{
	size_t	 i, k;

	for (i = 0; i < c->nim; i++) {
		k = c->im[i].blk;
		/* An image inside a block's line belongs to that block. */
		if (k < c->nb && c->b[k].first < c->im[i].node)
			continue;
		if (k < c->nb)
			c->b[k].flags |= B_IMG;
		if (k > 0 && c->b[k - 1].last > c->im[i].node)
			c->b[k - 1].flags |= B_IMG;
	}
}

enum verdict { DROP, KEEP, CAPTION, TITLE };

/*
 * The verdict on a block of the root; lead is set until the first body
 * paragraph, afterimg while only captions followed an image.
 */
static enum verdict
judge(struct ctx *c, size_t root, const struct blk *b, int lead,
    int afterimg)
{
	const struct rw_node	*r = NODE(c, root);
	const char		*s = c->tx.data + b->off;
	uint32_t		 be;

	if (!(b->flags & B_WORD))
		return DROP;
	if (b->flags & B_REL)
		return DROP;
	/*
	 * Boilerplate regions inside the root, unless they hold most of its
	 * weight (then the class name misled: "TRS_Editor" holds articles).
	 */
	be = c->badel[b->first];
	if (be != RW_NONE && be > root && be < r->end && (c->hinted ?
	    c->sum[be] < 0.5 * c->sum[root] : c->raw[be] < 0.5 *
	    c->raw[root]))
		return DROP;
	if (title_line(c, b, s))
		return TITLE;
	if (caption_line(c, b, s, afterimg))
		return CAPTION;
	if (b->lunits * 2 > b->units)
		return DROP;
	if (junk_line(c, b, s))
		return DROP;
	if (lead && (subtitle_line(b, s) || lead_line(b, s)))
		return DROP;
	return KEEP;
}

/*
 * Headers of what follows an article.  Comments end it; a related list
 * may also stand inside it, so text resumes at the next paragraph.
 */
static const char *const cmt_head[] = {
	"网友评论", "網友評論", "最新评论", "最新評論", "最热评论", "热门评论",
	"熱門評論", "发表评论", "發表評論", "我要评论", "参与评论", "comments",
	"leave a comment", "leave a reply",
	NULL
};

static const char *const rel_head[] = {
	"相关阅读", "相關閱讀", "相关新闻", "相關新聞", "相关推荐", "相關推薦",
	"相关文章", "相關文章", "相关链接", "相關鏈接", "相关报道", "相關報道",
	"延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "热门推荐", "熱門推薦",
	"热门文章", "猜你喜欢", "猜你喜歡", "为你推荐", "為你推薦", "精彩推荐",
	"更多阅读", "点击排行", "點擊排行", "读者点击排行", "讀者點擊排行",
	"点击排行榜", "阅读排行", "閱讀排行", "热门排行", "熱門排行",
	"新闻排行", "新聞排行", "排行榜",
	"related", "related articles", "related stories",
	"related posts", "related content", "more stories",
	"recommended for you", "you may also like", "you might also like",
	"most popular",
	NULL
};

/* The block is one of the headers of list, after its colon. */
static int
head_line(const struct ctx *c, const struct blk *b,
    const char *const *list)
{
	const char	*s = c->tx.data + b->off;
	size_t		 n = b->len, i;

	if (b->chars > 24)
		return 0;
	while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ' '))
		n--;
	if (n >= 3 && memcmp(s + n - 3, "：", 3) == 0)
		n -= 3;
	for (i = 0; list[i] != NULL; i++)
		if (strlen(list[i]) == n && ci_contains(s, n, list[i]))
			return 1;
	return 0;
}

/* A line too short for a paragraph and without a sentence end. */
static int
short_line(const struct ctx *c, const struct blk *b)
{
	return b->chars <= 40 && !(b->flags & B_HEAD) &&
	    !has_stop(b, c->tx.data + b->off);
}

/* Elements a and b are siblings, or alike: same tag and class. */
static int
like(const struct ctx *c, uint32_t a, uint32_t b)
{
	const char	*ca, *cb;

	if (a == RW_NONE || b == RW_NONE)
		return 0;
	if (NODE(c, a)->parent == NODE(c, b)->parent)
		return 1;
	if (NODE(c, a)->tag != NODE(c, b)->tag)
		return 0;
	ca = rw_doc_attr(c->d, a, "class");
	cb = rw_doc_attr(c->d, b, "class");
	return rw_streq(ca, cb);
}

/*
 * Verdicts on the blocks of the root, in order: subtitles only before
 * the first paragraph; after the text, nothing past a comments header,
 * and nothing between a related-list header and the next paragraph.
 */
static void
select_blocks(struct ctx *c, size_t root, unsigned char *verdict)
{
	uint32_t	 end = NODE(c, root)->end;
	size_t		 i, prev = SIZE_MAX;
	int		 lead = 1, skip = 0, afterimg = 0;
	uint32_t	 last = RW_NONE;
	const struct blk *b;

	memset(verdict, DROP, c->nb);
	for (i = 0; i < c->nb; i++) {
		b = &c->b[i];
		if (b->first <= root || b->first >= end)
			continue;
		if (!lead && head_line(c, b, cmt_head))
			break;
		/*
		 * A related-list header, or a heading that is a link: what
		 * follows is teasers until a paragraph like the text's.
		 */
		if (!lead && (head_line(c, b, rel_head) ||
		    ((b->flags & B_HEAD) && link_line(c, b)))) {
			skip = 1;
			continue;
		}
		if (b->flags & B_IMG)
			afterimg = 1;
		verdict[i] = judge(c, root, b, lead, afterimg);
		/*
		 * Around the headline repeated in the content: the kicker
		 * before it and the subtitle after it are short lines.
		 */
		if (lead && prev != SIZE_MAX && verdict[i] == TITLE &&
		    verdict[prev] == KEEP && short_line(c, &c->b[prev]))
			verdict[prev] = DROP;
		if (lead && prev != SIZE_MAX && verdict[prev] == TITLE &&
		    verdict[i] == KEEP && short_line(c, b))
			verdict[i] = DROP;
		prev = i;
		/* Text resumes with a paragraph like the last one. */
		if (skip && (verdict[i] != KEEP || b->w <= 0 ||
		    !like(c, b->owner, last))) {
			verdict[i] = DROP;
			continue;
		}
		skip = 0;
		if (verdict[i] == KEEP)
			afterimg = 0;
		if (verdict[i] == KEEP && b->w > 0) {
			lead = 0;
			last = b->owner;
		}
	}
}

/* --- output ----------------------------------------------------------- */

static void
add_block(struct rw_body *body, struct rw_buf *out, const struct ctx *c,
    const struct blk *b, size_t *cap)
{
	struct rw_block	*o;

	if (out->len > 0)
		rw_buf_adds(out, "\n\n");
	if (body->nblocks == *cap) {
		*cap = *cap ? *cap * 2 : 32;
		body->blocks = xreallocarray(body->blocks, *cap,
		    sizeof(*body->blocks));
	}
	o = &body->blocks[body->nblocks++];
	o->node = b->owner;
	o->start = out->len;
	o->len = b->len;
	o->heading = (b->flags & B_HEAD) != 0;
	rw_buf_add(out, c->tx.data + b->off, b->len);
}

static char *
dup_text(const struct ctx *c, uint32_t off, uint32_t len)
{
	const char	*s = c->tx.data + off;

	while (len > 0 && *s == ' ') {
		s++;
		len--;
	}
	while (len > 0 && s[len - 1] == ' ')
		len--;
	return len > 0 ? xstrndup(s, len) : NULL;
}

static const char *
img_src(const struct rw_doc *d, size_t i)
{
	static const char *const alt[] = { "data-src", "data-original",
	    "data-lazy-src", "data-url", NULL };
	const char	*v = rw_doc_attr(d, i, "src");
	size_t		 k;

	if (v != NULL && v[0] != '\0' && !rw_has_prefix(v, "data:"))
		return v;
	for (k = 0; alt[k] != NULL; k++)
		if ((v = rw_doc_attr(d, i, alt[k])) != NULL && v[0] != '\0')
			return v;
	return NULL;
}

/* Icons and tracking pixels: a declared width or height under 50. */
static int
tiny_image(const struct rw_doc *d, size_t i)
{
	const char	*v;

	if ((v = rw_doc_attr(d, i, "width")) != NULL && v[0] >= '0' &&
	    v[0] <= '9' && atoi(v) < 50)
		return 1;
	if ((v = rw_doc_attr(d, i, "height")) != NULL && v[0] >= '0' &&
	    v[0] <= '9' && atoi(v) < 50)
		return 1;
	return 0;
}

/*
 * Images of the root, each with the caption lines after it (up to the
 * next kept block or image).
 */
static void
emit_images(struct rw_body *body, struct ctx *c, size_t root,
    const unsigned char *verdict)
{
	const struct rw_node	*r = NODE(c, root);
	struct rw_buf		 cap = RW_BUF_INIT;
	size_t			 i, k, n = 0, lim;
	const char		*src;

	for (i = 0; i < c->nim; i++) {
		if (c->im[i].node < root || c->im[i].node >= r->end ||
		    (src = img_src(c->d, c->im[i].node)) == NULL ||
		    tiny_image(c->d, c->im[i].node))
			continue;
		lim = i + 1 < c->nim ? c->im[i + 1].blk : c->nb;
		rw_buf_truncate(&cap, 0);
		for (k = c->im[i].blk; k < c->nb && k <= lim; k++) {
			if (verdict[k] == KEEP)
				break;
			if (verdict[k] != CAPTION)
				continue;
			if (cap.len > 0)
				rw_buf_addc(&cap, ' ');
			rw_buf_add(&cap, c->tx.data + c->b[k].off,
			    c->b[k].len);
		}
		/* Separator lines and spacers are GIFs without captions. */
		if (cap.len == 0 && (rw_has_suffix(src, ".gif") ||
		    rw_has_suffix(src, ".GIF")))
			continue;
		if (n == body->nimages) {
			n = n ? n * 2 : 8;
			body->images = xreallocarray(body->images, n,
			    sizeof(*body->images));
		}
		body->images[body->nimages].src = xstrdup(src);
		body->images[body->nimages].caption = cap.len > 0 ?
		    xstrndup(cap.data, cap.len) : NULL;
		body->nimages++;
	}
	rw_buf_free(&cap);
}

/* Finds a date such as 2024-01-30, 2024年1月30日 or 2024/1/30 12:00. */
static int
find_date(const char *s, size_t n, size_t *at, size_t *len)
{
	size_t	 i, j, k;
	int	 parts;

	for (i = 0; i + 8 <= n; i++) {
		if (!(s[i] >= '0' && s[i] <= '9') || (i > 0 &&
		    s[i - 1] >= '0' && s[i - 1] <= '9'))
			continue;
		for (j = i; j < n && j - i < 4 && s[j] >= '0' && s[j] <= '9';
		    j++)
			;
		if (j - i != 4)
			continue;
		parts = 1;
		while (parts < 3 && j < n) {
			if (s[j] == '-' || s[j] == '/' || s[j] == '.')
				j++;
			else if (n - j >= 3 && (memcmp(s + j, "年", 3) == 0 ||
			    memcmp(s + j, "月", 3) == 0))
				j += 3;
			else
				break;
			for (k = j; k < n && k - j < 2 && s[k] >= '0' &&
			    s[k] <= '9'; k++)
				;
			if (k == j)
				break;
			j = k;
			parts++;
		}
		if (parts < 3)
			continue;
		if (n - j >= 3 && memcmp(s + j, "日", 3) == 0)
			j += 3;
		/* A time of day after it. */
		k = j;
		if (k < n && s[k] == ' ')
			k++;
		if (k + 4 < n && s[k] >= '0' && s[k] <= '9') {
			size_t t = k;

			while (t < n && t - k < 2 && s[t] >= '0' && s[t] <= '9')
				t++;
			if (t + 2 < n && s[t] == ':' && s[t + 1] >= '0' &&
			    s[t + 1] <= '9') {
				t += 3;
				if (t + 2 < n && s[t] == ':')
					t += 3;
				j = t <= n ? t : n;
			}
		}
		*at = i;
		*len = j - i;
		return 1;
	}
	return 0;
}

/* A whole short date, "01-14" or "1月14日", brackets and spaces aside. */
static int
short_date(const char *s, size_t n, size_t *at, size_t *len)
{
	size_t	 i = 0, j, d1, d2;

	while (n > 0 && strchr(" []()", s[n - 1]) != NULL)
		n--;
	while (n >= 3 && (memcmp(s + n - 3, "）", 3) == 0 ||
	    memcmp(s + n - 3, "］", 3) == 0))
		n -= 3;
	for (;;) {
		if (i < n && strchr(" []()", s[i]) != NULL)
			i++;
		else if (n - i >= 3 && (memcmp(s + i, "（", 3) == 0 ||
		    memcmp(s + i, "［", 3) == 0))
			i += 3;
		else
			break;
	}
	for (j = i; j < n && j - i < 2 && s[j] >= '0' && s[j] <= '9'; j++)
		;
	if ((d1 = j - i) == 0 || j >= n)
		return 0;
	if (s[j] == '-' || s[j] == '/')
		j++;
	else if (n - j >= 3 && memcmp(s + j, "月", 3) == 0)
		j += 3;
	else
		return 0;
	for (d2 = j; d2 < n && d2 - j < 2 && s[d2] >= '0' && s[d2] <= '9';
	    d2++)
		;
	if (d2 == j)
		return 0;
	if (n - d2 >= 3 && memcmp(s + d2, "日", 3) == 0)
		d2 += 3;
	if (d2 != n || d1 == 0)
		return 0;
	*at = i;
	*len = n - i;
	return 1;
}

/*
 * The date of a related item in block b, outside its headline link: a
 * full date anywhere, or a short one standing alone.
 */
static char *
item_date(const struct ctx *c, const struct blk *b)
{
	const char	*s = c->tx.data + b->off, *seg[2];
	size_t		 n[2], k, at, len;

	seg[0] = s;
	n[0] = b->len;
	seg[1] = NULL;
	n[1] = 0;
	if (b->a != RW_NONE && b->alen > 0 && b->aoff >= b->off &&
	    b->aoff + b->alen <= b->off + b->len) {
		n[0] = b->aoff - b->off;
		seg[1] = s + n[0] + b->alen;
		n[1] = b->len - n[0] - b->alen;
	}
	for (k = 0; k < 2; k++)
		if (seg[k] != NULL && find_date(seg[k], n[k], &at, &len))
			return xstrndup(seg[k] + at, len);
	for (k = 0; k < 2; k++)
		if (seg[k] != NULL && short_date(seg[k], n[k], &at, &len))
			return xstrndup(seg[k] + at, len);
	return NULL;
}

/* Adds s[0..n) to a snippet, unless it is only a date or punctuation. */
static void
add_snippet(struct rw_buf *snip, const char *s, size_t n)
{
	size_t	 at, len;

	while (n > 0 && (*s == ' ' || *s == ':' || *s == '-')) {
		s++;
		n--;
	}
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n < 6 || short_date(s, n, &at, &len) || (find_date(s, n, &at,
	    &len) && len + 4 >= n))
		return;
	if (snip->len > 0)
		rw_buf_addc(snip, ' ');
	rw_buf_add(snip, s, n);
}

/* Bounds on what a page's related lists may add to its record. */
#define MAX_RELATED	50
#define MAX_SNIPPET	400	/* bytes */

/* Cuts s to at most max bytes on a UTF-8 boundary. */
static void
clip_utf8(char *s, size_t max)
{
	size_t	 n = strlen(s);

	if (n <= max)
		return;
	while (max > 0 && ((unsigned char)s[max] & 0xc0) == 0x80)
		max--;
	s[max] = '\0';
}

static void
free_link(struct rw_link *l)
{
	free(l->title);
	free(l->href);
	free(l->date);
	free(l->snippet);
}

/*
 * Keeps at most MAX_RELATED items: those that look like news (a date or
 * a snippet) before bare link lists such as navigation, each group in
 * page order, and the result in page order.
 */
static void
prune_related(struct rw_body *body)
{
	unsigned char	*keep;
	size_t		 i, w, kept = 0;
	int		 pass;

	if (body->nrelated <= MAX_RELATED)
		return;
	keep = xcalloc(body->nrelated, 1);
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < body->nrelated && kept < MAX_RELATED; i++) {
			int news = body->related[i].date != NULL ||
			    body->related[i].snippet != NULL;

			if (!keep[i] && (pass == 1 || news)) {
				keep[i] = 1;
				kept++;
			}
		}
	for (i = w = 0; i < body->nrelated; i++) {
		if (keep[i])
			body->related[w++] = body->related[i];
		else
			free_link(&body->related[i]);
	}
	body->nrelated = w;
	free(keep);
}

static void
emit_related(struct rw_body *body, struct ctx *c)
{
	struct rw_buf	 snip = RW_BUF_INIT;
	struct rw_link	*l;
	size_t		 i, j, k, cap = 0;
	uint32_t	 it;
	const char	*href, *s;
	const struct blk *t;

	for (i = 0; i < c->nb; i = j) {
		j = i + 1;
		if (!(c->b[i].flags & B_REL))
			continue;
		it = c->item[c->b[i].first];
		if (it != RW_NONE)
			while (j < c->nb && c->item[c->b[j].first] == it)
				j++;
		for (k = i; k < j && c->b[k].a == RW_NONE; k++)
			;
		/* Section links ("第06版:社会工作") are not news. */
		if (k == j || c->b[k].aunits < 24)
			continue;
		t = &c->b[k];
		href = rw_doc_attr(c->d, t->a, "href");
		if (body->nrelated == cap) {
			cap = cap ? cap * 2 : 16;
			body->related = xreallocarray(body->related, cap,
			    sizeof(*body->related));
		}
		l = &body->related[body->nrelated++];
		memset(l, 0, sizeof(*l));
		l->title = dup_text(c, t->aoff, t->alen);
		l->href = href != NULL ? xstrdup(href) : NULL;
		rw_buf_truncate(&snip, 0);
		for (k = i; k < j; k++) {
			s = c->tx.data + c->b[k].off;
			if (l->date == NULL)
				l->date = item_date(c, &c->b[k]);
			if (&c->b[k] == t)
				add_snippet(&snip, c->tx.data + t->aoff +
				    t->alen, t->off + t->len - t->aoff -
				    t->alen);
			else if (!date_line(&c->b[k], s))
				add_snippet(&snip, s, c->b[k].len);
		}
		l->snippet = snip.len > 0 ? xstrndup(snip.data, snip.len) :
		    NULL;
		if (l->snippet != NULL)
			clip_utf8(l->snippet, MAX_SNIPPET);
		if (l->title != NULL)
			clip_utf8(l->title, MAX_SNIPPET);
	}
	rw_buf_free(&snip);
	prune_related(body);
}

int
rw_body_extract(const struct rw_doc *d, struct rw_body *body,
    struct rw_err *e)
{
	struct ctx	 c;
	struct rw_buf	 out = RW_BUF_INIT;
	unsigned char	*verdict;
	size_t		 i, root, cap = 0;

	(void)e;
	memset(body, 0, sizeof(*body));
	body->root = RW_NONE;
	memset(&c, 0, sizeof(c));
	c.d = d;
	c.n = rw_doc_count(d);
	c.nodes = c.n > 0 ? rw_doc_node(d, 0) : NULL;
	c.fl = xcalloc(c.n, sizeof(*c.fl));
	c.lnk = xcalloc(c.n, sizeof(*c.lnk));
	c.item = xcalloc(c.n, sizeof(*c.item));
	c.badel = xcalloc(c.n, sizeof(*c.badel));
	c.sum = xcalloc(c.n, sizeof(*c.sum));
	c.raw = xcalloc(c.n, sizeof(*c.raw));

	index_words(&c.pidx);
	index_phrases(&c.junk, junk_infix);
	index_phrases(&c.meta, meta_infix);
	pass_flags(&c);
	find_titles(&c);
	pass_blocks(&c);
	mark_images(&c);
	pass_related(&c);
	root = pick_root(&c);

	verdict = xcalloc(c.nb, 1);
	if (root != RW_NONE) {
		select_blocks(&c, root, verdict);
		for (i = 0; i < c.nb; i++)
			if (verdict[i] == KEEP)
				add_block(body, &out, &c, &c.b[i], &cap);
		body->root = root;
		emit_images(body, &c, root, verdict);
	}
	emit_related(body, &c);
	body->len = out.len;
	body->text = out.len > 0 ? rw_buf_take(&out) : xstrdup("");
	rw_buf_free(&out);

	free(verdict);
	for (i = 0; i < c.ntitle; i++)
		free(c.title[i]);
	rw_buf_free(&c.key);
	rw_buf_free(&c.tx);
	free(c.b);
	free(c.im);
	free(c.fl);
	free(c.lnk);
	free(c.item);
	free(c.badel);
	free(c.sum);
	free(c.raw);
	return 0;
}

void
rw_body_clear(struct rw_body *b)
{
	size_t	 i;

	free(b->text);
	free(b->blocks);
	for (i = 0; i < b->nimages; i++) {
		free(b->images[i].src);
		free(b->images[i].caption);
	}
	free(b->images);
	for (i = 0; i < b->nrelated; i++)
		free_link(&b->related[i]);
	free(b->related);
	memset(b, 0, sizeof(*b));
	b->root = RW_NONE;
}

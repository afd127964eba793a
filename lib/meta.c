/* SPDX-License-Identifier: ISC */
/*
 * One walk over the flat DOM turns the page into text lines (split at
 * block elements and <br>, whitespace collapsed, kept both as written and
 * folded for matching) and collects <title>, <meta>, <link rel=canonical>,
 * <time>, JSON-LD and the CleanEval pseudo-tag.  Every field is then
 * chosen among candidates by where they stand relative to the headline:
 * the lines right after it (the "header" of the article) hold its date,
 * source and byline; related lists, sidebars and footers (links, lists,
 * nav/aside/footer) hold other articles' dates and 本文转自 lines.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "byline.h"
#include "date.h"
#include "lang.h"
#include "meta.h"
#include "utf8.h"

#define NONE		((size_t)-1)
/* Lines after the headline that may hold its date, source and byline. */
#define HEADER_LINES	12
/* Lines before the headline that may (kicker, dateline). */
#define PRE_LINES	3
/* A line of running text (code points): the header ends there. */
#define LONG_LINE	60
/* Outside the header, a line of fields is at most this long. */
#define FIELD_CHARS	40
/* Longer lines are text, not fields: no label scan. */
#define FIELD_BYTES	600
/* Lines after the headline searched for a byline line. */
#define BYLINE_LINES	20
/* Paragraphs whose credits count: the first few and the last two. */
#define OPENING_PARAS	3
#define CLOSING_PARAS	2
/* Bytes of a title or of one line kept. */
#define TITLE_BYTES	4096
#define LINE_BYTES	65536
/* Text looked at for the language. */
#define LANG_BYTES	16384
/* JSON-LD larger than this is not parsed. */
#define JSONLD_BYTES	(1u << 20)
#define JSONLD_OBJECTS	64
#define MAX_HITS	4096
#define MAX_SEGS	16
/* Titles and names longer than this are cut (code points). */
#define TITLE_CHARS	500

/* Line flags. */
#define L_BOILER	0x01	/* inside nav/footer/aside or a sidebar */
#define L_LIST		0x02	/* inside <li> */
#define L_HEADING	0x04	/* inside h1-h6 */
#define L_H1		0x08

/* What an open element does to lines. */
#define K_BLOCK		0x01
#define K_LINK		0x02
#define K_SPACE		0x04	/* a field boundary (span, a): a space in
				 * the folded text, none in the raw */
#define K_BOILER	0x08
#define K_LIST		0x10
#define K_HEADING	0x20
#define K_H1		0x40

enum zone { Z_OTHER, Z_PRE, Z_HEADER, Z_CONTENT };

struct line {
	size_t		 off;		/* folded text in page.fold */
	size_t		 len;
	size_t		 raw;		/* text as written in page.raw */
	size_t		 rawlen;
	uint32_t	 first;		/* first and last text node */
	uint32_t	 last;
	uint32_t	 block;		/* innermost block element */
	uint32_t	 chars;
	uint32_t	 linkchars;
	unsigned	 flags;
};

struct open {
	uint32_t	 end;
	unsigned	 kind;
	uint32_t	 node;
};

struct hit {
	enum rw_field	 field;
	size_t		 line;		/* the label's line */
	size_t		 vline;		/* its value's line (the next one in
					 * tables: "来源:" | "新华社") */
	size_t		 value;		/* value range in vline */
	size_t		 end;
	int		 colon;
	int		 before;	/* a date before it: "于2005年…发表" */
};

enum mkey {
	M_TITLE_OG, M_TITLE_TW, M_TITLE_ART, M_TITLE_DC, M_TITLE,
	M_DATE_PUB, M_DATE, M_DATE_NAMED, M_URL, M_SOURCE, M_SITE, M_AUTHOR,
	M_SECTION, M_DESC, M_SITEID,
	M__COUNT
};

static const struct {
	const char	*name;
	enum mkey	 key;
} meta_names[] = {
	{ "og:title", M_TITLE_OG },
	{ "twitter:title", M_TITLE_TW },
	{ "articletitle", M_TITLE_ART },
	{ "dc.title", M_TITLE_DC },
	{ "dcterms.title", M_TITLE_DC },
	{ "headline", M_TITLE_ART },
	{ "title", M_TITLE },
	{ "article:published_time", M_DATE_PUB },
	{ "article:published", M_DATE_PUB },
	{ "og:published_time", M_DATE_PUB },
	{ "og:article:published_time", M_DATE_PUB },
	{ "published_time", M_DATE_PUB },
	{ "datepublished", M_DATE_PUB },
	{ "pubdate", M_DATE_PUB },
	{ "publishdate", M_DATE_PUB },
	{ "publish_date", M_DATE_PUB },
	{ "publish-date", M_DATE_PUB },
	{ "publishtime", M_DATE_PUB },
	{ "publication_date", M_DATE_PUB },
	{ "firstpublishedtime", M_DATE_PUB },
	{ "dc.date.issued", M_DATE_PUB },
	{ "dcterms.issued", M_DATE_PUB },
	{ "citation_publication_date", M_DATE_PUB },
	{ "parsely-pub-date", M_DATE_PUB },
	{ "sailthru.date", M_DATE_PUB },
	{ "weibo:article:create_at", M_DATE_PUB },
	{ "bytedance:published_time", M_DATE_PUB },
	{ "og:release_date", M_DATE_PUB },
	{ "dc.date", M_DATE },
	{ "dcterms.date", M_DATE },
	{ "dcterms.created", M_DATE },
	{ "date", M_DATE },
	{ "og:url", M_URL },
	{ "contentsource", M_SOURCE },
	{ "source", M_SOURCE },
	{ "og:site_name", M_SITE },
	{ "sitename", M_SITE },
	{ "siteidcode", M_SITEID },
	{ "author", M_AUTHOR },
	{ "article:author", M_AUTHOR },
	{ "byline", M_AUTHOR },
	{ "dc.creator", M_AUTHOR },
	{ "parsely-author", M_AUTHOR },
	{ "sailthru.author", M_AUTHOR },
	{ "columnname", M_SECTION },
	{ "article:section", M_SECTION },
	{ "description", M_DESC },
};

/*
 * Parts of other meta names that say the value is not the publication
 * date (dateModified, og:updated_time, expires, lastmod, timezone).
 */
static const char *const not_pub_words[] = {
	"modif", "updat", "expir", "revis", "last", "edit", "crawl", "index",
	"valid", "zone", "birth", "event", "start", "end", "review", "refresh",
};

/* class/id words of boilerplate containers, sorted (bisected). */
static const char *const boiler_words[] = {
	"ad", "ads", "advert", "comment", "comments", "copyright", "foot",
	"footer", "friendlink", "hot", "hotnews", "links", "menu", "more",
	"nav", "navbar", "rank", "ranking", "recommend", "relate", "related",
	"share", "side", "sidebar",
};

/* Breadcrumb ends that name the page, not its section. */
static const char *const crumb_leaf[] = {
	"正文", "内容", "详情", "文章", "阅读", "正文内容", "新闻详情",
	"详细内容", "信息详情", "內容", "詳情", "閱讀", "文章内容",
};

struct page {
	const struct rw_doc	*d;
	const struct rw_body	*b;
	struct rw_buf		 fold;		/* folded line text */
	struct rw_buf		 raw;		/* line text as written */
	struct line		*lines;
	size_t			 nlines;
	size_t			 cap;
	struct hit		*hits;
	size_t			 nhits;
	char			*title;		/* <title>, collapsed */
	const char		*meta[M__COUNT];
	const char		*canonical;
	const char		*cleaneval_url;
	const char		*html_lang;
	const char		*logo;		/* alt text of the first logo */
	const char		*banner;	/* and of the header banner */
	const char		*time_value;	/* first <time datetime> */
	uint32_t		 time_node;
	char			*ld_title;
	char			*ld_date;
	char			*ld_url;
	char			**ld_authors;
	size_t			 nld_authors;
	size_t			 hl;		/* headline line or NONE */
	size_t			 pre_start;	/* [pre_start, hl) */
	size_t			 hdr_start;	/* [hdr_start, hdr_end) */
	size_t			 hdr_end;
	size_t			 cfirst;	/* content lines */
	size_t			 clast;		/* one past */
	uint32_t		 root;
	int			 tz;		/* default offset for times */
	/* Paragraphs of the body, folded: offsets into para. */
	struct rw_buf		 para;
	size_t			*poff;
	size_t			 npara;
};

/* ---- small string helpers ------------------------------------------------ */

/* A new string: s[0..n) trimmed, whitespace runs as one space, valid
 * UTF-8, at most maxchars code points; NULL if empty. */
static char *
clean(const char *s, size_t n, size_t maxchars)
{
	struct rw_buf	 b = RW_BUF_INIT;
	size_t		 i = 0, chars = 0;
	int32_t		 c, f;
	int		 len, space = 0;

	while (i < n && chars < maxchars) {
		len = rw_utf8_decode(s + i, n - i, &c);
		i += (size_t)len;
		if (c == 0 || (f = c < 0 ? 0xfffd : rw_utf8_fold_cp(c)) < 0)
			continue;
		if (f == ' ') {
			space = 1;
			continue;
		}
		if (space && b.len > 0)
			rw_buf_addc(&b, ' ');
		space = 0;
		if (c < 0)
			rw_buf_add(&b, "\xef\xbf\xbd", 3);
		else
			rw_buf_add(&b, s + i - len, (size_t)len);
		chars++;
	}
	if (b.len == 0) {
		rw_buf_free(&b);
		return NULL;
	}
	return rw_buf_take(&b);
}

/* Matching key: folded, no spaces, ASCII lower-case. */
static void
key_of(const char *s, size_t n, struct rw_buf *out)
{
	struct rw_buf	 f = RW_BUF_INIT;
	size_t		 i;

	rw_buf_truncate(out, 0);
	rw_utf8_fold(s, n, &f);
	for (i = 0; i < f.len; i++) {
		char	 c = f.data[i];

		if (c == ' ')
			continue;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		rw_buf_addc(out, c);
	}
	rw_buf_cstr(out);
	rw_buf_free(&f);
}

/* The key of text that is folded already. */
static void
key_folded(const char *s, size_t n, struct rw_buf *out)
{
	size_t	 i;
	char	 c;

	rw_buf_truncate(out, 0);
	rw_buf_grow(out, n);
	for (i = 0; i < n; i++) {
		if ((c = s[i]) == ' ')
			continue;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		out->data[out->len++] = c;
	}
	out->data[out->len] = '\0';
}

static int
find_bytes(const char *hay, size_t n, const char *needle, size_t m)
{
	size_t	 i;

	if (m == 0 || m > n)
		return m == 0;
	for (i = 0; i + m <= n; i++)
		if (hay[i] == needle[0] && memcmp(hay + i, needle, m) == 0)
			return 1;
	return 0;
}

/* 1 if the ASCII word occurs in v, ignoring case. */
static int
has_ci(const char *v, const char *word)
{
	size_t	 m = strlen(word);

	for (; *v != '\0'; v++)
		if (strncasecmp(v, word, m) == 0)
			return 1;
	return 0;
}

static int
cmp_str(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

static int
is_alnum_ascii(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* 1 if a word of v (split at anything but letters and digits, compared
 * in lower case) is in the sorted list. */
static int
has_word_ci(const char *v, const char *const *list, size_t nlist)
{
	char	 tok[16];
	size_t	 i, t;

	for (i = 0; v[i] != '\0';) {
		while (v[i] != '\0' && !is_alnum_ascii((unsigned char)v[i]))
			i++;
		for (t = 0; is_alnum_ascii((unsigned char)v[i]); i++)
			if (t < sizeof(tok))
				tok[t++] = (char)((v[i] >= 'A' && v[i] <= 'Z') ?
				    v[i] - 'A' + 'a' : v[i]);
		/* Longer words are none of the list's. */
		if (t == 0 || t == sizeof(tok))
			continue;
		tok[t] = '\0';
		if (bsearch(tok, list, nlist, sizeof(*list), cmp_str) != NULL)
			return 1;
	}
	return 0;
}

static const char *
fold_of(const struct page *p, size_t li)
{
	return p->fold.data + p->lines[li].off;
}

static int
is_link_line(const struct line *l)
{
	return l->linkchars * 2 > l->chars;
}

/* A line of the article's running text: long, or a sentence. */
static int
running_text(const struct page *p, size_t li)
{
	const struct line	*l = &p->lines[li];
	const char		*s = fold_of(p, li);
	size_t			 i, commas = 0;

	if (is_link_line(l))
		return 0;
	if (l->chars >= LONG_LINE)
		return 1;
	if (l->chars < 15)
		return 0;
	for (i = 0; i < l->len; i++)
		if (s[i] == ',')
			commas++;
	return commas >= 2 || find_bytes(s, l->len, "。", 3);
}

/* ---- the walk ---------------------------------------------------------- */

static unsigned
kind_of(const struct rw_node *nd, const char *cls, const char *id)
{
	unsigned	 k = 0;

	switch (nd->tag) {
	case RW_TAG_A:
		k = K_LINK | K_SPACE;
		break;
	case RW_TAG_SPAN: case RW_TAG_LABEL: case RW_TAG_CITE:
	case RW_TAG_TIME: case RW_TAG_EM: case RW_TAG_I:
		k = K_SPACE;
		break;
	case RW_TAG_H1:
		k = K_BLOCK | K_HEADING | K_H1;
		break;
	case RW_TAG_H2: case RW_TAG_H3: case RW_TAG_H4: case RW_TAG_H5:
	case RW_TAG_H6:
		k = K_BLOCK | K_HEADING;
		break;
	case RW_TAG_LI: case RW_TAG_DT: case RW_TAG_DD:
		k = K_BLOCK | K_LIST;
		break;
	case RW_TAG_NAV: case RW_TAG_FOOTER: case RW_TAG_ASIDE:
		k = K_BLOCK | K_BOILER;
		break;
	case RW_TAG_P: case RW_TAG_DIV: case RW_TAG_TD: case RW_TAG_TH:
	case RW_TAG_TR: case RW_TAG_TABLE: case RW_TAG_TBODY:
	case RW_TAG_THEAD: case RW_TAG_TFOOT: case RW_TAG_UL: case RW_TAG_OL:
	case RW_TAG_DL: case RW_TAG_SECTION: case RW_TAG_ARTICLE:
	case RW_TAG_HEADER: case RW_TAG_MAIN: case RW_TAG_BLOCKQUOTE:
	case RW_TAG_PRE: case RW_TAG_FORM: case RW_TAG_CENTER:
	case RW_TAG_ADDRESS: case RW_TAG_FIGURE: case RW_TAG_FIGCAPTION:
	case RW_TAG_CAPTION: case RW_TAG_BODY: case RW_TAG_HTML:
	case RW_TAG_FIELDSET: case RW_TAG_DETAILS: case RW_TAG_SUMMARY:
	case RW_TAG_DIALOG: case RW_TAG_MENU: case RW_TAG_FRAMESET:
		k = K_BLOCK;
		break;
	default:
		break;
	}
	if ((k & K_BLOCK) && ((cls != NULL && has_word_ci(cls, boiler_words,
	    sizeof(boiler_words) / sizeof(boiler_words[0]))) || (id != NULL &&
	    has_word_ci(id, boiler_words, sizeof(boiler_words) /
	    sizeof(boiler_words[0])))))
		k |= K_BOILER;
	return k;
}

struct walk {
	struct open	*stack;
	size_t		 nstack;
	size_t		 cap;
	unsigned	 depth[7];	/* open elements per kind bit */
	int		 in_line;
	int		 fspace;	/* pending space, folded text */
	int		 rspace;	/* pending space, raw text */
	struct line	 cur;
};

static unsigned
flags_now(const struct walk *w)
{
	unsigned	 f = 0;

	if (w->depth[3])
		f |= L_BOILER;
	if (w->depth[4])
		f |= L_LIST;
	if (w->depth[5])
		f |= L_HEADING;
	if (w->depth[6])
		f |= L_H1;
	return f;
}

static uint32_t
innermost_block(const struct walk *w)
{
	size_t	 k;

	for (k = w->nstack; k > 0; k--)
		if (w->stack[k - 1].kind & K_BLOCK)
			return w->stack[k - 1].node;
	return RW_NONE;
}

static void
flush(struct page *p, struct walk *w)
{
	struct line	*l = &w->cur;

	if (!w->in_line)
		return;
	w->in_line = 0;
	while (p->fold.len > l->off && p->fold.data[p->fold.len - 1] == ' ')
		rw_buf_truncate(&p->fold, p->fold.len - 1);
	while (p->raw.len > l->raw && p->raw.data[p->raw.len - 1] == ' ')
		rw_buf_truncate(&p->raw, p->raw.len - 1);
	l->len = p->fold.len - l->off;
	l->rawlen = p->raw.len - l->raw;
	if (l->len == 0)
		return;
	if (p->nlines == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 256;
		p->lines = xreallocarray(p->lines, p->cap, sizeof(*p->lines));
	}
	p->lines[p->nlines++] = *l;
	/* Lines are read as C strings too. */
	rw_buf_addc(&p->fold, '\0');
	rw_buf_addc(&p->raw, '\0');
}

static void
add_text(struct page *p, struct walk *w, size_t i, const char *t, size_t n)
{
	struct line	*l = &w->cur;
	size_t		 k;
	unsigned	 chars = 0;
	int32_t		 cp, f;
	int		 c, len;

	if (!w->in_line) {
		/* Only start a line at something visible. */
		for (k = 0; k < n; k++)
			if (!(t[k] == ' ' || t[k] == '\t' || t[k] == '\n' ||
			    t[k] == '\r'))
				break;
		if (k == n)
			return;
		memset(l, 0, sizeof(*l));
		l->off = p->fold.len;
		l->raw = p->raw.len;
		l->first = (uint32_t)i;
		l->block = innermost_block(w);
		l->flags = flags_now(w);
		w->in_line = 1;
		w->fspace = w->rspace = 0;
	}
	l->last = (uint32_t)i;
	/* One pass over the node: text as written and folded, each with
	 * whitespace runs as one space.  An invalid byte becomes U+FFFD
	 * (3 bytes) and a space may precede each character: room for 4n. */
	if (p->raw.len - l->raw >= LINE_BYTES)
		return;
	rw_buf_grow(&p->raw, 4 * n + 1);
	rw_buf_grow(&p->fold, 4 * n + 1);
	for (k = 0; k < n; k += (size_t)len) {
		c = (unsigned char)t[k];
		if (c >= 0xe4 && c <= 0xe9 && k + 2 < n &&
		    ((unsigned char)t[k + 1] & 0xc0) == 0x80 &&
		    ((unsigned char)t[k + 2] & 0xc0) == 0x80) {
			/* A CJK ideograph, most of the text: as is. */
			if (w->rspace && p->raw.len > l->raw)
				p->raw.data[p->raw.len++] = ' ';
			if (w->fspace && p->fold.len > l->off)
				p->fold.data[p->fold.len++] = ' ';
			w->rspace = w->fspace = 0;
			memcpy(p->raw.data + p->raw.len, t + k, 3);
			memcpy(p->fold.data + p->fold.len, t + k, 3);
			p->raw.len += 3;
			p->fold.len += 3;
			chars++;
			len = 3;
			continue;
		}
		if (c < 0x80) {
			cp = c;
			len = 1;
		} else
			len = rw_utf8_decode(t + k, n - k, &cp);
		if (cp == 0 || (f = cp < 0 ? 0xfffd : rw_utf8_fold_cp(cp)) < 0)
			continue;
		if (f == ' ') {
			w->fspace = w->rspace = 1;
			continue;
		}
		if (w->rspace && p->raw.len > l->raw)
			p->raw.data[p->raw.len++] = ' ';
		if (w->fspace && p->fold.len > l->off)
			p->fold.data[p->fold.len++] = ' ';
		w->rspace = w->fspace = 0;
		if (cp < 0) {
			memcpy(p->raw.data + p->raw.len, "\xef\xbf\xbd", 3);
			p->raw.len += 3;
		} else {
			memcpy(p->raw.data + p->raw.len, t + k, (size_t)len);
			p->raw.len += (size_t)len;
		}
		if (f == cp)
			memcpy(p->fold.data + p->fold.len, t + k, (size_t)len);
		p->fold.len += f == cp ? (size_t)len :
		    (size_t)rw_utf8_encode(f, p->fold.data + p->fold.len);
		chars++;
	}
	p->raw.data[p->raw.len] = '\0';
	p->fold.data[p->fold.len] = '\0';
	l->chars += chars;
	if (w->depth[1])
		l->linkchars += chars;
}

/* Concatenated text of the children of node i (bounded). */
static void
subtree_text(const struct rw_doc *d, size_t i, struct rw_buf *b, size_t max)
{
	const struct rw_node	*nd = rw_doc_node(d, i);
	const char		*t;
	size_t			 j, len;

	for (j = i + 1; j < nd->end && b->len < max; j++)
		if ((t = rw_doc_text(d, j, &len)) != NULL)
			rw_buf_add(b, t, len > max - b->len ? max - b->len :
			    len);
	rw_buf_cstr(b);
}

/*
 * A meta name that is not in the table but says "date of publication":
 * founder-date, PubTime, releaseDate, news:publishdate.
 */
static int
date_name(const char *k)
{
	size_t	 n = strlen(k), i;

	if (!has_ci(k, "date") && (n < 4 ||
	    strcasecmp(k + n - 4, "time") != 0))
		return 0;
	for (i = 0; i < sizeof(not_pub_words) / sizeof(not_pub_words[0]);
	    i++)
		if (has_ci(k, not_pub_words[i]))
			return 0;
	return 1;
}

static void
take_meta(struct page *p, size_t i)
{
	const char	*k, *v;
	size_t		 m;
	const char	*attrs[] = { "property", "name", "itemprop",
	    "http-equiv" };
	size_t		 a;
	int		 known;

	if ((v = rw_doc_attr(p->d, i, "content")) == NULL || v[0] == '\0')
		return;
	for (a = 0; a < sizeof(attrs) / sizeof(attrs[0]); a++) {
		if ((k = rw_doc_attr(p->d, i, attrs[a])) == NULL)
			continue;
		known = 0;
		for (m = 0; m < sizeof(meta_names) / sizeof(meta_names[0]);
		    m++)
			if (strcasecmp(k, meta_names[m].name) == 0) {
				known = 1;
				if (p->meta[meta_names[m].key] == NULL)
					p->meta[meta_names[m].key] = v;
			}
		if (!known && p->meta[M_DATE_NAMED] == NULL && date_name(k))
			p->meta[M_DATE_NAMED] = v;
	}
}

static void jsonld(struct page *, const char *, size_t);

/* An image that is the site's logo: word (logo, banner) in its or its
 * parent's class, id or file name. */
static int
logo_img(const struct rw_doc *d, size_t i, const char *word)
{
	static const char *const attrs[] = { "class", "id", "src" };
	size_t		 k, node;
	const char	*v;
	int		 up;

	for (node = i, up = 0; up < 2 && node != RW_NONE; up++) {
		for (k = 0; k < sizeof(attrs) / sizeof(attrs[0]); k++)
			if ((v = rw_doc_attr(d, node, attrs[k])) != NULL &&
			    has_ci(v, word))
				return 1;
		node = rw_doc_node(d, node)->parent;
	}
	return 0;
}

static int
skipped(enum rw_tag t)
{
	switch (t) {
	case RW_TAG_SCRIPT: case RW_TAG_STYLE: case RW_TAG_TEMPLATE:
	case RW_TAG_NOSCRIPT: case RW_TAG_TEXTAREA: case RW_TAG_SELECT:
	case RW_TAG_OPTION: case RW_TAG_SVG: case RW_TAG_OBJECT:
	case RW_TAG_IFRAME: case RW_TAG_CANVAS: case RW_TAG_AUDIO:
	case RW_TAG_VIDEO: case RW_TAG_MAP: case RW_TAG_BUTTON:
	case RW_TAG_TITLE:
		return 1;
	default:
		return 0;
	}
}

static void
pop_to(struct page *p, struct walk *w, size_t i)
{
	struct open	*o;
	unsigned	 bit;

	while (w->nstack > 0 && w->stack[w->nstack - 1].end <= i) {
		o = &w->stack[--w->nstack];
		for (bit = 0; bit < 7; bit++)
			if (o->kind & (1u << bit))
				w->depth[bit]--;
		if (o->kind & K_BLOCK)
			flush(p, w);
		else if (o->kind & K_SPACE)
			w->fspace = 1;
	}
}

static void
walk(struct page *p)
{
	const struct rw_doc	*d = p->d;
	const struct rw_node	*nd;
	struct walk		 w;
	struct rw_buf		 buf = RW_BUF_INIT;
	const char		*t, *v, *cls, *id, *itemprop, *an, *av;
	size_t			 i, n = rw_doc_count(d), len, a;
	unsigned		 k, bit;

	memset(&w, 0, sizeof(w));
	for (i = 0; i < n; i++) {
		pop_to(p, &w, i);
		nd = rw_doc_node(d, i);
		if (nd->tag == RW_TAG_TEXT) {
			t = rw_doc_text(d, i, &len);
			add_text(p, &w, i, t, len);
			continue;
		}
		/* One pass over the attributes. */
		cls = id = itemprop = NULL;
		for (a = 0; a < nd->nattrs; a++) {
			rw_doc_attr_at(d, i, a, &an, &av);
			if (an[0] == 'c' && strcmp(an, "class") == 0)
				cls = av;
			else if (an[0] == 'i' && an[1] == 'd' && an[2] == '\0')
				id = av;
			else if (an[0] == 'i' && strcmp(an, "itemprop") == 0)
				itemprop = av;
		}
		switch (nd->tag) {
		case RW_TAG_META:
			take_meta(p, i);
			break;
		case RW_TAG_LINK:
			if ((v = rw_doc_attr(d, i, "rel")) != NULL &&
			    strcasecmp(v, "canonical") == 0 &&
			    p->canonical == NULL)
				p->canonical = rw_doc_attr(d, i, "href");
			break;
		case RW_TAG_HTML:
			if (p->html_lang == NULL)
				p->html_lang = rw_doc_attr(d, i, "lang");
			break;
		case RW_TAG_TIME:
			if (p->time_value == NULL && ((v = rw_doc_attr(d, i,
			    "datetime")) != NULL || (v = rw_doc_attr(d, i,
			    "pubdate")) != NULL) && v[0] != '\0') {
				p->time_value = v;
				p->time_node = (uint32_t)i;
			}
			break;
		case RW_TAG_IMG:
			if ((v = rw_doc_attr(d, i, "alt")) == NULL ||
			    v[0] == '\0')
				break;
			if (p->logo == NULL && logo_img(d, i, "logo"))
				p->logo = v;
			else if (p->banner == NULL && logo_img(d, i, "banner"))
				p->banner = v;
			break;
		case RW_TAG_TITLE:
			if (p->title == NULL) {
				rw_buf_truncate(&buf, 0);
				subtree_text(d, i, &buf, TITLE_BYTES);
				p->title = clean(buf.data, buf.len,
				    TITLE_CHARS);
			}
			break;
		case RW_TAG_SCRIPT:
			if ((v = rw_doc_attr(d, i, "type")) != NULL &&
			    strstr(v, "ld+json") != NULL) {
				rw_buf_truncate(&buf, 0);
				subtree_text(d, i, &buf, JSONLD_BYTES + 1);
				if (buf.len <= JSONLD_BYTES)
					jsonld(p, buf.data, buf.len);
			}
			break;
		case RW_TAG_OTHER:
			/* CleanEval: <text id="URL" title=... encoding=...> */
			if (p->cleaneval_url == NULL &&
			    strcmp(rw_doc_name(d, i), "text") == 0 &&
			    (v = rw_doc_attr(d, i, "id")) != NULL &&
			    (strncasecmp(v, "http://", 7) == 0 ||
			    strncasecmp(v, "https://", 8) == 0))
				p->cleaneval_url = v;
			break;
		default:
			break;
		}
		if (p->time_value == NULL && itemprop != NULL &&
		    strcasecmp(itemprop, "datePublished") == 0 &&
		    (((t = rw_doc_attr(d, i, "content")) != NULL) ||
		    (t = rw_doc_attr(d, i, "datetime")) != NULL) &&
		    t[0] != '\0') {
			p->time_value = t;
			p->time_node = (uint32_t)i;
		}
		if (skipped(nd->tag)) {
			i = nd->end - 1;
			continue;
		}
		if (nd->tag == RW_TAG_BR || nd->tag == RW_TAG_HR) {
			flush(p, &w);
			continue;
		}
		k = kind_of(nd, cls, id);
		if (k & K_BLOCK)
			flush(p, &w);
		else if (k & K_SPACE)
			w.fspace = 1;
		if (k == 0 || nd->end <= i + 1)
			continue;
		if (w.nstack == w.cap) {
			w.cap = w.cap ? w.cap * 2 : 64;
			w.stack = xreallocarray(w.stack, w.cap,
			    sizeof(*w.stack));
		}
		w.stack[w.nstack].end = nd->end;
		w.stack[w.nstack].kind = k;
		w.stack[w.nstack].node = (uint32_t)i;
		w.nstack++;
		for (bit = 0; bit < 7; bit++)
			if (k & (1u << bit))
				w.depth[bit]++;
	}
	pop_to(p, &w, (size_t)-1);
	flush(p, &w);
	free(w.stack);
	rw_buf_free(&buf);
	rw_buf_cstr(&p->fold);
	rw_buf_cstr(&p->raw);
}

/* ---- JSON-LD ------------------------------------------------------------- */

static int
ld_is_article(json_t *o)
{
	json_t		*t = json_object_get(o, "@type"), *x;
	const char	*s;
	size_t		 i;

	if (json_is_array(t)) {
		json_array_foreach(t, i, x)
			if ((s = json_string_value(x)) != NULL &&
			    (strstr(s, "Article") || strstr(s, "Posting") ||
			    strstr(s, "Report")))
				return 1;
		return 0;
	}
	return (s = json_string_value(t)) != NULL && (strstr(s, "Article") ||
	    strstr(s, "Posting") || strstr(s, "Report"));
}

static void
ld_author(struct page *p, json_t *a)
{
	const char	*s;
	json_t		*x;
	size_t		 i;

	if (json_is_array(a)) {
		json_array_foreach(a, i, x) {
			if (i >= 10)
				break;
			if ((s = json_string_value(x)) != NULL ||
			    (s = json_string_value(json_object_get(x,
			    "name"))) != NULL)
				rw_strv_push(&p->ld_authors, &p->nld_authors,
				    s);
		}
	} else if ((s = json_string_value(a)) != NULL ||
	    (s = json_string_value(json_object_get(a, "name"))) != NULL)
		rw_strv_push(&p->ld_authors, &p->nld_authors, s);
}

static void
ld_take(struct page *p, json_t *o)
{
	const char	*s;
	json_t		*m;

	if (p->ld_title == NULL && ((s = json_string_value(json_object_get(o,
	    "headline"))) != NULL))
		p->ld_title = xstrdup(s);
	if (p->ld_date == NULL && (s = json_string_value(json_object_get(o,
	    "datePublished"))) != NULL)
		p->ld_date = xstrdup(s);
	if (p->ld_url == NULL) {
		m = json_object_get(o, "mainEntityOfPage");
		if ((s = json_string_value(json_object_get(o, "url"))) !=
		    NULL ||
		    (s = json_string_value(m)) != NULL ||
		    (s = json_string_value(json_object_get(m, "@id"))) != NULL)
			p->ld_url = xstrdup(s);
	}
	if (p->nld_authors == 0)
		ld_author(p, json_object_get(o, "author"));
}

/* A string value after "key" in broken JSON: "datePublished": "...". */
static char *
raw_value(const char *s, size_t n, const char *key)
{
	size_t	 m = strlen(key), i, j;

	for (i = 0; i + m < n; i++) {
		if (s[i] != '"' || memcmp(s + i + 1, key, m) != 0 ||
		    i + m + 1 >= n || s[i + m + 1] != '"')
			continue;
		j = i + m + 2;
		while (j < n && (s[j] == ' ' || s[j] == '\n' || s[j] == '\t' ||
		    s[j] == '\r'))
			j++;
		if (j >= n || s[j] != ':')
			continue;
		j++;
		while (j < n && (s[j] == ' ' || s[j] == '\n' || s[j] == '\t' ||
		    s[j] == '\r'))
			j++;
		if (j >= n || s[j] != '"')
			continue;
		for (i = ++j; j < n && s[j] != '"' && j - i < 256; j++)
			continue;
		if (j < n && s[j] == '"')
			return clean(s + i, j - i, 256);
		return NULL;
	}
	return NULL;
}

static void
jsonld(struct page *p, const char *s, size_t n)
{
	json_t		*root, *objs[JSONLD_OBJECTS], *x, *g;
	json_error_t	 err;
	size_t		 nobj = 0, i, k;
	int		 pass;

	root = json_loadb(s, n, JSON_DECODE_ANY, &err);
	if (root == NULL) {
		/* Hand-edited JSON-LD is often invalid: the date only. */
		if (p->ld_date == NULL)
			p->ld_date = raw_value(s, n, "datePublished");
		if (p->ld_title == NULL)
			p->ld_title = raw_value(s, n, "headline");
		return;
	}
	if (json_is_object(root))
		objs[nobj++] = root;
	else if (json_is_array(root))
		json_array_foreach(root, i, x)
			if (json_is_object(x) && nobj < JSONLD_OBJECTS)
				objs[nobj++] = x;
	/* One level of @graph. */
	for (k = 0, i = nobj; k < i; k++) {
		g = json_object_get(objs[k], "@graph");
		if (!json_is_array(g))
			continue;
		json_array_foreach(g, i, x)
			if (json_is_object(x) && nobj < JSONLD_OBJECTS)
				objs[nobj++] = x;
		i = nobj;
	}
	/* Articles first, then anything that has the fields. */
	for (pass = 0; pass < 2; pass++)
		for (k = 0; k < nobj; k++)
			if ((pass == 0) == (ld_is_article(objs[k]) != 0))
				ld_take(p, objs[k]);
	json_decref(root);
}

/* ---- title --------------------------------------------------------------- */

struct seg {
	size_t	 a;
	size_t	 b;
};

static int
is_cjk(int32_t c)
{
	return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ||
	    (c >= 0xff00 && c <= 0xffef) || (c >= 0x20000 && c <= 0x3134f);
}

/* Code point before s[i], or 0. */
static int32_t
before(const char *s, size_t i)
{
	size_t	 j = i;
	int32_t	 c;

	if (i == 0)
		return 0;
	while (j > 0 && i - j < 4) {
		j--;
		if (((unsigned char)s[j] & 0xc0) != 0x80)
			break;
	}
	rw_utf8_decode(s + j, i - j, &c);
	return c;
}

/*
 * Splits a <title> at site separators: " - ", " | ", "_", "｜", " – ",
 * " — ", " :: ", " » ", and a bare "-" or "|" next to a Chinese
 * character.  Returns the number of segments.
 */
static size_t
split_title(const char *s, size_t n, struct seg *seg, size_t max)
{
	static const char *const spaced[] = {
		" - ", " | ", " – ", " — ", " :: ", " » ", " · ", " ｜ ",
	};
	size_t	 i = 0, a = 0, k, m, cut, nseg = 0;
	int32_t	 c, prev, next;
	int	 len;

	while (i < n) {
		cut = 0;
		for (k = 0; k < sizeof(spaced) / sizeof(spaced[0]); k++) {
			m = strlen(spaced[k]);
			if (n - i >= m && memcmp(s + i, spaced[k], m) == 0) {
				cut = m;
				break;
			}
		}
		len = rw_utf8_decode(s + i, n - i, &c);
		if (cut == 0 && (c == '_' || c == 0xff3f || c == 0xff5c))
			cut = (size_t)len;
		if (cut == 0 && (c == '-' || c == '|' || c == 0xff0d)) {
			prev = before(s, i);
			next = 0;
			if (i + (size_t)len < n)
				rw_utf8_decode(s + i + len, n - i - len, &next);
			if (is_cjk(prev) || is_cjk(next))
				cut = (size_t)len;
		}
		if (cut == 0) {
			i += (size_t)len;
			continue;
		}
		if (nseg < max && i > a) {
			seg[nseg].a = a;
			seg[nseg].b = i;
			nseg++;
		}
		i += cut;
		a = i;
	}
	if (nseg < max && n > a) {
		seg[nseg].a = a;
		seg[nseg].b = n;
		nseg++;
	}
	/* Trim the segments; drop empty ones. */
	for (k = m = 0; k < nseg; k++) {
		while (seg[k].a < seg[k].b && s[seg[k].a] == ' ')
			seg[k].a++;
		while (seg[k].b > seg[k].a && s[seg[k].b - 1] == ' ')
			seg[k].b--;
		if (seg[k].b > seg[k].a)
			seg[m++] = seg[k];
	}
	return m;
}

/* The longest segment of a title (its headline part). */
static char *
title_main(const char *t)
{
	struct seg	 seg[MAX_SEGS];
	size_t		 nseg, k, best = 0, bl = 0, l;

	if (t == NULL)
		return NULL;
	nseg = split_title(t, strlen(t), seg, MAX_SEGS);
	if (nseg == 0)
		return NULL;
	for (k = 0; k < nseg; k++) {
		l = rw_utf8_count(t + seg[k].a, seg[k].b - seg[k].a);
		if (l > bl) {
			bl = l;
			best = k;
		}
	}
	return clean(t + seg[best].a, seg[best].b - seg[best].a, TITLE_CHARS);
}

/*
 * The line right above the first line of fields (发布时间, 来源) before
 * the text, when it looks like a headline: how pages without <h1> and
 * with only the site's name in <title> still show one.
 */
static size_t
above_fields(const struct page *p)
{
	struct rw_label	 lab[4];
	size_t		 li, k, nl, lim = p->cfirst + HEADER_LINES;

	for (li = 1; li < p->nlines && li < lim; li++) {
		const struct line	*l = &p->lines[li], *h = l - 1;

		if (l->chars > 2 * FIELD_CHARS || is_link_line(l))
			continue;
		nl = rw_byline_labels(fold_of(p, li), l->len, lab, 4);
		for (k = 0; k < nl && k < 4; k++)
			if ((lab[k].field == RW_F_DATE ||
			    lab[k].field == RW_F_SOURCE) && lab[k].colon)
				break;
		if (k == nl || k == 4)
			continue;
		if (h->chars < 6 || h->chars > 100 || is_link_line(h) ||
		    running_text(p, li - 1) || rw_byline_labels(fold_of(p,
		    li - 1), h->len, lab, 1) > 0)
			return NONE;
		return li - 1;
	}
	return NONE;
}

/*
 * The headline: a line of the page (h1 first) that agrees with the
 * <title> or a metadata title (is contained in it and is most of its
 * main part), else the metadata title, a lone <h1>, or the <title> less
 * its site name.
 */
static char *
choose_title(struct page *p)
{
	const char	*refs[6];
	struct rw_buf	 rk[6], lk = RW_BUF_INIT;
	size_t		 nref = 0, r, li, best = NONE, h1 = NONE, nh1 = 0;
	size_t		 rchars[6], mchars[6];
	long		 score, bscore = -1;
	char		*mains[6], *t;
	int		 maybe;

	refs[nref++] = p->title;
	refs[nref++] = p->ld_title;
	refs[nref++] = p->meta[M_TITLE_OG];
	refs[nref++] = p->meta[M_TITLE_ART];
	refs[nref++] = p->meta[M_TITLE_TW];
	refs[nref++] = p->meta[M_TITLE_DC];
	for (r = 0; r < nref; r++) {
		memset(&rk[r], 0, sizeof(rk[r]));
		mains[r] = NULL;
		rchars[r] = mchars[r] = 0;
		if (refs[r] == NULL)
			continue;
		key_of(refs[r], strlen(refs[r]) > TITLE_BYTES ? TITLE_BYTES :
		    strlen(refs[r]), &rk[r]);
		rchars[r] = rw_utf8_count(rk[r].data, rk[r].len);
		if ((mains[r] = title_main(refs[r])) != NULL) {
			struct rw_buf	 mk = RW_BUF_INIT;

			key_of(mains[r], strlen(mains[r]), &mk);
			mchars[r] = rw_utf8_count(mk.data, mk.len);
			free(mains[r]);
			mains[r] = rw_buf_take(&mk);
		}
	}
	for (li = 0; li < p->nlines; li++) {
		const struct line	*l = &p->lines[li];

		if (l->flags & L_H1) {
			if (nh1++ == 0)
				h1 = li;
		}
		if (l->chars < 4 || l->chars > 300 ||
		    (is_link_line(l) && !(l->flags & L_HEADING)))
			continue;
		/* Only lines no longer than a title and at least half its
		 * headline part: most lines need no key. */
		for (maybe = 0, r = 0; r < nref && !maybe; r++)
			maybe = mains[r] != NULL && l->chars <= rchars[r] &&
			    l->chars * 2 >= mchars[r];
		if (!maybe)
			continue;
		key_folded(fold_of(p, li), l->len, &lk);
		for (r = 0; r < nref; r++) {
			if (rk[r].len == 0 || mains[r] == NULL)
				continue;
			/* The line is (most of) the title's headline part. */
			if (l->chars * 2 < mchars[r] || !find_bytes(rk[r].data,
			    rk[r].len, lk.data, lk.len))
				continue;
			score = (long)lk.len;
			if (l->flags & L_H1)
				score += 1000;
			else if (l->flags & L_HEADING)
				score += 600;
			/* The headline stands right above the text; a
			 * blog's or site's name at the top of the page. */
			if (li < p->clast && li + 15 >= p->cfirst)
				score += 800;
			if (strcmp(lk.data, mains[r]) == 0 ||
			    lk.len == rk[r].len)
				score += 500;
			if (score > bscore) {
				bscore = score;
				best = li;
			}
		}
	}
	rw_buf_free(&lk);
	for (r = 0; r < nref; r++) {
		rw_buf_free(&rk[r]);
		free(mains[r]);
	}
	if (best != NONE) {
		p->hl = best;
		return clean(p->raw.data + p->lines[best].raw,
		    p->lines[best].rawlen, TITLE_CHARS);
	}
	for (r = 1; r < nref; r++)
		if (refs[r] != NULL && (t = title_main(refs[r])) != NULL)
			return t;
	if (nh1 == 1 && p->lines[h1].chars >= 4 && p->lines[h1].chars <= 200) {
		p->hl = h1;
		return clean(p->raw.data + p->lines[h1].raw,
		    p->lines[h1].rawlen, TITLE_CHARS);
	}
	if ((li = above_fields(p)) != NONE) {
		p->hl = li;
		return clean(p->raw.data + p->lines[li].raw,
		    p->lines[li].rawlen, TITLE_CHARS);
	}
	return title_main(p->title);
}

/* ---- zones --------------------------------------------------------------- */

/* First line whose first text node is at or after node. */
static size_t
line_at(const struct page *p, size_t node)
{
	size_t	 lo = 0, hi = p->nlines, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (p->lines[mid].first < node)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The content element when the body extractor gave none: the element
 * whose children hold the most running text (parent full weight,
 * grandparent half).
 */
static uint32_t
guess_root(const struct page *p)
{
	size_t		 n = rw_doc_count(p->d), li, best = RW_NONE;
	uint32_t	*score, bs = 0, par, gp;

	if (p->nlines == 0)
		return RW_NONE;
	score = xcalloc(n, sizeof(*score));
	for (li = 0; li < p->nlines; li++) {
		const struct line	*l = &p->lines[li];

		if (l->chars < 20 || is_link_line(l) ||
		    (l->flags & L_BOILER) || l->block == RW_NONE)
			continue;
		par = rw_doc_node(p->d, l->block)->parent;
		if (par == RW_NONE)
			par = l->block;
		score[par] += l->chars;
		gp = rw_doc_node(p->d, par)->parent;
		if (gp != RW_NONE)
			score[gp] += l->chars / 2;
	}
	for (li = 0; li < n; li++)
		if (score[li] > bs) {
			bs = score[li];
			best = li;
		}
	free(score);
	return (uint32_t)best;
}

/* The content element and its lines. */
static void
content(struct page *p)
{
	p->root = p->b->root != RW_NONE ? (uint32_t)p->b->root : guess_root(p);
	if (p->root != RW_NONE) {
		p->cfirst = line_at(p, p->root);
		p->clast = line_at(p, rw_doc_node(p->d, p->root)->end);
	} else {
		p->cfirst = 0;
		p->clast = p->nlines;
	}
}

/* The header and pre-header around the headline. */
static void
zones(struct page *p)
{
	size_t	 li, lim;

	if (p->hl != NONE && p->cfirst <= p->hl && p->hl < p->clast)
		p->cfirst = p->hl + 1;
	/* The header: after the headline, up to running text. */
	if (p->hl != NONE) {
		p->hdr_start = p->hl + 1;
		lim = p->hl + 1 + HEADER_LINES;
	} else {
		/* No headline, no header: where the content starts is a
		 * guess too weak to trust for dates and bylines. */
		p->hdr_start = p->cfirst;
		lim = p->cfirst;
	}
	if (lim > p->nlines)
		lim = p->nlines;
	for (li = p->hdr_start; li < lim; li++)
		if (running_text(p, li))
			break;
	p->hdr_end = li;
	p->pre_start = p->hl != NONE && p->hl > PRE_LINES ? p->hl - PRE_LINES :
	    0;
	if (p->hl == NONE)
		p->pre_start = p->hdr_start;
}

static enum zone
zone_of(const struct page *p, size_t li)
{
	if (li >= p->hdr_start && li < p->hdr_end)
		return Z_HEADER;
	if (p->hl != NONE && li >= p->pre_start && li < p->hl)
		return Z_PRE;
	if (li >= p->cfirst && li < p->clast)
		return Z_CONTENT;
	return Z_OTHER;
}

/* ---- labelled fields ---------------------------------------------------- */

/* The first label of line li starts at its beginning. */
static size_t
label_free_prefix(const struct page *p, size_t li)
{
	struct rw_label	 lab[1];

	if (rw_byline_labels(fold_of(p, li), p->lines[li].len, lab, 1) == 0)
		return p->lines[li].len;
	return lab[0].start;
}

static void
scan_fields(struct page *p)
{
	struct rw_label	 lab[16];
	struct rw_date	 d;
	struct hit	*h;
	size_t		 li, k, nl;

	for (li = 0; li < p->nlines; li++) {
		const struct line	*l = &p->lines[li];
		enum zone		 z = zone_of(p, li);

		/*
		 * Fields stand in short lines; the header may pack many.
		 * Elsewhere list items and links are other articles', but
		 * for "信息原文地址:<a>…</a>".
		 */
		if (l->len > FIELD_BYTES || (z != Z_HEADER && z != Z_PRE &&
		    (l->chars > 2 * FIELD_CHARS || (l->flags & L_LIST) ||
		    (is_link_line(l) && memchr(fold_of(p, li), ':',
		    l->len) == NULL))))
			continue;
		nl = rw_byline_labels(fold_of(p, li), l->len, lab, 16);
		for (k = 0; k < nl && k < 16 && p->nhits < MAX_HITS; k++) {
			if (p->hits == NULL)
				p->hits = xreallocarray(NULL, MAX_HITS,
				    sizeof(*p->hits));
			h = &p->hits[p->nhits++];
			h->field = lab[k].field;
			h->line = h->vline = li;
			h->value = lab[k].value;
			h->end = lab[k].end;
			h->colon = lab[k].colon;
			h->before = 0;
			/* "发布时间:" alone in a table cell: the value is
			 * the next line. */
			if (h->colon && h->value == l->len && k + 1 == nl &&
			    li + 1 < p->nlines && p->lines[li + 1].chars <=
			    40 && !is_link_line(&p->lines[li + 1]) &&
			    label_free_prefix(p, li + 1) > 0) {
				h->vline = li + 1;
				h->value = 0;
				h->end = label_free_prefix(p, li + 1);
			}
			/* "本贴由大卫于2005年8月12日在…发表": the date is
			 * before the word. */
			if (h->field == RW_F_DATE && !h->colon &&
			    (k == 0 ? 0 : lab[k - 1].end) < lab[k].start &&
			    rw_date_parse(fold_of(p, li) + h->value, h->end -
			    h->value, RW_DATE_TEXT, &d) == 0) {
				h->before = 1;
				h->value = k == 0 ? 0 : lab[k - 1].end;
				h->end = lab[k].start;
			}
		}
	}
}

/* A field line that belongs to this article, not to a list of others. */
static int
own_line(const struct page *p, size_t li)
{
	const struct line	*l = &p->lines[li];
	enum zone		 z = zone_of(p, li);

	/* Share bars and the like may hold the date: no boilerplate
	 * test in the header. */
	if (z == Z_HEADER || z == Z_PRE)
		return !is_link_line(l);
	return !is_link_line(l) && !(l->flags & (L_BOILER | L_LIST));
}

/*
 * The first hit of a field: in the header (or before the headline) if
 * any, else the first own line after the headline, else anywhere own.
 */
static const struct hit *
first_hit(const struct page *p, enum rw_field f)
{
	const struct hit	*h, *after = NULL, *any = NULL;
	size_t			 k;
	enum zone		 z;

	for (k = 0; k < p->nhits; k++) {
		h = &p->hits[k];
		if (h->field != f || !own_line(p, h->line))
			continue;
		z = zone_of(p, h->line);
		if (z == Z_HEADER || z == Z_PRE)
			return h;
		/* Elsewhere only a line of fields, not a snippet of text
		 * that starts with one ("本文转自:焦作日报温县民政局…"). */
		if (p->lines[h->line].chars > FIELD_CHARS)
			continue;
		if (after == NULL && (p->hl == NONE || h->line > p->hl))
			after = h;
		if (any == NULL)
			any = h;
	}
	return after != NULL ? after : any;
}

static char *
hit_outlet(const struct page *p, const struct hit *h)
{
	return rw_byline_outlet(fold_of(p, h->vline) + h->value, h->end -
	    h->value);
}

/* ---- dates -------------------------------------------------------------- */

struct cand {
	struct rw_date	 d;
	int		 score;
	size_t		 order;
	int		 src;
};

enum {
	SRC_LABEL, SRC_META, SRC_META2, SRC_TIME, SRC_NEAR, SRC_TITLE, SRC_URL,
	SRC_ANY
};

static void
add_cand(struct cand *c, size_t *nc, size_t max, const struct rw_date *d,
    int score, size_t order, int src)
{
	if (*nc >= max)
		return;
	c[*nc].d = *d;
	c[*nc].score = score;
	c[*nc].order = order;
	c[*nc].src = src;
	(*nc)++;
}

/* A date in a metadata value (ISO, RFC 2822, 20240228...). */
static int
meta_date(const char *v, struct rw_date *d)
{
	struct rw_buf	 f = RW_BUF_INIT;
	size_t		 a, b;
	int		 ok;

	if (v == NULL)
		return 0;
	rw_utf8_fold(v, strlen(v) > 256 ? 256 : strlen(v), &f);
	rw_buf_cstr(&f);
	ok = rw_date_find(f.data, f.len, RW_DATE_ANY, d, &a, &b);
	rw_buf_free(&f);
	return ok;
}

static int
same_day(const struct rw_date *a, const struct rw_date *b)
{
	return a->year == b->year && a->month == b->month && a->day == b->day;
}

static int
copyright_line(const char *s, size_t n)
{
	return find_bytes(s, n, "©", strlen("©")) ||
	    find_bytes(s, n, "Copyright", 9) ||
	    find_bytes(s, n, "copyright", 9) ||
	    find_bytes(s, n, "版权", strlen("版权")) ||
	    find_bytes(s, n, "版權", strlen("版權"));
}

static const char *
page_url(const struct page *p);

/*
 * A reprint's issue line, "——《北京之春》1996年6月号": the month of the
 * magazine issue.  Returns its line, or NONE.
 */
static size_t
issue_date(const struct page *p, struct rw_date *d)
{
	const char	*s, *q;
	size_t		 li, n, k;

	for (li = 0; li < p->nlines; li++) {
		if (p->lines[li].chars > 40 || !own_line(p, li))
			continue;
		s = fold_of(p, li);
		n = p->lines[li].len;
		for (q = s; (q = strstr(q, "》")) != NULL && q < s + n;
		    q += 3) {
			k = (size_t)(q + 3 - s);
			while (k < n && s[k] == ' ')
				k++;
			k += rw_date_parse(s + k, n - k, RW_DATE_YMD |
			    RW_DATE_MONTH, d);
			if (k > (size_t)(q + 3 - s) && n - k >= 3 &&
			    (memcmp(s + k, "号", 3) == 0 ||
			    memcmp(s + k, "號", 3) == 0))
				return li;
		}
	}
	return NONE;
}

/* A weekday right after a date: " 星期三", "(周五)", " 禮拜一". */
static int
weekday(const char *s, size_t n)
{
	static const char *const words[] = { "星期", "周", "週", "礼拜",
	    "禮拜" };
	size_t	 i = 0, k, m;

	while (i < n && (s[i] == ' ' || s[i] == '('))
		i++;
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
		m = strlen(words[k]);
		if (n - i > m && memcmp(s + i, words[k], m) == 0 &&
		    n - i >= m + 3 && find_bytes("一二三四五六日天", 24,
		    s + i + m, 3))
			return 1;
	}
	return 0;
}

static int paper_desc(const struct page *, struct rw_buf *);
static int epaper(const struct page *);

static char *
choose_date(struct page *p)
{
	struct rw_buf	 desc = RW_BUF_INIT;
	struct cand	 c[64];
	struct rw_date	 d, d2;
	size_t		 nc = 0, k, li, a, b, best;
	const char	*s;
	int		 near_done = 0, any_done = 0, label_done = 0;
	int		 top_done = 0, paper = -1;
	char		 out[RW_DATE_ISO_MAX];

	/* Labelled dates: 发布时间, 日期 ... */
	for (k = 0; k < p->nhits; k++) {
		const struct hit	*h = &p->hits[k];
		enum zone		 z;

		if (h->field != RW_F_DATE || !own_line(p, h->line))
			continue;
		s = fold_of(p, h->vline);
		if (h->before) {
			/* The last date before the word. */
			size_t	 from = h->value, found = 0;

			while (rw_date_find(s + from, h->end - from,
			    RW_DATE_TEXT, &d2, &a, &b)) {
				d = d2;
				found = 1;
				from += b;
			}
			if (!found)
				continue;
		} else if (rw_date_parse(s + h->value, h->end - h->value,
		    RW_DATE_TEXT, &d) == 0)
			continue;
		z = zone_of(p, h->line);
		if ((z == Z_HEADER || z == Z_PRE) && !h->before)
			add_cand(c, &nc, 64, &d, 100, h->line, SRC_LABEL);
		else if (!label_done) {
			add_cand(c, &nc, 64, &d, p->hl != NONE &&
			    h->line < p->hl ? 50 : 60, h->line, SRC_LABEL);
			label_done = 1;
		}
	}
	if (meta_date(p->meta[M_DATE_PUB], &d))
		add_cand(c, &nc, 64, &d, 90, 0, SRC_META);
	if (meta_date(p->ld_date, &d))
		add_cand(c, &nc, 64, &d, 90, 0, SRC_META);
	if (meta_date(p->meta[M_DATE], &d))
		add_cand(c, &nc, 64, &d, 70, 0, SRC_META);
	/* Site-specific names and an e-paper's description: weaker, and
	 * on their own (their agreement counts with the standard names) */
	if (meta_date(p->meta[M_DATE_NAMED], &d))
		add_cand(c, &nc, 64, &d, 65, 0, SRC_META2);
	if (paper_desc(p, &desc) && rw_date_find(desc.data, desc.len,
	    RW_DATE_TEXT, &d, &a, &b))
		add_cand(c, &nc, 64, &d, 65, 0, SRC_META2);
	rw_buf_free(&desc);
	if (meta_date(p->time_value, &d)) {
		li = line_at(p, p->time_node);
		k = zone_of(p, li) == Z_HEADER || zone_of(p, li) == Z_PRE ||
		    (p->hl != NONE && li <= p->hl + 1);
		add_cand(c, &nc, 64, &d, k ? 85 : 40, li, SRC_TIME);
	}
	/* Unlabelled dates next to the headline, and short date lines. */
	for (li = 0; li < p->nlines; li++) {
		const struct line	*l = &p->lines[li];
		enum zone		 z = zone_of(p, li);

		if (near_done && any_done && top_done)
			break;
		if (l->len > FIELD_BYTES)
			continue;
		s = fold_of(p, li);
		if (!own_line(p, li)) {
			/* An e-paper's issue date before its edition links:
			 * "2019年07月02日 星期二 | 第01版：要闻 | …" */
			if (!top_done && p->hl != NONE && li < p->hl &&
			    !(l->flags & L_LIST) && rw_date_find(s, l->len,
			    RW_DATE_TEXT, &d, &a, &b) && a == 0 &&
			    weekday(s + b, l->len - b) &&
			    (paper = paper < 0 ? epaper(p) : paper)) {
				add_cand(c, &nc, 64, &d, 30, li, SRC_NEAR);
				top_done = 1;
			}
			continue;
		}
		if (!near_done && (z == Z_HEADER || z == Z_PRE) &&
		    rw_date_find(s, l->len, RW_DATE_TEXT, &d, &a, &b)) {
			add_cand(c, &nc, 64, &d, 80, li, SRC_NEAR);
			near_done = 1;
		} else if (!top_done && p->hl != NONE && li < p->hl &&
		    l->chars <= 60 && !(l->flags & L_LIST) &&
		    rw_date_find(s, l->len, RW_DATE_TEXT, &d, &a, &b) &&
		    ((l->chars <= 30 && l->linkchars * 3 < l->chars) ||
		    (l->linkchars * 2 < l->chars &&
		    weekday(s + b, l->len - b)))) {
			/* A dateline above the headline (e-papers), also
			 * the masthead's "2019年01月30日 星期三 <上一期>" */
			add_cand(c, &nc, 64, &d, 30, li, SRC_NEAR);
			top_done = 1;
		} else if (!any_done && (p->hl == NONE || li > p->hl) &&
		    l->chars <= 40 && !(l->flags & L_LIST) &&
		    l->linkchars == 0 &&
		    !copyright_line(s, l->len) &&
		    rw_date_find(s, l->len, RW_DATE_TEXT, &d, &a, &b)) {
			add_cand(c, &nc, 64, &d, 20, li, SRC_ANY);
			any_done = 1;
		}
	}
	if (nc == 0 && (k = issue_date(p, &d)) != NONE)
		add_cand(c, &nc, 64, &d, 15, k, SRC_ANY);
	if (p->title != NULL) {
		struct rw_buf	 f = RW_BUF_INIT;

		rw_utf8_fold(p->title, strlen(p->title), &f);
		rw_buf_cstr(&f);
		if (rw_date_find(f.data, f.len, RW_DATE_TEXT, &d, &a, &b))
			add_cand(c, &nc, 64, &d, 55, 0, SRC_TITLE);
		rw_buf_free(&f);
	}
	if ((s = page_url(p)) != NULL && rw_date_url(s, &d))
		add_cand(c, &nc, 64, &d, 45, 0, SRC_URL);
	/* Nothing else: the upload date in the path of an image of the
	 * text (/uploadfiles/2021/11/20211118093512.jpg). */
	for (k = 0; nc == 0 && k < p->b->nimages; k++)
		if (p->b->images[k].src != NULL &&
		    rw_date_url(p->b->images[k].src, &d)) {
			add_cand(c, &nc, 64, &d, 10, 0, SRC_URL);
			break;
		}
	if (nc == 0)
		return NULL;
	/* Agreement between independent sources. */
	for (k = 0; k < nc; k++)
		for (a = 0; a < nc; a++)
			if (a != k && c[a].src != c[k].src &&
			    same_day(&c[a].d, &c[k].d))
				c[k].score += c[a].src == SRC_URL ? 10 : 5;
	best = 0;
	for (k = 1; k < nc; k++)
		if (c[k].score > c[best].score || (c[k].score ==
		    c[best].score && c[k].order < c[best].order))
			best = k;
	d = c[best].d;
	/* The same day with its time, from another source. */
	if (d.hour < 0)
		for (k = 0; k < nc; k++)
			if (same_day(&c[k].d, &d) && c[k].d.hour >= 0) {
				d = c[k].d;
				break;
			}
	rw_date_iso(&d, p->tz, out);
	return xstrdup(out);
}

/* ---- source, origin, authors, category ---------------------------------- */

/*
 * An edition in s[0..n): "第03版", "第001版", "第A04版", or a page
 * number before a section, "02版:要闻".
 */
static int
edition_mark(const char *s, size_t n)
{
	const char	*q;
	size_t		 k, e;
	int		 nth;

	for (q = s; (q = strstr(q, "版")) != NULL && q + 3 <= s + n; q += 3) {
		e = (size_t)(q - s);
		for (k = e; k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9'; k--)
			continue;
		if (k == e || e - k > 3)
			continue;
		if (k > 0 && ((s[k - 1] >= 'A' && s[k - 1] <= 'Z') ||
		    (s[k - 1] >= 'a' && s[k - 1] <= 'z')))
			k--;
		nth = k >= 3 && memcmp(s + k - 3, "第", 3) == 0;
		if (nth || (e - k >= 2 && e + 3 < n && s[e + 3] == ':'))
			return 1;
	}
	return 0;
}

/* The name of a paper's digital edition ends in one of these. */
static const char *const paper_suffix[] = {
	"数字报", "電子報", "电子报", "电子版", "數位報", "數字報",
};

/* 1 if s names a digital edition: 淮北日报数字报. */
static int
paper_title(const char *s)
{
	size_t	 n = strlen(s), k, m;

	for (k = 0; k < sizeof(paper_suffix) / sizeof(paper_suffix[0]); k++) {
		m = strlen(paper_suffix[k]);
		if (n > m && strcmp(s + n - m, paper_suffix[k]) == 0)
			return 1;
	}
	return 0;
}

/* The description of an e-paper page: "某某日报 2024年02月02日 第02版:要闻". */
static int
paper_desc(const struct page *p, struct rw_buf *f)
{
	const char	*v = p->meta[M_DESC];
	size_t		 n;

	if (v == NULL || (n = strlen(v)) > 200)
		return 0;
	rw_buf_truncate(f, 0);
	rw_utf8_fold(v, n, f);
	rw_buf_cstr(f);
	return rw_utf8_count(f->data, f->len) <= 60 &&
	    edition_mark(f->data, f->len);
}

/* A newspaper page: its title, its description or a line above the
 * headline names the edition, or its title the digital edition. */
static int
epaper(const struct page *p)
{
	struct rw_buf	 f = RW_BUF_INIT;
	struct seg	 seg1;
	size_t		 li, lim;
	int		 yes = 0;

	if (p->title != NULL) {
		rw_utf8_fold(p->title, strlen(p->title), &f);
		rw_buf_cstr(&f);
		yes = edition_mark(f.data, f.len) || paper_title(f.data);
		if (!yes && split_title(f.data, f.len, &seg1, 1) == 1) {
			f.data[seg1.b] = '\0';
			yes = paper_title(f.data + seg1.a);
		}
	}
	if (!yes)
		yes = paper_desc(p, &f);
	rw_buf_free(&f);
	lim = p->hl != NONE ? p->hl : 0;
	for (li = 0; li < lim && !yes; li++)
		yes = p->lines[li].chars <= 40 && edition_mark(fold_of(p, li),
		    p->lines[li].len);
	return yes;
}

/* A newspaper's name ("淮北日报", "淮北日报数字报") in s[0..n), or NULL. */
static char *
paper_name_n(const char *s, size_t n)
{
	size_t	 k, m;

	for (k = 0; k < sizeof(paper_suffix) / sizeof(paper_suffix[0]); k++) {
		m = strlen(paper_suffix[k]);
		if (n > m && memcmp(s + n - m, paper_suffix[k], m) == 0) {
			n -= m;
			break;
		}
	}
	if (n < 6 || rw_utf8_count(s, n) > 12 || (strncmp(s + n - 3, "报",
	    3) != 0 && strncmp(s + n - 3, "報", 3) != 0))
		return NULL;
	return rw_byline_outlet(s, n);
}

static char *
paper_name(const char *s)
{
	return paper_name_n(s, strlen(s));
}

/* "淮北日报-2024年02月06日-第02版:要闻-…": the paper of an e-paper page. */
static char *
masthead(const struct page *p)
{
	struct seg	 seg[MAX_SEGS];
	struct rw_buf	 f = RW_BUF_INIT;
	struct rw_date	 d;
	size_t		 nseg, k, a, b;
	int		 edition = 0, dated = 0;
	char		*name = NULL;

	if (p->title == NULL)
		return NULL;
	rw_utf8_fold(p->title, strlen(p->title), &f);
	rw_buf_cstr(&f);
	nseg = split_title(f.data, f.len, seg, MAX_SEGS);
	for (k = 1; k < nseg; k++) {
		const char	*s = f.data + seg[k].a;
		size_t		 n = seg[k].b - seg[k].a;

		if (rw_date_find(s, n, RW_DATE_TEXT, &d, &a, &b) && a == 0)
			dated = 1;
		/* 第02版 */
		if (n > 6 && memcmp(s, "第", 3) == 0 && find_bytes(s, n,
		    "版", 3))
			edition = 1;
	}
	if (nseg >= 3 && dated && edition) {
		b = seg[0].b;
		/* 淮北日报数字报 -> 淮北日报 */
		if (b - seg[0].a > 9 &&
		    memcmp(f.data + b - 9, "数字报", 9) == 0)
			b -= 9;
		if (rw_utf8_count(f.data + seg[0].a, b - seg[0].a) <= 20)
			name = clean(p->title + seg[0].a, b - seg[0].a, 40);
	}
	rw_buf_free(&f);
	if (name != NULL || !epaper(p))
		return name;
	/* Else, on a page that shows editions (第03版), its logo or a
	 * <title> that is only the paper's name. */
	if (p->logo != NULL && (name = paper_name(p->logo)) != NULL)
		return name;
	if ((name = paper_name(p->title)) != NULL)
		return name;
	/* "广西日报数字报-<headline>" */
	rw_utf8_fold(p->title, strlen(p->title), &f);
	rw_buf_cstr(&f);
	if (split_title(f.data, f.len, seg, MAX_SEGS) > 1)
		name = paper_name_n(f.data + seg[0].a, seg[0].b - seg[0].a);
	/* a description "某某日报 2024年02月02日 第02版:要闻" */
	if (name == NULL && paper_desc(p, &f)) {
		for (b = 0; b < f.len && f.data[b] != ' '; b++)
			continue;
		name = paper_name_n(f.data, b);
	}
	rw_buf_free(&f);
	return name;
}

static char *
choose_source(struct page *p, char **gaoyuan)
{
	const struct hit	*h;
	char			*s = NULL;

	*gaoyuan = NULL;
	if ((h = first_hit(p, RW_F_GAOYUAN)) != NULL)
		*gaoyuan = hit_outlet(p, h);
	if ((h = first_hit(p, RW_F_SOURCE)) != NULL &&
	    (s = hit_outlet(p, h)) != NULL)
		return s;
	if (p->meta[M_SOURCE] != NULL &&
	    (s = rw_byline_outlet(p->meta[M_SOURCE],
	    strlen(p->meta[M_SOURCE]))) != NULL)
		return s;
	if (*gaoyuan != NULL) {
		/* 稿源 alone names the publisher. */
		s = *gaoyuan;
		*gaoyuan = NULL;
		return s;
	}
	return masthead(p);
}

/* ---- the publishing site ------------------------------------------------ */

/* Endings of a site's name: 公益时报网, 某某县人民政府, 资讯快照. */
static const char *const site_end[] = {
	"网", "網", "报", "報", "政府", "门户", "門戶", "在线", "在線", "台",
	"站", "局", "厅", "廳", "会", "會", "中心", "快照", "资讯", "資訊",
	"之声", "之聲", "媒体", "媒體", "频道", "頻道",
};

/* Edition words after a site's name: 兩岸新聞網 行動版. */
static const char *const site_edition[] = {
	"手机版", "手機版", "移动版", "移動版", "行动版", "行動版", "触屏版",
	"觸屏版", "移动门户", "移動門戶", "手机门户", "手機門戶", "电脑版",
	"電腦版", "WAP版", "wap版",
};

/* Strips edition words and spaces from the end of a site name (owned). */
static char *
site_trim(char *s)
{
	size_t	 n, k, m;
	int	 again = 1;

	if (s == NULL)
		return NULL;
	while (again) {
		again = 0;
		n = strlen(s);
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '-'))
			s[--n] = '\0';
		for (k = 0; k < sizeof(site_edition) / sizeof(site_edition[0]);
		    k++) {
			m = strlen(site_edition[k]);
			if (n > m && strcmp(s + n - m, site_edition[k]) == 0) {
				s[n - m] = '\0';
				again = 1;
				break;
			}
		}
	}
	if (rw_utf8_count(s, strlen(s)) < 2) {
		free(s);
		return NULL;
	}
	return s;
}

static int
site_ending(const char *s, size_t n)
{
	size_t	 k, m;

	for (k = 0; k < sizeof(site_end) / sizeof(site_end[0]); k++) {
		m = strlen(site_end[k]);
		if (n >= m && memcmp(s + n - m, site_end[k], m) == 0)
			return 1;
	}
	return 0;
}

/*
 * The part of the <title> beside the headline that names the site
 * ("…-石家庄市长安区人民政府", "…_民政_南方民生网", "淮北日报-2024年…"):
 * not a date or an edition; a name with a site's ending first, then the
 * longest, then the last.
 */
static char *
title_site(const struct page *p)
{
	struct seg	 seg[MAX_SEGS];
	struct rw_buf	 f = RW_BUF_INIT;
	struct rw_date	 d;
	size_t		 nseg, k, main = 0, ml = 0, l, best = NONE, a, b;
	int		 bs = -1, sc;
	char		*out = NULL;

	if (p->title == NULL)
		return NULL;
	rw_utf8_fold(p->title, strlen(p->title), &f);
	rw_buf_cstr(&f);
	nseg = split_title(f.data, f.len, seg, MAX_SEGS);
	for (k = 0; k < nseg; k++)
		if ((l = rw_utf8_count(f.data + seg[k].a, seg[k].b -
		    seg[k].a)) > ml) {
			ml = l;
			main = k;
		}
	for (k = 0; nseg >= 2 && k < nseg; k++) {
		const char	*s = f.data + seg[k].a;
		size_t		 n = seg[k].b - seg[k].a;

		l = rw_utf8_count(s, n);
		if (k == main || l < 2 || l > 30 || edition_mark(s, n) ||
		    memchr(s, ':', n) != NULL ||
		    rw_date_find(s, n, RW_DATE_TEXT, &d, &a, &b))
			continue;
		sc = (int)l + (site_ending(s, n) ? 100 : 0);
		if (sc >= bs) {
			bs = sc;
			best = k;
		}
	}
	if (best != NONE)
		out = site_trim(clean(f.data + seg[best].a, seg[best].b -
		    seg[best].a, 40));
	rw_buf_free(&f);
	return out;
}

/* Labels of a footer line that name the site's owner. */
static const char *const host_labels[] = {
	"主办单位", "主辦單位", "主办", "主辦", NULL
};
static const char *const copyright_labels[] = {
	"版权所有", "版權所有", NULL
};

/*
 * The owner of the site from a footer line: "主办：某某县人民政府办公室",
 * "主办单位：…", "某某县民政局 主办", "© 2017 某某网 版权所有".  The office
 * that runs a government's site (人民政府办公室) stands for the
 * government.
 */
static char *
host_line(const char *s, size_t n, const char *const *labels)
{
	const char	*q;
	size_t		 k, m = 0, at = NONE, i, a;
	char		*name = NULL;

	for (k = 0; labels[k] != NULL && at == NONE; k++) {
		m = strlen(labels[k]);
		if ((q = strstr(s, labels[k])) != NULL && q + m <= s + n)
			at = (size_t)(q - s);
	}
	if (at == NONE)
		return NULL;
	i = at + m;
	while (i < n && s[i] == ' ')
		i++;
	if (i < n && s[i] == ':')
		name = rw_byline_outlet(s + i + 1, n - i - 1);
	else if (i == n || s[i] == '|' || at + m < i) {
		/* "某某县民政局 主办": the word before the label */
		for (a = at; a > 0 && s[a - 1] == ' '; a--)
			continue;
		i = a;
		while (a > 0 && s[a - 1] != ' ' && s[a - 1] != '|' &&
		    s[a - 1] != ':')
			a--;
		if (i > a)
			name = rw_byline_outlet(s + a, i - a);
	}
	/* a year or a mark is no name: "Copyright © 2019" */
	if (name != NULL && ((unsigned char)name[0] < 0x80 ||
	    rw_has_prefix(name, "©"))) {
		free(name);
		name = NULL;
	}
	if (name != NULL && (m = strlen(name)) > strlen("政府办公室") &&
	    strcmp(name + m - strlen("政府办公室"), "政府办公室") == 0)
		name[m - strlen("办公室")] = '\0';
	return name;
}

/*
 * The last line outside the article text (or in its footer) naming the
 * site's owner: a 主办 line, else a 版权所有 line.
 */
static char *
footer_host(const struct page *p)
{
	const char *const *labels[] = { host_labels, copyright_labels };
	size_t		 li, k;
	char		*name;

	for (k = 0; k < sizeof(labels) / sizeof(labels[0]); k++)
		for (li = p->nlines; li-- > 0;) {
			if (p->lines[li].chars > 80 || (zone_of(p, li) ==
			    Z_CONTENT && !(p->lines[li].flags & L_BOILER)) ||
			    running_text(p, li))
				continue;
			if ((name = host_line(fold_of(p, li),
			    p->lines[li].len, labels[k])) != NULL)
				return name;
		}
	return NULL;
}

/* A government's or a department's name: the site names its owner. */
static int
office_name(const char *s)
{
	return rw_has_suffix(s, "人民政府") || rw_has_suffix(s, "政府") ||
	    rw_has_suffix(s, "民政局") || rw_has_suffix(s, "民政厅") ||
	    rw_has_suffix(s, "民政廳");
}

/*
 * A line above the headline that is only the site's owner and an
 * edition word: "晋城市城区人民政府 手机门户".
 */
static char *
header_site(const struct page *p)
{
	size_t	 li, lim = p->hl != NONE ? p->hl : 0;
	char	*s;

	for (li = 0; li < lim; li++) {
		if (p->lines[li].chars > 30 || is_link_line(&p->lines[li]))
			continue;
		s = site_trim(clean(fold_of(p, li), p->lines[li].len, 40));
		if (s != NULL && office_name(s))
			return s;
		free(s);
	}
	return NULL;
}

/*
 * The site's own name: og:site_name or SiteName, else the <title> part
 * beside the headline, the 主办 line of the footer, the owner's name
 * above the headline, the logo's alt text, a header banner's naming a
 * government or a department.
 */
static char *
choose_site(const struct page *p)
{
	char	*s;

	if (p->meta[M_SITE] != NULL && (s = site_trim(clean(p->meta[M_SITE],
	    strlen(p->meta[M_SITE]), 40))) != NULL)
		return s;
	if ((s = title_site(p)) != NULL || (s = footer_host(p)) != NULL ||
	    (s = header_site(p)) != NULL)
		return s;
	if (p->logo != NULL)
		return site_trim(clean(p->logo, strlen(p->logo), 40));
	/* a header banner names a government's site as often as an event */
	if (p->banner != NULL && (s = site_trim(clean(p->banner,
	    strlen(p->banner), 40))) != NULL && !office_name(s)) {
		free(s);
		s = NULL;
	}
	return s;
}

/* ICP licence prefixes: the province of the licensee. */
static const struct {
	const char	*abbr;
	const char	*code;
} icp_province[] = {
	{ "京", "110000" }, { "津", "120000" }, { "冀", "130000" },
	{ "晋", "140000" }, { "晉", "140000" }, { "蒙", "150000" },
	{ "辽", "210000" }, { "遼", "210000" }, { "吉", "220000" },
	{ "黑", "230000" }, { "沪", "310000" }, { "滬", "310000" },
	{ "苏", "320000" }, { "蘇", "320000" }, { "浙", "330000" },
	{ "皖", "340000" }, { "闽", "350000" }, { "閩", "350000" },
	{ "赣", "360000" }, { "贛", "360000" }, { "鲁", "370000" },
	{ "魯", "370000" }, { "豫", "410000" }, { "鄂", "420000" },
	{ "湘", "430000" }, { "粤", "440000" }, { "粵", "440000" },
	{ "桂", "450000" }, { "琼", "460000" }, { "瓊", "460000" },
	{ "渝", "500000" }, { "川", "510000" }, { "蜀", "510000" },
	{ "黔", "520000" }, { "贵", "520000" }, { "貴", "520000" },
	{ "滇", "530000" }, { "云", "530000" }, { "雲", "530000" },
	{ "藏", "540000" }, { "陕", "610000" }, { "陝", "610000" },
	{ "秦", "610000" }, { "甘", "620000" }, { "陇", "620000" },
	{ "隴", "620000" }, { "青", "630000" }, { "宁", "640000" },
	{ "寧", "640000" }, { "新", "650000" },
};

/* Six digits at s that may be a GB/T 2260 code (11xxxx to 82xxxx). */
static int
code6(const char *s, size_t n)
{
	size_t	 i;

	if (n < 6)
		return 0;
	for (i = 0; i < 6; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	i = (size_t)(s[0] - '0') * 10 + (size_t)(s[1] - '0');
	return i >= 11 && i <= 82;
}

/*
 * The code after label in s[0..n) (spaces and a colon skipped): the
 * first six of 10 characters (网站标识码) or of 14 digits (公网安备).
 */
static int
label_code(const char *s, size_t n, const char *label, size_t want,
    char out[7])
{
	const char	*q = s;
	size_t		 i, k, m = strlen(label);

	while ((q = strstr(q, label)) != NULL && q + m <= s + n) {
		i = (size_t)(q - s) + m;
		while (i < n && (s[i] == ' ' || s[i] == ':'))
			i++;
		for (k = i; k < n && ((s[k] >= '0' && s[k] <= '9') ||
		    (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= 'a' &&
		    s[k] <= 'z')); k++)
			continue;
		if (k - i == want && code6(s + i, n - i)) {
			memcpy(out, s + i, 6);
			out[6] = '\0';
			return 1;
		}
		q += m;
	}
	return 0;
}

/* The province of an ICP licence in s[0..n): 冀ICP备05001287号. */
static const char *
icp_code(const char *s, size_t n)
{
	const char	*q = s;
	size_t		 k, m;

	while ((q = strstr(q, "ICP")) != NULL && q + 3 <= s + n) {
		for (k = 0; k < sizeof(icp_province) / sizeof(icp_province[0]);
		    k++) {
			m = strlen(icp_province[k].abbr);
			if ((size_t)(q - s) >= m && memcmp(q - m,
			    icp_province[k].abbr, m) == 0)
				return icp_province[k].code;
		}
		q += 3;
	}
	return NULL;
}

/*
 * Where the site is registered, from its footer: a government site's
 * 网站标识码 (its region's code and four digits), else the police filing
 * number 公网安备 (the filing office's code and eight digits), else the
 * province of the ICP licence.
 */
static char *
choose_site_code(const struct page *p)
{
	const char	*icp = NULL, *s;
	char		 gov[7], police[7];
	size_t		 li, n;
	int		 have_police = 0;

	/* the CMS's SiteIDCode meta holds the 网站标识码 */
	if ((s = p->meta[M_SITEID]) != NULL && strlen(s) == 10 &&
	    code6(s, 10)) {
		memcpy(gov, s, 6);
		gov[6] = '\0';
		return xstrdup(gov);
	}
	for (li = 0; li < p->nlines; li++) {
		s = fold_of(p, li);
		n = p->lines[li].len;
		if (n > FIELD_BYTES)
			continue;
		if (label_code(s, n, "网站标识码", 10, gov) ||
		    label_code(s, n, "網站標識碼", 10, gov))
			return xstrdup(gov);
		if (!have_police)
			have_police = label_code(s, n, "公网安备", 14, police) ||
			    label_code(s, n, "公網安備", 14, police);
		if (icp == NULL)
			icp = icp_code(s, n);
	}
	if (have_police)
		return xstrdup(police);
	return icp != NULL ? xstrdup(icp) : NULL;
}

static int
edge_para(size_t k, size_t n)
{
	return k < OPENING_PARAS || k + CLOSING_PARAS >= n;
}

/*
 * The body's paragraphs (the body extractor's blocks, else the content
 * lines), folded; only the opening and closing ones hold text, the
 * others are empty: bylines and credits stand there.
 */
static void
paragraphs(struct page *p)
{
	const struct rw_body	*b = p->b;
	size_t			 k, li, n = 0, total = 0;

	if (b->nblocks > 0)
		total = b->nblocks;
	else
		for (li = p->cfirst; li < p->clast; li++)
			total += !is_link_line(&p->lines[li]) &&
			    !(p->lines[li].flags & L_BOILER);
	p->poff = xreallocarray(NULL, total + 1, sizeof(*p->poff));
	if (b->nblocks > 0) {
		for (k = 0; k < b->nblocks; k++) {
			p->poff[n] = p->para.len;
			if (edge_para(n++, total))
				rw_utf8_fold(b->text + b->blocks[k].start,
				    b->blocks[k].len, &p->para);
			rw_buf_addc(&p->para, '\0');
		}
	} else {
		for (li = p->cfirst; li < p->clast; li++) {
			if (is_link_line(&p->lines[li]) ||
			    (p->lines[li].flags & L_BOILER))
				continue;
			p->poff[n] = p->para.len;
			if (edge_para(n++, total))
				rw_buf_add(&p->para, fold_of(p, li),
				    p->lines[li].len);
			rw_buf_addc(&p->para, '\0');
		}
	}
	p->npara = n;
	p->poff[n] = p->para.len;
}

static const char *
para(const struct page *p, size_t k, size_t *len)
{
	*len = p->poff[k + 1] - p->poff[k] - 1;
	return p->para.data + p->poff[k];
}

/*
 * A roundup of several news items: two or more item headlines (h2-h6
 * below the page's headline), each followed by running text.
 */
static int
roundup(const struct page *p)
{
	size_t	 li, k, items = 0;

	if (p->hl == NONE)
		return 0;
	for (li = p->hl + 1; li < p->nlines; li++) {
		const struct line	*l = &p->lines[li];

		if (!(l->flags & L_HEADING) || (l->flags & (L_BOILER |
		    L_LIST)) || is_link_line(l) || l->chars < 8 ||
		    l->chars > 80)
			continue;
		for (k = li + 1; k < p->nlines && k <= li + 3; k++)
			if (running_text(p, k))
				break;
		if (k < p->nlines && k <= li + 3 && !(p->lines[k].flags &
		    L_HEADING) && ++items >= 2)
			return 1;
	}
	return 0;
}

static char *
choose_origin(struct page *p, const char *source, char *gaoyuan)
{
	const struct hit	*h;
	char			*o = NULL, *x;
	const char		*s;
	size_t			 li, len, count = 0, at = NONE;

	if ((h = first_hit(p, RW_F_ORIGIN)) != NULL &&
	    (o = hit_outlet(p, h)) != NULL) {
		free(gaoyuan);
		return o;
	}
	if (gaoyuan != NULL) {
		if (source == NULL || strcmp(source, gaoyuan) != 0)
			return gaoyuan;
		free(gaoyuan);
	}
	/*
	 * One closing (据XX) of a single article; a roundup has one per
	 * item.  Lines, not the body's paragraphs: a roundup's items may
	 * not all be in one element.
	 */
	for (li = p->hl != NONE ? p->hl + 1 : 0; li < p->nlines; li++) {
		if (!own_line(p, li) || (p->lines[li].flags & L_LIST))
			continue;
		s = fold_of(p, li);
		len = p->lines[li].len;
		if ((x = rw_byline_attribution(s, len)) != NULL) {
			count++;
			at = li;
			free(o);
			o = x;
		} else if (count > 0 && at != NONE && p->lines[li].chars >=
		    LONG_LINE / 2 && !copyright_line(s, len))
			at = NONE;	/* running text after it */
	}
	if (count == 1 && at != NONE && !roundup(p))
		return o;
	free(o);
	return NULL;
}

static void
names_from_hit(const struct page *p, const struct hit *h, int strict,
    struct rw_article *a)
{
	rw_byline_names(fold_of(p, h->vline) + h->value, h->end - h->value,
	    strict, &a->authors, &a->nauthors);
}

/* 1 if one of the two names contains the other. */
static int
same_as(const char *name, const char *other)
{
	return other != NULL && name[0] != '\0' && other[0] != '\0' &&
	    (strstr(name, other) != NULL || strstr(other, name) != NULL);
}

/* A name that is the site's or the source's, not a writer's: og:site_name,
 * 来源, or a Chinese name in the <title> beside the headline
 * ("…_网易财经"). */
static int
site_like(const struct page *p, const struct rw_article *a,
    const char *name, const char *site)
{
	struct seg	 seg[MAX_SEGS];
	size_t		 nseg, k, n = strlen(name);
	char		*main;
	int		 hit = 0;

	if (same_as(name, site) || same_as(name, a->source))
		return 1;
	/* English titles name the writer beside the headline too. */
	if (p->title == NULL || n == 0 || (unsigned char)name[0] < 0x80)
		return 0;
	main = title_main(p->title);
	nseg = split_title(p->title, strlen(p->title), seg, MAX_SEGS);
	for (k = 0; k < nseg && !hit; k++) {
		size_t	 len = seg[k].b - seg[k].a;

		if (main != NULL && len == strlen(main) &&
		    memcmp(p->title + seg[k].a, main, len) == 0)
			continue;
		hit = find_bytes(p->title + seg[k].a, len, name, n);
	}
	free(main);
	return hit;
}

/*
 * Persons in an author metadata value, which sites fill with their own
 * name as often as with a writer's: Chinese names (2-4 characters), or
 * Latin names of two to four capitalised words ("Jane Doe, John Roe").
 */
static void
meta_person(const char *v, struct rw_article *a)
{
	const char	*p, *q, *w;
	size_t		 words;
	int		 ok;

	if (strncmp(v, "http", 4) == 0)
		return;
	for (p = v; *p != '\0'; p++)
		if ((unsigned char)*p >= 0x80)
			break;
	if (*p != '\0') {
		struct rw_buf	 f = RW_BUF_INIT;

		rw_utf8_fold(v, strlen(v), &f);
		rw_byline_names(rw_buf_cstr(&f), f.len, 1, &a->authors,
		    &a->nauthors);
		rw_buf_free(&f);
		return;
	}
	for (p = v; *p != '\0'; p = *q != '\0' ? q + 1 : q) {
		q = p + strcspn(p, ",;&|");
		if ((w = strstr(p, " and ")) != NULL && w < q)
			q = w + 4;
		for (words = 0, ok = 1, w = p; w < q && ok; ) {
			while (w < q && *w == ' ')
				w++;
			if (w >= q || (w + 3 <= q && strncmp(w, "and", 3) ==
			    0 && (w + 3 == q || w[3] == ' ')))
				break;
			ok = *w >= 'A' && *w <= 'Z';
			for (; w < q && *w != ' '; w++)
				if (!((*w >= 'a' && *w <= 'z') || (*w >= 'A' &&
				    *w <= 'Z') || *w == '.' || *w == '-' ||
				    *w == '\''))
					ok = 0;
			words++;
		}
		if (ok && words >= 2 && words <= 4) {
			char	*name = clean(p, (size_t)(q - p), 100);
			size_t	 n = strlen(name);

			if (n > 4 && strcmp(name + n - 4, " and") == 0)
				name[n - 4] = '\0';
			rw_strv_push(&a->authors, &a->nauthors, name);
			free(name);
		}
	}
}

static void
choose_authors(struct page *p, struct rw_article *a, const char *site)
{
	size_t		 k, li, lim, len;
	const char	*s;
	enum zone	 z;

	/* Fields in the header: 作者, 记者 ... */
	for (k = 0; k < p->nhits; k++) {
		const struct hit	*h = &p->hits[k];

		z = zone_of(p, h->line);
		if ((z != Z_HEADER && z != Z_PRE) || is_link_line(
		    &p->lines[h->line]))
			continue;
		if (h->field == RW_F_AUTHOR)
			names_from_hit(p, h, 0, a);
		else if (h->field == RW_F_REPORTER)
			names_from_hit(p, h, 1, a);
	}
	/* Byline lines below the headline ("本报记者 陈墨怡"). */
	lim = p->hl != NONE ? p->hl + 1 + BYLINE_LINES : p->hdr_end;
	if (lim > p->nlines)
		lim = p->nlines;
	for (li = p->hl != NONE ? p->hl + 1 : p->hdr_start; li < lim; li++) {
		z = zone_of(p, li);
		if (z == Z_HEADER || z == Z_PRE || !own_line(p, li))
			continue;
		rw_byline_line(fold_of(p, li), p->lines[li].len, &a->authors,
		    &a->nauthors);
	}
	/* Credits opening or closing the body. */
	for (k = 0; k < p->npara; k++) {
		if (!edge_para(k, p->npara))
			continue;
		s = para(p, k, &len);
		if (k < OPENING_PARAS) {
			rw_byline_line(s, len, &a->authors, &a->nauthors);
			if (k == 0 || a->nauthors == 0)
				rw_byline_credit(s, len, 1, &a->authors,
				    &a->nauthors);
		}
		if (k + CLOSING_PARAS >= p->npara) {
			rw_byline_credit(s, len, 0, &a->authors, &a->nauthors);
			rw_byline_line(s, len, &a->authors, &a->nauthors);
		}
	}
	if (a->nauthors > 0)
		return;
	/* A 作者 field anywhere on the page (blogs put it below). */
	for (k = 0; k < p->nhits; k++)
		if (p->hits[k].field == RW_F_AUTHOR &&
		    own_line(p, p->hits[k].line) && p->hits[k].colon) {
			names_from_hit(p, &p->hits[k], 0, a);
			if (a->nauthors > 0)
				return;
		}
	/* Metadata, when it names persons rather than the site. */
	for (k = 0; k < p->nld_authors; k++)
		if (!site_like(p, a, p->ld_authors[k], site))
			meta_person(p->ld_authors[k], a);
	if (a->nauthors == 0 && (s = p->meta[M_AUTHOR]) != NULL &&
	    !site_like(p, a, s, site))
		meta_person(s, a);
}

static int
crumb_sep(const char *s, size_t n, size_t i, size_t *len)
{
	static const char *const seps[] = {
		">>", ">", "»", "›", "→", "/",
	};
	size_t	 k, m;

	for (k = 0; k < sizeof(seps) / sizeof(seps[0]); k++) {
		m = strlen(seps[k]);
		if (n - i >= m && memcmp(s + i, seps[k], m) == 0) {
			*len = m;
			return 1;
		}
	}
	return 0;
}

/* The section from a breadcrumb line before the headline. */
static char *
breadcrumb(const struct page *p)
{
	size_t		 li, lim, i, len, a, nseps, k;
	size_t		 sa[32], sb[32], nitem;
	const char	*s;

	if ((lim = p->hl) == NONE)
		for (lim = 0; lim < p->nlines && !running_text(p, lim); lim++)
			continue;
	for (li = 0; li < lim; li++) {
		const struct line	*l = &p->lines[li];

		if (l->len > 400)
			continue;
		s = fold_of(p, li);
		nseps = 0;
		for (i = 0; i < l->len; i++)
			if (crumb_sep(s, l->len, i, &len)) {
				nseps++;
				i += len - 1;
			}
		if (nseps < 2 && !find_bytes(s, l->len, "位置", 6))
			continue;
		if (nseps < 1)
			continue;
		/* Items between separators. */
		nitem = 0;
		for (a = i = 0; i <= l->len && nitem < 32; i++) {
			if (i == l->len || crumb_sep(s, l->len, i, &len)) {
				sa[nitem] = a;
				sb[nitem] = i;
				nitem++;
				if (i < l->len)
					i += len - 1;
				a = i + 1;
			}
		}
		while (nitem > 0) {
			char	*it;

			a = sa[nitem - 1];
			i = sb[nitem - 1];
			while (a < i && s[a] == ' ')
				a++;
			while (i > a && s[i - 1] == ' ')
				i--;
			for (k = 0; k < sizeof(crumb_leaf) /
			    sizeof(crumb_leaf[0]); k++)
				if (strlen(crumb_leaf[k]) == i - a &&
				    memcmp(s + a, crumb_leaf[k], i - a) == 0)
					break;
			if (i == a || k < sizeof(crumb_leaf) /
			    sizeof(crumb_leaf[0])) {
				nitem--;
				continue;
			}
			if (nitem == 1 || (i - a == 6 && (memcmp(s + a,
			    "首页", 6) == 0 || memcmp(s + a, "首頁", 6) == 0)))
				return NULL;
			it = rw_byline_outlet(s + a, i - a);
			return it;
		}
	}
	return NULL;
}

static char *
choose_category(struct page *p)
{
	const struct hit	*h;
	size_t			 k;
	char			*c;

	for (k = 0; k < p->nhits; k++) {
		h = &p->hits[k];
		if (h->field == RW_F_CATEGORY && !(p->lines[h->line].flags &
		    L_BOILER) && (c = hit_outlet(p, h)) != NULL)
			return c;
	}
	if (p->meta[M_SECTION] != NULL && (c = rw_byline_outlet(
	    p->meta[M_SECTION], strlen(p->meta[M_SECTION]))) != NULL)
		return c;
	return breadcrumb(p);
}

/* ---- URL, snapshot ------------------------------------------------------ */

static int
absolute(const char *u)
{
	return u != NULL && (strncasecmp(u, "http://", 7) == 0 ||
	    strncasecmp(u, "https://", 8) == 0);
}

static const char *
page_url(const struct page *p)
{
	if (absolute(p->canonical))
		return p->canonical;
	if (absolute(p->meta[M_URL]))
		return p->meta[M_URL];
	if (absolute(p->ld_url))
		return p->ld_url;
	if (absolute(p->cleaneval_url))
		return p->cleaneval_url;
	return NULL;
}

/* A URL as given, trimmed; NULL if it holds spaces or control bytes. */
static char *
url_copy(const char *u)
{
	size_t	 n = strlen(u), i;

	while (n > 0 && (unsigned char)u[n - 1] <= ' ')
		n--;
	while (n > 0 && (unsigned char)*u <= ' ')
		u++, n--;
	if (n == 0 || n > 4096)
		return NULL;
	for (i = 0; i < n; i++)
		if ((unsigned char)u[i] <= ' ' || u[i] == 0x7f)
			return NULL;
	return rw_utf8_sanitize(u, n);
}

/* The href of the first link in the line's text range. */
static const char *
line_href(const struct page *p, size_t li)
{
	const struct line	*l = &p->lines[li];
	size_t			 i, end = l->last + 1;
	const char		*h;

	/* The link may start before the first text node. */
	i = l->first > 2 ? l->first - 2 : 0;
	for (; i < end + 2 && i < rw_doc_count(p->d); i++)
		if (rw_doc_node(p->d, i)->tag == RW_TAG_A &&
		    (h = rw_doc_attr(p->d, i, "href")) != NULL && absolute(h))
			return h;
	return NULL;
}

static struct rw_snapshot *
choose_snapshot(struct page *p)
{
	struct rw_snapshot	*s;
	struct seg		 seg[MAX_SEGS];
	struct rw_date		 d;
	const struct hit	*ht = NULL, *hu = NULL;
	const char		*u;
	size_t			 k, nseg;
	char			 out[RW_DATE_ISO_MAX];

	for (k = 0; k < p->nhits; k++) {
		if (p->hits[k].field == RW_F_SNAPTIME && ht == NULL)
			ht = &p->hits[k];
		if (p->hits[k].field == RW_F_SNAPURL && hu == NULL)
			hu = &p->hits[k];
	}
	if (ht == NULL && hu == NULL)
		return NULL;
	s = xcalloc(1, sizeof(*s));
	if (ht != NULL && rw_date_parse(fold_of(p, ht->vline) + ht->value,
	    ht->end - ht->value, RW_DATE_TEXT, &d) > 0) {
		rw_date_iso(&d, p->tz, out);
		s->time = xstrdup(out);
	}
	if (hu != NULL) {
		if ((u = line_href(p, hu->line)) != NULL)
			s->original_url = url_copy(u);
		else if (hu->end > hu->value && absolute(fold_of(p, hu->vline) +
		    hu->value)) {
			/* The address as text: up to the first space. */
			char	*t = xstrndup(fold_of(p, hu->vline) + hu->value,
			    hu->end - hu->value);

			t[strcspn(t, " ")] = '\0';
			s->original_url = url_copy(t);
			free(t);
		}
	}
	/* The snapshot site's name: the last part of the <title>. */
	if (p->title != NULL && (nseg = split_title(p->title,
	    strlen(p->title), seg, MAX_SEGS)) >= 2)
		s->site = clean(p->title + seg[nseg - 1].a, seg[nseg - 1].b -
		    seg[nseg - 1].a, 40);
	else if ((u = page_url(p)) != NULL) {
		u = strstr(u, "://") + 3;
		s->site = clean(u, strcspn(u, "/?#:"), 255);
	}
	return s;
}

/* ---- language ------------------------------------------------------------ */

static char *
choose_lang(struct page *p, const char *title)
{
	struct rw_buf	 s = RW_BUF_INIT;
	size_t		 li;
	char		*lang;

	if (title != NULL) {
		rw_buf_adds(&s, title);
		rw_buf_addc(&s, '\n');
	}
	if (p->b->len > 0)
		rw_buf_add(&s, p->b->text, p->b->len > LANG_BYTES ?
		    LANG_BYTES : p->b->len);
	else
		for (li = p->cfirst; li < p->clast && s.len < LANG_BYTES; li++)
			if (!is_link_line(&p->lines[li])) {
				rw_buf_add(&s, p->raw.data + p->lines[li].raw,
				    p->lines[li].rawlen);
				rw_buf_addc(&s, '\n');
			}
	/* No article text: all lines. */
	if (s.len < 200)
		for (li = 0; li < p->nlines && s.len < LANG_BYTES; li++) {
			rw_buf_add(&s, p->raw.data + p->lines[li].raw,
			    p->lines[li].rawlen);
			rw_buf_addc(&s, '\n');
		}
	rw_buf_cstr(&s);
	lang = rw_lang_detect(s.data, s.len, p->html_lang);
	rw_buf_free(&s);
	return lang;
}

/* ---- entry -------------------------------------------------------------- */

static void
set(char **field, char *v)
{
	if (*field != NULL) {
		free(v);
		return;
	}
	*field = v;
}

static void
page_free(struct page *p)
{
	rw_buf_free(&p->fold);
	rw_buf_free(&p->raw);
	rw_buf_free(&p->para);
	free(p->lines);
	free(p->hits);
	free(p->poff);
	free(p->title);
	free(p->ld_title);
	free(p->ld_date);
	free(p->ld_url);
	rw_strv_free(p->ld_authors, p->nld_authors);
}

int
rw_meta_extract(const struct rw_doc *d, const struct rw_body *b,
    struct rw_article *a, struct rw_err *e)
{
	struct page	 p;
	const char	*u;
	char		*gaoyuan, *site;

	(void)e;
	memset(&p, 0, sizeof(p));
	p.d = d;
	p.b = b;
	p.hl = NONE;
	walk(&p);
	content(&p);
	set(&a->title, choose_title(&p));
	zones(&p);
	paragraphs(&p);
	scan_fields(&p);
	set(&a->lang, choose_lang(&p, a->title));
	p.tz = strncmp(a->lang, "zh", 2) == 0 ? 8 * 60 : RW_DATE_NO_TZ;
	set(&a->published, choose_date(&p));
	set(&a->source, choose_source(&p, &gaoyuan));
	set(&a->origin, choose_origin(&p, a->source, gaoyuan));
	set(&a->site, choose_site(&p));
	set(&a->site_code, choose_site_code(&p));
	/* The site's own name in metadata: a byline naming it is none
	 * (the <title> part may be a blogger's name). */
	if (a->nauthors == 0) {
		site = p.meta[M_SITE] != NULL ? clean(p.meta[M_SITE],
		    strlen(p.meta[M_SITE]), 100) : NULL;
		choose_authors(&p, a, site);
		free(site);
	}
	/* A page without a 来源 field: the site publishes it. */
	if (a->source == NULL && a->site != NULL)
		a->source = xstrdup(a->site);
	set(&a->category, choose_category(&p));
	if ((u = page_url(&p)) != NULL)
		set(&a->url, url_copy(u));
	if (a->snapshot == NULL)
		a->snapshot = choose_snapshot(&p);
	if (a->url == NULL && a->snapshot != NULL &&
	    a->snapshot->original_url != NULL)
		a->url = xstrdup(a->snapshot->original_url);
	page_free(&p);
	return 0;
}

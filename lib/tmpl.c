/* SPDX-License-Identifier: ISC */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE		/* memmem(3): linear-time delimiter search */
#endif

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "io.h"
#include "md.h"
#include "tmpl.h"

#define NONE	SIZE_MAX

enum op {
	OP_TEXT,	/* text */
	OP_INDENT,	/* a kept source line starts: partial indentation */
	OP_VAR,		/* name, esc */
	OP_SECTION,	/* name; body is the nodes up to end */
	OP_INVERTED,	/* name; body is the nodes up to end */
	OP_PARTIAL	/* text is the name; ind the standalone indentation */
};

enum esc {
	ESC_HTML,
	ESC_ATTR,
	ESC_URL,
	ESC_JSON,
	ESC_MD,
	ESC_RAW
};

static const struct {
	const char	*name;
	enum esc	 esc;
} filters[] = {
	{ "html", ESC_HTML },
	{ "attr", ESC_ATTR },
	{ "url", ESC_URL },
	{ "json", ESC_JSON },
	{ "md", ESC_MD },
	{ "raw", ESC_RAW },
};

struct span {
	const char	*s;
	size_t		 n;
};

/*
 * The compiled form is a flat array of nodes; a section's body is the
 * nodes between it and its end index, so there is no tree to free and
 * rendering walks memory in order.  Spans point into the template's own
 * copy of the source.
 */
struct node {
	unsigned char	 op;
	unsigned char	 esc;
	unsigned char	 standalone;	/* OP_PARTIAL alone on its line */
	uint32_t	 line, col;
	uint32_t	 part, nparts;	/* name parts; 0 parts is "." */
	uint32_t	 end;		/* sections: index after the body */
	struct span	 text;
	struct span	 ind;
};

struct rw_tmpl {
	char		*name;
	char		*src;
	int		 flags;
	struct node	*nodes;
	size_t		 nnodes, capnodes;
	struct span	*parts;
	size_t		 nparts, capparts;
};

struct entry {
	char		*key;
	size_t		 keylen;
	struct rw_tmpl	*t;
};

struct rw_tmpl_set {
	struct entry	*e;		/* sorted by key, for bsearch */
	size_t		 n, cap;
	size_t		 max_output;
	unsigned long	 max_steps;
};

struct parser {
	struct rw_tmpl	*t;
	const char	*src;
	size_t		 len;
	struct span	 otag, ctag;
	int		 bol;		/* the next node starts a kept line */
	size_t		 at;		/* src[at] is at line:col */
	uint32_t	 line, col;
	uint32_t	 open[RW_TMPL_MAX_DEPTH];
	struct span	 openname[RW_TMPL_MAX_DEPTH];
	size_t		 nopen;
	struct rw_err	*err;
};

struct render {
	const struct rw_tmpl_set *set;
	struct rw_buf	*out;
	size_t		 start;		/* out->len before this render */
	struct rw_buf	 ind;		/* partial indentation stack */
	const json_t	*ctx[RW_TMPL_MAX_DEPTH + 1];
	size_t		 nctx;
	int		 depth;
	unsigned long	 steps, max_steps;
	size_t		 max_output;
	struct rw_err	*err;
};

static const char *const html_ent[256] = {
	['\0'] = "", ['"'] = "&quot;", ['&'] = "&amp;", ['\''] = "&#39;",
	['<'] = "&lt;", ['='] = "&#61;", ['>'] = "&gt;", ['`'] = "&#96;",
};

/* In a URL '=' is common and harmless inside a quoted attribute. */
static const char *const url_ent[256] = {
	['"'] = "&quot;", ['&'] = "&amp;", ['\''] = "&#39;",
	['<'] = "&lt;", ['>'] = "&gt;", ['`'] = "&#96;",
};

static int	 render(struct render *, const struct rw_tmpl *, size_t,
		    size_t, size_t);

/* --- escaping ------------------------------------------------------------ */

static void
escape_table(struct rw_buf *b, const char *s, size_t n,
    const char *const tab[256])
{
	const char	*e;
	size_t		 i, run = 0;

	for (i = 0; i < n; i++) {
		if ((e = tab[(unsigned char)s[i]]) == NULL)
			continue;
		rw_buf_add(b, s + run, i - run);
		rw_buf_adds(b, e);
		run = i + 1;
	}
	rw_buf_add(b, s + run, n - run);
}

void
rw_tmpl_escape_html(struct rw_buf *b, const char *s, size_t n)
{
	escape_table(b, s, n, html_ent);
}

void
rw_tmpl_escape_attr(struct rw_buf *b, const char *s, size_t n)
{
	unsigned char	 c;
	size_t		 i, run = 0;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (html_ent[c] == NULL && c > 0x20 && c != 0x7f)
			continue;
		rw_buf_add(b, s + run, i - run);
		if (html_ent[c] != NULL)
			rw_buf_adds(b, html_ent[c]);
		else
			rw_buf_printf(b, "&#%d;", c);
		run = i + 1;
	}
	rw_buf_add(b, s + run, n - run);
}

/* Browsers drop tab, CR and LF anywhere in a URL. */
static int
url_ignored(unsigned char c)
{
	return c == '\t' || c == '\n' || c == '\r';
}

static int
scheme_ok(const unsigned char *s, size_t n)
{
	char	 w[5];
	size_t	 i, k = 0;

	for (i = 0; i < n; i++) {
		if (url_ignored(s[i]))
			continue;
		if (k == sizeof(w))
			return 0;
		w[k++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	}
	return (k == 4 && memcmp(w, "http", 4) == 0) ||
	    (k == 5 && memcmp(w, "https", 5) == 0);
}

int
rw_tmpl_url_safe(const char *s, size_t n)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 i, beg = 0, end = n;

	while (beg < end && u[beg] <= 0x20)
		beg++;
	while (end > beg && u[end - 1] <= 0x20)
		end--;
	/* Only the part before the first '/', '?' or '#' can be a scheme. */
	for (i = beg; i < end; i++) {
		switch (u[i]) {
		case '/':
		case '?':
		case '#':
			return 1;
		case '&':
			return 0;
		case '%':
			if (i + 2 < end && u[i + 1] == '3' &&
			    (u[i + 2] | 0x20) == 'a')
				return 0;
			break;
		case ':':
			return scheme_ok(u + beg, i - beg);
		default:
			break;
		}
	}
	return 1;
}

/* The url filter; md selects Markdown instead of attribute escaping. */
static int
escape_url(struct rw_buf *b, const char *s, size_t n, int md)
{
	static const char	 hex[] = "0123456789ABCDEF";
	const unsigned char	*u = (const unsigned char *)s;
	struct rw_buf		 url = RW_BUF_INIT;
	size_t			 i, beg = 0, end = n;

	if (!rw_tmpl_url_safe(s, n)) {
		rw_buf_adds(b, md ? "\\#" : "#");
		return -1;
	}
	while (beg < end && u[beg] <= 0x20)
		beg++;
	while (end > beg && u[end - 1] <= 0x20)
		end--;
	rw_buf_grow(&url, end - beg);
	for (i = beg; i < end; i++) {
		if (url_ignored(u[i]))
			continue;
		if (u[i] <= 0x20 || u[i] == 0x7f) {
			rw_buf_addc(&url, '%');
			rw_buf_addc(&url, hex[u[i] >> 4]);
			rw_buf_addc(&url, hex[u[i] & 0xf]);
		} else
			rw_buf_addc(&url, u[i]);
	}
	if (md)
		rw_md_escapen(b, url.data, url.len);
	else
		escape_table(b, url.data, url.len, url_ent);
	rw_buf_free(&url);
	return 0;
}

int
rw_tmpl_escape_url(struct rw_buf *b, const char *s, size_t n)
{
	return escape_url(b, s, n, 0);
}

static int
dump_cb(const char *buf, size_t size, void *data)
{
	rw_buf_add(data, buf, size);
	return 0;
}

int
rw_tmpl_escape_json(struct rw_buf *b, const json_t *v, struct rw_err *err)
{
	struct rw_buf	 js = RW_BUF_INIT;
	const char	*e;
	size_t		 i, run, skip;

	if (v == NULL) {
		rw_buf_adds(b, "null");
		return 0;
	}
	if (json_dump_callback(v, dump_cb, &js,
	    JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY) == -1) {
		rw_buf_free(&js);
		rw_err_set(err, "value cannot be encoded as json");
		return -1;
	}
	/*
	 * These characters only occur inside JSON strings, where a \u
	 * escape means the same; in a script element they could end it
	 * (</script>, <!--) or end a JavaScript string (U+2028/9).
	 */
	for (i = run = 0; i < js.len; i++) {
		skip = 1;
		switch (js.data[i]) {
		case '<':
			e = "\\u003c";
			break;
		case '>':
			e = "\\u003e";
			break;
		case '&':
			e = "\\u0026";
			break;
		case '\'':
			e = "\\u0027";
			break;
		case '\xe2':
			if (i + 2 < js.len && js.data[i + 1] == '\x80' &&
			    (js.data[i + 2] == '\xa8' ||
			    js.data[i + 2] == '\xa9')) {
				e = js.data[i + 2] == '\xa8' ? "\\u2028" :
				    "\\u2029";
				skip = 3;
				break;
			}
			continue;
		default:
			continue;
		}
		rw_buf_add(b, js.data + run, i - run);
		rw_buf_adds(b, e);
		i += skip - 1;
		run = i + 1;
	}
	rw_buf_add(b, js.data + run, js.len - run);
	rw_buf_free(&js);
	return 0;
}

/* --- parsing ------------------------------------------------------------- */

static size_t
find(const char *src, size_t from, size_t len, struct span needle)
{
	const char	*p;

	if (from > len)
		return NONE;
	p = memmem(src + from, len - from, needle.s, needle.n);
	return p == NULL ? NONE : (size_t)(p - src);
}

static int
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f';
}

static struct span
trim(struct span s)
{
	while (s.n > 0 && is_ws(s.s[0])) {
		s.s++;
		s.n--;
	}
	while (s.n > 0 && is_ws(s.s[s.n - 1]))
		s.n--;
	return s;
}

/* For messages: at most 60 bytes of a name. */
#define SHOW(sp)	(int)((sp).n > 60 ? 60 : (sp).n), (sp).s

static void
advance(struct parser *p, size_t to)
{
	for (; p->at < to; p->at++) {
		if (p->src[p->at] == '\n') {
			p->line++;
			p->col = 1;
		} else if (((unsigned char)p->src[p->at] & 0xc0) != 0x80)
			p->col++;
	}
}

static int __attribute__((format(printf, 4, 5)))
perr(struct parser *p, uint32_t line, uint32_t col, const char *fmt, ...)
{
	char	 msg[400];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	rw_err_set(p->err, "%.100s:%" PRIu32 ":%" PRIu32 ": %s", p->t->name,
	    line, col, msg);
	return -1;
}

static size_t
add_node(struct parser *p, enum op op, uint32_t line, uint32_t col)
{
	struct rw_tmpl	*t = p->t;
	struct node	*n;

	if (t->nnodes == t->capnodes) {
		t->capnodes = t->capnodes == 0 ? 16 : t->capnodes * 2;
		t->nodes = xreallocarray(t->nodes, t->capnodes,
		    sizeof(*t->nodes));
	}
	n = &t->nodes[t->nnodes];
	memset(n, 0, sizeof(*n));
	n->op = op;
	n->line = line;
	n->col = col;
	return t->nnodes++;
}

static void
emit_text(struct parser *p, size_t from, size_t to)
{
	size_t	 i;

	if (from == to)
		return;
	advance(p, from);
	if (p->bol)
		add_node(p, OP_INDENT, p->line, p->col);
	i = add_node(p, OP_TEXT, p->line, p->col);
	p->t->nodes[i].text.s = p->src + from;
	p->t->nodes[i].text.n = to - from;
	p->bol = p->src[to - 1] == '\n';
}

/* Splits a dotted name into t->parts. */
static int
parse_name(struct parser *p, struct span s, uint32_t line, uint32_t col,
    uint32_t *first, uint32_t *nparts)
{
	struct rw_tmpl	*t = p->t;
	size_t		 i, b;

	*first = (uint32_t)t->nparts;
	*nparts = 0;
	if (s.n == 0)
		return perr(p, line, col, "empty tag name");
	if (s.n == 1 && s.s[0] == '.')
		return 0;
	for (i = 0; i < s.n; i++)
		if ((unsigned char)s.s[i] <= 0x20 || s.s[i] == 0x7f ||
		    s.s[i] == '|')
			return perr(p, line, col, "bad name '%.*s': %s",
			    SHOW(s), s.s[i] == '|' ? "a filter is only "
			    "allowed in {{name|filter}}" :
			    "white space or control character");
	for (b = i = 0; i <= s.n; i++) {
		if (i < s.n && s.s[i] != '.')
			continue;
		if (i == b)
			return perr(p, line, col,
			    "bad name '%.*s': empty part", SHOW(s));
		if (t->nparts == t->capparts) {
			t->capparts = t->capparts == 0 ? 16 : t->capparts * 2;
			t->parts = xreallocarray(t->parts, t->capparts,
			    sizeof(*t->parts));
		}
		t->parts[t->nparts].s = s.s + b;
		t->parts[t->nparts].n = i - b;
		t->nparts++;
		(*nparts)++;
		b = i + 1;
	}
	return 0;
}

static int
span_is(struct span s, const char *lit)
{
	return s.n == strlen(lit) && memcmp(s.s, lit, s.n) == 0;
}

static int
span_ends(struct span s, const char *lit)
{
	size_t	 n = strlen(lit);

	return s.n >= n && memcmp(s.s + s.n - n, lit, n) == 0;
}

static int
parse_var(struct parser *p, int kind, struct span s, uint32_t line,
    uint32_t col)
{
	struct span	 name = s, filter, last;
	const char	*bar;
	uint32_t	 first, nparts;
	size_t		 i, k;
	int		 esc;

	esc = (p->t->flags & RW_TMPL_MARKDOWN) ? ESC_MD : ESC_HTML;
	if (kind != 0)
		esc = ESC_RAW;
	if ((bar = memchr(s.s, '|', s.n)) != NULL) {
		if (kind != 0)
			return perr(p, line, col, "filters are not allowed "
			    "in {{{name}}} or {{&name}}");
		name.n = (size_t)(bar - s.s);
		name = trim(name);
		filter.s = bar + 1;
		filter.n = (size_t)(s.s + s.n - filter.s);
		filter = trim(filter);
		for (k = 0; k < sizeof(filters) / sizeof(filters[0]); k++)
			if (span_is(filter, filters[k].name))
				break;
		if (k == sizeof(filters) / sizeof(filters[0]))
			return perr(p, line, col, "unknown filter '%.*s' "
			    "(html, attr, url, json, md, raw)", SHOW(filter));
		esc = filters[k].esc;
	}
	if (parse_name(p, name, line, col, &first, &nparts) == -1)
		return -1;
	if (kind == 0 && bar == NULL && nparts > 0) {
		last = p->t->parts[first + nparts - 1];
		if (span_is(last, "url") || span_is(last, "href") ||
		    span_ends(last, "_url") || span_ends(last, "_href"))
			esc = ESC_URL;
	}
	i = add_node(p, OP_VAR, line, col);
	p->t->nodes[i].esc = (unsigned char)esc;
	p->t->nodes[i].part = first;
	p->t->nodes[i].nparts = nparts;
	return 0;
}

static int
parse_open(struct parser *p, int kind, struct span s, uint32_t line,
    uint32_t col)
{
	uint32_t	 first, nparts;
	size_t		 i;

	if (p->nopen == RW_TMPL_MAX_DEPTH)
		return perr(p, line, col, "sections nested deeper than %d",
		    RW_TMPL_MAX_DEPTH);
	if (parse_name(p, s, line, col, &first, &nparts) == -1)
		return -1;
	i = add_node(p, kind == '#' ? OP_SECTION : OP_INVERTED, line, col);
	p->t->nodes[i].part = first;
	p->t->nodes[i].nparts = nparts;
	p->open[p->nopen] = (uint32_t)i;
	p->openname[p->nopen] = s;
	p->nopen++;
	return 0;
}

static int
parse_close(struct parser *p, struct span s, uint32_t line, uint32_t col)
{
	struct node	*o;
	struct span	 want;

	if (p->nopen == 0)
		return perr(p, line, col, "close tag '%.*s' without an open "
		    "section", SHOW(s));
	want = p->openname[p->nopen - 1];
	o = &p->t->nodes[p->open[p->nopen - 1]];
	if (s.n != want.n || memcmp(s.s, want.s, s.n) != 0)
		return perr(p, line, col, "close tag '%.*s' does not match "
		    "section '%.*s' opened at %" PRIu32 ":%" PRIu32, SHOW(s),
		    SHOW(want), o->line, o->col);
	o->end = (uint32_t)p->t->nnodes;
	p->nopen--;
	return 0;
}

static int
parse_partial(struct parser *p, struct span s, struct span ind, int alone,
    uint32_t line, uint32_t col)
{
	size_t	 i;

	if (s.n == 0)
		return perr(p, line, col, "empty partial name");
	if (s.s[0] == '*')
		return perr(p, line, col, "dynamic partial names are not "
		    "supported");
	for (i = 0; i < s.n; i++)
		if ((unsigned char)s.s[i] <= 0x20 || s.s[i] == 0x7f)
			return perr(p, line, col, "bad partial name '%.*s'",
			    SHOW(s));
	i = add_node(p, OP_PARTIAL, line, col);
	p->t->nodes[i].text = s;
	p->t->nodes[i].ind = ind;
	p->t->nodes[i].standalone = (unsigned char)alone;
	return 0;
}

/* {{=OPEN CLOSE=}}: s is the part between the equals signs. */
static int
parse_delims(struct parser *p, struct span s, uint32_t line, uint32_t col)
{
	struct span	 d[2];
	size_t		 i = 0, k;

	for (k = 0; k < 2; k++) {
		while (i < s.n && is_ws(s.s[i]))
			i++;
		d[k].s = s.s + i;
		while (i < s.n && !is_ws(s.s[i]) && s.s[i] != '=')
			i++;
		d[k].n = (size_t)(s.s + i - d[k].s);
		if (d[k].n == 0)
			break;
	}
	while (i < s.n && is_ws(s.s[i]))
		i++;
	if (k < 2 || i < s.n)
		return perr(p, line, col, "bad set-delimiter tag '%.*s': "
		    "want {{=OPEN CLOSE=}}", SHOW(s));
	p->otag = d[0];
	p->ctag = d[1];
	return 0;
}

/*
 * Finds the end of the tag whose content starts at inner: *close is
 * where the content ends, *end where the tag ends.
 */
static int
find_close(struct parser *p, int kind, size_t inner, size_t *close,
    size_t *end)
{
	size_t	 c, from = inner;

	for (;;) {
		if ((c = find(p->src, from, p->len, p->ctag)) == NONE)
			return -1;
		if (kind != '{') {
			*close = c;
			break;
		}
		if (c > inner && p->src[c - 1] == '}') {
			*close = c - 1;
			break;
		}
		from = c + 1;
	}
	*end = c + p->ctag.n;
	return 0;
}

/*
 * 1 if only spaces and tabs follow *eol up to a newline or the end;
 * then *eol is moved past that newline ("\n" or "\r\n").
 */
static int
line_end(const struct parser *p, size_t *eol)
{
	size_t	 i = *eol;

	while (i < p->len && (p->src[i] == ' ' || p->src[i] == '\t'))
		i++;
	if (i < p->len && p->src[i] == '\r' && i + 1 < p->len &&
	    p->src[i + 1] == '\n')
		i++;
	if (i < p->len && p->src[i] != '\n')
		return 0;
	*eol = i < p->len ? i + 1 : i;
	return 1;
}

static int
parse(struct parser *p)
{
	const char	*src = p->src;
	struct span	 content, ind;
	struct node	*o;
	size_t		 pos = 0, text = 0, tag, inner, close, end, ws, eol;
	uint32_t	 line, col;
	int		 kind, alone, rc;

	while ((tag = find(src, pos, p->len, p->otag)) != NONE) {
		advance(p, tag);
		line = p->line;
		col = p->col;
		inner = tag + p->otag.n;
		kind = inner < p->len ? (unsigned char)src[inner] : 0;
		if (kind != 0 && strchr("!#^/>={&<$", kind) != NULL)
			inner++;
		else
			kind = 0;
		if (kind == '<' || kind == '$')
			return perr(p, line, col, "template inheritance is "
			    "not supported");
		if (find_close(p, kind, inner, &close, &end) == -1)
			return perr(p, line, col, "unclosed tag");
		if (kind == '=') {
			if (close == inner || src[close - 1] != '=')
				return perr(p, line, col, "bad set-delimiter "
				    "tag: want {{=OPEN CLOSE=}}");
			close--;
		}
		content.s = src + inner;
		content.n = close - inner;
		content = trim(content);

		/* Standalone: alone on its line but for spaces and tabs. */
		alone = 0;
		ws = tag;
		eol = end;
		if (kind != 0 && kind != '&' && kind != '{') {
			while (ws > text && (src[ws - 1] == ' ' ||
			    src[ws - 1] == '\t'))
				ws--;
			if (ws == text ? p->bol : src[ws - 1] == '\n')
				alone = line_end(p, &eol);
		}
		if (alone)
			emit_text(p, text, ws);
		else {
			emit_text(p, text, tag);
			if (p->bol)
				add_node(p, OP_INDENT, line, col);
			p->bol = 0;
		}
		ind.s = src + ws;
		ind.n = alone ? tag - ws : 0;
		switch (kind) {
		case '!':
			rc = 0;
			break;
		case '=':
			rc = parse_delims(p, content, line, col);
			break;
		case '#':
		case '^':
			rc = parse_open(p, kind, content, line, col);
			break;
		case '/':
			rc = parse_close(p, content, line, col);
			break;
		case '>':
			rc = parse_partial(p, content, ind, alone, line, col);
			break;
		default:
			rc = parse_var(p, kind, content, line, col);
			break;
		}
		if (rc == -1)
			return -1;
		if (alone) {
			pos = text = eol;
			p->bol = 1;
		} else
			pos = text = end;
	}
	emit_text(p, text, p->len);
	if (p->nopen > 0) {
		o = &p->t->nodes[p->open[p->nopen - 1]];
		return perr(p, o->line, o->col, "unclosed section '%.*s'",
		    SHOW(p->openname[p->nopen - 1]));
	}
	return 0;
}

struct rw_tmpl *
rw_tmpl_parse(const char *name, const char *src, size_t len, int flags,
    struct rw_err *err)
{
	struct parser	 p;
	struct rw_tmpl	*t;

	t = xcalloc(1, sizeof(*t));
	t->name = xstrdup(name != NULL ? name : "template");
	t->flags = flags;
	memset(&p, 0, sizeof(p));
	p.t = t;
	p.err = err;
	p.line = p.col = 1;
	p.bol = 1;
	p.otag.s = "{{";
	p.ctag.s = "}}";
	p.otag.n = p.ctag.n = 2;
	if (len > RW_TMPL_MAX_SIZE) {
		perr(&p, 1, 1, "template is %zu bytes, over the limit of %d",
		    len, RW_TMPL_MAX_SIZE);
		rw_tmpl_free(t);
		return NULL;
	}
	t->src = xmalloc(len + 1);
	if (len > 0)
		memcpy(t->src, src, len);
	t->src[len] = '\0';
	p.src = t->src;
	p.len = len;
	if (parse(&p) == -1) {
		rw_tmpl_free(t);
		return NULL;
	}
	return t;
}

void
rw_tmpl_free(struct rw_tmpl *t)
{
	if (t == NULL)
		return;
	free(t->name);
	free(t->src);
	free(t->nodes);
	free(t->parts);
	free(t);
}

/* --- rendering ----------------------------------------------------------- */

static int __attribute__((format(printf, 4, 5)))
rerr(struct render *r, const struct rw_tmpl *t, const struct node *n,
    const char *fmt, ...)
{
	char	 msg[400];
	va_list	 ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	rw_err_set(r->err, "%.100s:%" PRIu32 ":%" PRIu32 ": %s", t->name,
	    n->line, n->col, msg);
	return -1;
}

static const struct rw_tmpl *
set_find(const struct rw_tmpl_set *set, const char *key, size_t n,
    size_t *pos)
{
	size_t	 lo = 0, hi, mid;
	int	 c;

	hi = set == NULL ? 0 : set->n;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = memcmp(key, set->e[mid].key,
		    n < set->e[mid].keylen ? n : set->e[mid].keylen);
		if (c == 0)
			c = n < set->e[mid].keylen ? -1 :
			    n > set->e[mid].keylen;
		if (c == 0) {
			if (pos != NULL)
				*pos = mid;
			return set->e[mid].t;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	if (pos != NULL)
		*pos = lo;
	return NULL;
}

static const json_t *
lookup(const struct render *r, const struct rw_tmpl *t, const struct node *n)
{
	const struct span	*pp = t->parts + n->part;
	const json_t		*v = NULL;
	size_t			 k;

	if (n->nparts == 0)
		return r->ctx[r->nctx - 1];
	for (k = r->nctx; k-- > 0;)
		if ((v = json_object_getn(r->ctx[k], pp[0].s, pp[0].n)) !=
		    NULL)
			break;
	for (k = 1; v != NULL && k < n->nparts; k++)
		v = json_object_getn(v, pp[k].s, pp[k].n);
	return v;
}

static int
falsy(const json_t *v)
{
	return v == NULL || json_is_null(v) || json_is_false(v) ||
	    (json_is_string(v) && json_string_length(v) == 0) ||
	    (json_is_array(v) && json_array_size(v) == 0);
}

/* The text of a scalar; 0 for what renders as nothing. */
static int
scalar(const json_t *v, char num[32], const char **s, size_t *n)
{
	double	 d;
	int	 prec, k;

	switch (json_typeof(v)) {
	case JSON_STRING:
		*s = json_string_value(v);
		*n = json_string_length(v);
		return 1;
	case JSON_INTEGER:
		k = snprintf(num, 32, "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		break;
	case JSON_REAL:
		/* The shortest of %.15g..%.17g that reads back the same. */
		d = json_real_value(v);
		for (prec = 15; prec < 17; prec++) {
			k = snprintf(num, 32, "%.*g", prec, d);
			if (strtod(num, NULL) == d)
				break;
		}
		if (prec == 17)
			k = snprintf(num, 32, "%.17g", d);
		break;
	case JSON_TRUE:
		k = snprintf(num, 32, "true");
		break;
	case JSON_FALSE:
		k = snprintf(num, 32, "false");
		break;
	default:
		return 0;
	}
	*s = num;
	*n = (size_t)k;
	return 1;
}

static int
put_value(struct render *r, const struct rw_tmpl *t, const struct node *n,
    const json_t *v)
{
	char		 num[32];
	const char	*s;
	size_t		 len;

	if (n->esc == ESC_JSON) {
		if (rw_tmpl_escape_json(r->out, v, NULL) == -1)
			return rerr(r, t, n, "value cannot be encoded as json");
		return 0;
	}
	if (v == NULL || !scalar(v, num, &s, &len))
		return 0;
	switch (n->esc) {
	case ESC_HTML:
		escape_table(r->out, s, len, html_ent);
		break;
	case ESC_ATTR:
		rw_tmpl_escape_attr(r->out, s, len);
		break;
	case ESC_URL:
		escape_url(r->out, s, len, t->flags & RW_TMPL_MARKDOWN);
		break;
	case ESC_MD:
		rw_md_escapen(r->out, s, len);
		break;
	default:
		rw_buf_add(r->out, s, len);
		break;
	}
	return 0;
}

/* Text, indented after each inner newline when inside a partial. */
static void
put_text(struct render *r, struct span s, size_t ind)
{
	const char	*nl;
	size_t		 b = 0;

	if (r->ind.len == ind) {
		rw_buf_add(r->out, s.s, s.n);
		return;
	}
	while ((nl = memchr(s.s + b, '\n', s.n - b)) != NULL &&
	    (size_t)(nl - s.s) + 1 < s.n) {
		rw_buf_add(r->out, s.s + b, (size_t)(nl - s.s) + 1 - b);
		rw_buf_add(r->out, r->ind.data + ind, r->ind.len - ind);
		b = (size_t)(nl - s.s) + 1;
	}
	rw_buf_add(r->out, s.s + b, s.n - b);
}

static int
section(struct render *r, const struct rw_tmpl *t, size_t i,
    const json_t *v, size_t ind)
{
	const struct node	*n = &t->nodes[i];
	size_t			 k, size;

	if (r->depth == RW_TMPL_MAX_DEPTH)
		return rerr(r, t, n, "sections and partials nested deeper "
		    "than %d", RW_TMPL_MAX_DEPTH);
	r->depth++;
	size = json_is_array(v) ? json_array_size(v) : 1;
	for (k = 0; k < size; k++) {
		if (++r->steps > r->max_steps)
			return rerr(r, t, n, "more than %lu render steps",
			    r->max_steps);
		r->ctx[r->nctx++] = json_is_array(v) ? json_array_get(v, k) : v;
		if (render(r, t, i + 1, n->end, ind) == -1)
			return -1;
		r->nctx--;
	}
	r->depth--;
	return 0;
}

static int
partial(struct render *r, const struct rw_tmpl *t, const struct node *n,
    size_t ind)
{
	const struct rw_tmpl	*p;
	size_t			 mark = r->ind.len;
	int			 rc;

	if ((p = set_find(r->set, n->text.s, n->text.n, NULL)) == NULL)
		return 0;
	if (r->depth == RW_TMPL_MAX_DEPTH)
		return rerr(r, t, n, "sections and partials nested deeper "
		    "than %d", RW_TMPL_MAX_DEPTH);
	r->depth++;
	/* A standalone partial's lines get its indentation (spec). */
	if (n->standalone) {
		rw_buf_add(&r->ind, n->ind.s, n->ind.n);
		rc = render(r, p, 0, p->nnodes, ind);
		rw_buf_truncate(&r->ind, mark);
	} else
		rc = render(r, p, 0, p->nnodes, mark);
	r->depth--;
	return rc;
}

/*
 * Renders nodes [i, end) of t; the current partial indentation is
 * r->ind.data[ind .. r->ind.len).  Recursion is bounded by
 * RW_TMPL_MAX_DEPTH (sections and partials); inverted sections need none.
 */
static int
render(struct render *r, const struct rw_tmpl *t, size_t i, size_t end,
    size_t ind)
{
	const struct node	*n;
	const json_t		*v;

	while (i < end) {
		n = &t->nodes[i];
		if (++r->steps > r->max_steps)
			return rerr(r, t, n, "more than %lu render steps",
			    r->max_steps);
		if (r->out->len - r->start > r->max_output)
			return rerr(r, t, n, "output over %zu bytes",
			    r->max_output);
		switch (n->op) {
		case OP_TEXT:
			put_text(r, n->text, ind);
			i++;
			break;
		case OP_INDENT:
			if (r->ind.len > ind)
				rw_buf_add(r->out, r->ind.data + ind,
				    r->ind.len - ind);
			i++;
			break;
		case OP_VAR:
			if (put_value(r, t, n, lookup(r, t, n)) == -1)
				return -1;
			i++;
			break;
		case OP_SECTION:
			v = lookup(r, t, n);
			if (!falsy(v) && section(r, t, i, v, ind) == -1)
				return -1;
			i = n->end;
			break;
		case OP_INVERTED:
			i = falsy(lookup(r, t, n)) ? i + 1 : n->end;
			break;
		case OP_PARTIAL:
			if (partial(r, t, n, ind) == -1)
				return -1;
			i++;
			break;
		}
	}
	return 0;
}

int
rw_tmpl_render(const struct rw_tmpl *t, const struct rw_tmpl_set *set,
    const json_t *data, struct rw_buf *out, struct rw_err *err)
{
	struct render	 r;
	int		 rc;

	memset(&r, 0, sizeof(r));
	r.set = set;
	r.out = out;
	r.start = out->len;
	r.max_output = set != NULL ? set->max_output : RW_TMPL_MAX_OUTPUT;
	r.max_steps = set != NULL ? set->max_steps : RW_TMPL_MAX_STEPS;
	r.err = err;
	r.ctx[0] = data;
	r.nctx = 1;
	rc = render(&r, t, 0, t->nnodes, 0);
	if (rc == 0 && out->len - r.start > r.max_output) {
		rw_err_set(err, "%.100s: output over %zu bytes", t->name,
		    r.max_output);
		rc = -1;
	}
	rw_buf_free(&r.ind);
	if (rc == -1)
		rw_buf_truncate(out, r.start);
	return rc;
}

/* --- template sets ------------------------------------------------------- */

struct rw_tmpl_set *
rw_tmpl_set_new(void)
{
	struct rw_tmpl_set	*set;

	set = xcalloc(1, sizeof(*set));
	set->max_output = RW_TMPL_MAX_OUTPUT;
	set->max_steps = RW_TMPL_MAX_STEPS;
	return set;
}

void
rw_tmpl_set_free(struct rw_tmpl_set *set)
{
	size_t	 i;

	if (set == NULL)
		return;
	for (i = 0; i < set->n; i++) {
		free(set->e[i].key);
		rw_tmpl_free(set->e[i].t);
	}
	free(set->e);
	free(set);
}

void
rw_tmpl_set_limits(struct rw_tmpl_set *set, size_t max_output,
    unsigned long max_steps)
{
	set->max_output = max_output != 0 ? max_output : RW_TMPL_MAX_OUTPUT;
	set->max_steps = max_steps != 0 ? max_steps : RW_TMPL_MAX_STEPS;
}

/* Adds src under key; where names it in messages. */
static int
set_add(struct rw_tmpl_set *set, const char *key, size_t keylen,
    const char *where, const char *src, size_t len, int flags,
    struct rw_err *err)
{
	struct rw_tmpl	*t;
	size_t		 pos;

	if (set_find(set, key, keylen, &pos) != NULL) {
		rw_err_set(err, "%.100s: template '%.*s' is already defined",
		    where, (int)(keylen > 60 ? 60 : keylen), key);
		return -1;
	}
	if ((t = rw_tmpl_parse(where, src, len, flags, err)) == NULL)
		return -1;
	if (set->n == set->cap) {
		set->cap = set->cap == 0 ? 16 : set->cap * 2;
		set->e = xreallocarray(set->e, set->cap, sizeof(*set->e));
	}
	memmove(set->e + pos + 1, set->e + pos,
	    (set->n - pos) * sizeof(*set->e));
	set->e[pos].key = xstrndup(key, keylen);
	set->e[pos].keylen = keylen;
	set->e[pos].t = t;
	set->n++;
	return 0;
}

int
rw_tmpl_set_add(struct rw_tmpl_set *set, const char *name, const char *src,
    size_t len, int flags, struct rw_err *err)
{
	return set_add(set, name, strlen(name), name, src, len, flags, err);
}

/* Template kind by file name: parse flags, or -1 for other files. */
static int
file_kind(const char *name)
{
	if (rw_has_suffix(name, ".html") || rw_has_suffix(name, ".xml"))
		return 0;
	if (rw_has_suffix(name, ".md"))
		return RW_TMPL_MARKDOWN;
	return -1;
}

static int
load_file(struct rw_tmpl_set *set, const char *dir, const char *file,
    struct rw_err *err)
{
	struct rw_err	 e;
	struct stat	 st;
	char		*path, *src;
	size_t		 len;
	int		 rc = 0;

	path = xasprintf("%s/%s", dir, file);
	if (stat(path, &st) == -1) {
		rw_err_set(err, "%.200s: %s", path, strerror(errno));
		free(path);
		return -1;
	}
	if (S_ISREG(st.st_mode)) {
		if (rw_file_read(path, RW_TMPL_MAX_SIZE, &src, &len, &e) ==
		    -1) {
			rw_err_set(err, "%.200s: %s", path, e.msg);
			rc = -1;
		} else {
			rc = set_add(set, file, (size_t)(strrchr(file, '.') -
			    file), path, src, len, file_kind(file), err);
			free(src);
		}
	}
	free(path);
	return rc;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
rw_tmpl_set_load_dir(struct rw_tmpl_set *set, const char *dir,
    struct rw_err *err)
{
	DIR		*d;
	struct dirent	*de;
	char		**names = NULL;
	size_t		  n = 0, cap = 0, i;
	int		  rc = 0;

	if ((d = opendir(dir)) == NULL) {
		rw_err_set(err, "%.200s: %s", dir, strerror(errno));
		return -1;
	}
	for (;;) {
		errno = 0;
		if ((de = readdir(d)) == NULL)
			break;
		if (de->d_name[0] == '.' || file_kind(de->d_name) == -1)
			continue;
		if (n == cap) {
			cap = cap == 0 ? 16 : cap * 2;
			names = xreallocarray(names, cap, sizeof(*names));
		}
		names[n++] = xstrdup(de->d_name);
	}
	if (errno != 0) {
		rw_err_set(err, "%.200s: %s", dir, strerror(errno));
		rc = -1;
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n && rc == 0; i++)
		rc = load_file(set, dir, names[i], err);
	rw_strv_free(names, n);
	return rc;
}

const struct rw_tmpl *
rw_tmpl_set_get(const struct rw_tmpl_set *set, const char *name)
{
	return set_find(set, name, strlen(name), NULL);
}

int
rw_tmpl_set_check(const struct rw_tmpl_set *set, struct rw_err *err)
{
	const struct rw_tmpl	*t;
	const struct node	*n;
	size_t			 i, k;

	for (i = 0; i < set->n; i++) {
		t = set->e[i].t;
		for (k = 0; k < t->nnodes; k++) {
			n = &t->nodes[k];
			if (n->op != OP_PARTIAL ||
			    set_find(set, n->text.s, n->text.n, NULL) != NULL)
				continue;
			rw_err_set(err, "%.100s:%" PRIu32 ":%" PRIu32 ": "
			    "missing partial '%.*s'", t->name, n->line,
			    n->col, SHOW(n->text));
			return -1;
		}
	}
	return 0;
}

int
rw_tmpl_set_render(const struct rw_tmpl_set *set, const char *name,
    const json_t *data, struct rw_buf *out, struct rw_err *err)
{
	const struct rw_tmpl	*t;

	if ((t = rw_tmpl_set_get(set, name)) == NULL) {
		rw_err_set(err, "no template '%.100s'", name);
		return -1;
	}
	return rw_tmpl_render(t, set, data, out, err);
}

/* SPDX-License-Identifier: ISC */
#include <err.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xxhash.h>

#include "util.h"

extern char *program_invocation_short_name;

void
rw_err_set(struct rw_err *e, const char *fmt, ...)
{
	va_list	 ap;

	if (e == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
}

void
rw_err_clear(struct rw_err *e)
{
	if (e != NULL)
		e->msg[0] = '\0';
}

void
rw_warnx(const char *where, const char *fmt, ...)
{
	va_list			 ap;
	const unsigned char	*w;

	fprintf(stderr, "%s: ", program_invocation_short_name);
	if (where != NULL) {
		/* File names may hold newlines: keep the message one line. */
		for (w = (const unsigned char *)where; *w != '\0'; w++)
			if (*w < 0x20 || *w == 0x7f)
				fprintf(stderr, "\\%03o", *w);
			else
				fputc(*w, stderr);
		fputs(": ", stderr);
	}
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
rw_usage_error(const char *word)
{
	rw_warnx(NULL, "unknown option or missing argument: %s",
	    word != NULL ? word : "?");
}

void *
xmalloc(size_t n)
{
	void	*p;

	if ((p = malloc(n == 0 ? 1 : n)) == NULL)
		err(1, NULL);
	return p;
}

void *
xcalloc(size_t n, size_t sz)
{
	void	*p;

	if ((p = calloc(n == 0 ? 1 : n, sz == 0 ? 1 : sz)) == NULL)
		err(1, NULL);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	if ((p = realloc(p, n == 0 ? 1 : n)) == NULL)
		err(1, NULL);
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t sz)
{
	if (sz != 0 && n > SIZE_MAX / sz) {
		errno = ENOMEM;
		err(1, NULL);
	}
	return xrealloc(p, n * sz);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p;

	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	struct rw_buf	 b = RW_BUF_INIT;
	va_list		 ap;

	va_start(ap, fmt);
	rw_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return rw_buf_take(&b);
}

void
rw_buf_grow(struct rw_buf *b, size_t need)
{
	size_t	 cap;

	if (need >= SIZE_MAX - b->len - 1) {
		errno = ENOMEM;
		err(1, NULL);
	}
	if (b->len + need + 1 <= b->cap)
		return;
	cap = b->cap < 64 ? 64 : b->cap;
	while (cap < b->len + need + 1)
		cap = cap > SIZE_MAX / 2 ? b->len + need + 1 : cap * 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void
rw_buf_add(struct rw_buf *b, const void *p, size_t n)
{
	rw_buf_grow(b, n);
	if (n > 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
rw_buf_addc(struct rw_buf *b, int c)
{
	rw_buf_grow(b, 1);
	b->data[b->len++] = (char)c;
	b->data[b->len] = '\0';
}

void
rw_buf_adds(struct rw_buf *b, const char *s)
{
	rw_buf_add(b, s, strlen(s));
}

void
rw_buf_vprintf(struct rw_buf *b, const char *fmt, va_list ap)
{
	va_list	 cp;
	int	 n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	rw_buf_grow(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void
rw_buf_printf(struct rw_buf *b, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	rw_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void
rw_buf_truncate(struct rw_buf *b, size_t len)
{
	if (len < b->len) {
		b->len = len;
		b->data[len] = '\0';
	}
}

const char *
rw_buf_cstr(struct rw_buf *b)
{
	rw_buf_grow(b, 0);
	b->data[b->len] = '\0';
	return b->data;
}

char *
rw_buf_take(struct rw_buf *b)
{
	char	*p;

	rw_buf_cstr(b);
	p = b->data;
	b->data = NULL;
	b->len = b->cap = 0;
	return p;
}

void
rw_buf_free(struct rw_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

uint64_t
rw_hash64_more(uint64_t h, const void *p, size_t n)
{
	const unsigned char	*s = p;
	size_t			 i;

	for (i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

uint64_t
rw_hash64(const void *p, size_t n)
{
	return rw_hash64_more(RW_HASH64_INIT, p, n);
}

uint64_t
rw_digest64(const void *p, size_t n)
{
	return XXH3_64bits(p, n);
}

void
rw_hex64(uint64_t v, char out[17])
{
	static const char	 hex[] = "0123456789abcdef";
	int			 i;

	for (i = 15; i >= 0; i--) {
		out[i] = hex[v & 0xf];
		v >>= 4;
	}
	out[16] = '\0';
}

int
rw_streq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

int
rw_has_prefix(const char *s, const char *p)
{
	return strncmp(s, p, strlen(p)) == 0;
}

int
rw_has_suffix(const char *s, const char *x)
{
	size_t	 n = strlen(s), m = strlen(x);

	return n >= m && memcmp(s + n - m, x, m) == 0;
}

struct strpos {
	const char	*s;
	size_t		 i;
};

static int
cmp_strpos(const void *a, const void *b)
{
	const struct strpos	*x = a, *y = b;
	int			 c;

	if ((c = strcmp(x->s, y->s)) != 0)
		return c;
	return x->i < y->i ? -1 : x->i > y->i;
}

void
rw_strv_uniq(char **v, size_t *n)
{
	struct strpos	*p;
	size_t		 i, out;
	char		*dup;

	if (*n < 2)
		return;
	p = xreallocarray(NULL, *n, sizeof(*p));
	dup = xcalloc(*n, 1);
	for (i = 0; i < *n; i++) {
		p[i].s = v[i];
		p[i].i = i;
	}
	qsort(p, *n, sizeof(*p), cmp_strpos);
	/* a repeat sorts right after its first appearance */
	for (i = 1; i < *n; i++)
		if (strcmp(p[i].s, p[i - 1].s) == 0)
			dup[p[i].i] = 1;
	free(p);
	for (i = 0, out = 0; i < *n; i++) {
		if (dup[i])
			free(v[i]);
		else
			v[out++] = v[i];
	}
	free(dup);
	*n = out;
}

void
rw_strv_push(char ***v, size_t *n, const char *s)
{
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[(*n)++] = xstrdup(s);
}

void
rw_strv_free(char **v, size_t n)
{
	size_t	 i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* SPDX-License-Identifier: ISC */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io.h"

int
rw_file_read(const char *path, size_t max, char **data, size_t *len,
    struct rw_err *e)
{
	struct stat	 st;
	char		*buf = NULL;
	size_t		 n = 0, cap;
	ssize_t		 r;
	int		 fd;

	*data = NULL;
	*len = 0;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)) == -1) {
		rw_err_set(e, "%s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1) {
		rw_err_set(e, "%s", strerror(errno));
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		rw_err_set(e, "is a directory");
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		rw_err_set(e, "not a regular file");
		goto fail;
	}
	if ((unsigned long long)st.st_size > max) {
		rw_err_set(e, "file is %lld bytes, over the limit of %zu",
		    (long long)st.st_size, max);
		goto fail;
	}
	/* The size may change under us; read until EOF, never past max. */
	cap = (size_t)st.st_size + 1;
	buf = xmalloc(cap);
	for (;;) {
		if (n + 1 >= cap) {
			if (cap > max + 1) {
				rw_err_set(e, "file grew over the limit of %zu",
				    max);
				goto fail;
			}
			cap = cap * 2 > max + 2 ? max + 2 : cap * 2;
			buf = xrealloc(buf, cap);
		}
		r = read(fd, buf + n, cap - n - 1);
		if (r == -1) {
			if (errno == EINTR)
				continue;
			rw_err_set(e, "%s", strerror(errno));
			goto fail;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > max) {
			rw_err_set(e, "file grew over the limit of %zu", max);
			goto fail;
		}
	}
	close(fd);
	buf[n] = '\0';
	*data = buf;
	*len = n;
	return 0;
fail:
	free(buf);
	close(fd);
	return -1;
}

int
rw_mkdirs(const char *path, struct rw_err *e)
{
	char	*p, *s;

	if (*path == '\0')
		return 0;
	p = xstrdup(path);
	for (s = p + 1; ; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		int end = *s == '\0';
		*s = '\0';
		if (mkdir(p, 0777) == -1 && errno != EEXIST) {
			rw_err_set(e, "%s: %s", p, strerror(errno));
			free(p);
			return -1;
		}
		if (end)
			break;
		*s = '/';
	}
	free(p);
	return 0;
}

static int
mkparent(const char *path, struct rw_err *e)
{
	const char	*slash;
	char		*dir;
	int		 rc;

	if ((slash = strrchr(path, '/')) == NULL || slash == path)
		return 0;
	dir = xstrndup(path, (size_t)(slash - path));
	rc = rw_mkdirs(dir, e);
	free(dir);
	return rc;
}

int
rw_file_write_atomic(const char *path, const void *data, size_t len,
    struct rw_err *e)
{
	const char	*p = data;
	char		*tmp;
	size_t		 off = 0;
	ssize_t		 w;
	int		 fd;

	if (mkparent(path, e) == -1)
		return -1;
	tmp = xasprintf("%s.tmpXXXXXX", path);
	if ((fd = mkstemp(tmp)) == -1) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		free(tmp);
		return -1;
	}
	while (off < len) {
		w = write(fd, p + off, len - off);
		if (w == -1) {
			if (errno == EINTR)
				continue;
			rw_err_set(e, "%s: %s", path, strerror(errno));
			goto fail;
		}
		off += (size_t)w;
	}
	/* mkstemp makes 0600; published files must be world-readable. */
	if (fchmod(fd, 0644) == -1 || close(fd) == -1) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) == -1) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		goto fail;
	}
	free(tmp);
	return 0;
fail:
	if (fd != -1)
		close(fd);
	unlink(tmp);
	free(tmp);
	return -1;
}

int
rw_file_update(const char *path, const void *data, size_t len, int *changed,
    struct rw_err *e)
{
	struct stat	 st;
	char		*old;
	size_t		 oldlen;
	int		 same = 0;

	if (changed != NULL)
		*changed = 0;
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	    (size_t)st.st_size == len &&
	    rw_file_read(path, len, &old, &oldlen, NULL) == 0) {
		same = oldlen == len && memcmp(old, data, len) == 0;
		free(old);
	}
	if (same)
		return 0;
	if (changed != NULL)
		*changed = 1;
	return rw_file_write_atomic(path, data, len, e);
}

void
rw_lines_init(struct rw_lines *l, FILE *fp, const char *name, size_t max)
{
	memset(l, 0, sizeof(*l));
	l->fp = fp;
	l->name = name;
	l->max = max;
}

int
rw_lines_next(struct rw_lines *l, struct rw_err *e)
{
	int	 c, toolong = 0;

	l->len = 0;
	l->lineno++;
	/* getc_unlocked: the reader owns its stream; this is the hot loop. */
	while ((c = getc_unlocked(l->fp)) != EOF && c != '\n') {
		if (l->len >= l->max) {
			toolong = 1;
			continue;
		}
		if (l->len + 1 >= l->cap) {
			l->cap = l->cap ? l->cap * 2 : 4096;
			l->line = xrealloc(l->line, l->cap);
		}
		l->line[l->len++] = (char)c;
	}
	if (ferror(l->fp)) {
		rw_err_set(e, "%s: %s", l->name, strerror(errno));
		return -1;
	}
	if (c == EOF && l->len == 0 && !toolong)
		return 0;
	if (toolong) {
		rw_err_set(e, "%s:%lu: line longer than %zu bytes",
		    l->name, l->lineno, l->max);
		return -1;
	}
	if (l->line == NULL) {
		l->cap = 4096;
		l->line = xmalloc(l->cap);
	}
	l->line[l->len] = '\0';
	/* Tolerate CRLF files. */
	if (l->len > 0 && l->line[l->len - 1] == '\r')
		l->line[--l->len] = '\0';
	return 1;
}

void
rw_lines_free(struct rw_lines *l)
{
	free(l->line);
	l->line = NULL;
	l->len = l->cap = 0;
}

int
rw_fclose_checked(FILE *fp, const char *name, struct rw_err *e)
{
	int	 bad;

	bad = fflush(fp) == EOF || ferror(fp);
	if (fclose(fp) == EOF)
		bad = 1;
	if (bad) {
		rw_err_set(e, "%s: write error: %s", name, strerror(errno));
		return -1;
	}
	return 0;
}

int
rw_list_read(const char *path, int nul, char ***v, size_t *n, struct rw_err *e)
{
	struct rw_buf	 b = RW_BUF_INIT;
	FILE		*fp;
	int		 c, sep = nul ? '\0' : '\n';

	if (strcmp(path, "-") == 0)
		fp = stdin;
	else if ((fp = fopen(path, "r")) == NULL) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		return -1;
	}
	for (;;) {
		c = getc_unlocked(fp);
		if (c == EOF || c == sep) {
			if (!nul && b.len > 0 && b.data[b.len - 1] == '\r')
				b.len--;
			if (b.len > 0) {
				rw_buf_cstr(&b);
				b.data[b.len] = '\0';
				rw_strv_push(v, n, b.data);
			}
			b.len = 0;
			if (c == EOF)
				break;
			continue;
		}
		rw_buf_addc(&b, c);
	}
	rw_buf_free(&b);
	if (ferror(fp)) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		if (fp != stdin)
			fclose(fp);
		return -1;
	}
	if (fp != stdin)
		fclose(fp);
	return 0;
}

int
rw_shard_parse(const char *s, unsigned *k, unsigned *n)
{
	char		*end;
	unsigned long	 a, b;

	a = strtoul(s, &end, 10);
	if (end == s || *end != '/')
		return -1;
	s = end + 1;
	b = strtoul(s, &end, 10);
	if (end == s || *end != '\0' || a < 1 || b < 1 || a > b ||
	    b > 65536)
		return -1;
	*k = (unsigned)a;
	*n = (unsigned)b;
	return 0;
}

int
rw_shard_mine(const char *key, unsigned k, unsigned n)
{
	if (n <= 1)
		return 1;
	return rw_hash64(key, strlen(key)) % n == k - 1;
}

int
rw_afile_open(struct rw_afile *a, const char *path, struct rw_err *e)
{
	int	 fd;

	memset(a, 0, sizeof(*a));
	if (mkparent(path, e) == -1)
		return -1;
	a->tmp = xasprintf("%s.tmpXXXXXX", path);
	if ((fd = mkstemp(a->tmp)) == -1) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		free(a->tmp);
		a->tmp = NULL;
		return -1;
	}
	/* mkstemp makes 0600; published files must be world-readable. */
	if (fchmod(fd, 0644) == -1 || (a->fp = fdopen(fd, "w")) == NULL) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		close(fd);
		unlink(a->tmp);
		free(a->tmp);
		a->tmp = NULL;
		return -1;
	}
	a->path = xstrdup(path);
	return 0;
}

/* 1 if the two files hold the same bytes; 0 otherwise or on any error. */
static int
same_bytes(const char *p1, const char *p2)
{
	FILE	*f1, *f2;
	char	 b1[65536], b2[65536];
	size_t	 n1, n2;
	int	 same = 0;

	if ((f1 = fopen(p1, "r")) == NULL)
		return 0;
	if ((f2 = fopen(p2, "r")) == NULL) {
		fclose(f1);
		return 0;
	}
	for (;;) {
		n1 = fread(b1, 1, sizeof(b1), f1);
		n2 = fread(b2, 1, sizeof(b2), f2);
		if (n1 != n2 || memcmp(b1, b2, n1) != 0)
			break;
		if (n1 == 0) {
			same = !ferror(f1) && !ferror(f2);
			break;
		}
	}
	fclose(f1);
	fclose(f2);
	return same;
}

int
rw_afile_commit(struct rw_afile *a, int *changed, struct rw_err *e)
{
	struct stat	 st, nst;
	int		 rc = -1;

	if (changed != NULL)
		*changed = 0;
	if (a->fp == NULL)
		return -1;
	if (rw_fclose_checked(a->fp, a->path, e) == -1) {
		a->fp = NULL;
		goto out;
	}
	a->fp = NULL;
	if (stat(a->path, &st) == 0 && S_ISREG(st.st_mode) &&
	    stat(a->tmp, &nst) == 0 && st.st_size == nst.st_size &&
	    same_bytes(a->path, a->tmp)) {
		rc = 0;
		goto out;
	}
	if (rename(a->tmp, a->path) == -1) {
		rw_err_set(e, "%s: %s", a->path, strerror(errno));
		goto out;
	}
	if (changed != NULL)
		*changed = 1;
	free(a->tmp);
	a->tmp = NULL;
	rc = 0;
out:
	rw_afile_abort(a);
	return rc;
}

void
rw_afile_abort(struct rw_afile *a)
{
	if (a->fp != NULL)
		fclose(a->fp);
	if (a->tmp != NULL)
		unlink(a->tmp);
	free(a->tmp);
	free(a->path);
	memset(a, 0, sizeof(*a));
}

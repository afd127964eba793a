/* SPDX-License-Identifier: ISC */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "io.h"
#include "map.h"

#define INDEX_MAGIC	"rw-index/1"

struct row {
	uint32_t	 src;		/* which loaded output */
	uint64_t	 size;
	int64_t		 mtime;
	uint64_t	 offset;
	uint64_t	 len;
	char		 key[17];
	char		*file;
};

struct rw_cache {
	char		 tool[17];
	FILE		**srcs;
	size_t		 nsrcs;
	struct row	*rows;
	size_t		 nrows;
	struct rw_map	*by_file;	/* file -> row */
	struct rw_map	*by_key;	/* content key -> row */
};

struct rw_index {
	FILE		*fp;
	char		*path;
	char		*tmp;
};

struct rw_cache *
rw_cache_new(const char *tool)
{
	struct rw_cache	*c = xcalloc(1, sizeof(*c));

	snprintf(c->tool, sizeof(c->tool), "%s", tool);
	c->by_file = rw_map_new();
	c->by_key = rw_map_new();
	return c;
}

void
rw_cache_free(struct rw_cache *c)
{
	size_t	 i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nsrcs; i++)
		fclose(c->srcs[i]);
	free(c->srcs);
	for (i = 0; i < c->nrows; i++)
		free(c->rows[i].file);
	free(c->rows);
	rw_map_free(c->by_file);
	rw_map_free(c->by_key);
	free(c);
}

/* File names are stored with \\, \t and \n escaped. */
static void
escape(FILE *fp, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\')
			fputs("\\\\", fp);
		else if (*s == '\t')
			fputs("\\t", fp);
		else if (*s == '\n')
			fputs("\\n", fp);
		else
			putc(*s, fp);
	}
}

static char *
unescape(const char *s)
{
	char	*out = xmalloc(strlen(s) + 1), *o = out;

	for (; *s != '\0'; s++) {
		if (*s == '\\' && s[1] != '\0') {
			s++;
			*o++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s;
		} else
			*o++ = *s;
	}
	*o = '\0';
	return out;
}

long
rw_index_read(const char *path, const char *tool,
    void (*fn)(void *, const struct rw_index_row *), void *arg,
    struct rw_err *e)
{
	struct rw_index_row	 r;
	struct rw_lines		 l;
	FILE			*fp;
	char			*f[6], *p, *file;
	long			 rows = 0;
	int			 rc, i;

	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	rw_lines_init(&l, fp, path, 1 << 20);
	if (rw_lines_next(&l, e) != 1 ||
	    strncmp(l.line, INDEX_MAGIC " ", sizeof(INDEX_MAGIC)) != 0 ||
	    (tool != NULL && strcmp(l.line + sizeof(INDEX_MAGIC), tool) != 0))
		goto done;
	while ((rc = rw_lines_next(&l, e)) == 1) {
		/* key size mtime offset len file */
		for (p = l.line, i = 0; i < 6 && p != NULL; i++) {
			f[i] = p;
			if (i < 5 && (p = strchr(p, '\t')) != NULL)
				*p++ = '\0';
		}
		if (p == NULL || strlen(f[0]) != 16) {
			rw_err_set(e, "%s:%lu: damaged index row", path,
			    l.lineno);
			rows = -1;
			goto done;
		}
		file = unescape(f[5]);
		r.file = file;
		r.key = f[0];
		r.size = strtoull(f[1], NULL, 10);
		r.mtime = strtoll(f[2], NULL, 10);
		r.offset = strtoull(f[3], NULL, 10);
		r.len = strtoull(f[4], NULL, 10);
		fn(arg, &r);
		free(file);
		rows++;
	}
	if (rc == -1)
		rows = -1;
done:
	rw_lines_free(&l);
	fclose(fp);
	return rows;
}

struct load {
	struct rw_cache	*c;
	uint32_t	 src;
};

static void
add_row(void *arg, const struct rw_index_row *ir)
{
	struct load	*ld = arg;
	struct rw_cache	*c = ld->c;
	struct row	 r;

	memset(&r, 0, sizeof(r));
	r.src = ld->src;
	memcpy(r.key, ir->key, 17);
	r.size = ir->size;
	r.mtime = ir->mtime;
	r.offset = ir->offset;
	r.len = ir->len;
	r.file = xstrdup(ir->file);
	c->rows = xreallocarray(c->rows, c->nrows + 1, sizeof(r));
	c->rows[c->nrows] = r;
	rw_map_put(c->by_file, r.file, strlen(r.file), c->nrows);
	rw_map_put(c->by_key, r.key, 16, c->nrows);
	c->nrows++;
}

long
rw_cache_load(struct rw_cache *c, const char *path, struct rw_err *e)
{
	struct load	 ld = { c, (uint32_t)c->nsrcs };
	FILE		*src;
	char		*ipath;
	long		 rows;

	if ((src = fopen(path, "r")) == NULL)
		return 0;
	ipath = xasprintf("%s.idx", path);
	rows = rw_index_read(ipath, c->tool, add_row, &ld, e);
	free(ipath);
	if (rows <= 0) {
		fclose(src);
		return rows;
	}
	c->srcs = xreallocarray(c->srcs, c->nsrcs + 1, sizeof(*c->srcs));
	c->srcs[c->nsrcs++] = src;
	return rows;
}

static char *
read_row(struct rw_cache *c, const struct row *r, size_t *len)
{
	char	*buf;
	FILE	*fp = c->srcs[r->src];

	if (r->len > (uint64_t)1 << 31)
		return NULL;
	buf = xmalloc((size_t)r->len + 1);
	if (fseeko(fp, (off_t)r->offset, SEEK_SET) == -1 ||
	    fread(buf, 1, (size_t)r->len, fp) != r->len) {
		free(buf);
		return NULL;
	}
	buf[r->len] = '\0';
	*len = (size_t)r->len;
	return buf;
}

char *
rw_cache_by_stat(struct rw_cache *c, const char *file, uint64_t size,
    int64_t mtime, size_t *len, char key[17])
{
	uint64_t	 i;
	struct row	*r;

	if (!rw_map_get(c->by_file, file, strlen(file), &i))
		return NULL;
	r = &c->rows[i];
	if (r->size != size || r->mtime != mtime)
		return NULL;
	memcpy(key, r->key, 17);
	return read_row(c, r, len);
}

char *
rw_cache_by_key(struct rw_cache *c, const char *key, size_t *len,
    const char **file)
{
	uint64_t	 i;

	if (!rw_map_get(c->by_key, key, strlen(key), &i))
		return NULL;
	*file = c->rows[i].file;
	return read_row(c, &c->rows[i], len);
}

struct rw_index *
rw_index_open(const char *path, const char *tool, struct rw_err *e)
{
	struct rw_index	*x = xcalloc(1, sizeof(*x));
	int		 fd;

	x->path = xstrdup(path);
	x->tmp = xasprintf("%s.tmpXXXXXX", path);
	if ((fd = mkstemp(x->tmp)) == -1 ||
	    (x->fp = fdopen(fd, "w")) == NULL) {
		rw_err_set(e, "%s: %s", path, strerror(errno));
		if (fd != -1) {
			close(fd);
			unlink(x->tmp);
		}
		free(x->path);
		free(x->tmp);
		free(x);
		return NULL;
	}
	fprintf(x->fp, "%s %s\n", INDEX_MAGIC, tool);
	return x;
}

void
rw_index_add(struct rw_index *x, const char *file, uint64_t size,
    int64_t mtime, const char *key, uint64_t offset, uint64_t len)
{
	fprintf(x->fp, "%s\t%llu\t%lld\t%llu\t%llu\t", key,
	    (unsigned long long)size, (long long)mtime,
	    (unsigned long long)offset, (unsigned long long)len);
	escape(x->fp, file);
	putc('\n', x->fp);
}

int
rw_index_close(struct rw_index *x, struct rw_err *e)
{
	int	 rc = 0;

	if (x == NULL)
		return 0;
	if (rw_fclose_checked(x->fp, x->path, e) == -1)
		rc = -1;
	else if (rename(x->tmp, x->path) == -1) {
		rw_err_set(e, "%s: %s", x->path, strerror(errno));
		rc = -1;
	}
	if (rc == -1)
		unlink(x->tmp);
	free(x->path);
	free(x->tmp);
	free(x);
	return rc;
}

void
rw_index_abandon(struct rw_index *x)
{
	fclose(x->fp);
	unlink(x->tmp);
	free(x->path);
	free(x->tmp);
	free(x);
}

int
rw_self_id(char id[17])
{
	char	*data;
	size_t	 len;

	if (rw_file_read("/proc/self/exe", (size_t)1 << 30, &data, &len,
	    NULL) == -1)
		return -1;
	rw_hex64(rw_hash64(data, len), id);
	free(data);
	return 0;
}

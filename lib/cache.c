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
rw_cache_load(struct rw_cache *c, const char *path, struct rw_err *e)
{
	struct rw_lines	 l;
	struct row	 r;
	FILE		*idx, *src;
	char		*ipath, *f[6], *p;
	long		 added = 0;
	int		 rc, i;

	ipath = xasprintf("%s.idx", path);
	idx = fopen(ipath, "r");
	src = fopen(path, "r");
	if (idx == NULL || src == NULL)
		goto none;
	rw_lines_init(&l, idx, ipath, 1 << 20);
	if (rw_lines_next(&l, e) != 1 ||
	    strncmp(l.line, INDEX_MAGIC " ", sizeof(INDEX_MAGIC)) != 0 ||
	    strcmp(l.line + sizeof(INDEX_MAGIC), c->tool) != 0) {
		rw_lines_free(&l);
		goto none;
	}
	c->srcs = xreallocarray(c->srcs, c->nsrcs + 1, sizeof(*c->srcs));
	c->srcs[c->nsrcs++] = src;
	src = NULL;
	while ((rc = rw_lines_next(&l, e)) == 1) {
		/* key size mtime offset len file */
		p = l.line;
		for (i = 0; i < 6; i++) {
			f[i] = p;
			if (i < 5) {
				if ((p = strchr(p, '\t')) == NULL)
					break;
				*p++ = '\0';
			}
		}
		if (i < 6 || strlen(f[0]) != 16) {
			rw_err_set(e, "%s:%lu: damaged index row", ipath,
			    l.lineno);
			rw_lines_free(&l);
			fclose(idx);
			free(ipath);
			return -1;
		}
		memset(&r, 0, sizeof(r));
		r.src = (uint32_t)(c->nsrcs - 1);
		memcpy(r.key, f[0], 17);
		r.size = strtoull(f[1], NULL, 10);
		r.mtime = strtoll(f[2], NULL, 10);
		r.offset = strtoull(f[3], NULL, 10);
		r.len = strtoull(f[4], NULL, 10);
		r.file = unescape(f[5]);
		c->rows = xreallocarray(c->rows, c->nrows + 1, sizeof(r));
		c->rows[c->nrows] = r;
		rw_map_put(c->by_file, r.file, strlen(r.file), c->nrows);
		rw_map_put(c->by_key, r.key, 16, c->nrows);
		c->nrows++;
		added++;
	}
	rw_lines_free(&l);
	fclose(idx);
	free(ipath);
	return rc == -1 ? -1 : added;
none:
	if (idx != NULL)
		fclose(idx);
	if (src != NULL)
		fclose(src);
	free(ipath);
	return 0;
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

/* SPDX-License-Identifier: ISC */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io.h"
#include "site.h"
#include "util.h"

#define MANIFEST_MAX	((size_t)1024 * 1024 * 1024)

struct rw_site {
	char		*dir;
	char		**old;		/* previous manifest, sorted */
	size_t		 nold;
	char		**cur;		/* written in this run */
	size_t		 ncur;
	char		**dirs;		/* directories known to be safe */
	size_t		 ndirs;
	size_t		 written;
};

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
rw_site_path_ok(const char *rel)
{
	const char	*p;
	int		 start = 1;

	if (rel == NULL || *rel == '\0' || strlen(rel) > 255)
		return 0;
	for (p = rel; *p != '\0'; p++) {
		if (*p == '/') {
			if (start)
				return 0;	/* empty component */
			start = 1;
			continue;
		}
		if (start && *p == '.')
			return 0;		/* ".", ".." and dot files */
		start = 0;
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '.' || *p == '_' ||
		    *p == '-'))
			return 0;
	}
	return !start;
}

void
rw_slug(const char *s, char out[RW_SLUG_SIZE])
{
	rw_hex64(rw_hash64(s, strlen(s)), out);
}

struct rw_site *
rw_site_open(const char *dir, struct rw_err *e)
{
	struct rw_site	*s;
	struct stat	 st;
	char		*path, *data, *line, *nl;
	size_t		 len;

	if (rw_mkdirs(dir, e) == -1)
		return NULL;
	if (stat(dir, &st) == -1 || !S_ISDIR(st.st_mode)) {
		rw_err_set(e, "%s: not a directory", dir);
		return NULL;
	}
	s = xcalloc(1, sizeof(*s));
	s->dir = xstrdup(dir);
	path = xasprintf("%s/%s", dir, RW_SITE_MANIFEST);
	if (access(path, F_OK) == 0) {
		if (rw_file_read(path, MANIFEST_MAX, &data, &len, e) == -1) {
			free(path);
			rw_site_free(s);
			return NULL;
		}
		for (line = data; *line != '\0'; line = nl + 1) {
			if ((nl = strchr(line, '\n')) == NULL)
				nl = line + strlen(line) - 1;
			else
				*nl = '\0';
			/* A manifest line that is no safe path is ignored. */
			if (rw_site_path_ok(line))
				rw_strv_push(&s->old, &s->nold, line);
			if (nl[1] == '\0')
				break;
		}
		free(data);
		if (s->nold > 1)
			qsort(s->old, s->nold, sizeof(*s->old), cmpstr);
	}
	free(path);
	return s;
}

void
rw_site_free(struct rw_site *s)
{
	if (s == NULL)
		return;
	rw_strv_free(s->old, s->nold);
	rw_strv_free(s->cur, s->ncur);
	rw_strv_free(s->dirs, s->ndirs);
	free(s->dir);
	free(s);
}

/*
 * Checks the path and makes sure every directory on the way exists inside
 * the site and is a real directory, not a link leading elsewhere.
 */
static int
prepare(struct rw_site *s, const char *rel, struct rw_err *e)
{
	struct stat	 st;
	const char	*slash;
	char		*sub, *full;
	size_t		 i;

	if (!rw_site_path_ok(rel)) {
		rw_err_set(e, "refusing unsafe output path");
		return -1;
	}
	for (slash = strchr(rel, '/'); slash != NULL;
	    slash = strchr(slash + 1, '/')) {
		sub = xstrndup(rel, (size_t)(slash - rel));
		for (i = 0; i < s->ndirs; i++)
			if (strcmp(s->dirs[i], sub) == 0)
				break;
		if (i < s->ndirs) {
			free(sub);
			continue;
		}
		full = xasprintf("%s/%s", s->dir, sub);
		if (lstat(full, &st) == -1) {
			if (errno != ENOENT || mkdir(full, 0755) == -1) {
				rw_err_set(e, "%s: %s", full, strerror(errno));
				free(full);
				free(sub);
				return -1;
			}
		} else if (!S_ISDIR(st.st_mode)) {
			rw_err_set(e, "%s: not a directory", full);
			free(full);
			free(sub);
			return -1;
		}
		free(full);
		rw_strv_push(&s->dirs, &s->ndirs, sub);
		free(sub);
	}
	return 0;
}

int
rw_site_write(struct rw_site *s, const char *rel, const void *data,
    size_t len, struct rw_err *e)
{
	char	*full;
	int	 changed, rc;

	if (prepare(s, rel, e) == -1)
		return -1;
	full = xasprintf("%s/%s", s->dir, rel);
	rc = rw_file_update(full, data, len, &changed, e);
	free(full);
	if (rc == 0) {
		rw_strv_push(&s->cur, &s->ncur, rel);
		s->written += changed != 0;
	}
	return rc;
}

int
rw_site_stream_open(struct rw_site *s, const char *rel, struct rw_afile *a,
    struct rw_err *e)
{
	char	*full;
	int	 rc;

	if (prepare(s, rel, e) == -1)
		return -1;
	full = xasprintf("%s/%s", s->dir, rel);
	rc = rw_afile_open(a, full, e);
	free(full);
	if (rc == 0)
		rw_strv_push(&s->cur, &s->ncur, rel);
	return rc;
}

int
rw_site_stream_commit(struct rw_site *s, struct rw_afile *a,
    struct rw_err *e)
{
	int	 changed;

	if (rw_afile_commit(a, &changed, e) == -1)
		return -1;
	s->written += changed != 0;
	return 0;
}

/* Removes rel and then its parent directories while they are empty. */
static int
remove_stale(struct rw_site *s, const char *rel, struct rw_err *e)
{
	char	*full, *slash;
	size_t	 top;

	full = xasprintf("%s/%s", s->dir, rel);
	if (unlink(full) == -1 && errno != ENOENT) {
		rw_err_set(e, "%s: %s", full, strerror(errno));
		free(full);
		return -1;
	}
	top = strlen(s->dir);
	while ((slash = strrchr(full, '/')) != NULL &&
	    (size_t)(slash - full) > top) {
		*slash = '\0';
		if (rmdir(full) == -1)
			break;		/* not empty (or gone): stop */
	}
	free(full);
	return 0;
}

/* Writes the manifest: the sorted, distinct paths of v[0..n). */
static int
write_manifest(struct rw_site *s, char **v, size_t n, struct rw_err *e)
{
	struct rw_buf	 m = RW_BUF_INIT;
	char		*path;
	size_t		 i;
	int		 rc;

	if (n > 1)
		qsort(v, n, sizeof(*v), cmpstr);
	for (i = 0; i < n; i++) {
		if (i > 0 && strcmp(v[i - 1], v[i]) == 0)
			continue;
		rw_buf_adds(&m, v[i]);
		rw_buf_addc(&m, '\n');
	}
	path = xasprintf("%s/%s", s->dir, RW_SITE_MANIFEST);
	rc = rw_file_update(path, m.data == NULL ? "" : m.data, m.len, NULL,
	    e);
	free(path);
	rw_buf_free(&m);
	return rc;
}

int
rw_site_abort(struct rw_site *s, struct rw_err *e)
{
	char	**all = NULL;
	size_t	 n = 0, i;
	int	 rc;

	for (i = 0; i < s->nold; i++)
		rw_strv_push(&all, &n, s->old[i]);
	for (i = 0; i < s->ncur; i++)
		rw_strv_push(&all, &n, s->cur[i]);
	rc = write_manifest(s, all, n, e);
	rw_strv_free(all, n);
	return rc;
}

int
rw_site_close(struct rw_site *s, struct rw_site_counts *c,
    struct rw_err *e)
{
	size_t		 i, removed = 0;
	int		 rc = 0;

	/* qsort and bsearch want an array, even of none */
	if (s->ncur > 1)
		qsort(s->cur, s->ncur, sizeof(*s->cur), cmpstr);
	for (i = 1; i < s->ncur; i++)
		if (strcmp(s->cur[i - 1], s->cur[i]) == 0) {
			rw_err_set(e, "%s: written twice", s->cur[i]);
			return -1;
		}
	for (i = 0; i < s->nold; i++) {
		if (s->ncur > 0 && bsearch(&s->old[i], s->cur, s->ncur,
		    sizeof(*s->cur), cmpstr) != NULL)
			continue;
		if (remove_stale(s, s->old[i], e) == -1)
			return -1;
		removed++;
	}
	if (write_manifest(s, s->cur, s->ncur, e) == -1)
		rc = -1;
	if (c != NULL) {
		c->files = s->ncur;
		c->written = s->written;
		c->removed = removed;
	}
	return rc;
}

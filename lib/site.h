/* SPDX-License-Identifier: ISC */
/*
 * site.h - the output tree of a static site: safe relative paths, files
 * written only when their bytes change, and a manifest so that files of a
 * previous run that are no longer produced are removed.
 *
 * Usage: rw_site_open, any number of rw_site_write / rw_site_stream_*
 * calls, then rw_site_close (removes stale files, writes the manifest),
 * then rw_site_free.  The manifest is DIR/.rw-manifest: one path per
 * line, sorted bytewise.  Only paths that rw_site_path_ok accepts are
 * ever written or removed, so neither inputs nor a tampered manifest can
 * reach outside DIR; a directory inside DIR that is a symbolic link is
 * refused too.  Errors go to struct rw_err; nothing here prints.
 */
#ifndef RW_SITE_H
#define RW_SITE_H

#include <stddef.h>
#include <stdio.h>

#include "io.h"
#include "util.h"

#define RW_SITE_MANIFEST	".rw-manifest"
#define RW_SLUG_SIZE		17	/* 16 hex digits + NUL */

struct rw_site;

/* What a run did; filled by rw_site_close. */
struct rw_site_counts {
	size_t	 files;		/* files of this run */
	size_t	 written;	/* created or changed */
	size_t	 removed;	/* stale files of an earlier run */
};

/*
 * Opens (creating) the output directory dir and reads the manifest of the
 * previous run, if any.  Returns NULL with err filled on failure.
 */
struct rw_site	*rw_site_open(const char *dir, struct rw_err *);
void		 rw_site_free(struct rw_site *);

/*
 * Writes data to the relative path rel inside the site, leaving the file
 * alone when it already holds these bytes.  Returns 0, or -1 (bad path,
 * path written twice in this run, I/O error).
 */
int	 rw_site_write(struct rw_site *, const char *rel, const void *data,
	    size_t len, struct rw_err *);

/*
 * For big files: opens a stream for rel (same rules as rw_site_write);
 * write to a->fp, then rw_site_stream_commit (or rw_afile_abort).
 */
int	 rw_site_stream_open(struct rw_site *, const char *rel,
	    struct rw_afile *a, struct rw_err *);
int	 rw_site_stream_commit(struct rw_site *, struct rw_afile *a,
	    struct rw_err *);

/*
 * Removes files named by the previous manifest that this run did not
 * write (and directories left empty by that), then writes the new
 * manifest.  Returns 0 or -1; counts may be NULL.
 */
int	 rw_site_close(struct rw_site *, struct rw_site_counts *,
	    struct rw_err *);

/*
 * For a run that failed part-way: removes nothing, and writes a manifest
 * of the files of both runs, so a later complete run can still remove
 * every file that is no longer made.  Returns 0 or -1.
 */
int	 rw_site_abort(struct rw_site *, struct rw_err *);

/*
 * 1 if rel is a safe relative path: components of [A-Za-z0-9._-] joined
 * by single '/', none empty or starting with '.', at most 255 bytes.
 */
int	 rw_site_path_ok(const char *rel);

/*
 * A file-name-safe slug for any string (campaign or outlet names): the
 * 16 lower-case hex digits of its 64-bit FNV-1a hash.  Stable across
 * runs and machines; s may be any bytes.
 */
void	 rw_slug(const char *s, char out[RW_SLUG_SIZE]);

#endif

/* SPDX-License-Identifier: ISC */
/*
 * io.h - reading inputs with limits, writing outputs atomically, and
 * reading JSON Lines.
 *
 * Errors are reported through struct rw_err (util.h); nothing here prints.
 */
#ifndef RW_IO_H
#define RW_IO_H

#include <stdio.h>
#include <stddef.h>

#include "util.h"

/*
 * Reads a whole regular file (symlinks are followed; directories, devices
 * and FIFOs are refused) of at most max bytes.  On success *data (always
 * NUL-terminated, caller frees) and *len are set.  Returns 0 or -1.
 */
int	 rw_file_read(const char *path, size_t max, char **data, size_t *len,
	    struct rw_err *);

/*
 * Writes data to path through a temporary file in the same directory and
 * rename(2), so readers see the old or the new file, never a partial one.
 * Parent directories are created.  Returns 0 or -1.
 */
int	 rw_file_write_atomic(const char *path, const void *data, size_t len,
	    struct rw_err *);

/*
 * As rw_file_write_atomic, but leaves the file (and its mtime) alone when
 * it already holds exactly these bytes.  *changed (if not NULL) tells
 * whether the file was written.  Returns 0 or -1.
 */
int	 rw_file_update(const char *path, const void *data, size_t len,
	    int *changed, struct rw_err *);

/*
 * Streaming counterpart of rw_file_update, for outputs too big to hold in
 * memory: rw_afile_open creates a temporary file next to path (parents
 * are created) and returns its stream in a->fp; write to it, then
 * rw_afile_commit closes it (checking for write errors) and renames it
 * over path, or, when path already holds exactly these bytes, removes it
 * and leaves path and its mtime alone (*changed, if not NULL, tells).
 * rw_afile_abort removes the temporary file.  Commit and abort release
 * everything, also on failure.  Both return 0 or -1 (abort cannot fail).
 */
struct rw_afile {
	FILE	*fp;
	char	*path;
	char	*tmp;
};

int	 rw_afile_open(struct rw_afile *, const char *path, struct rw_err *);
int	 rw_afile_commit(struct rw_afile *, int *changed, struct rw_err *);
void	 rw_afile_abort(struct rw_afile *);

/* mkdir -p; returns 0 or -1. */
int	 rw_mkdirs(const char *path, struct rw_err *);

/*
 * Line reader for JSON Lines and file lists.  Lines longer than max are
 * skipped whole and reported as an error; the reader then goes on.
 */
struct rw_lines {
	FILE		*fp;
	const char	*name;		/* for messages */
	char		*line;		/* current line, without newline */
	size_t		 len;
	size_t		 cap;
	size_t		 max;
	unsigned long	 lineno;
};

void	 rw_lines_init(struct rw_lines *, FILE *, const char *name, size_t max);
/* 1: a line is ready; 0: end of input; -1: error (line too long, read error). */
int	 rw_lines_next(struct rw_lines *, struct rw_err *);
void	 rw_lines_free(struct rw_lines *);

/*
 * Reads a list of file names, one per line (or NUL-separated when nul is
 * set), skipping empty entries; "-" reads stdin.  Appends to *v / *n.
 * Returns 0 or -1.
 */
int	 rw_list_read(const char *path, int nul, char ***v, size_t *n,
	    struct rw_err *);

/*
 * Parses "K/N" (1 <= K <= N): this process takes every input whose key
 * hashes to K-1 modulo N.  Returns 0 or -1.
 */
int	 rw_shard_parse(const char *, unsigned *k, unsigned *n);
/* 1 if key belongs to shard k of n (n == 0: no sharding). */
int	 rw_shard_mine(const char *key, unsigned k, unsigned n);

/*
 * Closes a stream we wrote and reports write errors (a full disk must not
 * exit 0).  Returns 0 or -1.
 */
int	 rw_fclose_checked(FILE *, const char *name, struct rw_err *);

#endif

/* SPDX-License-Identifier: ISC */
/*
 * cache.h - reusing a previous run's JSON Lines output.
 *
 * A stage may write, beside its output FILE, an index FILE.idx: one row
 * per output line giving the input's identity (name, size, mtime), a key
 * for its content, and the line's offset and length.  The next run loads
 * the previous output through its index and copies the lines of inputs
 * it has already seen instead of recomputing them: first by identity
 * (an untouched file is not even read), then by content key (a touched
 * but unchanged file is read and hashed, not parsed).
 *
 * An index names the program that wrote it (a hash of its executable),
 * so output of another build of the program is never reused.
 */
#ifndef RW_CACHE_H
#define RW_CACHE_H

#include <stdint.h>
#include <stdio.h>

#include "util.h"

struct rw_cache;

/* tool: the id of the running program (rw_self_id). */
struct rw_cache	*rw_cache_new(const char *tool);
void		 rw_cache_free(struct rw_cache *);
/*
 * Adds a previous output (and path.idx).  A missing pair, or one written
 * by another program build, adds nothing and is not an error.  Returns
 * the number of rows added, or -1 on a damaged index.
 */
long		 rw_cache_load(struct rw_cache *, const char *path,
		    struct rw_err *);
/*
 * The line for input file with this size and mtime, or NULL; *key gets
 * its content key.  The line is malloc'ed (caller frees), without '\n'.
 */
char		*rw_cache_by_stat(struct rw_cache *, const char *file,
		    uint64_t size, int64_t mtime, size_t *len, char key[17]);
/* The line for content key, or NULL; *file (borrowed) is its input. */
char		*rw_cache_by_key(struct rw_cache *, const char *key, size_t *len,
		    const char **file);

/* One row of an index. */
struct rw_index_row {
	const char	*file;
	const char	*key;		/* 16 hex digits */
	uint64_t	 size;
	int64_t		 mtime;
	uint64_t	 offset;
	uint64_t	 len;
};

/*
 * Calls fn for every row of the index at path.  With tool set, an index
 * written by another program build yields no rows.  A missing index
 * yields none.  Returns the number of rows, or -1 on a damaged index.
 */
long		 rw_index_read(const char *path, const char *tool,
		    void (*fn)(void *, const struct rw_index_row *), void *,
		    struct rw_err *);

/* Writes the rows of an index. */
struct rw_index;

struct rw_index	*rw_index_open(const char *path, const char *tool,
		    struct rw_err *);
void		 rw_index_add(struct rw_index *, const char *file,
		    uint64_t size, int64_t mtime, const char *key,
		    uint64_t offset, uint64_t len);
/* Closes the index and renames it into place; -1 on a write error.
 * NULL is a no-op. */
int		 rw_index_close(struct rw_index *, struct rw_err *);
/* Closes and removes an unfinished index. */
void		 rw_index_abandon(struct rw_index *);

/* The id of the running program: a hash of /proc/self/exe.  0 or -1. */
int		 rw_self_id(char id[17]);

#endif

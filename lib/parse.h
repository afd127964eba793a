/* SPDX-License-Identifier: ISC */
/*
 * parse.h - one snapshot file to one article record: read (bounded),
 * decode to UTF-8, parse HTML, extract, derive the id; optionally reusing
 * the record of a previous run (cache.h).
 */
#ifndef RW_PARSE_H
#define RW_PARSE_H

#include <stddef.h>
#include <stdint.h>

#include "cache.h"
#include "record.h"

#define RW_MAX_BYTES_DEFAULT	(32u << 20)

struct rw_parse_opts {
	size_t	 max_bytes;	/* larger files are refused */
};

/*
 * Always returns a record: an article, or an error record (error set,
 * naming the reason) for a file that cannot be parsed.  file is copied
 * into the record as given.  sha is the content key of the bytes
 * (rw_parse_key), or NULL to compute it.
 */
struct rw_article *rw_parse_file(const char *file, const struct rw_parse_opts *);
struct rw_article *rw_parse_bytes(const char *file, const char *bytes,
	    size_t len, const char *sha, const struct rw_parse_opts *);
/* The content key of a snapshot's bytes: 16 hex digits. */
void	 rw_parse_key(const char *bytes, size_t len, char key[17]);

enum rw_parse_status {
	RW_PARSED,		/* parsed now */
	RW_REUSED,		/* same bytes as in the previous run */
	RW_FAILED,		/* an error record (parsed now or reused) */
};

/* One input's outcome, for the output line and its index row. */
struct rw_parse_result {
	char			*line;	/* JSON record, no newline; caller frees */
	size_t			 len;
	enum rw_parse_status	 status;
	char			*error;	/* borrowed from line's record: copy */
	int			 indexable;	/* size, mtime, key are set */
	uint64_t		 size;
	int64_t			 mtime;
	char			 key[17];
};

/*
 * Parses file, or takes its record from cache (may be NULL): by name,
 * size and mtime without reading it, else by content key.  Fills r; the
 * caller frees r->line and r->error.
 */
void	 rw_parse_cached(struct rw_cache *, const char *file,
	    const struct rw_parse_opts *, struct rw_parse_result *);

/* An error record for a file refused before reading it. */
void	 rw_parse_refuse(const char *file, const char *why,
	    struct rw_parse_result *);

#endif

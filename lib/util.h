/* SPDX-License-Identifier: ISC */
/*
 * util.h - allocation, growable buffers, error reporting, hashing.
 *
 * Ownership rule for the whole library (every lib header): returned pointers are
 * owned by the caller and freed with the matching _free (or free(3) for
 * plain strings); const pointers are borrowed and live as long as their
 * parent; no function takes ownership of its arguments unless its name
 * ends in _take.
 *
 * Errors: functions returning int use 0 for success and -1 for failure;
 * functions returning pointers use NULL.  A failing function fills the
 * caller's struct rw_err (if not NULL) with one lowercase line naming the
 * reason; the caller decides whether and where to print it.  Only the x*
 * allocators exit, on out-of-memory.
 */
#ifndef RW_UTIL_H
#define RW_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* One error message, filled by the function that detects the failure. */
struct rw_err {
	char	 msg[512];
};

void	 rw_err_set(struct rw_err *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 rw_err_clear(struct rw_err *);

/* Prints "prog: where: message" on stderr; where may be NULL; control
 * characters in where are shown as \\ooo so the message stays one line. */
void	 rw_warnx(const char *where, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

/* After getopt_long returned '?' (with opterr = 0): one line naming the
 * offending command-line word. */
void	 rw_usage_error(const char *word);

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));

/*
 * Growable byte buffer.  data is always NUL-terminated once anything has
 * been added (or after rw_buf_cstr), so it can be used as a C string.
 * Initialise with RW_BUF_INIT or memset 0.
 */
struct rw_buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};
#define RW_BUF_INIT { NULL, 0, 0 }

void	 rw_buf_grow(struct rw_buf *, size_t need);
void	 rw_buf_add(struct rw_buf *, const void *, size_t);
void	 rw_buf_addc(struct rw_buf *, int);
void	 rw_buf_adds(struct rw_buf *, const char *);
void	 rw_buf_printf(struct rw_buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 rw_buf_vprintf(struct rw_buf *, const char *, va_list);
void	 rw_buf_truncate(struct rw_buf *, size_t);
const char *rw_buf_cstr(struct rw_buf *);
char	*rw_buf_take(struct rw_buf *);	/* returns data, resets the buffer */
void	 rw_buf_free(struct rw_buf *);

/* 64-bit FNV-1a; stable across runs and machines (used for ids). */
uint64_t rw_hash64(const void *, size_t);
uint64_t rw_hash64_more(uint64_t, const void *, size_t);
#define RW_HASH64_INIT 0xcbf29ce484222325ULL

/* A fast 64-bit digest of large inputs (XXH3): content keys of pages. */
uint64_t rw_digest64(const void *, size_t);

/* Lower-case hex of a 64-bit value, 16 characters plus NUL. */
void	 rw_hex64(uint64_t, char out[17]);

int	 rw_streq(const char *, const char *);	/* NULL-safe */
int	 rw_has_prefix(const char *, const char *);
int	 rw_has_suffix(const char *, const char *);

/* Appends a copy of s to a counted string array. */
void	 rw_strv_push(char ***, size_t *, const char *);
/* Frees an array of n strings and the array itself; NULL-safe. */
void	 rw_strv_free(char **, size_t);
/*
 * Drops repeated strings from v[0..*n), keeping each first appearance in
 * its place, and frees the dropped ones (O(n log n)).
 */
void	 rw_strv_uniq(char **v, size_t *n);

#endif

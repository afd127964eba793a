/* SPDX-License-Identifier: ISC */
/*
 * trie.h - a code-point trie for dictionary scans (place names, organisation
 * heads, cue words).
 *
 * Edges live in one open-addressing hash keyed by (node, code point), so a
 * step costs one probe whatever the fan-out.  Keys are sequences of code
 * points; each key carries one caller-chosen 32-bit value.  The trie owns
 * its memory; lookups never allocate and may run on a const trie.
 */
#ifndef RW_TRIE_H
#define RW_TRIE_H

#include <stddef.h>
#include <stdint.h>

struct rw_trie;

struct rw_trie_hit {
	size_t		 len;	/* key length in code points */
	uint32_t	 value;
};

struct rw_trie	*rw_trie_new(void);
void		 rw_trie_free(struct rw_trie *);

/*
 * Adds key[0..n) with value.  Returns 0, or -1 if n is 0 or the key is
 * already present (the first value stays).
 */
int		 rw_trie_add(struct rw_trie *, const int32_t *key, size_t n,
		    uint32_t value);
/* As rw_trie_add for a UTF-8 key (invalid bytes make it fail). */
int		 rw_trie_add_utf8(struct rw_trie *, const char *key,
		    uint32_t value);

/*
 * Finds the keys that are prefixes of text[0..n), shortest first, and
 * stores at most max of them in hits.  Returns how many were stored.
 */
size_t		 rw_trie_prefixes(const struct rw_trie *, const int32_t *text,
		    size_t n, struct rw_trie_hit *hits, size_t max);
/*
 * The longest key that is a prefix of text[0..n): returns its length and
 * sets *value, or returns 0 when there is none.
 */
size_t		 rw_trie_longest(const struct rw_trie *, const int32_t *text,
		    size_t n, uint32_t *value);

#endif

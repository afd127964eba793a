/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "utf8.h"
#include "trie.h"

#define NOVALUE	UINT32_MAX

struct edge {
	uint64_t	 key;	/* node << 21 | code point; 0 = empty slot */
	uint32_t	 child;
};

/*
 * Most text positions start no key.  Bitmaps that stay in cache answer
 * those without a probe of the (large) edge table: the first code points
 * of keys (BMP), the first code points of one-character keys, and a
 * Bloom-style map of the first two code points of longer keys.
 */
#define FIRSTBITS	65536
#define PAIRBITS	65536

struct rw_trie {
	uint64_t	 first[FIRSTBITS / 64];
	uint64_t	 one[FIRSTBITS / 64];
	uint64_t	 pair[PAIRBITS / 64];
	struct edge	*edges;
	size_t		 cap;	/* power of two */
	size_t		 nedges;
	uint32_t	*values;	/* per node; NOVALUE: no key ends */
	size_t		 nnodes;
	size_t		 vcap;
};

static size_t
pair_hash(int32_t a, int32_t b)
{
	return (((uint32_t)a * 0x9e3779b1u) ^ (uint32_t)b * 0x85ebca6bu) >>
	    16 & (PAIRBITS - 1);
}

static int
bit(const uint64_t *map, int32_t cp)
{
	return cp >= FIRSTBITS || (cp >= 0 && (map[cp / 64] >> (cp % 64) & 1));
}

/*
 * How far a walk from text[0] may go: 0 (no key starts here), 1 (only a
 * one-character key may) or n.
 */
static size_t
reach(const struct rw_trie *t, const int32_t *text, size_t n)
{
	size_t	 h;

	if (n == 0 || !bit(t->first, text[0]))
		return 0;
	if (n >= 2) {
		h = pair_hash(text[0], text[1]);
		if (t->pair[h / 64] >> (h % 64) & 1)
			return n;
	}
	return bit(t->one, text[0]) ? 1 : 0;
}

static uint64_t
mix(uint64_t x)
{
	x ^= x >> 31;
	x *= 0x7fb5d329728ea185ULL;
	x ^= x >> 27;
	x *= 0x81dadef4bc2dd44dULL;
	x ^= x >> 33;
	return x;
}

/* Node ids start at 1 for the root, so no real key is 0. */
static uint64_t
edge_key(uint32_t node, int32_t cp)
{
	return ((uint64_t)node << 21) | (uint32_t)(cp & 0x1fffff);
}

static uint32_t
child_of(const struct rw_trie *t, uint32_t node, int32_t cp)
{
	uint64_t	 k;
	size_t		 i;

	if (cp < 0 || cp > 0x10ffff)
		return 0;
	k = edge_key(node, cp);
	for (i = mix(k) & (t->cap - 1); t->edges[i].key != 0;
	    i = (i + 1) & (t->cap - 1))
		if (t->edges[i].key == k)
			return t->edges[i].child;
	return 0;
}

static void
put_edge(struct edge *tab, size_t cap, uint64_t k, uint32_t child)
{
	size_t	 i;

	for (i = mix(k) & (cap - 1); tab[i].key != 0; i = (i + 1) & (cap - 1))
		continue;
	tab[i].key = k;
	tab[i].child = child;
}

static void
grow_edges(struct rw_trie *t)
{
	struct edge	*old = t->edges;
	size_t		 oldcap = t->cap, i;

	t->cap *= 2;
	t->edges = xcalloc(t->cap, sizeof(*t->edges));
	for (i = 0; i < oldcap; i++)
		if (old[i].key != 0)
			put_edge(t->edges, t->cap, old[i].key, old[i].child);
	free(old);
}

static uint32_t
new_node(struct rw_trie *t)
{
	if (t->nnodes + 1 >= t->vcap) {
		t->vcap *= 2;
		t->values = xreallocarray(t->values, t->vcap,
		    sizeof(*t->values));
	}
	t->nnodes++;
	t->values[t->nnodes] = NOVALUE;
	return (uint32_t)t->nnodes;
}

struct rw_trie *
rw_trie_new(void)
{
	struct rw_trie	*t;

	t = xcalloc(1, sizeof(*t));
	t->cap = 1024;
	t->edges = xcalloc(t->cap, sizeof(*t->edges));
	t->vcap = 256;
	t->values = xcalloc(t->vcap, sizeof(*t->values));
	new_node(t);	/* the root, id 1 */
	return t;
}

void
rw_trie_free(struct rw_trie *t)
{
	if (t == NULL)
		return;
	free(t->edges);
	free(t->values);
	free(t);
}

int
rw_trie_add(struct rw_trie *t, const int32_t *key, size_t n, uint32_t value)
{
	uint32_t	 node = 1, next;
	size_t		 i;

	if (n == 0 || value == NOVALUE)
		return -1;
	if (key[0] >= 0 && key[0] < FIRSTBITS) {
		t->first[key[0] / 64] |= (uint64_t)1 << (key[0] % 64);
		if (n == 1)
			t->one[key[0] / 64] |= (uint64_t)1 << (key[0] % 64);
	}
	if (n >= 2) {
		i = pair_hash(key[0], key[1]);
		t->pair[i / 64] |= (uint64_t)1 << (i % 64);
	}
	for (i = 0; i < n; i++) {
		if (key[i] < 0 || key[i] > 0x10ffff)
			return -1;
		if ((next = child_of(t, node, key[i])) == 0) {
			if ((t->nedges + 1) * 2 > t->cap)
				grow_edges(t);
			next = new_node(t);
			put_edge(t->edges, t->cap, edge_key(node, key[i]),
			    next);
			t->nedges++;
		}
		node = next;
	}
	if (t->values[node] != NOVALUE)
		return -1;
	t->values[node] = value;
	return 0;
}

int
rw_trie_add_utf8(struct rw_trie *t, const char *key, uint32_t value)
{
	int32_t	 buf[64];
	size_t	 len = strlen(key), i = 0, n = 0;
	int	 k;

	while (i < len) {
		if (n == sizeof(buf) / sizeof(buf[0]))
			return -1;
		k = rw_utf8_decode(key + i, len - i, &buf[n]);
		if (buf[n] < 0)
			return -1;
		i += k;
		n++;
	}
	return rw_trie_add(t, buf, n, value);
}

size_t
rw_trie_prefixes(const struct rw_trie *t, const int32_t *text, size_t n,
    struct rw_trie_hit *hits, size_t max)
{
	uint32_t	 node = 1;
	size_t		 i, nhits = 0;

	n = reach(t, text, n);
	for (i = 0; i < n && nhits < max; i++) {
		if ((node = child_of(t, node, text[i])) == 0)
			break;
		if (t->values[node] != NOVALUE) {
			hits[nhits].len = i + 1;
			hits[nhits].value = t->values[node];
			nhits++;
		}
	}
	return nhits;
}

size_t
rw_trie_longest(const struct rw_trie *t, const int32_t *text, size_t n,
    uint32_t *value)
{
	uint32_t	 node = 1;
	size_t		 i, best = 0;

	n = reach(t, text, n);
	for (i = 0; i < n; i++) {
		if ((node = child_of(t, node, text[i])) == 0)
			break;
		if (t->values[node] != NOVALUE) {
			best = i + 1;
			*value = t->values[node];
		}
	}
	return best;
}

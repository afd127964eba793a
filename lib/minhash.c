/* SPDX-License-Identifier: ISC */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "minhash.h"
#include "utf8.h"
#include "util.h"

/* splitmix64's finaliser: a cheap, well-mixed 64-bit hash of x. */
static uint64_t
mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

/* The normalised code point, or -1 if it does not count. */
static int32_t
norm(int32_t cp)
{
	utf8proc_category_t	 c;

	if (cp >= 0xff01 && cp <= 0xff5e)
		cp -= 0xfee0;		/* full-width ASCII */
	if (cp >= 'A' && cp <= 'Z')
		return cp - 'A' + 'a';
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ?
		    cp : -1;
	c = utf8proc_category(cp);
	if ((c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
	    (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO))
		return cp;
	return -1;
}

size_t
rw_minhash_sign(const char *s, size_t n, uint32_t sig[RW_MINHASH_K])
{
	uint64_t	 filled[RW_MINHASH_K / 64], h, lo, hi;
	uint32_t	 win[RW_MINHASH_SHINGLE], v;
	size_t		 i = 0, seen = 0, shingles = 0, k, j, d;
	int32_t		 cp;
	int		 len;

	memset(filled, 0, sizeof(filled));
	memset(sig, 0, RW_MINHASH_K * sizeof(*sig));
	while (i < n) {
		len = rw_utf8_decode(s + i, n - i, &cp);
		i += (size_t)len;
		if (cp < 0 || (cp = norm(cp)) < 0)
			continue;
		win[seen++ % RW_MINHASH_SHINGLE] = (uint32_t)cp;
		if (seen < RW_MINHASH_SHINGLE)
			continue;
		/* Code points fit in 21 bits: three in lo, two in hi. */
		k = seen % RW_MINHASH_SHINGLE;	/* oldest first */
		lo = hi = 0;
		for (j = 0; j < 3; j++)
			lo |= (uint64_t)win[(k + j) % RW_MINHASH_SHINGLE] <<
			    (21 * j);
		for (j = 3; j < RW_MINHASH_SHINGLE; j++)
			hi |= (uint64_t)win[(k + j) % RW_MINHASH_SHINGLE] <<
			    (21 * (j - 3));
		h = mix64(lo ^ mix64(hi + 0x9e3779b97f4a7c15ULL));
		k = (size_t)(h >> 57);		/* 7 bits: K buckets */
		v = (uint32_t)h;
		if (!(filled[k / 64] >> (k % 64) & 1) || v < sig[k]) {
			sig[k] = v;
			filled[k / 64] |= 1ULL << (k % 64);
		}
		shingles++;
	}
	if (shingles == 0)
		return 0;
	/* Rotation densification: an empty bucket borrows from the next
	 * filled one to its right, salted by the distance. */
	for (k = 0; k < RW_MINHASH_K; k++) {
		if (filled[k / 64] >> (k % 64) & 1)
			continue;
		for (d = 1; d < RW_MINHASH_K; d++) {
			j = (k + d) % RW_MINHASH_K;
			if (filled[j / 64] >> (j % 64) & 1)
				break;
		}
		sig[k] = (uint32_t)mix64((uint64_t)sig[j] << 8 | d);
	}
	return shingles;
}

int
rw_minhash_similar(const uint32_t *a, const uint32_t *b)
{
	int	 i, n = 0;

	for (i = 0; i < RW_MINHASH_K; i++)
		n += a[i] == b[i];
	return n;
}

struct bandkey {
	uint64_t	 key;
	size_t		 idx;
};

static int
bandkey_cmp(const void *a, const void *b)
{
	const struct bandkey	*x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static size_t
find(size_t *parent, size_t i)
{
	while (parent[i] != i) {
		parent[i] = parent[parent[i]];	/* path halving */
		i = parent[i];
	}
	return i;
}

/* Joins two clusters under the smaller root (so roots are minima). */
static void
join(size_t *parent, size_t a, size_t b)
{
	a = find(parent, a);
	b = find(parent, b);
	if (a < b)
		parent[b] = a;
	else if (b < a)
		parent[a] = b;
}

/*
 * 1 if a and b are the same story.  With m equal values of K, the
 * Jaccard estimate is J = m / K and the shared shingles number
 * J / (1 + J) * (na + nb) = m * (na + nb) / (K + m).
 */
static int
same_story(const uint32_t *sigs, const uint32_t *size, size_t a, size_t b,
    int threshold)
{
	uint64_t	 m, small;

	m = (uint64_t)rw_minhash_similar(sigs + a * RW_MINHASH_K,
	    sigs + b * RW_MINHASH_K);
	if (m >= (uint64_t)threshold)
		return 1;
	small = size[a] < size[b] ? size[a] : size[b];
	if (m < RW_MINHASH_CONTAIN_SIM || small < RW_MINHASH_CONTAIN_MIN)
		return 0;
	return 100 * m * ((uint64_t)size[a] + size[b]) >=
	    (uint64_t)RW_MINHASH_CONTAIN * (RW_MINHASH_K + m) * small;
}

static void
try_join(const uint32_t *sigs, const uint32_t *size, size_t *parent,
    size_t a, size_t b, int threshold)
{
	if (find(parent, a) != find(parent, b) &&
	    same_story(sigs, size, a, b, threshold))
		join(parent, a, b);
}

void
rw_minhash_cluster(const uint32_t *sigs, const uint32_t *size, size_t n,
    int threshold, size_t *root)
{
	struct bandkey	*keys;
	const uint32_t	*band;
	size_t		 i, m, b, r, s, t;

	for (i = 0; i < n; i++)
		root[i] = i;
	keys = xreallocarray(NULL, n, sizeof(*keys));
	for (b = 0; b < RW_MINHASH_BANDS; b++) {
		for (i = m = 0; i < n; i++) {
			if (size[i] < RW_MINHASH_MIN)
				continue;
			band = sigs + i * RW_MINHASH_K + b * RW_MINHASH_ROWS;
			keys[m].key = rw_hash64(band,
			    RW_MINHASH_ROWS * sizeof(*band));
			keys[m].key = mix64(keys[m].key + b);
			keys[m++].idx = i;
		}
		if (m > 1)
			qsort(keys, m, sizeof(*keys), bandkey_cmp);
		/*
		 * Each member of a run of equal keys is checked against the
		 * run's head and its predecessor only: linear in the run, so
		 * thousands of identical pages cost no quadratic time.
		 */
		for (s = 0; s < m; s = t) {
			for (t = s + 1; t < m && keys[t].key == keys[s].key;
			    t++) {
				r = keys[t].idx;
				try_join(sigs, size, root, keys[s].idx, r,
				    threshold);
				if (t - 1 > s)
					try_join(sigs, size, root,
					    keys[t - 1].idx, r, threshold);
			}
		}
	}
	free(keys);
	for (i = 0; i < n; i++)
		root[i] = find(root, i);
}

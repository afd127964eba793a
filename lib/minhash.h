/* SPDX-License-Identifier: ISC */
/*
 * minhash.h - near-duplicate detection for Chinese news text: MinHash
 * signatures over character 5-grams and LSH banding to cluster them
 * without comparing all pairs.
 *
 * Text is normalised first: only letters and digits count (Unicode L and
 * N), full-width ASCII is folded to ASCII and ASCII is lower-cased, so
 * punctuation, spacing and paragraphing differences between outlets do
 * not matter.  Signatures use one-permutation hashing (one hash per
 * shingle, RW_MINHASH_K buckets, empty buckets filled by rotation).
 * Nothing here allocates except rw_minhash_cluster (its scratch space).
 */
#ifndef RW_MINHASH_H
#define RW_MINHASH_H

#include <stddef.h>
#include <stdint.h>

#define RW_MINHASH_K		128	/* values per signature */
#define RW_MINHASH_SHINGLE	5	/* code points per shingle */
#define RW_MINHASH_BANDS	42	/* LSH bands ... */
#define RW_MINHASH_ROWS		3	/* ... of this many values */
#define RW_MINHASH_MIN		16	/* fewer shingles: too short to sign */
#define RW_MINHASH_THRESHOLD	64	/* equal values (of K) to join: 50% */
#define RW_MINHASH_CONTAIN	80	/* or: % of the smaller text ... */
#define RW_MINHASH_CONTAIN_MIN	64	/* ... of at least this many shingles */
#define RW_MINHASH_CONTAIN_SIM	16	/* ... with at least this many equal */

/*
 * Signs the UTF-8 text s[0..n) (invalid bytes are skipped).  Returns the
 * number of shingles; sig is meaningful only when that is at least
 * RW_MINHASH_MIN (it is zero-filled when there are no shingles at all).
 */
size_t	 rw_minhash_sign(const char *s, size_t n,
	    uint32_t sig[RW_MINHASH_K]);

/* Number of equal values of two signatures, 0..RW_MINHASH_K: an estimate
 * of their Jaccard similarity times K. */
int	 rw_minhash_similar(const uint32_t *a, const uint32_t *b);

/*
 * Clusters n signatures: sigs + i * RW_MINHASH_K is signature i, size[i]
 * its number of shingles (below RW_MINHASH_MIN: it stays alone).  Two
 * signatures sharing an LSH band join when they have at least threshold
 * equal values (estimated Jaccard similarity), or when the smaller text
 * is mostly contained in the larger: at least RW_MINHASH_CONTAIN_MIN
 * shingles, at least RW_MINHASH_CONTAIN_SIM equal values, and an
 * estimated RW_MINHASH_CONTAIN percent of its shingles in the other (a
 * reprint that cut a long paragraph, a roundup item that shortened the
 * story).  Clusters are the connected components.  Fills root[i] with
 * the smallest index of i's cluster, so the result depends only on the
 * signatures and their order.
 */
void	 rw_minhash_cluster(const uint32_t *sigs, const uint32_t *size,
	    size_t n, int threshold, size_t *root);

#endif

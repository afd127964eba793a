/* SPDX-License-Identifier: ISC */
/*
 * hans.h - a Simplified Chinese view of Traditional text, one code point
 * for one code point, so that offsets found in the view are offsets in the
 * original.  Wraps OpenCC's t2s conversion.
 *
 * Interim module of the places work: when lib/text (normalisation with
 * offset maps) is merged, this can become a thin user of it.
 */
#ifndef RW_HANS_H
#define RW_HANS_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct rw_hans;

/* Opens OpenCC's t2s configuration; NULL and the error on failure. */
struct rw_hans	*rw_hans_new(struct rw_err *);
void		 rw_hans_free(struct rw_hans *);

/*
 * Writes the Simplified form of in[0..n) to out[0..n).  OpenCC converts
 * whole phrases; where a phrase would change the number of code points,
 * its characters are converted one by one instead, and a character whose
 * conversion is not one code point is kept.  in and out may not overlap.
 */
void		 rw_hans_map(const struct rw_hans *, const int32_t *in,
		    int32_t *out, size_t n);

/*
 * Counts the characters that only Traditional writing uses among the
 * first RW_HANS_LOOK code points of cp[0..n), stopping at enough (a cheap
 * test to skip OpenCC on Simplified text).
 */
#define RW_HANS_LOOK	1024

size_t		 rw_hans_traditional(const int32_t *cp, size_t n,
		    size_t enough);

#endif

/* SPDX-License-Identifier: ISC */
/*
 * utf8.h - UTF-8 decoding, validation and code-point offsets.
 *
 * Offsets in records are code points; strings in memory are UTF-8 bytes.
 * These helpers convert between the two without allocating.
 */
#ifndef RW_UTF8_H
#define RW_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/*
 * Decodes the code point at s[0..n).  Returns its byte length (1..4) and
 * sets *cp; an invalid or truncated sequence returns 1 with *cp = -1.
 * n must be > 0.
 */
int	 rw_utf8_decode(const char *s, size_t n, int32_t *cp);
/* Encodes cp into out (4 bytes room); returns the length (1..4). */
int	 rw_utf8_encode(int32_t cp, char out[4]);
/* 1 if s[0..n) is valid UTF-8 (no surrogates, no overlongs). */
int	 rw_utf8_valid(const char *s, size_t n);
/* A copy of s[0..n) with invalid sequences replaced by U+FFFD and NUL
 * bytes dropped; caller frees. */
char	*rw_utf8_sanitize(const char *s, size_t n);
/* Number of code points in valid UTF-8 s[0..n). */
size_t	 rw_utf8_count(const char *s, size_t n);
/*
 * Folds one code point for matching: full-width ASCII forms (U+FF01 to
 * U+FF5E) become ASCII, every Unicode space becomes ' ', zero-width
 * characters become -1 (drop them); anything else is returned as is.
 */
int32_t	 rw_utf8_fold_cp(int32_t cp);
/* Appends s[0..n) folded by rw_utf8_fold_cp to b; invalid bytes become
 * U+FFFD and NUL bytes are dropped, so b stays valid UTF-8. */
void	 rw_utf8_fold(const char *s, size_t n, struct rw_buf *b);
/* Byte offset of code point index cp in s[0..n) (n if past the end). */
size_t	 rw_utf8_offset(const char *s, size_t n, size_t cp);

#endif

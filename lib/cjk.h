/* SPDX-License-Identifier: ISC */
/*
 * cjk.h - small tests on code points for the rule scanners: Han
 * characters, numerals, punctuation, and character sets and word lists
 * written as C11 U"..." literals (NUL-terminated char32_t strings), so the
 * rules read as Chinese and cost no decoding at scan time.
 */
#ifndef RW_CJK_H
#define RW_CJK_H

#include <stddef.h>
#include <stdint.h>
#include <uchar.h>

/* 1 for a Han ideograph (CJK unified, extension A, planes 2-3). */
int	 rw_cjk_han(int32_t);
/* 1 for a numeral: a digit (ASCII or full-width), 〇一二…十, 两百千万. */
int	 rw_cjk_numeral(int32_t);
/* 1 for punctuation or space, ASCII or CJK (not letters, digits, Han). */
int	 rw_cjk_punct(int32_t);
/* 1 if c is one of the characters of set. */
int	 rw_cjk_in(int32_t c, const char32_t *set);
/* The length of word if t[0..n) starts with it, else 0. */
size_t	 rw_cjk_at(const int32_t *t, size_t n, const char32_t *word);
/* As rw_cjk_at for the first word of a NULL-terminated list that fits. */
size_t	 rw_cjk_at_any(const int32_t *t, size_t n,
	    const char32_t *const *words);
/* 1 if t[0..n) ends with word. */
int	 rw_cjk_ends(const int32_t *t, size_t n, const char32_t *word);
/* 1 if word occurs in t[0..n). */
int	 rw_cjk_has(const int32_t *t, size_t n, const char32_t *word);

#endif

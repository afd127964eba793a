/* SPDX-License-Identifier: ISC */
/*
 * numfmt.h - numbers for readers: exact values with digit grouping, and
 * compact Chinese (万/亿/万亿) or English (million/billion) forms for
 * headlines and charts.
 *
 * Everything appends to a struct rw_buf and cannot fail (OOM exits in the
 * x-allocators).  Output is locale-independent: the same value gives the
 * same bytes on every machine.
 */
#ifndef RW_NUMFMT_H
#define RW_NUMFMT_H

#include "util.h"

enum rw_lang {
	RW_LANG_ZH,
	RW_LANG_EN
};

/*
 * The exact value, digits grouped by three with ',' (1340000 ->
 * "1,340,000"; 3.25 -> "3.25"; -1200 -> "-1,200").  Non-integral values
 * keep up to 15 significant digits, without trailing zeros.  NaN and
 * infinities are written as "?".
 */
void	 rw_numfmt_exact(struct rw_buf *, double);

/*
 * The value at a glance, rounded to three significant digits but never
 * below the units digit of the scaled number:
 *   RW_LANG_ZH: 134000000 -> "1.34亿", 536000 -> "53.6万",
 *		 12345678 -> "1235万", 9999 -> "9,999"
 *   RW_LANG_EN: 134000000 -> "134 million", 536000 -> "536,000",
 *		 2.5e9 -> "2.5 billion"
 * Values below the first scale (10^4 in Chinese, 10^6 in English) are
 * written as rw_numfmt_exact, rounded to two decimals.
 */
void	 rw_numfmt_compact(struct rw_buf *, double, enum rw_lang);

/*
 * A compact value with its unit word: Chinese joins them ("1.34亿元"),
 * English puts a space between ("134 million yuan").  unit may be NULL
 * or "" (no unit).
 */
void	 rw_numfmt_compact_unit(struct rw_buf *, double, const char *unit,
	    enum rw_lang);

#endif

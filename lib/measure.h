/* SPDX-License-Identifier: ISC */
/*
 * measure.h - relief figures (struct rw_measure, record.h) of an article
 * text, following the measure conventions of the relief-dev corpus
 * README: every quantity written with a numeral and a counting unit for
 * money, households, people, person-times, household-times, goods,
 * institutions, staff, occurrences or another relief output.
 *
 * Left out: dates, times, years, durations, ages, percentages,
 * temperatures, phone and document numbers, ordinals (第…), grades and
 * magnitudes, administrative divisions or communities counted as scope
 * (7个州(市), 5个社区, 13个安置点的860户), teams and working groups
 * (6个工作组), categories (三个重点), numbers inside names (十件民生实事,
 * 慈善情暖万家), mechanism names (1+7+5X, 五步法), an indefinite 一
 * (一名流浪男子, 一床棉被) and amounts without numerals (几百至几千元).
 *
 * Each measure gets: text and [start, end) in code points of the
 * ORIGINAL text (text == original[start:end]), the sentence it stands
 * in (at most 200 code points on each side of the figure), value,
 * unit, qualifier, per (a rate marked in the text, also when the marker
 * stands earlier in the clause: 每户发放现金300元并配送米面油
 * 1套, or, for one piece of goods, earlier in the sentence; 各 + verb
 * takes the noun before it; never a year: an annual figure is a total),
 * max (ranges), kind (funds, donations, supplies, visits, beneficiaries,
 * staff, other, from the words of the clause) and region NULL (the
 * places module sets it).
 *
 * Ownership: the measures array and every string in it belong to the
 * caller; free them with rw_measures_free.  The functions fail only when
 * the text view cannot be built (OpenCC error).
 */
#ifndef RW_MEASURE_H
#define RW_MEASURE_H

#include <stddef.h>

#include "record.h"
#include "text.h"
#include "util.h"

/* Measures of text[0..len), in text order. */
int	 rw_measure_scan(const struct rw_text_ctx *, const char *text,
	    size_t len, struct rw_measure **out, size_t *n, struct rw_err *);

/* The same on a view already built with rw_text_new. */
int	 rw_measure_scan_text(const struct rw_text *, struct rw_measure **out,
	    size_t *n, struct rw_err *);

/* Frees n measures and the array; NULL-safe. */
void	 rw_measures_free(struct rw_measure *, size_t n);

#endif

/* SPDX-License-Identifier: ISC */
/*
 * csv.h - CSV output (RFC 4180) that spreadsheets cannot be tricked into
 * running: text cells starting with a formula trigger are neutralised.
 *
 * Appends to a struct rw_buf; nothing here fails (OOM exits).
 */
#ifndef RW_CSV_H
#define RW_CSV_H

#include <stddef.h>

#include "util.h"

/*
 * Appends one text cell.  A cell whose first character, after any
 * leading spaces, is '=', '+', '-', '@', a tab or a carriage return
 * (or their full-width forms ＝ ＋ － ＠, which some spreadsheets fold)
 * gets a leading apostrophe, so it is shown as text and never evaluated
 * (OWASP "CSV injection").  The cell is quoted when it holds a comma, a
 * quote, CR, LF, or leading or trailing space, or was guarded; quotes
 * are doubled.  s may be NULL (an empty cell).  Invalid UTF-8 is copied
 * as is (callers pass record strings, which are UTF-8).
 */
void	 rw_csv_text(struct rw_buf *, const char *s);

/* Appends a numeric cell from our own formatting (never guarded). */
void	 rw_csv_number(struct rw_buf *, double);

/* Appends an integer cell. */
void	 rw_csv_int(struct rw_buf *, long long);

/* Ends a cell (',') or a row ("\r\n", as RFC 4180 says). */
void	 rw_csv_sep(struct rw_buf *);
void	 rw_csv_eol(struct rw_buf *);

#endif

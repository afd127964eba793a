/* SPDX-License-Identifier: ISC */
/*
 * gazetteer_data.h - the gazetteer TSV files of data/, embedded in the
 * library at build time (see data/SOURCE.md), so no program needs a data
 * path at run time.
 *
 * Each symbol is the whole file, read-only and NUL-terminated.  The
 * Makefile names the TSV files as prerequisites of gazetteer_data.o,
 * because the compiler's dependency output cannot see .incbin.
 */
#ifndef RW_GAZETTEER_DATA_H
#define RW_GAZETTEER_DATA_H

extern const char rw_data_regions_tsv[];
extern const char rw_data_retired_tsv[];
extern const char rw_data_ambiguous_tsv[];
extern const char rw_data_commonword_tsv[];

#endif

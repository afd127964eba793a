/* SPDX-License-Identifier: ISC */
/*
 * The gazetteer files, embedded with the assembler's .incbin (paths are
 * relative to the directory make runs in, the repository root).  A NUL
 * follows each file so it can be read as a C string.
 */
#include "gazetteer_data.h"

#define RW_EMBED(sym, path)						\
	"	.section .rodata\n"					\
	"	.balign 16\n"						\
	"	.globl " sym "\n"					\
	"	.type " sym ", @object\n"				\
	sym ":\n"							\
	"	.incbin \"" path "\"\n"					\
	"	.byte 0\n"						\
	"	.size " sym ", . - " sym "\n"				\
	"	.previous\n"

__asm__(
    RW_EMBED("rw_data_regions_tsv", "data/regions.tsv")
    RW_EMBED("rw_data_retired_tsv", "data/regions-retired.tsv")
    RW_EMBED("rw_data_ambiguous_tsv", "data/regions-ambiguous.tsv")
    RW_EMBED("rw_data_commonword_tsv",
	"data/regions-shortname-commonword.tsv"));

/* SPDX-License-Identifier: ISC */
/*
 * lang.h - the language of a page's text as a BCP 47 tag.
 *
 * Decided from the script of the text, not from <html lang> (often a
 * template default): kana -> ja, Hangul -> ko, Han -> zh-Hans or
 * zh-Hant, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari -> their
 * main language.  Latin-script text: the language whose frequent words
 * dominate (en, de, fr, es, pt, it, nl, id), unless the page declares one
 * these words cannot tell; else the declared Latin-script language; else
 * en.
 *
 * Simplified or Traditional: the share of Han characters outside GB2312
 * (read from their GB18030 codes) decides the clear cases: under 2% is
 * Simplified (rare names), over 20% Traditional.  In between, OpenCC's
 * t2s conversion counts how many characters change; opening OpenCC costs
 * about a millisecond, so only those pages pay for it.
 */
#ifndef RW_LANG_H
#define RW_LANG_H

#include <stddef.h>

/*
 * The language of text[0..n) (UTF-8); declared is the page's lang
 * attribute or NULL.  Returns a new string ("und" when the text has no
 * letters and nothing is declared); caller frees.
 */
char	*rw_lang_detect(const char *text, size_t n, const char *declared);

/*
 * Share of the Han characters of text[0..n) that OpenCC's t2s changes,
 * over at most the first limit Han characters (0 when there are none or
 * OpenCC is unavailable).
 */
double	 rw_lang_traditional_share(const char *text, size_t n, size_t limit);

#endif

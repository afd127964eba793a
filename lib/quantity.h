/* SPDX-License-Identifier: ISC */
/*
 * quantity.h - numbers and quantities in a normalised Chinese text
 * (see text.h): numerals, qualifiers, ranges, rates and units.
 *
 * Numerals: Arabic with thousands separators (1,234 1，234) and decimals,
 * Chinese (一千二百三十四, 两, 半, 〇/零, 十五, 廿, financial 壹贰叁…),
 * mixed (3.5亿, 3万4000, 1万2千), magnitudes 十百千万亿兆, the
 * abbreviations of speech (一万三 = 13000, 四百五 = 450), colloquial
 * ranges (三五百 = 300..500, 十七八万) and 余/多/几 as "over" markers
 * inside or after a numeral (十余万, 14余万, 2731万多元, 17万3千余件).
 * Values are computed as an integer mantissa and a power of ten, so
 * 53.6万 is exactly 536000.
 *
 * Cap: a numeral whose value is 10^16 or more, or that needs more than 18
 * significant digits, is rejected as a whole (no part of it is reported):
 * 9999999999999999999999999亿元 and a 5,000-digit run give nothing.
 *
 * A quantity is a numeral with what goes with it: a prefix qualifier
 * (约 近 将近 接近 超过 逾 不少于 不低于 至少 不足 不到 不超过 不高于 …),
 * a suffix qualifier (以上 以下 左右 余 多 …), a range (3000-6000元,
 * 3000至6000元, 1000元—2000元, 两到三万), a rate marker (每户600元,
 * 200元/人, 人均, 每人每月722元, 各50床, 490元一吨) and a unit: money
 * (元 块钱 万元 -> "yuan", foreign currencies keep their name and get an
 * ISO code), 户 household, 人/名/位 person, 人次 person_time, 户次
 * household_time, goods counters -> item, 家/所/个 counting institutions
 * -> institution, 次/场/期/批 -> times, other counters kept as the
 * Simplified word (吨 公斤 台次 辆 种类 个 条 份 间 处 头 只 顶 …; 起
 * only before a stop or a case noun: 23起, 3起火灾).  半 before a goods
 * unit is 0.5 (半吨, 半袋).
 *
 * Modes: by default only quantities with a unit are reported.
 * RW_QTY_PLAIN also reports bare numbers and reads signs (负, -),
 * fractions (三分之一, 3/5, 1又2分之1), exponents (2e5), k/w/M suffixes
 * and 打 (dozen).  RW_QTY_VAGUE reads 几/数 as a leading digit (几十万 =
 * over 100000), which news relief figures never are.
 *
 * Ownership: rw_qty_scan returns an array the caller frees with free(3);
 * every string in it is static.
 */
#ifndef RW_QUANTITY_H
#define RW_QUANTITY_H

#include <stddef.h>
#include <stdint.h>

#include "text.h"
#include "util.h"

#define RW_QTY_PLAIN	0x01u
#define RW_QTY_VAGUE	0x02u

#define RW_QTY_MAXDIG	18	/* significant digits */
#define RW_QTY_CAP	1e16	/* values must be below */

enum rw_qual {
	RW_QUAL_EXACT,
	RW_QUAL_APPROX,
	RW_QUAL_OVER,
	RW_QUAL_UNDER
};

/* Flags of a numeral and of a quantity. */
#define RW_QF_CHINESE	0x0001u	/* written with Chinese numerals */
#define RW_QF_LONE_YI	0x0002u	/* the numeral is a lone 一 */
#define RW_QF_WEAK	0x0004u	/* a lone 陆/伍/拾/肆: usually a word */
#define RW_QF_DIGITS	0x0008u	/* digit by digit: 二〇二四, 一九 */
#define RW_QF_ORDINAL	0x0010u	/* after 第, or a lone 二 (二期工程) */
#define RW_QF_CODE	0x0020u	/* touches letters or '+', or 0-led */
#define RW_QF_EACH	0x0040u	/* rate from 各 (per "type" until known) */
#define RW_QF_INEXACT	0x0080u	/* fraction or exponent: not exact */
#define RW_QF_EVENT	0x0100u	/* 件 counting events: 十件民生实事 */
#define RW_QF_OVERFLOW	0x0200u	/* beyond the cap (rw_qty_number) */
#define RW_QF_MAG	0x0400u	/* has a magnitude: 百 千 万 亿 k … */
#define RW_QF_BIG	0x0800u	/* has 万, 亿, 兆 (or k, w, M) */

/* What the phrase after a counter names (for 个 mostly). */
enum rw_noun {
	RW_NOUN_NONE,
	RW_NOUN_ADMIN,		/* 7个州(市), 12个乡镇, 5个社区 */
	RW_NOUN_TEAM,		/* 9个慰问组, 6个工作组 */
	RW_NOUN_CATEGORY,	/* 三个重点 */
	RW_NOUN_DURATION,	/* 5个月 */
	RW_NOUN_PERCENT		/* 个百分点 */
};

/* One numeral, as read by rw_qty_number. */
struct rw_num {
	double		 value;
	double		 max;		/* colloquial ranges: 三五百 */
	int		 has_max;
	int		 over;		/* 余/多/几 */
	size_t		 len;		/* code points, with a last 余/多/几 */
	size_t		 core;		/* the same without a trailing marker */
	int		 trail;		/* power of ten of a last magnitude */
	unsigned	 flags;		/* RW_QF_* */
};

struct rw_qty {
	size_t		 start;		/* whole span in the view */
	size_t		 end;
	size_t		 nstart;	/* the numeral (lower bound) */
	size_t		 nend;
	size_t		 ustart;	/* the counter or currency word */
	size_t		 uend;
	double		 value;
	double		 max;
	int		 has_max;
	enum rw_qual	 qual;
	const char	*unit;		/* NULL: a bare number (RW_QTY_PLAIN) */
	const char	*iso;		/* ISO 4217 for money, else NULL */
	const char	*per;		/* rate denominator or NULL */
	enum rw_noun	 noun;
	unsigned	 flags;		/* RW_QF_* */
};

/*
 * Reads the numeral starting at s[0] (s[0..n)).  Returns the code points
 * it covers (> 0) with *out filled, or 0 when s holds no numeral there.
 * A numeral beyond the cap returns its length with RW_QF_OVERFLOW set
 * and no value, so that the caller can skip all of it.
 */
size_t	 rw_qty_number(const int32_t *s, size_t n, unsigned mode,
	    struct rw_num *out);

/*
 * All quantities of the view, in text order, never overlapping.
 * Returns 0 (even when none is found, *out may then be NULL).
 */
int	 rw_qty_scan(const struct rw_text *, unsigned mode,
	    struct rw_qty **out, size_t *n, struct rw_err *);

/*
 * The rate denominator named at s[i] (户 -> "household", 个社区 ->
 * "community", 月 -> "month", 吨 -> "吨" …) with its length in *len, or
 * NULL; for the 每X of a clause.
 */
const char *rw_qty_per_word(const int32_t *s, size_t n, size_t i,
	    size_t *len);

/* "exact", "approx", "over", "under". */
const char *rw_qual_name(enum rw_qual);

#endif

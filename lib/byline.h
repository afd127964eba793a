/* SPDX-License-Identifier: ISC */
/*
 * byline.h - the labelled fields of Chinese news pages, read from one
 * line of text: 发布时间/日期 (date), 来源/來源 (source), 本文转自/转载自
 * (origin), 稿源, 作者, 本报记者/记者/通讯员 (reporters), 责任编辑/编辑/
 * 审核 (editors: never authors), 类别/栏目 (category), 快照生成时间 and
 * 信息原文地址 (snapshot pages), and words that only end a field (浏览次数,
 * 字号, 上一篇 ...).  Also the closing attribution "(据XX)" and reporter
 * credits in parentheses at the start or end of a paragraph.
 *
 * All functions take UTF-8 folded with rw_utf8_fold (ASCII colon and
 * parentheses), only read s[0..n), and keep no state.  Returned strings
 * are new, trimmed, valid UTF-8; the caller frees them.
 */
#ifndef RW_BYLINE_H
#define RW_BYLINE_H

#include <stddef.h>

enum rw_field {
	RW_F_DATE,
	RW_F_SOURCE,
	RW_F_ORIGIN,		/* 本文转自, 转载自 */
	RW_F_GAOYUAN,		/* 稿源: origin beside a 来源, else source */
	RW_F_AUTHOR,		/* 作者, 撰文, 文/ */
	RW_F_REPORTER,		/* 本报记者, 记者, 通讯员 ... */
	RW_F_EDITOR,		/* 责任编辑, 编辑, 审核, 摄影 ... */
	RW_F_CATEGORY,
	RW_F_SNAPTIME,		/* 快照生成时间 */
	RW_F_SNAPURL,		/* 信息原文地址 */
	RW_F_STOP		/* ends the field before it, nothing more */
};

struct rw_label {
	enum rw_field	 field;
	size_t		 start;		/* the label word */
	size_t		 value;		/* its value: after the colon */
	size_t		 end;		/* where the next label starts */
	int		 colon;		/* a colon followed the word */
};

/*
 * The labels of a line, left to right (longest word wins); each value
 * runs to the next label.  Writes at most max; returns the number found
 * (which may exceed max).
 */
size_t	 rw_byline_labels(const char *s, size_t n, struct rw_label *,
	    size_t max);

/*
 * The value of a one-word field (source, origin, category) from
 * s[0..n): up to a bracket, a bar or the space after a Chinese word;
 * 《》 and quotes around it removed.  NULL if nothing plausible is left.
 */
char	*rw_byline_outlet(const char *s, size_t n);

/*
 * Appends the persons named in s[0..n) (a byline value) to *v.  strict:
 * only 2-4 character Chinese names (or with a middle dot), as in
 * reporter credits; else also Latin or longer pen names, as in a 作者
 * field.  Units (县民政局), editors and photographer credits (… 摄) are
 * never names.  Returns the number appended.
 */
size_t	 rw_byline_names(const char *s, size_t n, int strict, char ***v,
	    size_t *nv);

/* 1 if the name is an organisation (局, 厅, 处, 中心, 日报 ...). */
int	 rw_byline_is_unit(const char *s, size_t n);

/*
 * A closing attribution "(据XX)" / "(据《XX》报道)" ending s[0..n):
 * returns the outlet (new string) or NULL.
 */
char	*rw_byline_attribution(const char *s, size_t n);

/*
 * Reporter credits in parentheses: "(记者 张三 通讯员 李四)" or bare names
 * "(张三 李四)" ending s (at_start 0), or a dateline credit such as
 * "本报讯(记者 张三)" / "…电(记者朱薇)" opening s, or a labelled credit
 * that opens s itself, "(某某网记者 张三/福州报道)" (at_start 1).
 * Appends the names to *v; returns how many.
 */
size_t	 rw_byline_credit(const char *s, size_t n, int at_start, char ***v,
	    size_t *nv);

/*
 * A byline line such as "本报记者 张三", "记者 李莉 通讯员 于德亮" or
 * "文/张三": the whole line must be credits.  Appends the names to *v;
 * returns how many (0 if the line is anything else).
 */
size_t	 rw_byline_line(const char *s, size_t n, char ***v, size_t *nv);

#endif

/* SPDX-License-Identifier: ISC */
/*
 * campaign.h - names of relief campaigns, actions and programmes that a
 * text puts in quotation marks (“慈善情暖万家”慰问活动, 启动「寒冬送温暖」,
 * “辽蕾计划”), told apart from the other quoted words of civil-affairs
 * writing: slogans and principles (“应救尽救”), mechanisms (“五必访”,
 * “1+7+5X”), categories (“三无”人员, “两节”), political-education
 * campaigns, team and facility names (“幸福长者食堂”) and goods packages
 * (“爱心年货包”).
 *
 * Each quotation (or chain of them: “情暖童心”“陪伴成长”等关爱行动) is
 * scored on its words, on what follows it (活动, 行动, 计划 ... versus
 * 理念, 机制, 人员 ...) and on what precedes it (开展, 启动 ... versus
 * 坚持, 要求 ...).  Matching uses the view's Simplified key; names are cut
 * from the original text, so Traditional stays Traditional.
 */
#ifndef RW_CAMPAIGN_H
#define RW_CAMPAIGN_H

#include <stddef.h>

struct rw_cpview;

/* A campaign name: the code points inside its quotation marks. */
struct rw_span {
	size_t	 start;
	size_t	 end;
};

struct rw_spans {
	struct rw_span	*v;
	size_t		 n;
	size_t		 cap;
};

/*
 * Appends the campaign names quoted in view code points [start, end), in
 * text order.  Initialise out with zeros; free with rw_spans_free.
 */
void	 rw_campaigns_find(const struct rw_cpview *, size_t start, size_t end,
	    struct rw_spans *out);
void	 rw_spans_free(struct rw_spans *);

/*
 * Tidies a list of names in order of first appearance: drops repeats,
 * and a name ending in a generic 活动 when the bare name is also there (the
 * bare name then takes the earlier place).  Frees what it drops.
 */
void	 rw_campaigns_tidy(char **names, size_t *n);

#endif

/* SPDX-License-Identifier: ISC */
/*
 * peer-quantities - runs the quantity scanner (lib/quantity.h) over the
 * converted peer suites of ../shared/testdata/quantities (format in its
 * SOURCE.md) and reports the pass rate per file on the cases in scope,
 * with the cases and files out of scope and why.
 *
 * How a case is judged:
 *   scan suites (Recognizers-Text NumberModel, cn2an transform,
 *   WeTextProcessing): every expected mention is found (same span, as
 *   the numeral alone or with its unit, and the same value) and nothing
 *   else is reported;
 *   money scan (Recognizers-Text CurrencyModel, JioNLP extract_money):
 *   the same over the quantities with a currency;
 *   whole-input suites (JioNLP parse_money, cn2an, Duckling): one
 *   quantity covers the whole input with the expected value (and
 *   currency);
 *   rejections (cn2an): no quantity covers the whole input.
 * Conventions mapped, not counted as failures: a source that does not
 * encode qualifiers accepts any; JioNLP's 近 = "under" is our "approx";
 * JioNLP's 3000多 = [3000, 4000] is our "over 3000"; Duckling's generic
 * "Dollar" is any currency of 元/块; a bare JioNLP amount is in CNY.
 */
#include <dirent.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "io.h"
#include "quantity.h"
#include "text.h"
#include "utf8.h"
#include "util.h"

enum how {
	SCAN_NUM,
	SCAN_MONEY,
	SPANS_MONEY,
	WHOLE_NUM,
	WHOLE_MONEY,
	REJECT,
	OUT
};

struct suite {
	const char	*name;
	enum how	 how;
	unsigned	 mode;
	const char	*why;		/* OUT: why the file is out of scope */
};

/*
 * Each file covers one type: Recognizers-Text leaves the numbers of money
 * amounts to its CurrencyModel, so they are no NumberModel mentions.
 */
#define NOT_MONEY	0x1000u

static const struct suite suites[] = {
	{ "recognizers-text-NumberModel", SCAN_NUM, RW_QTY_PLAIN | NOT_MONEY,
	    NULL },
	{ "recognizers-text-CurrencyModel", SCAN_MONEY, 0, NULL },
	{ "jionlp-parse_money", WHOLE_MONEY, RW_QTY_PLAIN | RW_QTY_VAGUE,
	    NULL },
	{ "jionlp-extract_money", SPANS_MONEY, 0, NULL },
	{ "cn2an-cn2an", WHOLE_NUM, RW_QTY_PLAIN, NULL },
	{ "cn2an-cn2an_rejections", REJECT, RW_QTY_PLAIN, NULL },
	{ "cn2an-an2cn_inverted", WHOLE_NUM, RW_QTY_PLAIN, NULL },
	{ "cn2an-transform", SCAN_NUM, RW_QTY_PLAIN, NULL },
	{ "duckling-Numeral", WHOLE_NUM, RW_QTY_PLAIN, NULL },
	{ "duckling-AmountOfMoney", WHOLE_MONEY, RW_QTY_PLAIN, NULL },
	{ "wetextprocessing-itn_zh", SCAN_NUM, RW_QTY_PLAIN, NULL },
	{ "recognizers-text-NumberRangeModel", OUT, 0,
	    "comparative ranges (大于/小于/之间) are not how relief figures "
	    "are written; X-Y, X至Y and 三五百 ranges are tested elsewhere" },
	{ "recognizers-text-NumberRangeModelExperimentalMode", OUT, 0,
	    "as NumberRangeModel" },
	{ "recognizers-text-OrdinalModel", OUT, 0,
	    "ordinals are excluded from measures by design" },
	{ "recognizers-text-PercentModel", OUT, 0,
	    "percentages and discounts (折, 成) are not measures" },
	{ "recognizers-text-DimensionModel", OUT, 0,
	    "lengths, areas, speeds and storage sizes are not relief units" },
	{ "recognizers-text-AgeModel", OUT, 0, "ages are not measures" },
	{ "recognizers-text-TemperatureModel", OUT, 0,
	    "temperatures are not measures" },
	{ "recognizers-text-DateTimeModel", OUT, 0,
	    "dates and times are not measures" },
	{ "jionlp-extract_time", OUT, 0, "dates and times are not measures" },
	{ "jionlp-parse_time", OUT, 0, "dates and times are not measures" },
	{ "jionlp-parse_location", OUT, 0, "places are another module" },
	{ "duckling-Distance", OUT, 0, "distances are not relief units" },
	{ "duckling-Volume", OUT, 0, "volumes are not relief units" },
	{ "duckling-Temperature", OUT, 0, "temperatures are not measures" },
	{ "duckling-Ordinal", OUT, 0,
	    "ordinals are excluded from measures by design" },
	{ "duckling-Quantity", OUT, 0,
	    "weights are kept in their own unit (吨, 公斤, 斤), Duckling "
	    "converts them to grams" },
};

/* One mention we report, in original code points. */
struct mention {
	size_t		 s, e;		/* numeral alone */
	size_t		 fs, fe;	/* with qualifiers and unit */
	double		 v, max;
	int		 has_max;
	enum rw_qual	 qual;
	const char	*iso;
	int		 used;
};

struct tally {
	size_t		 in, pass, out;
	char		*reasons[16];
	size_t		 nreason[16];
	size_t		 nr;
};

static int verbose;

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: peer-quantities [-v] [dir]\n");
}

static void
add_reason(struct tally *t, const char *why)
{
	size_t	 i;

	t->out++;
	for (i = 0; i < t->nr; i++)
		if (strcmp(t->reasons[i], why) == 0) {
			t->nreason[i]++;
			return;
		}
	if (t->nr < 16) {
		t->reasons[t->nr] = xstrdup(why);
		t->nreason[t->nr++] = 1;
	}
}

static int
close_to(double a, double b)
{
	return fabs(a - b) <= 1e-6 * fmax(1, fabs(b)) || fabs(a - b) < 0.006;
}

/* A JSON number or a string of digits (digit-by-digit readings). */
static int
jvalue(json_t *v, double *out)
{
	char	*end;

	if (json_is_number(v)) {
		*out = json_number_value(v);
		return 1;
	}
	if (json_is_string(v)) {
		*out = strtod(json_string_value(v), &end);
		return *end == '\0' && end != json_string_value(v);
	}
	return 0;
}

static struct mention *
mentions(const struct rw_text_ctx *x, const char *in, unsigned mode,
    int money, size_t *n)
{
	struct rw_text	*t;
	struct rw_qty	*q;
	struct mention	*m;
	struct rw_err	 err;
	size_t		 nq, i;

	*n = 0;
	if ((t = rw_text_new(x, in, strlen(in), &err)) == NULL)
		return NULL;
	rw_qty_scan(t, mode & ~NOT_MONEY, &q, &nq, &err);
	m = xcalloc(nq + 1, sizeof(*m));
	for (i = 0; i < nq; i++) {
		if ((money && q[i].iso == NULL) ||
		    ((mode & NOT_MONEY) && q[i].iso != NULL))
			continue;
		m[*n].s = rw_text_ostart(t, q[i].nstart);
		m[*n].e = rw_text_oend(t, q[i].nend);
		m[*n].fs = rw_text_ostart(t, q[i].start);
		m[*n].fe = rw_text_oend(t, q[i].end);
		m[*n].v = q[i].value;
		m[*n].max = q[i].max;
		m[*n].has_max = q[i].has_max;
		m[*n].qual = q[i].qual;
		m[*n].iso = q[i].iso;
		(*n)++;
	}
	free(q);
	rw_text_free(t);
	return m;
}

/* Expected item e against mention m: value, range, qualifier, currency. */
static int
agrees(json_t *e, const struct mention *m, const char *input)
{
	json_t		*extra = json_object_get(e, "extra");
	json_t		*range = json_object_get(extra, "range");
	const char	*q = json_string_value(json_object_get(e, "qualifier"));
	const char	*from = json_string_value(json_object_get(extra,
			    "qualifier_from"));
	const char	*unit = json_string_value(json_object_get(e, "unit"));
	const char	*kind = json_string_value(json_object_get(e, "kind"));
	double		 v, lo, hi;

	if (q != NULL && strcmp(q, "range") == 0) {
		if (!jvalue(json_object_get(range, "lo"), &lo) ||
		    !jvalue(json_object_get(range, "hi"), &hi))
			return 0;
		if (m->has_max) {
			if (!close_to(m->v, lo) || !close_to(m->max, hi))
				return 0;
		} else if (m->qual != RW_QUAL_OVER || !close_to(m->v, lo))
			return 0;
	} else {
		if (!jvalue(json_object_get(e, "value"), &v) ||
		    !close_to(m->v, v) || m->has_max)
			return 0;
		if (q == NULL) {
			if (m->qual != RW_QUAL_EXACT && (from == NULL ||
			    strcmp(from, "none") != 0))
				return 0;
		} else if (strcmp(q, "approx") == 0) {
			if (m->qual != RW_QUAL_APPROX)
				return 0;
		} else if (strcmp(q, "over") == 0) {
			if (m->qual != RW_QUAL_OVER)
				return 0;
		} else if (strcmp(q, "under") == 0) {
			if (m->qual != RW_QUAL_UNDER &&
			    !(m->qual == RW_QUAL_APPROX &&
			    strstr(input, "近") != NULL))
				return 0;
		}
	}
	if (kind != NULL && strcmp(kind, "money") == 0 && unit != NULL &&
	    strcmp(unit, "Dollar") != 0) {
		if (m->iso == NULL)
			return strcmp(unit, "CNY") == 0;
		if (strcmp(unit, m->iso) != 0 && !(strcmp(unit, "Bitcoin") ==
		    0 && strcmp(m->iso, "BTC") == 0))
			return 0;
	}
	return 1;
}

/* The case's expected span [s, e) in code points; 0 if none given. */
static int
espan(json_t *e, size_t *s, size_t *en)
{
	json_t	*sp = json_object_get(json_object_get(e, "extra"), "span");

	if (!json_is_array(sp) || json_array_size(sp) != 2)
		return 0;
	*s = (size_t)json_integer_value(json_array_get(sp, 0));
	*en = (size_t)json_integer_value(json_array_get(sp, 1));
	return 1;
}

static int
judge_scan(json_t *exp, struct mention *m, size_t nm, const char *input,
    int spans_only)
{
	json_t	*e;
	size_t	 i, j, s, en;

	json_array_foreach(exp, i, e) {
		if (!espan(e, &s, &en))
			return 0;
		for (j = 0; j < nm; j++) {
			if (m[j].used || !((m[j].s == s && m[j].e == en) ||
			    (m[j].fs == s && m[j].fe == en)))
				continue;
			if (spans_only || agrees(e, &m[j], input))
				break;
		}
		if (j == nm)
			return 0;
		m[j].used = 1;
	}
	for (j = 0; j < nm; j++)
		if (!m[j].used)
			return 0;
	return 1;
}

/* A mention that covers all of the input but its outer spaces. */
static struct mention *
whole(struct mention *m, size_t nm, const char *input)
{
	size_t	 len = rw_utf8_count(input, strlen(input)), a = 0, b, i;

	for (b = len; b > 0 && input[rw_utf8_offset(input, strlen(input),
	    b - 1)] == ' '; b--)
		;
	while (a < b && input[rw_utf8_offset(input, strlen(input), a)] == ' ')
		a++;
	for (i = 0; i < nm; i++)
		if ((m[i].fs == a && m[i].fe == b) || (m[i].s == a &&
		    m[i].e == b))
			return &m[i];
	return NULL;
}

/* Why one case is out of scope, or NULL. */
static const char *
case_scope(const struct suite *su, json_t *c)
{
	const char	*in = json_string_value(json_object_get(c, "input"));
	json_t		*exp = json_object_get(c, "expect"), *e, *v;
	const char	*kind;
	size_t		 i;
	double		 d;

	if (json_is_true(json_object_get(json_object_get(c, "meta"),
	    "itn_unchanged")))
		return "the source leaves a vague quantity (几十万) as text";
	if (strchr(in, '^') != NULL)
		return "power notation (2^5)";
	json_array_foreach(exp, i, e) {
		kind = json_string_value(json_object_get(e, "kind"));
		v = json_object_get(e, "value");
		if (kind != NULL && strcmp(kind, "number") != 0 &&
		    strcmp(kind, "money") != 0)
			return "expects a date, time, percent or dimension";
		if (su->how != SPANS_MONEY && json_is_null(v) &&
		    !json_is_object(json_object_get(json_object_get(e,
		    "extra"), "range")))
			return "a mention without a numeric value";
		if (jvalue(v, &d) && fabs(d) >= RW_QTY_CAP)
			return "beyond the documented cap of 10^16";
		if (json_is_string(v) && strpbrk(json_string_value(v), "/:") !=
		    NULL)
			return "expects a date, time, percent or dimension";
	}
	if (strcmp(su->name, "duckling-Numeral") == 0) {
		if (strstr(in, "對") || strstr(in, "雙") || strstr(in, "对") ||
		    strstr(in, "双"))
			return "Duckling counts a pair (一對) as 2";
		if (strstr(in, "份") || strstr(in, "分一") || strstr(in, "半"))
			return "Cantonese fractions and halves (十份十一, 一半)";
		if (strchr(in, 'G') != NULL)
			return "SI giga suffix";
	}
	if (strcmp(su->name, "duckling-AmountOfMoney") == 0 &&
	    (strstr(in, "蚊") || strstr(in, "個") || strstr(in, "毫") ||
	    strstr(in, "仙")))
		return "Cantonese money words (蚊, 毫, 仙, 個半)";
	json_array_foreach(exp, i, e) {
		kind = json_string_value(json_object_get(e, "kind"));
		if (kind != NULL && strcmp(kind, "money") == 0 &&
		    !strstr(in, "元") && !strstr(in, "圆") && !strstr(in, "块") &&
		    !strstr(in, "币") && !strstr(in, "幣") && (strstr(in, "分") ||
		    strstr(in, "角") || strstr(in, "毛")))
			return "cents on their own (5分 is also minutes or "
			    "points)";
	}
	return NULL;
}

static int
judge(const struct suite *su, const struct rw_text_ctx *x, json_t *c)
{
	const char	*in = json_string_value(json_object_get(c, "input"));
	json_t		*exp = json_object_get(c, "expect");
	struct mention	*m, *w;
	size_t		 nm;
	int		 ok = 0;

	m = mentions(x, in, su->mode, su->how == SCAN_MONEY ||
	    su->how == SPANS_MONEY, &nm);
	if (m == NULL)
		return 0;
	switch (su->how) {
	case SCAN_NUM:
	case SCAN_MONEY:
		ok = judge_scan(exp, m, nm, in, 0);
		break;
	case SPANS_MONEY:
		ok = judge_scan(exp, m, nm, in, 1);
		break;
	case WHOLE_NUM:
	case WHOLE_MONEY:
		w = whole(m, nm, in);
		ok = w != NULL && json_array_size(exp) == 1 &&
		    agrees(json_array_get(exp, 0), w, in);
		break;
	case REJECT:
		ok = whole(m, nm, in) == NULL;
		break;
	case OUT:
		break;
	}
	free(m);
	return ok;
}

static void
run_file(const struct suite *su, const char *path,
    const struct rw_text_ctx *x)
{
	struct rw_lines	 lines;
	struct rw_err	 err;
	struct tally	 t;
	json_error_t	 je;
	json_t		*c;
	FILE		*fp;
	const char	*why;
	size_t		 i;
	int		 r;

	memset(&t, 0, sizeof(t));
	if ((fp = fopen(path, "r")) == NULL) {
		rw_warnx(path, "cannot open");
		return;
	}
	rw_lines_init(&lines, fp, path, 1 << 20);
	while ((r = rw_lines_next(&lines, &err)) != 0) {
		if (r == -1)
			continue;
		if ((c = json_loadb(lines.line, lines.len, 0, &je)) == NULL)
			continue;
		if ((why = case_scope(su, c)) != NULL)
			add_reason(&t, why);
		else {
			t.in++;
			if (judge(su, x, c))
				t.pass++;
			else if (verbose)
				printf("  FAIL %s\n", lines.line);
		}
		json_decref(c);
	}
	rw_lines_free(&lines);
	fclose(fp);
	printf("%-40s %4zu in scope, %4zu passed, rate %.3f; %zu out of "
	    "scope\n", su->name, t.in, t.pass, t.in ? (double)t.pass / t.in :
	    0.0, t.out);
	for (i = 0; i < t.nr; i++) {
		printf("    out of scope: %zu: %s\n", t.nreason[i],
		    t.reasons[i]);
		free(t.reasons[i]);
	}
}

int
main(int argc, char *argv[])
{
	const char		*dir = "../shared/testdata/quantities";
	struct rw_text_ctx	*x;
	struct rw_err		 err;
	const struct suite	*su;
	char			*path;
	size_t			 i;
	int			 ch;

	while ((ch = getopt(argc, argv, "hv")) != -1)
		switch (ch) {
		case 'v':
			verbose = 1;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	if (optind < argc)
		dir = argv[optind];
	if ((x = rw_text_ctx_new(&err)) == NULL) {
		rw_warnx(NULL, "%s", err.msg);
		return 1;
	}
	for (i = 0; i < sizeof(suites) / sizeof(suites[0]); i++) {
		su = &suites[i];
		path = xasprintf("%s/%s.jsonl", dir, su->name);
		if (su->how == OUT)
			printf("%-40s out of scope: %s\n", su->name, su->why);
		else
			run_file(su, path, x);
		free(path);
	}
	rw_text_ctx_free(x);
	return 0;
}

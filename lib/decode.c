/* SPDX-License-Identifier: ISC */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <uchardet.h>

#include "decode.h"
#include "utf8.h"

/* How far into the page declarations are looked for. */
#define DECL_SCAN	65536
/* Bytes given to uchardet: plenty for a confident guess. */
#define DETECT_SCAN	262144

static const struct {
	const char	*label;
	const char	*name;
} labels[] = {
	{ "utf-8", "UTF-8" }, { "utf8", "UTF-8" },
	{ "unicode-1-1-utf-8", "UTF-8" }, { "x-unicode20utf8", "UTF-8" },
	{ "gb2312", "GB18030" }, { "gbk", "GB18030" },
	{ "gb18030", "GB18030" }, { "x-gbk", "GB18030" },
	{ "cp936", "GB18030" }, { "ms936", "GB18030" },
	{ "windows-936", "GB18030" }, { "euc-cn", "GB18030" },
	{ "x-euc-cn", "GB18030" }, { "csgb2312", "GB18030" },
	{ "chinese", "GB18030" }, { "gb_2312-80", "GB18030" },
	{ "gb_2312", "GB18030" }, { "iso-ir-58", "GB18030" },
	{ "big5", "BIG5-HKSCS" }, { "big5-hkscs", "BIG5-HKSCS" },
	{ "cn-big5", "BIG5-HKSCS" }, { "x-big5", "BIG5-HKSCS" },
	{ "cp950", "BIG5-HKSCS" }, { "csbig5", "BIG5-HKSCS" },
	{ "iso-8859-1", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" },
	{ "l1", "WINDOWS-1252" }, { "us-ascii", "WINDOWS-1252" },
	{ "ascii", "WINDOWS-1252" }, { "windows-1252", "WINDOWS-1252" },
	{ "cp1252", "WINDOWS-1252" }, { "x-cp1252", "WINDOWS-1252" },
	{ "iso8859-1", "WINDOWS-1252" },
	{ "shift_jis", "CP932" }, { "shift-jis", "CP932" },
	{ "sjis", "CP932" }, { "x-sjis", "CP932" }, { "ms_kanji", "CP932" },
	{ "windows-31j", "CP932" }, { "cp932", "CP932" },
	{ "euc-jp", "EUC-JP" }, { "x-euc-jp", "EUC-JP" },
	{ "iso-2022-jp", "ISO-2022-JP" },
	{ "euc-kr", "CP949" }, { "ks_c_5601-1987", "CP949" },
	{ "cp949", "CP949" }, { "windows-949", "CP949" },
	{ "utf-16le", "UTF-16LE" }, { "utf-16be", "UTF-16BE" },
	{ "koi8-r", "KOI8-R" }, { "koi8-u", "KOI8-U" },
	{ "windows-1250", "WINDOWS-1250" }, { "windows-1251", "WINDOWS-1251" },
	{ "windows-1253", "WINDOWS-1253" }, { "windows-1254", "WINDOWS-1254" },
	{ "windows-1255", "WINDOWS-1255" }, { "windows-1256", "WINDOWS-1256" },
	{ "windows-1257", "WINDOWS-1257" }, { "windows-1258", "WINDOWS-1258" },
	{ "iso-8859-2", "ISO-8859-2" }, { "iso-8859-5", "ISO-8859-5" },
	{ "iso-8859-7", "ISO-8859-7" }, { "iso-8859-9", "WINDOWS-1254" },
	{ "iso-8859-15", "ISO-8859-15" }, { "tis-620", "CP874" },
	{ "windows-874", "CP874" },
};

const char *
rw_decode_canonical(const char *label, size_t len)
{
	size_t	 i;

	while (len > 0 && (*label == ' ' || *label == '"' || *label == '\''))
		label++, len--;
	while (len > 0 && (label[len - 1] == ' ' || label[len - 1] == '"' ||
	    label[len - 1] == '\''))
		len--;
	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++)
		if (strlen(labels[i].label) == len &&
		    strncasecmp(labels[i].label, label, len) == 0)
			return labels[i].name;
	return NULL;
}

/* Case-insensitive search for an ASCII needle in s[0..n). */
static const char *
find_ci(const char *s, size_t n, const char *needle)
{
	size_t	 m = strlen(needle), i;

	for (i = 0; i + m <= n; i++)
		if (strncasecmp(s + i, needle, m) == 0)
			return s + i;
	return NULL;
}

/*
 * Reads the charset label after "charset" or "encoding" at p (inside a
 * tag ending at end): optional spaces, '=', optional quote, a token.
 */
static const char *
label_after(const char *p, const char *end)
{
	const char	*q;

	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p >= end || *p != '=')
		return NULL;
	p++;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '"' || *p == '\''))
		p++;
	for (q = p; q < end && (((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z') ||
	    (*q >= '0' && *q <= '9') || *q == '-' || *q == '_' || *q == ':' ||
	    *q == '.'); q++)
		;
	if (q == p)
		return NULL;
	return rw_decode_canonical(p, (size_t)(q - p));
}

/*
 * The charset the page declares: <meta charset>, <meta http-equiv
 * content="...; charset=...">, or encoding="..." in the XML declaration
 * or a leading pseudo-tag (CleanEval's <text encoding=...>).
 */
static const char *
declared(const char *s, size_t n)
{
	const char	*p, *end, *lim, *name;

	if (n > DECL_SCAN)
		n = DECL_SCAN;
	lim = s + n;
	for (p = s; (p = find_ci(p, (size_t)(lim - p), "<meta")) != NULL;
	    p += 5) {
		if ((end = memchr(p, '>', (size_t)(lim - p))) == NULL)
			end = lim;
		const char *c = p;
		while ((c = find_ci(c, (size_t)(end - c), "charset")) != NULL) {
			if ((name = label_after(c + 7, end)) != NULL)
				return name;
			c += 7;
		}
	}
	/* The first tag only: an XML declaration or a pseudo-tag. */
	if ((p = memchr(s, '<', n > 1024 ? 1024 : n)) != NULL &&
	    (end = memchr(p, '>', (size_t)(lim - p))) != NULL) {
		const char *c = find_ci(p, (size_t)(end - p), "encoding");

		if (c != NULL && (name = label_after(c + 8, end)) != NULL)
			return name;
	}
	return NULL;
}

static int
is_binary(const char *s, size_t n, struct rw_err *e)
{
	static const struct {
		const char	*magic;
		size_t		 len;
		const char	*what;
	} magics[] = {
		{ "\x1f\x8b", 2, "gzip" }, { "%PDF-", 5, "PDF" },
		{ "\x89PNG", 4, "PNG" }, { "\xff\xd8\xff", 3, "JPEG" },
		{ "GIF8", 4, "GIF" }, { "PK\x03\x04", 4, "ZIP" },
		{ "BZh", 3, "bzip2" }, { "\xfd" "7zXZ", 5, "xz" },
		{ "7z\xbc\xaf", 4, "7-Zip" }, { "\x7f" "ELF", 4, "ELF" },
		{ "\x28\xb5\x2f\xfd", 4, "zstd" }, { "RIFF", 4, "RIFF" },
	};
	size_t	 i, ctl = 0, m = n > 4096 ? 4096 : n;

	for (i = 0; i < sizeof(magics) / sizeof(magics[0]); i++)
		if (n >= magics[i].len &&
		    memcmp(s, magics[i].magic, magics[i].len) == 0) {
			rw_err_set(e, "binary content (%s), not HTML",
			    magics[i].what);
			return 1;
		}
	for (i = 0; i < m; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' &&
		    c != '\f' && c != 0x1b)
			ctl++;
	}
	if (m > 0 && ctl * 10 > m) {
		rw_err_set(e, "binary content, not HTML");
		return 1;
	}
	return 0;
}

/* UTF-16 without a BOM: ASCII markup leaves every other byte NUL. */
static const char *
guess_utf16(const char *s, size_t n)
{
	size_t	 i, even = 0, odd = 0, m = n > 1024 ? 1024 : n;

	for (i = 0; i < m; i++)
		if (s[i] == 0) {
			if (i % 2)
				odd++;
			else
				even++;
		}
	if (m >= 8 && odd * 5 > m * 2 && even * 20 < m)
		return "UTF-16LE";
	if (m >= 8 && even * 5 > m * 2 && odd * 20 < m)
		return "UTF-16BE";
	return NULL;
}

/* Copies valid UTF-8, replacing bad sequences and dropping NULs. */
static size_t
copy_utf8(const char *s, size_t n, struct rw_buf *out)
{
	size_t	 i = 0, bad = 0, run;
	int32_t	 cp;
	int	 len;

	rw_buf_grow(out, n);
	while (i < n) {
		for (run = i; run < n && (unsigned char)s[run] < 0x80 &&
		    s[run] != 0; run++)
			;
		if (run > i) {
			rw_buf_add(out, s + i, run - i);
			i = run;
			continue;
		}
		len = rw_utf8_decode(s + i, n - i, &cp);
		if (cp < 0) {
			rw_buf_add(out, "\xef\xbf\xbd", 3);
			bad++;
		} else if (cp != 0)
			rw_buf_add(out, s + i, (size_t)len);
		i += (size_t)len;
	}
	return bad;
}

/*
 * Converts with iconv; undecodable bytes become U+FFFD.  Returns the
 * number of replacements, or (size_t)-1 if iconv lacks the charset.
 */
static size_t
convert(const char *from, const char *s, size_t n, struct rw_buf *out)
{
	iconv_t	 cd;
	char	*in = (char *)s, *o;
	size_t	 left = n, room, bad = 0, r, i, w;

	if (strcmp(from, "UTF-8") == 0)
		return copy_utf8(s, n, out);
	if ((cd = iconv_open("UTF-8", from)) == (iconv_t)-1)
		return (size_t)-1;
	rw_buf_grow(out, n * 2 + 16);
	while (left > 0) {
		rw_buf_grow(out, left * 2 + 16);
		o = out->data + out->len;
		room = out->cap - out->len - 1;
		r = iconv(cd, &in, &left, &o, &room);
		out->len = (size_t)(o - out->data);
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG)
			continue;
		/* EILSEQ or EINVAL (truncated at the end): skip one byte. */
		rw_buf_add(out, "\xef\xbf\xbd", 3);
		bad++;
		in++;
		left--;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	iconv_close(cd);
	/* Drop NULs: the HTML parser would stop at them. */
	if (memchr(out->data, '\0', out->len) != NULL) {
		for (i = w = 0; i < out->len; i++)
			if (out->data[i] != 0)
				out->data[w++] = out->data[i];
		out->len = w;
	}
	rw_buf_cstr(out);
	return bad;
}

static const char *
detect(const char *s, size_t n)
{
	uchardet_t	 ud;
	const char	*name, *canon = NULL;

	if ((ud = uchardet_new()) == NULL)
		return NULL;
	if (uchardet_handle_data(ud, s, n > DETECT_SCAN ? DETECT_SCAN : n) == 0) {
		uchardet_data_end(ud);
		name = uchardet_get_charset(ud);
		if (name != NULL && *name != '\0')
			canon = rw_decode_canonical(name, strlen(name));
	}
	uchardet_delete(ud);
	return canon;
}

/* Few enough errors that the charset is right and the page damaged. */
static int
acceptable(size_t bad, size_t n)
{
	return bad != (size_t)-1 && bad <= 2 + n / 1000;
}

/* Takes bytes known to be valid UTF-8 (or ASCII) as the text. */
static void
take_copy(struct rw_decoded *d, const char *s, size_t n, const char *enc)
{
	size_t	 i, w;

	d->text = xmalloc(n + 1);
	memcpy(d->text, s, n);
	/* Drop NULs: the HTML parser would stop at them. */
	if (memchr(s, '\0', n) != NULL) {
		for (i = w = 0; i < n; i++)
			if (s[i] != '\0')
				d->text[w++] = s[i];
		n = w;
	}
	d->text[n] = '\0';
	d->len = n;
	d->encoding = enc;
	d->errors = 0;
}

static int
attempt(const char *enc, const char *s, size_t n, struct rw_decoded *d,
    int force)
{
	struct rw_buf	 b = RW_BUF_INIT;
	size_t		 bad;

	bad = convert(enc, s, n, &b);
	if (!force && !acceptable(bad, n)) {
		rw_buf_free(&b);
		return -1;
	}
	if (bad == (size_t)-1) {
		rw_buf_free(&b);
		return -1;
	}
	free(d->text);
	d->len = b.len;
	d->text = rw_buf_take(&b);
	d->encoding = enc;
	d->errors = bad;
	return 0;
}

int
rw_decode(const char *s, size_t n, struct rw_decoded *d,
    struct rw_err *e)
{
	const char	*enc, *guess;
	size_t		 i, nonascii = 0;

	memset(d, 0, sizeof(*d));
	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
		attempt("UTF-8", s + 3, n - 3, d, 1);
		goto done;
	}
	if (n >= 2 && (memcmp(s, "\xff\xfe", 2) == 0 ||
	    memcmp(s, "\xfe\xff", 2) == 0)) {
		enc = s[0] == '\xff' ? "UTF-16LE" : "UTF-16BE";
		if (attempt(enc, s + 2, n - 2, d, 1) == -1)
			goto fail;
		goto done;
	}
	if ((enc = guess_utf16(s, n)) != NULL) {
		if (attempt(enc, s, n, d, 1) == -1)
			goto fail;
		goto done;
	}
	if (is_binary(s, n, e))
		return -1;

	d->declared = declared(s, n);
	for (i = 0; i < n; i++)
		nonascii += (unsigned char)s[i] >= 0x80;
	/*
	 * Valid UTF-8 text is UTF-8, whatever the page says, and ASCII is
	 * itself in every declared charset but the 7-bit ISO-2022 ones:
	 * such bytes are taken as they are, in one copy.
	 */
	if (nonascii == 0 && d->declared != NULL &&
	    strncmp(d->declared, "ISO-2022", 8) == 0) {
		if (attempt(d->declared, s, n, d, 1) == 0)
			goto done;
	}
	if (nonascii == 0 || rw_utf8_valid(s, n)) {
		enc = nonascii == 0 && d->declared != NULL &&
		    strncmp(d->declared, "UTF-16", 6) != 0 ? d->declared :
		    "UTF-8";
		take_copy(d, s, n, enc);
		goto done;
	}
	if (d->declared != NULL && strncmp(d->declared, "UTF-16", 6) != 0 &&
	    attempt(d->declared, s, n, d, 0) == 0)
		goto done;
	guess = detect(s, n);
	if (guess != NULL && attempt(guess, s, n, d, 0) == 0)
		goto done;
	/* Chinese news: GB18030 first, then Big5; else keep what fits best. */
	if (attempt("GB18030", s, n, d, 0) == 0 ||
	    attempt("BIG5-HKSCS", s, n, d, 0) == 0 ||
	    attempt("UTF-8", s, n, d, 0) == 0)
		goto done;
	attempt(guess != NULL ? guess : "UTF-8", s, n, d, 1);
	if (d->text == NULL)
		attempt("UTF-8", s, n, d, 1);
done:
	if (d->text == NULL)
		goto fail;
	for (i = 0; i < d->len; i++)
		if (d->text[i] != ' ' && d->text[i] != '\t' &&
		    d->text[i] != '\n' && d->text[i] != '\r' &&
		    d->text[i] != '\f')
			break;
	if (i == d->len) {
		rw_err_set(e, n == 0 ? "empty file" :
		    "file holds only white space");
		rw_decoded_free(d);
		return -1;
	}
	return 0;
fail:
	rw_err_set(e, "cannot decode the bytes as text");
	rw_decoded_free(d);
	return -1;
}

void
rw_decoded_free(struct rw_decoded *d)
{
	free(d->text);
	d->text = NULL;
	d->len = 0;
}

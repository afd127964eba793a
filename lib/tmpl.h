/* SPDX-License-Identifier: ISC */
/*
 * tmpl.h - logic-less mustache templates over jansson values, with
 * context-specific escaping.
 *
 * Syntax: the core mustache spec (v1.4: interpolation, sections,
 * inverted sections, comments, partials, set delimiter, standalone-line
 * and partial-indentation rules); lambdas, inheritance and dynamic
 * partial names are not supported (the last two are parse errors).
 *
 *   {{name}}  {{a.b.c}}  {{.}}	value, escaped for the template's kind
 *   {{name|filter}}		value, escaped by the named filter
 *   {{{name}}}  {{&name}}	value, unescaped (same as |raw)
 *   {{#name}}...{{/name}}	section: once per list element, once
 *				with an object or other truthy value
 *				pushed as context, never when falsy
 *   {{^name}}...{{/name}}	inverted section: once when falsy
 *   {{>name}}			partial, looked up in the template set
 *   {{! comment }}  {{=<% %>=}}
 *
 * Falsy: a missing key, null, false, "" and [].  Everything else is
 * truthy, including 0 and {} (null means "unknown" in our records, 0 is
 * a count).  Names resolve as the spec says: the first part of a dotted
 * name is searched from the innermost context outwards, the other parts
 * only inside the value found.  Missing values render as nothing.
 * Strings render as they are, integers in decimal, reals in the
 * shortest form that reads back the same, booleans as true/false, null,
 * objects and arrays as nothing (use |json for those).
 *
 * Escaping.  A template is of one of two kinds, given at parse time:
 * HTML (the default; files *.html and *.xml) or Markdown (RW_TMPL_MARKDOWN;
 * files *.md).  A plain {{name}} is escaped for the kind: HTML templates
 * use |html, Markdown templates use |md.  Exception, a safety net for
 * links: when the last part of the name is "url" or "href" or ends in
 * "_url" or "_href", a plain {{name}} uses |url.  Filters:
 *   html	HTML text: & < > " ' ` = become character references,
 *		NUL is dropped; also safe inside a quoted attribute
 *   attr	as html, and ASCII whitespace and control characters become
 *		character references: safe even in an unquoted attribute
 *   url	only http:, https: and relative URLs pass (see
 *		rw_tmpl_url_safe); anything else renders as "#".  Passing
 *		URLs lose surrounding whitespace and embedded tab/CR/LF,
 *		other controls and spaces are percent-encoded, then they are
 *		escaped for an attribute (HTML templates) or backslash-escaped
 *		for a Markdown link destination (Markdown templates)
 *   json	the value as compact JSON with sorted keys (missing is null),
 *		with < > & ' U+2028 U+2029 as \u escapes, for a
 *		<script type="application/json"> element; not for attributes
 *   md		rw_md_escape (md.h): Markdown shows exactly the text
 *   raw	no escaping; only for HTML produced by rw_md_render
 * An unknown filter is a parse error; filters are not allowed on
 * {{{x}}}, {{&x}} or section tags.  Data is never re-expanded: "{{" in
 * a value is output as text.
 *
 * Limits: sections nest at most RW_TMPL_MAX_DEPTH deep in one template
 * (parse error); at render time sections and partials together nest at
 * most RW_TMPL_MAX_DEPTH deep, and a render stops with an error after
 * max_steps nodes and list elements or max_output bytes (see
 * rw_tmpl_set_limits), so recursive partials and nested lists cannot
 * run away.  Parsing is linear and reads only the given bytes.
 *
 * Errors are "NAME:LINE:COL: reason" (columns count code points from 1)
 * in struct rw_err.  Ownership as in util.h: the set owns the templates
 * added to it; render only borrows the json_t (nothing is decref'd).
 * Templates and sets are read-only while rendering, so one set can
 * serve several threads.
 */
#ifndef RW_TMPL_H
#define RW_TMPL_H

#include <stddef.h>

#include <jansson.h>

#include "util.h"

#define RW_TMPL_MAX_DEPTH	100
#define RW_TMPL_MAX_SIZE	(16 * 1024 * 1024)	/* template source */

/* Default limits of one render call. */
#define RW_TMPL_MAX_OUTPUT	((size_t)256 * 1024 * 1024)
#define RW_TMPL_MAX_STEPS	100000000UL

/* Parse flags. */
#define RW_TMPL_MARKDOWN	0x1	/* Markdown template: default |md */

struct rw_tmpl;
struct rw_tmpl_set;

/*
 * Compiles len bytes of src (any bytes; a copy is kept) into a template.
 * name is used in error messages.  Returns NULL on a syntax error
 * (unclosed tag or section, mismatched close tag, bad name, unknown
 * filter, bad set-delimiter tag, nesting too deep, too large).
 */
struct rw_tmpl	*rw_tmpl_parse(const char *name, const char *src, size_t len,
		    int flags, struct rw_err *);
void		 rw_tmpl_free(struct rw_tmpl *);

/*
 * Renders t with data (may be NULL: nothing to look up) and appends the
 * result to out.  Partials are looked up in set (may be NULL: no
 * partials); a missing partial renders as nothing, as the spec says
 * (rw_tmpl_set_check finds them beforehand).  Returns 0, or -1 when a
 * limit was hit; then out is left as it was.
 */
int		 rw_tmpl_render(const struct rw_tmpl *t,
		    const struct rw_tmpl_set *set, const json_t *data,
		    struct rw_buf *out, struct rw_err *);

struct rw_tmpl_set *rw_tmpl_set_new(void);
void		 rw_tmpl_set_free(struct rw_tmpl_set *);

/* Parses src and adds it under name; a duplicate name is an error. */
int		 rw_tmpl_set_add(struct rw_tmpl_set *, const char *name,
		    const char *src, size_t len, int flags, struct rw_err *);

/*
 * Adds every regular file dir/NAME.html, NAME.xml (HTML kind) and
 * NAME.md (Markdown kind) under NAME; other files, subdirectories and
 * dot files are ignored.  Error messages name the file path.  Files are
 * read in byte order of their names, so errors are deterministic.
 */
int		 rw_tmpl_set_load_dir(struct rw_tmpl_set *, const char *dir,
		    struct rw_err *);

/* The template added under name, or NULL. */
const struct rw_tmpl *rw_tmpl_set_get(const struct rw_tmpl_set *,
		    const char *name);

/*
 * Fails with "NAME:LINE:COL: missing partial 'x'" if any partial tag of
 * any template in the set names no template in the set.  Call it after
 * loading.
 */
int		 rw_tmpl_set_check(const struct rw_tmpl_set *, struct rw_err *);

/* Per-render limits for renders using this set; 0 means the default. */
void		 rw_tmpl_set_limits(struct rw_tmpl_set *, size_t max_output,
		    unsigned long max_steps);

/* rw_tmpl_render of the template named name; unknown name is an error. */
int		 rw_tmpl_set_render(const struct rw_tmpl_set *,
		    const char *name, const json_t *data, struct rw_buf *out,
		    struct rw_err *);

/*
 * Escaping helpers (the filters above).  They append to b.
 *
 * rw_tmpl_url_safe: 1 if s[0..n) is an http: or https: URL (any case)
 * or a relative one, 0 otherwise.  Leading and trailing spaces and
 * control characters and embedded tab/CR/LF are ignored the way
 * browsers ignore them; a '&' or "%3a" before the first '/', '?' or
 * '#' is refused, since a character reference or percent-decoding
 * could turn it into a scheme.
 * rw_tmpl_escape_url: returns 0, or -1 when the URL was refused and "#"
 * was written instead.
 * rw_tmpl_escape_json: v may be NULL (null); returns 0 or -1.
 */
void		 rw_tmpl_escape_html(struct rw_buf *b, const char *s,
		    size_t n);
void		 rw_tmpl_escape_attr(struct rw_buf *b, const char *s,
		    size_t n);
int		 rw_tmpl_url_safe(const char *s, size_t n);
int		 rw_tmpl_escape_url(struct rw_buf *b, const char *s, size_t n);
int		 rw_tmpl_escape_json(struct rw_buf *b, const json_t *v,
		    struct rw_err *);

#endif

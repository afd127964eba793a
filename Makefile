# reliefwatch - GNU make >= 4.  See README.md for targets and variables.

.DELETE_ON_ERROR:
.SUFFIXES:

# --- what the operator sets ------------------------------------------------
SNAPSHOTS	?= samples
BUILD		?= build
SITE		?= site

# --- toolchain ---------------------------------------------------------------
CC		?= cc
PKG_CONFIG	?= pkg-config
CFLAGS		?= -O2 -g
PKGS		 = libxml-2.0 jansson libcmark uchardet opencc libutf8proc
TEST_PKGS	 = cmocka
DEBIAN_PKGS	 = build-essential pkg-config libxml2-dev libjansson-dev \
		   libcmark-dev libuchardet-dev libopencc-dev opencc \
		   libutf8proc-dev libcmocka-dev python3

# SAN=1: AddressSanitizer + UBSan build in its own tree, so plain and
# sanitized objects never mix.
ifeq ($(SAN),1)
OUT		 = .obj/san
SANFLAGS	 = -fsanitize=address,undefined -fno-omit-frame-pointer \
		   -fno-sanitize-recover=undefined
BIN		 = .obj/san/bin
else
OUT		 = .obj/plain
SANFLAGS	 =
BIN		 = bin
endif

PKG_CFLAGS	:= $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS	:= $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
TEST_LIBS	:= $(shell $(PKG_CONFIG) --libs $(TEST_PKGS) 2>/dev/null)
ALL_CPPFLAGS	 = -Ilib -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
		   $(PKG_CFLAGS) $(CPPFLAGS)
ALL_CFLAGS	 = -std=c11 -Wall -Wextra -MMD -MP $(SANFLAGS) $(CFLAGS)
ALL_LDFLAGS	 = $(SANFLAGS) $(LDFLAGS)
LDLIBS_ALL	 = $(PKG_LIBS) -lm $(LDLIBS)

# --- sources -----------------------------------------------------------------
# One module per lib/NAME.c, one program per cmd/NAME.c, one unit test per
# tests/unit/test_NAME.c: adding a file is all it takes.
LIB_MODULES	:= $(sort $(basename $(notdir $(wildcard lib/*.c))))
PROGRAMS	:= $(sort $(basename $(notdir $(wildcard cmd/*.c))))
UNIT_TESTS	:= $(sort $(patsubst test_%,%,$(basename $(notdir \
		   $(wildcard tests/unit/test_*.c)))))

LIB_OBJS	 = $(LIB_MODULES:%=$(OUT)/lib/%.o)
LIB_A		 = $(OUT)/librw.a
PROG_BINS	 = $(PROGRAMS:%=$(BIN)/%)
TEST_BINS	 = $(UNIT_TESTS:%=$(OUT)/tests/unit/test_%)
DEPS		 = $(LIB_OBJS:.o=.d) $(PROGRAMS:%=$(OUT)/cmd/%.d) \
		   $(TEST_BINS:%=%.d)

.PHONY: all deps check-deps check unit golden regen eval bench bench-stats \
	bench-tmpl site render site-deps site-check bench-render clean \
	distclean places-dev places-bench

all: $(LIB_A) $(PROG_BINS)

# --- dependencies --------------------------------------------------------------
# The first build checks the libraries once and installs them if missing.
$(OUT)/deps.ok:
	@mkdir -p $(@D)
	@if ! $(PKG_CONFIG) --exists $(PKGS) $(TEST_PKGS) 2>/dev/null; then \
		echo "reliefwatch: libraries missing; running make deps"; \
		$(MAKE) --no-print-directory deps || exit 1; \
		echo "reliefwatch: libraries installed; run make again" >&2; \
		exit 1; \
	fi
	@touch $@

deps:
	@if [ "$$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then \
		echo "make deps: need root (or sudo) to install: $(DEBIAN_PKGS)" >&2; \
		exit 1; \
	fi
	$$( [ "$$(id -u)" -eq 0 ] || echo sudo ) apt-get update -qq
	$$( [ "$$(id -u)" -eq 0 ] || echo sudo ) env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends $(DEBIAN_PKGS)
	$(PKG_CONFIG) --print-errors --exists $(PKGS) $(TEST_PKGS)

check-deps:
	$(PKG_CONFIG) --print-errors --exists $(PKGS) $(TEST_PKGS)

# --- compile -------------------------------------------------------------------
$(OUT)/lib/%.o: lib/%.c | $(OUT)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(OUT)/cmd/%.o: cmd/%.c | $(OUT)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(LIB_A): $(LIB_OBJS)
	@rm -f $@
	$(AR) rcs $@ $(LIB_OBJS)

$(BIN)/%: $(OUT)/cmd/%.o $(LIB_A)
	@mkdir -p $(@D)
	$(CC) $(ALL_LDFLAGS) -o $@ $< $(LIB_A) $(LDLIBS_ALL)

$(OUT)/tests/unit/test_%: tests/unit/test_%.c $(LIB_A) | $(OUT)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB_A) \
		$(LDLIBS_ALL) $(TEST_LIBS)

-include $(DEPS)

# The gazetteer files are embedded with .incbin, which -MMD cannot see.
$(OUT)/lib/gazetteer_data.o: data/regions.tsv data/regions-retired.tsv \
	data/regions-ambiguous.tsv data/regions-shortname-commonword.tsv

# --- tests ---------------------------------------------------------------------
# One runner for everything; it ends with "N passed, N failed".
check: $(PROG_BINS) $(TEST_BINS)
	@BIN=$(BIN) UNIT="$(TEST_BINS)" sh tests/run.sh

regen: $(PROG_BINS)
	@BIN=$(BIN) sh tests/run.sh --regen

# Scores against ../shared/corpora; skips cleanly without ../shared.
eval: $(PROG_BINS)
	@BIN=$(BIN) sh tests/eval/run.sh

# Template render speed; not part of check.
bench-tmpl: $(OUT)/tests/bench/bench_tmpl
	$(OUT)/tests/bench/bench_tmpl $(BENCH_PAGES)

$(OUT)/tests/bench/bench_%: tests/bench/bench_%.c $(LIB_A) | $(OUT)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB_A) \
		$(LDLIBS_ALL)

# --- places: development scorer and benchmark (tools/, not installed) --------
PLACES_CORPUS	?= ../shared/corpora/relief-dev
PLACES_TOOLS	 = $(OUT)/tools/places-dev $(OUT)/tools/places-bench

$(OUT)/tools/%: tools/%.c $(LIB_A) | $(OUT)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB_A) \
		$(LDLIBS_ALL)

-include $(PLACES_TOOLS:=.d)

places-dev: $(OUT)/tools/places-dev
	$(OUT)/tools/places-dev $(PLACES_CORPUS)

places-bench: $(OUT)/tools/places-bench
	$(OUT)/tools/places-bench $(PLACES_CORPUS)

# --- pipeline ------------------------------------------------------------------
# Per-page stages run in $(JOBS) shards at once (split by file name), each
# reusing the records of unchanged inputs from the previous run (the
# outputs' .idx files); the whole-corpus stages then merge the shards.
JOBS		?= $(shell nproc 2>/dev/null || echo 2)
SHARDS		:= $(shell seq 1 $(JOBS))
PARSED		 = $(SHARDS:%=$(BUILD)/articles.%.jsonl)

site: $(PROG_BINS)
	@mkdir -p $(BUILD)/prev
	@# Snapshot last run's outputs (hard links) so shards can reuse
	@# them while the new ones replace them.
	@rm -f $(BUILD)/prev/*
	@for f in $(BUILD)/articles.*.jsonl $(BUILD)/articles.*.jsonl.idx; do \
		[ -e "$$f" ] && ln -f "$$f" $(BUILD)/prev/; done; true
	@find -L $(SNAPSHOTS) -name '*.html' -type f | LC_ALL=C sort > $(BUILD)/inputs.txt
	@$(MAKE) --no-print-directory -j$(JOBS) $(PARSED)
	@echo "reliefwatch: articles in $(BUILD)/articles.*.jsonl"

$(BUILD)/articles.%.jsonl: FORCE
	@$(BIN)/rw-parse --shard $*/$(JOBS) --files-from $(BUILD)/inputs.txt \
		$(addprefix --reuse ,$(wildcard $(BUILD)/prev/articles.*.jsonl)) \
		--index $@.idx.new --report $(BUILD)/report-parse.$*.json \
		> $@.new; rc=$$?; [ $$rc -le 1 ] || exit $$rc; \
		mv $@.new $@ && mv $@.idx.new $@.idx

.PHONY: FORCE
FORCE:

# --- benchmarks -----------------------------------------------------------------
# rw-stats on 10k and 100k synthetic stories (generated once into
# $(BUILD)/bench-stats): wall seconds and peak RSS.
bench-stats: $(BIN)/rw-stats
	python3 tests/bench/bench-stats.py $(BIN)/rw-stats $(BUILD)/bench-stats \
		10000 100000

# rw-stats + rw-render on 10k and 100k synthetic stories (generated once
# into $(BUILD)/bench-render): seconds, peak RSS, pages per CPU second.
bench-render: $(BIN)/rw-stats $(BIN)/rw-render
	python3 tests/bench/bench-render.py $(BIN) $(BUILD)/bench-render \
		10000 100000

# --- website -------------------------------------------------------------------
# render: the site from rw-stats output in $(STATS), then the Pagefind
# search index over it (sharded for big sites, see tools/site-search.sh).
# Data warnings (exit 1) do not stop the build.
STATS		?= $(BUILD)/stats
SITE_PKGS	 = chromium fonts-wqy-microhei linkchecker default-jre-headless
NPM_OK		 = node_modules/.package-lock.json

$(NPM_OK): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund

render: $(BIN)/rw-render $(NPM_OK)
	$(BIN)/rw-render -o $(SITE) $(STATS) || [ $$? -eq 1 ]
	sh tools/site-search.sh $(SITE)

# The tools of site-check: Debian packages (as root) and the npm ones.
site-deps:
	$$( [ "$$(id -u)" -eq 0 ] || echo sudo ) apt-get update -qq
	$$( [ "$$(id -u)" -eq 0 ] || echo sudo ) env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends $(SITE_PKGS)
	npm ci --ignore-scripts --no-audit --no-fund

# Browser, HTML, link, accessibility and determinism checks of a built
# site (tests/site/check.sh); screenshots in $(BUILD)/screenshots.
site-check: $(BIN)/rw-render $(BIN)/rw-stats $(NPM_OK)
	@BIN=$(BIN) sh tests/site/check.sh

clean:
	rm -rf .obj bin

distclean: clean
	rm -rf $(BUILD) $(filter-out site,$(SITE))
	find site -mindepth 1 ! -name .gitignore -exec rm -rf {} +

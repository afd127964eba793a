# reliefwatch - GNU make >= 4.  See README.md for targets and variables.

.DELETE_ON_ERROR:
# Keep every intermediate (objects, shard outputs): nothing is rebuilt twice.
.SECONDARY:
.SUFFIXES:

# --- what the operator sets ------------------------------------------------
SNAPSHOTS	?= samples
BUILD		?= build
SITE		?= site

# --- toolchain ---------------------------------------------------------------
CC		?= cc
PKG_CONFIG	?= pkg-config
CFLAGS		?= -O2 -g
PKGS		 = libxml-2.0 jansson libcmark uchardet opencc libutf8proc libxxhash
TEST_PKGS	 = cmocka
DEBIAN_PKGS	 = build-essential pkg-config libxml2-dev libjansson-dev \
		   libcmark-dev libuchardet-dev libopencc-dev opencc \
		   libutf8proc-dev libxxhash-dev libcmocka-dev python3 rsync mandoc

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

# Asked of pkg-config when first used, i.e. in a recipe after deps.ok has
# installed any missing library; then remembered.
PKG_CFLAGS	 = $(eval PKG_CFLAGS := $$(shell $(PKG_CONFIG) --cflags $(PKGS)))$(PKG_CFLAGS)
PKG_LIBS	 = $(eval PKG_LIBS := $$(shell $(PKG_CONFIG) --libs $(PKGS)))$(PKG_LIBS)
TEST_LIBS	 = $(eval TEST_LIBS := $$(shell $(PKG_CONFIG) --libs $(TEST_PKGS)))$(TEST_LIBS)
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
FUZZ_TARGETS	:= $(basename $(notdir $(wildcard tests/fuzz/fuzz-*.c)))
DEPS		 = $(LIB_OBJS:.o=.d) $(PROGRAMS:%=$(OUT)/cmd/%.d) \
		   $(TEST_BINS:%=%.d) $(DEV_BINS:%=%.d)

# Each section declares its own phony targets (fewer merge conflicts).
.PHONY: all deps check-deps check regen eval clean distclean

all: $(LIB_A) $(PROG_BINS)

# --- dependencies --------------------------------------------------------------
# The first build checks the libraries once and installs them if missing.
$(OUT)/deps.ok:
	@mkdir -p $(@D)
	@if ! $(PKG_CONFIG) --exists $(PKGS) $(TEST_PKGS) 2>/dev/null; then \
		echo "reliefwatch: libraries missing; running make deps"; \
		$(MAKE) --no-print-directory deps || exit 1; \
	fi
	@touch $@

deps:
	@if [ "$$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then \
		echo "make deps: need root (or sudo) to install: $(DEBIAN_PKGS)" >&2; \
		exit 1; \
	fi
	$$( [ "$$(id -u)" -eq 0 ] || echo sudo ) apt-get update -qq
	$$( [ "$$(id -u)" -eq 0 ] || echo sudo ) env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq --no-install-recommends $(DEBIAN_PKGS) \
		$$(command -v npm >/dev/null || echo nodejs npm)
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

# Benchmark programs (tests/bench/NAME.c): built, never installed.
BENCH_PROGS	:= $(sort $(basename $(notdir $(wildcard tests/bench/*.c))))
BENCH_BINS	 = $(BENCH_PROGS:%=$(OUT)/tests/bench/%)

$(OUT)/tests/bench/%: tests/bench/%.c $(LIB_A) | $(OUT)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIB_A) \
		$(LDLIBS_ALL)

-include $(DEPS) $(BENCH_BINS:%=%.d)

# Fuzz targets as plain programs that replay tests/fuzz/regress/<target>/.
REPLAYS		 = $(FUZZ_TARGETS:fuzz-%=$(OUT)/tests/fuzz/replay-%)

$(OUT)/tests/fuzz/replay-%: tests/fuzz/fuzz-%.c tests/fuzz/replay.c $(LIB_A) \
    | $(OUT)/deps.ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ \
		tests/fuzz/replay.c $< $(LIB_A) $(LDLIBS_ALL)

# The gazetteer files are embedded with .incbin, which -MMD cannot see.
$(OUT)/lib/gazetteer_data.o: data/regions.tsv data/regions-retired.tsv \
	data/regions-ambiguous.tsv data/regions-shortname-commonword.tsv

# --- tests ---------------------------------------------------------------------
# One runner for everything; it ends with "N passed, N failed".
check: $(PROG_BINS) $(TEST_BINS) $(REPLAYS) $(BENCH_BINS)
	@BIN=$(BIN) REPLAY=$(OUT)/tests/fuzz BENCH_BIN=$(OUT)/tests/bench \
		UNIT="$(TEST_BINS)" sh tests/run.sh

# The whole pipeline over the samples under valgrind: 0 errors, 0 leaks.
.PHONY: memcheck
memcheck: $(PROG_BINS)
	@BIN=$(BIN) sh tests/memcheck.sh

regen: $(PROG_BINS)
	@BIN=$(BIN) sh tests/run.sh --regen

# --- fuzzing (clang's libFuzzer, with ASan+UBSan) ------------------------------
FUZZ_SECONDS	?= 60
FUZZ_CC		?= clang
FUZZ_FLAGS	 = -g -O1 -fsanitize=fuzzer-no-link,address,undefined \
		   -fno-sanitize-recover=undefined
FUZZ_OBJS	 = $(LIB_MODULES:%=.obj/fuzz/lib/%.o)

.obj/fuzz/lib/%.o: lib/%.c | $(OUT)/deps.ok
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CPPFLAGS) -std=c11 -MMD -MP $(FUZZ_FLAGS) -c -o $@ $<

.obj/fuzz/bin/%: tests/fuzz/%.c $(FUZZ_OBJS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CPPFLAGS) -std=c11 $(FUZZ_FLAGS) -fsanitize=fuzzer \
		-o $@ $< $(FUZZ_OBJS) $(LDLIBS_ALL)

.PHONY: fuzz
fuzz: $(FUZZ_TARGETS:%=.obj/fuzz/bin/%)
	@FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/run.sh

-include $(FUZZ_OBJS:.o=.d)

# Scores against ../shared/corpora; skips cleanly without ../shared.
eval: $(PROG_BINS)
	@BIN=$(BIN) sh tests/eval/run.sh

# --- benchmarks (not part of check) ----------------------------------------------
.PHONY: bench-tmpl
# Template render speed.
bench-tmpl: $(OUT)/tests/bench/bench_tmpl
	$(OUT)/tests/bench/bench_tmpl $(BENCH_PAGES)

.PHONY: bench-meta
# Metadata pass against the HTML parse, per page.
bench-meta: $(OUT)/tests/bench/bench_meta
	$(OUT)/tests/bench/bench_meta $(BENCH_PAGES)

# --- development tools: dev scorer, peer suites, benchmark --------------------
# Built on demand, never part of PROGRAMS.  SHARED is the read-only
# material next to the worktree; the targets skip when it is absent.
SHARED		?= ../shared
DEV_BINS	 = $(OUT)/tests/dev/score-measures \
		   $(OUT)/tests/peer/peer-quantities

$(DEV_BINS): $(OUT)/tests/%: tests/%.c $(LIB_A) | $(OUT)/deps.ok
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

.PHONY: places-dev places-bench
places-dev: $(OUT)/tools/places-dev
	$(OUT)/tools/places-dev $(PLACES_CORPUS)

places-bench: $(OUT)/tools/places-bench
	$(OUT)/tools/places-bench $(PLACES_CORPUS)

.PHONY: score-measures peer-quantities bench-measure
score-measures: $(OUT)/tests/dev/score-measures
	@if [ -d $(SHARED)/corpora/relief-dev ]; then \
		$(OUT)/tests/dev/score-measures $(SHARED)/corpora/relief-dev; \
	else echo "score-measures: $(SHARED)/corpora/relief-dev absent, skipped"; fi

peer-quantities: $(OUT)/tests/peer/peer-quantities
	@if [ -d $(SHARED)/testdata/quantities ]; then \
		$(OUT)/tests/peer/peer-quantities $(SHARED)/testdata/quantities; \
	else echo "peer-quantities: $(SHARED)/testdata/quantities absent, skipped"; fi

bench-measure: $(OUT)/tests/bench/bench-measure
	@if [ -d $(SHARED)/corpora/relief-dev ]; then \
		$(OUT)/tests/bench/bench-measure $(SHARED)/corpora/relief-dev; \
	else echo "bench-measure: $(SHARED)/corpora/relief-dev absent, skipped"; fi

# Speed of every stage that is built, on a generated corpus of each size
# in BENCH_N (cached in $(BUILD)/bench); see tests/bench/run.sh.
BENCH_N		?= 10000 100000

.PHONY: bench
bench: $(PROG_BINS) $(BENCH_BINS)
	@BIN=$(BIN) BENCH_BIN=$(OUT)/tests/bench BENCH_N="$(BENCH_N)" \
		BUILD=$(BUILD) sh tests/bench/run.sh

# --- pipeline ------------------------------------------------------------------
# Per-page stages run in $(JOBS) shards at once (split by file name), each
# reusing the records of unchanged inputs from the previous run (the
# outputs' .idx files); the whole-corpus stages then merge the shards.
JOBS		?= $(shell nproc 2>/dev/null || echo 2)
SHARDS		:= $(shell seq 1 $(JOBS))
PARSED		 = $(SHARDS:%=$(BUILD)/articles.%.jsonl)
FACTS		 = $(SHARDS:%=$(BUILD)/facts.%.jsonl)

LOCK_WAIT	?= 3600

.PHONY: site shards publish rollback
site: $(PROG_BINS)
	@SNAPSHOTS="$(SNAPSHOTS)" BUILD="$(BUILD)" SITE="$(SITE)" BIN="$(BIN)" \
		JOBS="$(JOBS)" MAKE="$(MAKE)" LOCK_WAIT="$(LOCK_WAIT)" \
		sh tools/pipeline.sh

# Releases under DEST: DEST/releases/<id>, DEST/current switched atomically.
KEEP		?= 5
MAX_FAILED	?= 5
publish: $(PROG_BINS)
	@SNAPSHOTS="$(SNAPSHOTS)" BUILD="$(BUILD)" SITE="$(SITE)" BIN="$(BIN)" \
		JOBS="$(JOBS)" MAKE="$(MAKE)" LOCK_WAIT="$(LOCK_WAIT)" \
		DEST="$(DEST)" KEEP="$(KEEP)" MAX_FAILED="$(MAX_FAILED)" \
		sh tools/publish.sh publish

rollback:
	@DEST="$(DEST)" sh tools/publish.sh rollback

# The per-page stages, one target per shard (run by tools/pipeline.sh).
shards: $(FACTS)

$(BUILD)/articles.%.jsonl:
	@$(BIN)/rw-parse -0 --root $(SNAPSHOTS) --shard $*/$(JOBS) \
		--files-from $(BUILD)/inputs.list \
		$(addprefix --reuse ,$(wildcard $(BUILD)/prev/articles.*.jsonl)) \
		--index $@.idx.new --report $(BUILD)/report-parse.$*.json \
		> $@.new; rc=$$?; [ $$rc -le 1 ] || exit $$rc; \
		mv $@.new $@ && mv $@.idx.new $@.idx

$(BUILD)/facts.%.jsonl: $(BUILD)/articles.%.jsonl
	@$(BIN)/rw-facts $(addprefix --reuse ,$(wildcard $(BUILD)/prev/facts.*.jsonl)) \
		--index $@.idx.new --report $(BUILD)/report-facts.$*.json \
		$< > $@.new; rc=$$?; [ $$rc -le 1 ] || exit $$rc; \
		mv $@.new $@ && mv $@.idx.new $@.idx


# --- benchmarks -----------------------------------------------------------------
# rw-stats on 10k and 100k synthetic stories (generated once into
# $(BUILD)/bench-stats): wall seconds and peak RSS.
.PHONY: bench-stats
bench-stats: $(BIN)/rw-stats
	python3 tests/bench/bench-stats.py $(BIN)/rw-stats $(BUILD)/bench-stats \
		10000 100000

# rw-stats + rw-render on 10k and 100k synthetic stories (generated once
# into $(BUILD)/bench-render): seconds, peak RSS, pages per CPU second.
.PHONY: bench-render render site-deps site-check
bench-render: $(BIN)/rw-stats $(BIN)/rw-render
	python3 tests/bench/bench-render.py $(BIN) $(BUILD)/bench-render \
		10000 100000

# --- website -------------------------------------------------------------------
# render: the site from rw-stats output in $(STATS), then the Pagefind
# search index over it (sharded for big sites, see tools/site-search.sh).
# Data warnings (exit 1) do not stop the build.
STATS		?= $(BUILD)/stats
# Tools of site-check, fuzz and memcheck (not needed to build or run).
SITE_PKGS	 = chromium fonts-wqy-microhei linkchecker default-jre-headless \
		   clang libclang-rt-14-dev valgrind
NPM_OK		 = node_modules/.package-lock.json

$(NPM_OK): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund

render: $(BIN)/rw-render $(NPM_OK)
	$(BIN)/rw-render -o $(SITE) $(STATS) || [ $$? -eq 1 ]
	sh tools/site-search.sh $(SITE)

# The tools of site-check, fuzz and memcheck: Debian packages (as root)
# and the npm ones.
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

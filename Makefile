# policy_clauses — PGXS build of the extension, the CLI, tests and tools.
# Builds in the source tree or out of it (pg_buildext: make -f SRC/Makefile VPATH=SRC).

EXTENSION = policy_clauses
EXTVERSION = 1.1
MODULE_big = policy_clauses

# the source tree, relative or absolute; and its files matching $(1), named relative to it
source_root := $(dir $(lastword $(MAKEFILE_LIST)))
source_files = $(patsubst $(source_root)%,%,$(sort $(wildcard $(addprefix $(source_root),$(1)))))

CORE_SRCS = $(call source_files,src/core/*.c)
PG_SRCS = $(call source_files,src/pg/*.c)
CORE_HDRS = $(call source_files,src/core/*.h)
CORE_OBJS = $(CORE_SRCS:.c=.o)
OBJS = $(CORE_OBJS) $(PG_SRCS:.c=.o)

DATA = $(call source_files,sql/$(EXTENSION)--*.sql)
DOC_FILES = $(call source_files,doc/*.md)

REGRESS = $(patsubst sql/%.sql,%,$(filter-out sql/$(EXTENSION)--%,$(call source_files,sql/*.sql)))
REGRESS_OPTS = --load-extension=$(EXTENSION)

# libxml2 (HTML), md4c (Markdown) and libexttextcat (language) through pkg-config
CORE_PKGS = libxml-2.0 md4c libexttextcat
CORE_PKG_CFLAGS := $(shell pkg-config --cflags $(CORE_PKGS) 2>/dev/null) \
	-DPC_TEXTCAT_DIR='"$(shell pkg-config --variable=pkgdatadir libexttextcat 2>/dev/null)"'
LIBS_CORE = -lpcre2-8 $(shell pkg-config --libs $(CORE_PKGS) 2>/dev/null)
SHLIB_LINK = $(LIBS_CORE)

# The clause classifier: "opp115" compiles in the weights learned from the
# OPP-115 annotations (research use only, see NOTICE); "rules" leaves them
# out and classifies by hand-written cue phrases alone.  Run "make clean"
# when switching: objects are not rebuilt when only this changes.
CLASSIFIER ?= opp115
ifeq ($(CLASSIFIER),rules)
CLASSIFIER_CPPFLAGS = -DPC_CLASSIFIER_RULES
else ifneq ($(CLASSIFIER),opp115)
$(error CLASSIFIER must be opp115 or rules, not "$(CLASSIFIER)")
endif

# the analyzer's optimization level, the extension's and the CLI's alike (the
# test programs keep -O2, quicker to build): -O3 inlines, unrolls and vectorizes
# the word scans and the classifier's sums, 2% fewer instructions than -O2 for
# the same answers (it reorders no floating-point sum: that takes -ffast-math)
PC_OPTIMIZE = -O3

PG_CPPFLAGS = -I$(srcdir)/src/core $(CLASSIFIER_CPPFLAGS) $(CORE_PKG_CFLAGS)
PG_CFLAGS = -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter \
	-Wno-missing-field-initializers -Wno-sign-compare -Wno-declaration-after-statement \
	$(PC_OPTIMIZE) -flto=auto -fomit-frame-pointer

# the extension has no use for LLVM bitcode; avoids needing clang at install time
override with_llvm := no

EXTRA_CLEAN = src/cli/policy-clauses $(UNIT_BINS) test/fuzz/fuzz-analyze \
	test/fuzz/fuzz-decode test/fuzz/fuzz-html test/fuzz/fuzz-markdown results regression.diffs \
	regression.out tmp_check test/report/out test/report/node_modules

PG_CONFIG ?= pg_config
PGXS := $(wildcard $(shell $(PG_CONFIG) --pgxs 2>/dev/null))

ifeq ($(PGXS),)
# Without PostgreSQL's build files nothing can be built or tested: say so,
# and what to install, instead of doing nothing.
NEEDS_PGXS = all install installcheck unit test demo bench fuzz test-asan valgrind soak test-matrix deb starts
.PHONY: deps $(NEEDS_PGXS)
.DEFAULT_GOAL := all

deps:
	bash tools/install-deps.sh

$(NEEDS_PGXS):
	@echo "make $@: $(PG_CONFIG) not found, so PostgreSQL's server development files are missing." >&2
	@echo "  Install them and the other build dependencies with: make deps   (runs tools/install-deps.sh as root)" >&2
	@echo "  or, on Debian/Ubuntu: apt-get install postgresql-server-dev-NN libpcre2-dev" >&2
	@echo "  or point PG_CONFIG at the pg_config of an installed PostgreSQL 15 or later." >&2
	@exit 1
else
include $(PGXS)

all: src/cli/policy-clauses

# PGXS does not track headers: rebuild every object when one changes
$(OBJS): $(CORE_HDRS) $(call source_files,src/pg/*.h)

# out of the source tree the object directories do not exist yet (named
# absolutely, or VPATH would find the source tree's)
build_dirs = $(addprefix $(CURDIR)/,$(sort $(dir $(OBJS)) src/cli/))
$(OBJS): | $(build_dirs)
$(build_dirs):
	$(MKDIR_P) $@

# ------------------------------------------------------------------ the CLI
CLI_CFLAGS = -std=gnu11 -O2 -g -Wall -Wextra -Werror -Wno-missing-field-initializers -I$(srcdir)/src/core \
	$(CLASSIFIER_CPPFLAGS) $(CORE_PKG_CFLAGS) -I$(shell $(PG_CONFIG) --includedir)
CLI_SRCS = $(call source_files,src/cli/*.c)
CLI_LIBS = $(LIBS_CORE) -ldl

# link-time optimization, as the extension is built: the analyzer's files call
# each other's small functions across file boundaries
src/cli/policy-clauses: $(CLI_SRCS) $(call source_files,src/cli/*.h) $(CORE_SRCS) $(CORE_HDRS) | $(CURDIR)/src/cli/
	$(CC) $(CLI_CFLAGS) $(PC_OPTIMIZE) -flto=auto -o $@ $(filter %.c,$^) $(CLI_LIBS)

# ----------------------------------------------------- installing the CLI and docs
# the CLI beside PostgreSQL's own programs; the docs in a directory of their
# own, since their names (reference.md, ...) would collide with other extensions'
ext_docdir = $(docdir)/$(docmoduledir)/$(EXTENSION)

.PHONY: install-cli install-docs uninstall-cli uninstall-docs
install: install-cli install-docs
uninstall: uninstall-cli uninstall-docs

install-cli: src/cli/policy-clauses
	$(MKDIR_P) '$(DESTDIR)$(bindir)'
	$(INSTALL_PROGRAM) src/cli/policy-clauses '$(DESTDIR)$(bindir)/'

install-docs:
	$(MKDIR_P) '$(DESTDIR)$(ext_docdir)'
	$(INSTALL_DATA) $(addprefix $(srcdir)/,$(DOC_FILES)) '$(DESTDIR)$(ext_docdir)/'

uninstall-cli:
	rm -f '$(DESTDIR)$(bindir)/policy-clauses'

uninstall-docs:
	rm -f $(addprefix '$(DESTDIR)$(ext_docdir)'/,$(notdir $(DOC_FILES)))
	rmdir '$(DESTDIR)$(ext_docdir)' 2>/dev/null || true

# ------------------------------------------------------------------- tests
UNIT_SRCS = $(sort $(wildcard test/unit/test_*.c))
UNIT_BINS = $(UNIT_SRCS:.c=)

test/unit/test_%: test/unit/test_%.c $(wildcard test/unit/*.h) $(CORE_SRCS) $(CORE_HDRS)
	$(CC) $(CLI_CFLAGS) -Itest/unit -o $@ $< $(CORE_SRCS) $(LIBS_CORE) -lcmocka

# prints every pattern's start words for test/unit/starts-generated.sh
test/unit/pattern_starts: test/unit/pattern_starts.c $(CORE_SRCS) $(CORE_HDRS)
	$(CC) $(CLI_CFLAGS) -o $@ $< $(CORE_SRCS) $(LIBS_CORE)

# counts each pattern's pcre2 searches over given files, for tools/seldom-patterns
test/unit/pattern_searches: test/unit/pattern_searches.c src/cli/input.c src/cli/input.h $(CORE_SRCS) $(CORE_HDRS)
	$(CC) $(CLI_CFLAGS) -I$(srcdir)/src/cli -o $@ $< src/cli/input.c $(CORE_SRCS) $(LIBS_CORE) \
		-Wl,--wrap=pcre2_match_8,--wrap=pcre2_jit_match_8

.PHONY: unit test demo bench fuzz test-asan valgrind soak deps test-matrix deb rules starts seldom later

unit: $(UNIT_BINS)
	@status=0; for t in $(UNIT_BINS); do $$t || status=1; done; exit $$status

test:
	bash test/run-tests.sh

# remake src/core/rules_*.c and .h from rules/*.rules (committed: building needs no python)
rules:
	python3 $(srcdir)/tools/gen-rules

# mark PC_PATTERN_SELDOM the single patterns tools/seldom-patterns finds searched seldom over
# its sample (../shared beside the tree), unmark the others, and list the seldom members of
# pattern arrays in src/core/seldom_members.c
seldom: test/unit/pattern_searches
	samples=$$(python3 $(srcdir)/tools/seldom-patterns --sample) && test/unit/pattern_searches $$samples | \
		python3 $(srcdir)/tools/seldom-patterns --update \
		$(filter-out $(call source_files,src/core/rules_*.c),$(CORE_SRCS))

# rewrite each PcRegex.starts list of src/core that tools/start-words derives differently
starts: test/unit/pattern_starts
	test/unit/pattern_starts | python3 $(srcdir)/tools/start-words --update \
		$(filter-out $(call source_files,src/core/rules_*.c),$(CORE_SRCS))

# rewrite src/core/later_words.c, the later words tools/later-words derives for the start keys
later: test/unit/pattern_starts
	test/unit/pattern_starts --named | python3 $(srcdir)/tools/later-words --update

demo:
	bash test/demo.sh

bench:
	bash test/bench/run.sh

fuzz:
	bash test/fuzz/run.sh

test-asan:
	bash test/asan.sh

valgrind: src/cli/policy-clauses
	bash test/valgrind.sh

soak:
	bash test/soak.sh

# PostgreSQL 15 here and 17, 18 in Debian chroots: build, tests, same answers, pg_upgrade
test-matrix:
	bash test/matrix/run.sh

# postgresql-NN-policy-clauses packages, built in the chroots (into build/deb/)
deb:
	bash test/matrix/run.sh --deb-only

deps:
	bash tools/install-deps.sh
endif

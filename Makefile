# policy_clauses — PGXS build of the extension, the CLI, tests and tools.

EXTENSION = policy_clauses
EXTVERSION = 1.1
MODULE_big = policy_clauses

CORE_SRCS = $(sort $(wildcard src/core/*.c))
PG_SRCS = $(sort $(wildcard src/pg/*.c))
CORE_OBJS = $(CORE_SRCS:.c=.o)
OBJS = $(CORE_OBJS) $(PG_SRCS:.c=.o)

DATA := $(wildcard sql/$(EXTENSION)--*.sql)
DOCS := $(wildcard doc/*.md)

REGRESS = $(patsubst sql/%.sql,%,$(sort $(filter-out sql/$(EXTENSION)--%,$(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)

LIBS_CORE = -lpcre2-8 -lstemmer
SHLIB_LINK = $(LIBS_CORE)
PG_CPPFLAGS = -Isrc/core
PG_CFLAGS = -std=gnu11 -Wall -Wextra -Werror -Wno-unused-parameter \
	-Wno-missing-field-initializers -Wno-sign-compare -Wno-declaration-after-statement \
	-flto=auto -fomit-frame-pointer

# the extension has no use for LLVM bitcode; avoids needing clang at install time
override with_llvm := no

EXTRA_CLEAN = src/cli/policy-clauses $(UNIT_BINS) test/fuzz/fuzz-analyze \
	test/fuzz/fuzz-decode results regression.diffs regression.out tmp_check \
	test/report/out test/report/node_modules

PG_CONFIG ?= pg_config
PGXS := $(wildcard $(shell $(PG_CONFIG) --pgxs 2>/dev/null))

ifeq ($(PGXS),)
# PostgreSQL's build files are not installed yet: the entry points a new
# user runs install the dependencies first, then start over.
test demo deps:
	bash tools/install-deps.sh
	$(MAKE) $@
else
include $(PGXS)

all: src/cli/policy-clauses

# PGXS does not track headers: rebuild every object when one changes
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

# ------------------------------------------------------------------ the CLI
CLI_CFLAGS = -std=gnu11 -O2 -g -Wall -Wextra -Werror -Wno-missing-field-initializers -Isrc/core

CLI_SRCS = $(sort $(wildcard src/cli/*.c))

src/cli/policy-clauses: $(CLI_SRCS) src/cli/*.h $(CORE_SRCS) src/core/*.h
	$(CC) $(CLI_CFLAGS) -o $@ $(CLI_SRCS) $(CORE_SRCS) $(LIBS_CORE)

# ------------------------------------------------------------------- tests
UNIT_SRCS = $(sort $(wildcard test/unit/test_*.c))
UNIT_BINS = $(UNIT_SRCS:.c=)

test/unit/test_%: test/unit/test_%.c test/unit/unit.h $(CORE_SRCS) src/core/*.h
	$(CC) $(CLI_CFLAGS) -Itest/unit -o $@ $< $(CORE_SRCS) $(LIBS_CORE) -lcmocka

.PHONY: unit test demo bench fuzz test-asan valgrind soak deps

unit: $(UNIT_BINS)
	@status=0; for t in $(UNIT_BINS); do $$t || status=1; done; exit $$status

test:
	bash test/run-tests.sh

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

deps:
	bash tools/install-deps.sh
endif

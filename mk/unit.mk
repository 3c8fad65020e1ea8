# mk/unit.mk: the unit tests of regress/unit/ (see regress/unit/unit.h).
# Each test calls the functions of one module directly, so a regression
# names the function.  Included from the main Makefile.
#   make unit     builds build/unittest and runs it (make test runs it, and
#                 build-san/unittest, the same tests under ASan/UBSan)
UNIT_SRCS = $(wildcard regress/unit/*.c)
UNIT_OBJS = $(filter-out build/main.o,$(OBJS))
UNIT_SAN_OBJS = $(filter-out build-san/main.o,$(SAN_OBJS))

build/unittest: $(UNIT_SRCS) regress/unit/unit.h $(UNIT_OBJS)
	$(CC) $(ALL_CFLAGS) -Iregress/unit -o $@ $(UNIT_SRCS) $(UNIT_OBJS) $(LDFLAGS)

build-san/unittest: $(UNIT_SRCS) regress/unit/unit.h $(UNIT_SAN_OBJS)
	$(CC) -std=c99 $(WARN) -Iinclude -Iregress/unit $(SAN_FLAGS) -o $@ $(UNIT_SRCS) $(UNIT_SAN_OBJS)

unit: build/unittest
	build/unittest

.PHONY: unit

# mk/diag.mk: doc/diagnostics.md from include/diag.def, and the check that
# every message goes through diag.def.  Included from the main Makefile.
#   make doc          regenerates doc/diagnostics.md (also part of `make`;
#                     src/tools/mkdiagdoc.c also checks the rows: unique
#                     numbers, kind matching A1/A2/A4)
#   make check-diag   mk/check-diag.sh (no A-number outside diag.def, no
#                     unused row) and doc/diagnostics.md up to date (CI)
build/mkdiagdoc: src/tools/mkdiagdoc.c include/diag.def
	@mkdir -p build
	$(HOSTCC) -std=c99 $(WARN) -Iinclude -O2 -o $@ src/tools/mkdiagdoc.c

# written only if its content changes; touched so that make is content
doc/diagnostics.md: doc/diagnostics.md.in include/diag.def build/mkdiagdoc
	build/mkdiagdoc doc/diagnostics.md.in $@
	@touch $@

doc: doc/diagnostics.md

check-diag: doc
	@mkdir -p build
	sh mk/check-diag.sh
	git diff --exit-code doc/diagnostics.md

.PHONY: doc check-diag

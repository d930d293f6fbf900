# pseudonymfs: plain Makefile over pkg-config.  `make` builds both programs,
# `make test` builds and runs every test, `make setup` installs Debian packages.
CC      ?= cc
PKGS    := libsodium inih
CFLAGS  ?= -O2 -g
override CFLAGS  += -std=c11 -D_GNU_SOURCE -pthread -Wall -Wextra -Werror -Wshadow -Wvla \
           -Iinclude -Ibuild $(shell pkg-config --cflags $(PKGS))
override LDLIBS  += $(shell pkg-config --libs $(PKGS)) -lunistring -lcsv -pthread
FUSE_CFLAGS := $(shell pkg-config --cflags fuse3)
FUSE_LIBS   := $(shell pkg-config --libs fuse3)

ENGINE_SRC := $(filter-out src/pseudonymize.c src/pseudonymfs.c src/fs.c,$(wildcard src/*.c))
ENGINE_OBJ := $(patsubst src/%.c,build/%.o,$(ENGINE_SRC)) build/lists.o
UNIT_SRC   := $(wildcard tests/unit/test_*.c)
UNIT_BIN   := $(patsubst tests/unit/%.c,build/tests/%,$(UNIT_SRC))

.PHONY: all test unit integration setup clean demo bench install uninstall
all: build/pseudonymize build/pseudonymfs

build:
	mkdir -p build/tests

build/%.o: src/%.c $(wildcard include/*.h) | build
	$(CC) $(CFLAGS) -c -o $@ $<

# Only the FUSE glue sees libfuse.
build/fs.o build/pseudonymfs.o: build/%.o: src/%.c $(wildcard include/*.h) | build
	$(CC) $(CFLAGS) $(FUSE_CFLAGS) -c -o $@ $<

# The fake-value lists are compiled in: a fake value must not change because a
# data file next to the binary did.
build/lists.c: tests/gen/embed_lists.sh $(wildcard conf/lists/*.txt) | build
	sh tests/gen/embed_lists.sh conf/lists > $@
build/lists.o: build/lists.c
	$(CC) $(CFLAGS) -c -o $@ $<

build/libengine.a: $(ENGINE_OBJ)
	$(AR) rcs $@ $^

build/pseudonymize: build/pseudonymize.o build/libengine.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

build/pseudonymfs: build/pseudonymfs.o build/fs.o build/libengine.a
	$(CC) $(LDFLAGS) -o $@ $^ $(FUSE_LIBS) $(LDLIBS)

build/tests/test_%: tests/unit/test_%.c build/libengine.a | build
	$(CC) $(CFLAGS) $(shell pkg-config --cflags cmocka) -o $@ $< build/libengine.a \
		$(LDLIBS) $(shell pkg-config --libs cmocka)

unit: $(UNIT_BIN)
	@fail=0; for t in $(UNIT_BIN); do echo "== $$t"; ./$$t || fail=1; done; exit $$fail

integration: all
	@fail=0; for t in tests/integration/test_*.sh; do echo "== $$t"; sh $$t || fail=1; done; exit $$fail

# Every test: unit tests (cmocka), then the programs end to end.
test: setup
	$(MAKE) all
	$(MAKE) unit integration

setup:
	@sh tests/install-deps.sh

# The main job on the bundled synthetic exports with the example policy.
demo: setup
	$(MAKE) all
	@sh tests/demo.sh

bench: all
	sh tests/bench/bench_export.sh

clean:
	rm -rf build

# ---- install (docs/operations.md) ----
# mount(8) runs mount.fuse3, which finds `pseudonymfs` only in a standard
# directory: outside /usr and /usr/local a link goes to /usr/local/sbin.
PREFIX      ?= /usr/local
BINDIR      ?= $(PREFIX)/bin
MANDIR      ?= $(PREFIX)/share/man
SYSCONFDIR  ?= /etc
UNITDIR     ?= $(PREFIX)/lib/systemd/system
# systemd-sysusers reads /usr/lib/sysusers.d and /etc/sysusers.d only.
SYSUSERSDIR ?= $(if $(filter /usr,$(PREFIX)),/usr/lib/sysusers.d,$(SYSCONFDIR)/sysusers.d)
STD_BINDIRS := /usr/local/sbin /usr/local/bin /usr/sbin /usr/bin /sbin /bin
MOUNT_LINK  ?= $(if $(filter $(STD_BINDIRS),$(BINDIR)),,/usr/local/sbin/pseudonymfs)
MAN1        := man/pseudonymfs.1 man/pseudonymize.1
MAN5        := man/pseudonymfs-policy.5

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR)
	install -m 0755 build/pseudonymize build/pseudonymfs $(DESTDIR)$(BINDIR)/
	install -m 0644 $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	install -m 0644 $(MAN5) $(DESTDIR)$(MANDIR)/man5/
	sed -e 's|@BINDIR@|$(BINDIR)|g' -e 's|@SYSCONFDIR@|$(SYSCONFDIR)|g' \
		dist/pseudonymfs@.service.in > $(DESTDIR)$(UNITDIR)/pseudonymfs@.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/pseudonymfs@.service
	install -m 0644 dist/sysusers-pseudonymfs.conf $(DESTDIR)$(SYSUSERSDIR)/pseudonymfs.conf
	$(if $(MOUNT_LINK),install -d $(dir $(DESTDIR)$(MOUNT_LINK)) && \
		ln -sf $(BINDIR)/pseudonymfs $(DESTDIR)$(MOUNT_LINK))
	@# The administrator's configuration is never overwritten.
	install -d -m 0755 $(DESTDIR)$(SYSCONFDIR)/pseudonymfs
	@for f in conf/example.policy dist/example.conf; do \
		d=$(DESTDIR)$(SYSCONFDIR)/pseudonymfs/$${f##*/}; \
		if [ -e "$$d" ]; then echo "kept $$d (exists)"; \
		else echo "install -m 0644 $$f $$d"; install -m 0644 $$f "$$d"; fi; \
	done

# Configuration and keys under $(SYSCONFDIR)/pseudonymfs are left alone.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pseudonymize $(DESTDIR)$(BINDIR)/pseudonymfs
	rm -f $(addprefix $(DESTDIR)$(MANDIR)/man1/,$(notdir $(MAN1))) \
		$(addprefix $(DESTDIR)$(MANDIR)/man5/,$(notdir $(MAN5)))
	rm -f $(DESTDIR)$(UNITDIR)/pseudonymfs@.service \
		$(DESTDIR)$(SYSUSERSDIR)/pseudonymfs.conf
	$(if $(MOUNT_LINK),[ ! -L $(DESTDIR)$(MOUNT_LINK) ] || rm -f $(DESTDIR)$(MOUNT_LINK))
	@echo "left $(DESTDIR)$(SYSCONFDIR)/pseudonymfs (policies, keys) in place"

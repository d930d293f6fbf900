#!/bin/sh
# make install / uninstall into a DESTDIR: the tree, modes, idempotence, an
# administrator's policy never overwritten; the man pages render without a
# warning and document every option the programs take; the systemd unit
# and the sysusers entry are accepted by systemd's own tools.
. "$(dirname "$0")/lib.sh"
cd "$work"
inst() { make -s -C "$top" "$@" >>make.log 2>&1; }

# ---- the tree, PREFIX=/usr ----
dest=$work/d
check "make install DESTDIR PREFIX=/usr succeeds" inst install DESTDIR="$dest" PREFIX=/usr
cat > expected <<'LIST'
etc/pseudonymfs/example.conf
etc/pseudonymfs/example.policy
usr/bin/pseudonymfs
usr/bin/pseudonymize
usr/lib/systemd/system/pseudonymfs@.service
usr/lib/sysusers.d/pseudonymfs.conf
usr/share/man/man1/pseudonymfs.1
usr/share/man/man1/pseudonymize.1
usr/share/man/man5/pseudonymfs-policy.5
LIST
# The documents the man pages refer to: README.md and every docs/*.md.
(cd "$top" && ls README.md docs/*.md | sed 's|^docs/||; s|^|usr/share/doc/pseudonymfs/|') >> expected
sort -o expected expected
(cd "$dest" && find . ! -type d | sed 's|^\./||' | sort) > got
check "installed tree is exactly the expected one" cmp -s expected got || diff expected got
check "programs are 0755" test "$(stat -c %a "$dest/usr/bin/pseudonymfs" "$dest/usr/bin/pseudonymize" | sort -u)" = 755
check "man pages, unit, policy are 0644" test "$(cd "$dest" && stat -c %a usr/share/man/man*/* usr/lib/systemd/system/* etc/pseudonymfs/* | sort -u)" = 644
check "documents are 0644 and equal the source's" sh -c "test \"\$(stat -c %a '$dest'/usr/share/doc/pseudonymfs/* | sort -u)\" = 644 && cmp -s '$dest/usr/share/doc/pseudonymfs/policy.md' '$top/docs/policy.md' && cmp -s '$dest/usr/share/doc/pseudonymfs/README.md' '$top/README.md'"
# Every document an installed man page names is installed where it says.
grep -ho '/usr/share/doc/pseudonymfs[^ ]*' "$dest"/usr/share/man/man*/* | sed 's/\\-/-/g; s/[.]$//' | sort -u > named
check "the man pages name the installed documents" test -s named
while read -r f; do
	check "named by a man page and installed: $f" test -e "$dest$f"
done < named
check "no man page names a source-tree path alone" sh -c "! grep -l 'docs/[a-z]' '$dest'/usr/share/man/man*/*"
check "installed programs are the built ones" cmp -s "$dest/usr/bin/pseudonymfs" "$top/${BUILD:-build}/pseudonymfs"
check "the example policy is the bundled one" cmp -s "$dest/etc/pseudonymfs/example.policy" "$top/conf/example.policy"
unit="$dest/usr/lib/systemd/system/pseudonymfs@.service"
check "the unit runs the installed program in the foreground" grep -q '^ExecStart=/usr/bin/pseudonymfs -f ' "$unit"
check "the unit reads /etc/pseudonymfs/INSTANCE.conf" grep -qx 'EnvironmentFile=/etc/pseudonymfs/%i.conf' "$unit"
check "no placeholder left in the unit" sh -c "! grep -q '@[A-Z]*@' '$unit'"
check "the unit stops with fusermount3 -u" grep -q '^ExecStop=/usr/bin/fusermount3 -u ' "$unit"
check "no mount(8) link needed under /usr" test ! -e "$dest/usr/local/sbin/pseudonymfs"

# ---- idempotent; the administrator's files are kept ----
echo "# edited by the administrator" >> "$dest/etc/pseudonymfs/example.policy"
echo "SRC=/srv/edited" >> "$dest/etc/pseudonymfs/example.conf"
cp "$dest/etc/pseudonymfs/example.policy" edited.policy
check "a second install succeeds" inst install DESTDIR="$dest" PREFIX=/usr
(cd "$dest" && find . ! -type d | sed 's|^\./||' | sort) > got2
check "a second install gives the same tree" cmp -s expected got2
check "an existing policy is not overwritten" cmp -s edited.policy "$dest/etc/pseudonymfs/example.policy"
check "an existing view config is not overwritten" grep -qx "SRC=/srv/edited" "$dest/etc/pseudonymfs/example.conf"
check "the install says it kept them" grep -q "kept $dest/etc/pseudonymfs/example.policy" make.log

# ---- uninstall leaves configuration and keys ----
printf 'k' > "$dest/etc/pseudonymfs/study.key"
check "make uninstall succeeds" inst uninstall DESTDIR="$dest" PREFIX=/usr
(cd "$dest" && find . ! -type d | sed 's|^\./||' | sort) > got3
printf 'etc/pseudonymfs/example.conf\netc/pseudonymfs/example.policy\netc/pseudonymfs/study.key\n' > expected3
check "uninstall removes everything but /etc/pseudonymfs" cmp -s expected3 got3

# ---- other prefixes ----
check "default PREFIX is /usr/local" inst install DESTDIR="$work/dl"
check "programs in /usr/local/bin" test -x "$work/dl/usr/local/bin/pseudonymfs"
check "unit where systemd looks under /usr/local" test -f "$work/dl/usr/local/lib/systemd/system/pseudonymfs@.service"
check "sysusers entry where systemd-sysusers looks" test -f "$work/dl/etc/sysusers.d/pseudonymfs.conf"
check "man pages under /usr/local/share/man" test -f "$work/dl/usr/local/share/man/man5/pseudonymfs-policy.5"
check "documents under /usr/local/share/doc/pseudonymfs" test -f "$work/dl/usr/local/share/doc/pseudonymfs/mount.md"
check "  as the man pages say" grep -q '/usr/local/share/doc/pseudonymfs' "$work/dl/usr/local/share/man/man1/pseudonymfs.1"
check "PREFIX=/opt/pseudonymfs installs" inst install DESTDIR="$work/do" PREFIX=/opt/pseudonymfs
check "outside the standard PATH, mount(8) finds a link in /usr/local/sbin" test "$(readlink "$work/do/usr/local/sbin/pseudonymfs")" = /opt/pseudonymfs/bin/pseudonymfs
check "uninstall removes that link" inst uninstall DESTDIR="$work/do" PREFIX=/opt/pseudonymfs
check "the link is gone" test ! -L "$work/do/usr/local/sbin/pseudonymfs"

# ---- man pages ----
inst install DESTDIR="$dest" PREFIX=/usr
for p in man1/pseudonymfs.1 man1/pseudonymize.1 man5/pseudonymfs-policy.5; do
	f="$dest/usr/share/man/$p"
	man --warnings -l -Tutf8 "$f" >/dev/null 2>warn
	check "man --warnings: no warning in $p" test ! -s warn || cat warn
	man -l -Tutf8 "$f" 2>/dev/null | col -bx > "$(basename "$p").txt"
	check "$p renders a NAME section" grep -q '^NAME' "$(basename "$p").txt"
done
# The check above can fail: a page with an unknown macro gives a warning.
printf '.TH X 1\n.SH NAME\n.NOSUCHMACRO x\n' > bad.1
man --warnings -l -Tutf8 bad.1 >/dev/null 2>warn
check "man --warnings does report a bad page" test -s warn
# Every option in the programs' own usage is in their man page.
"$top/build/pseudonymfs" --help > fs.help
for o in $(grep -o -- '-o [a-z_]*=\?\|^  -[fsd]\|[a-z_]*=,\|clone_fd' fs.help | sed 's/^-o //; s/^  //; s/,$//' | sort -u); do
	check "pseudonymfs(1) documents $o" grep -q -- "$o" pseudonymfs.1.txt
done
"$top/build/pseudonymize" 2> pz.help
# Subcommands and options of the usage lines (up to the first blank line).
for o in $(sed -n '1,/^$/p' pz.help | tr ' ()[]|' '\n\n\n\n\n' | grep -E '^(-|keygen$|export$|check$)' | sort -u); do
	check "pseudonymize(1) documents $o" grep -q -- "$o" pseudonymize.1.txt
done
# Every operator the policy parser accepts has an entry in pseudonymfs-policy(5).
printf '[project]\nname = x\n[file f]\nmatch = *\n[column c]\nheaders = h\nop = nosuchop\n' > ops.policy
"$bin" keygen k
"$bin" export -p ops.policy -k k /dev/null - 2> ops.err
ops=$(sed -n 's/.*expected one of //p' ops.err | tr -d ,)
check "the parser lists its operators" test -n "$ops"
for op in $ops; do
	check "pseudonymfs-policy(5) describes op $op" grep -qE "^ {7}$op( |\$)" pseudonymfs-policy.5.txt
done

# ---- systemd accepts the unit and the sysusers entry ----
if command -v systemd-analyze >/dev/null; then
	# Installed for real paths (no DESTDIR) into the scratch directory, so
	# that systemd-analyze finds the program and the man pages it names.
	inst install PREFIX="$work/p" SYSCONFDIR="$work/p/etc" MOUNT_LINK=
	mkdir -p v && cp "$work/p/lib/systemd/system/pseudonymfs@.service" "v/pseudonymfs@demo.service"
	MANPATH="$work/p/share/man" systemd-analyze verify "$work/v/pseudonymfs@demo.service" >verify.out 2>&1
	check "systemd-analyze verify: no complaint about the unit" test ! -s verify.out || cat verify.out
	echo "NoSuchSetting=1" >> "v/pseudonymfs@demo.service"
	MANPATH="$work/p/share/man" systemd-analyze verify "$work/v/pseudonymfs@demo.service" >verify.out 2>&1
	check "and it does complain about a bad unit" grep -q NoSuchSetting verify.out
else
	bad "systemd-analyze is not installed (tests/install-deps.sh installs systemd)"
fi
if command -v systemd-sysusers >/dev/null; then
	systemd-sysusers --root="$dest" >/dev/null 2>&1
	check "systemd-sysusers creates user pseudonymfs with no login shell" grep -q '^pseudonymfs:x:[0-9]*:[0-9]*:.*:/usr/sbin/nologin$' "$dest/etc/passwd"
else
	bad "systemd-sysusers is not installed"
fi
finish

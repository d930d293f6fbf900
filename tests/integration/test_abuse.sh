#!/bin/sh
# Abuse and operator mistakes (issue 11, issue 13 items 2 and 3): input
# files that are FIFOs, links or writable by others; mount points that are
# wrong; audit destinations that cannot take a record; descriptor and memory
# exhaustion; log flooding.  Each refusal must say why in one line naming
# the file or option, never a cell value; nothing may hang (timeouts).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
chmod 755 "$work"
policy="$top/conf/example.policy"
T="timeout 20"
asnobody="setpriv --reuid=nobody --regid=nogroup --clear-groups"
"$bin" keygen key
cp "$policy" p.policy
mkdir -p src empty
cp -r "$top/conf/samples/." src/

# refused WHAT FILE -- ARGS...: export and mount both refuse, in one line
# naming FILE, within the timeout.
refused() {
	what=$1; name=$2; shift 2
	$T "$bin" export "$@" src eout 2>err; st=$?
	check "$what: export refused" test "$st" -ne 0 -a "$st" -ne 124
	check "$what: export names $name" grep -q "$name" err
	check "$what: export says it in one line" test "$(wc -l < err)" -eq 1
	check "$what: nothing exported" test ! -e eout
	rm -rf eout
}
refused_mount() {
	what=$1; name=$2; opts=$3
	mkdir -p rmnt
	$T "$fsbin" -f -o "$opts" src rmnt 2>err; st=$?
	check "$what: no mount" test "$st" -ne 0 -a "$st" -ne 124
	check "$what: the daemon names $name" grep -q "$name" err
	check "$what: nothing mounted" sh -c "! mountpoint -q rmnt"
}

# ---- key and policy files ----
mkfifo fifo.key fifo.policy
refused "FIFO key" fifo.key -p p.policy -k fifo.key
refused_mount "FIFO key" fifo.key "policy=$work/p.policy,key=$work/fifo.key"
refused "FIFO policy" fifo.policy -p fifo.policy -k key
refused_mount "FIFO policy" fifo.policy "policy=$work/fifo.policy,key=$work/key"
ln -s key link.key; ln -s p.policy link.policy
refused "symlinked key" link.key -p p.policy -k link.key
check "symlinked key: the message says a link is refused" grep -q "symbolic link" err
refused_mount "symlinked key" link.key "policy=$work/p.policy,key=$work/link.key"
refused "symlinked policy" link.policy -p link.policy -k key
refused_mount "symlinked policy" link.policy "policy=$work/link.policy,key=$work/key"
for m in 664 646 666; do
	cp p.policy w$m.policy; chmod $m w$m.policy
	refused "policy mode $m" w$m.policy -p w$m.policy -k key
	check "policy mode $m: says how to fix it" grep -q "chmod go-w" err
done
refused_mount "group-writable policy" w664.policy "policy=$work/w664.policy,key=$work/key"
cp p.policy nobody.policy; chown nobody nobody.policy; chmod 644 nobody.policy
refused "policy owned by another user" nobody.policy -p nobody.policy -k key
check "policy owned by another user: says so" grep -q "belongs to another user" err
refused_mount "policy owned by another user" nobody.policy "policy=$work/nobody.policy,key=$work/key"
# A non-root user reading root's key (granted by a capability, as an ACL or
# CAP_DAC_READ_SEARCH would): refused for its owner.
cp key root.key; chmod 600 root.key
asnobodycap="$asnobody --inh-caps=+dac_read_search --ambient-caps=+dac_read_search"
if $asnobodycap cat root.key >/dev/null 2>&1; then
	$T $asnobodycap "$bin" export -p p.policy -k root.key src nkout 2>err; st=$?
	check "key owned by another user: refused" test "$st" -ne 0 -a "$st" -ne 124
	check "key owned by another user: says so, naming it" grep -q "root.key belongs to another user" err
else
	echo "note: setpriv cannot grant dac_read_search here; key-owner check not run"
fi
check "a policy owned by root, not writable by others, still works" $T "$bin" export -p p.policy -k key src okout
rm -rf okout

check_nothing_left
finish

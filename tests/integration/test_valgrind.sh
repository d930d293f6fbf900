#!/bin/sh
# The daemon under valgrind (memcheck): mount, read every file, random
# preads, a malformed file (EIO), unmount; zero errors and no definite leak.
# Skipped in the sanitizer build (valgrind cannot run ASan binaries).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/mountlib.sh"
cd "$work"
if [ "${BUILD:-build}" != build ]; then
	echo "test_valgrind.sh: skipped in ${BUILD} (sanitizer build)"
	exit 0
fi
policy="$top/conf/example.policy"
"$bin" keygen key
mkdir -p src
cp -r "$top/conf/samples/." src/
printf 'IPP;Nom\n1001;"RAWMALFORMED\n' > src/patients_bad.csv
"$bin" export -p "$policy" -k key src ref 2>/dev/null
real=$fsbin
cat > vg.sh <<VG
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --show-leak-kinds=definite \
	--log-file=$work/vg.log "$real" "\$@"
VG
chmod +x vg.sh
fsbin=$work/vg.sh
check "mounts under valgrind" mount_view src mnt fs.log -o "policy=$policy,key=$work/key" || finish
check "every file equals the export" timeout 120 diff -r -x patients_bad.csv mnt ref
check "random preads equal the export" timeout 120 python3 "$top/tests/integration/mount_checks.py" oracle mnt ref 7 300
check_not "the malformed file gives an error" timeout 60 cat mnt/patients_bad.csv 2>/dev/null >/dev/null
check "unmounts; the daemon exits 0 (99 = valgrind error or leak)" unmount_view mnt fs.log
check "valgrind ran" test -e vg.log
check "valgrind reports nothing" sh -c "! grep -q '==[0-9]*==' vg.log"
[ -s vg.log ] && head -40 vg.log
check_nothing_left
finish

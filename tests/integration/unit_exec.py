#!/usr/bin/env python3
"""Run one command line of a systemd service unit as systemd would for a
system service, where PID 1 is not systemd: %i replaced by the instance,
variables from EnvironmentFile= expanded (a word that is exactly $VAR
becomes the value's whitespace-separated words, ${VAR} is replaced in
place), run as User=/Group= with the unit's CapabilityBoundingSet= and
NoNewPrivileges= through setpriv(1), the mechanisms systemd itself uses;
CacheDirectory= is made under $UNIT_CACHE_ROOT (%C, default /var/cache).

usage: unit_exec.py UNIT INSTANCE ExecStart|ExecStop|ExecStartPre [--nnp]
--nnp forces NoNewPrivileges=yes (to show what it would break).
ExecStart is exec'd (the caller's child is the daemon)."""
import os
import re
import shlex
import shutil
import sys


def service_settings(path, instance):
    settings, section = {}, None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line[0] in "#;":
                continue
            if line.startswith("["):
                section = line
                continue
            if section == "[Service]" and "=" in line:
                k, v = line.split("=", 1)
                v = v.replace("%i", instance).replace(
                    "%C", os.environ.get("UNIT_CACHE_ROOT", "/var/cache"))
                settings.setdefault(k, []).append(v)
    return settings


def environment(path):
    env = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line[0] in "#;" or "=" not in line:
                continue
            k, v = line.split("=", 1)
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
                v = v[1:-1]
            env[k.strip()] = v
    return env


def expand(cmd, env):
    words = []
    for w in shlex.split(cmd):
        m = re.fullmatch(r"\$([A-Za-z_][A-Za-z0-9_]*)", w)
        if m:
            words += env.get(m.group(1), "").split()
        else:
            words.append(re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}",
                                lambda m: env.get(m.group(1), ""), w))
    return words


def main():
    unit, instance, which = sys.argv[1:4]
    nnp_forced = "--nnp" in sys.argv[4:]
    s = service_settings(unit, instance)
    env = {}
    for ef in s.get("EnvironmentFile", []):
        env.update(environment(ef.lstrip("-")))
    # CacheDirectory=: created for User= with CacheDirectoryMode=.
    root = os.environ.get("UNIT_CACHE_ROOT", "/var/cache")
    for d in s.get("CacheDirectory", []):
        path = os.path.join(root, d)
        os.makedirs(path, exist_ok=True)
        shutil.chown(path, s["User"][-1], s["Group"][-1])
        os.chmod(path, int(s.get("CacheDirectoryMode", ["0755"])[-1], 8))
    cmd = s[which][0]
    ignore_failure = cmd.startswith("-")
    cmd = cmd.lstrip("-")
    caps = s.get("CapabilityBoundingSet", [""])[-1].split()
    bounding = ",".join(["-all"] + ["+" + c.lower()[4:] for c in caps])
    argv = ["setpriv", "--reuid=" + s["User"][-1], "--regid=" + s["Group"][-1],
            "--init-groups", "--inh-caps=-all", "--bounding-set=" + bounding]
    if nnp_forced or s.get("NoNewPrivileges", ["no"])[-1] == "yes":
        argv.append("--no-new-privs")
    argv += expand(cmd, env)
    if which == "ExecStart":
        os.execvp(argv[0], argv)
    rc = os.spawnvp(os.P_WAIT, argv[0], argv)
    sys.exit(0 if ignore_failure else rc)


main()

# A syslog daemon's socket, for tests that replace /dev in a private mount
# namespace: binds dev/log (below the working directory), creates
# dev/ready once it listens, and appends each datagram syslog(3) sends,
# one a line, to syslog.txt.
import socket

s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind("dev/log")
open("dev/ready", "w").close()
with open("syslog.txt", "ab", buffering=0) as out:
    while True:
        out.write(s.recv(65536) + b"\n")

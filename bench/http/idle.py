#!/usr/bin/env python3
# Opens N keep-alive connections to 127.0.0.1:PORT, makes one request on each, then
# prints the server's (PID) resident memory in MB while they all sit idle, then the
# anonymous part of it (the process's own memory: heap, stacks; the rest is pages of
# its executable and shared libraries, which other processes share).
import selectors, socket, sys, time

port, n, pid = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
req = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"
socks = []
for i in range(n):
    s = socket.socket()
    s.setblocking(True)
    s.connect(("127.0.0.1", port))
    s.sendall(req)
    socks.append(s)
    if i % 500 == 499:  # drain responses as we go
        for t in socks[-500:]:
            t.recv(4096)
for t in socks[len(socks) - len(socks) % 500:]:
    t.recv(4096)
time.sleep(1.0)
fields = {}
with open(f"/proc/{pid}/smaps_rollup") as f:
    for line in f:
        parts = line.split()
        if len(parts) == 3 and parts[2] == "kB":
            fields[parts[0]] = int(parts[1]) / 1024
print(fields["Rss:"], fields["Anonymous:"])
for s in socks:
    s.close()

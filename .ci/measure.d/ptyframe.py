#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal of COLS x ROWS and prints the milliseconds from its start
until what it has written contains MARKER, then stops it. Like a terminal emulator, it answers
the two questions Rada's colours ask: the background colour (OSC 11; dark) and the cursor's
position. Usage: ptyframe.py COLS ROWS MARKER CMD..."""
import fcntl, os, pty, select, signal, struct, sys, termios, time

cols, rows, marker, cmd = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3].encode(), sys.argv[4:]
answers = {b"\x1b]11;?": b"\x1b]11;rgb:1e1e/1e1e/1e1e\x1b\\", b"\x1b[6n": b"\x1b[1;1R"}
start = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    os.execvp(cmd[0], cmd)
seen, looked = b"", {q: 0 for q in answers}
while marker not in seen:
    ready, _, _ = select.select([fd], [], [], 10)
    if not ready:
        sys.exit("ptyframe: no " + sys.argv[3] + " within 10 s")
    try:
        seen += os.read(fd, 65536)
    except OSError:
        sys.exit("ptyframe: the program ended before " + sys.argv[3])
    for question, answer in answers.items():
        at = seen.find(question, looked[question])
        while at >= 0:
            os.write(fd, answer)
            looked[question] = at + len(question)
            at = seen.find(question, looked[question])
        looked[question] = max(looked[question], len(seen) - len(question) + 1)  # a question may come in two reads
print(round((time.monotonic() - start) * 1000, 1))
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)

"""A deliberately misbehaving plugin: each command breaks the protocol in one way.

`echo` works, so tests can check that lode restarts the plugin after each fault.
"""
import json
import sys
import time

out = sys.stdout


def send(message):
    out.write(json.dumps(message) + "\n")
    out.flush()


for line in sys.stdin:
    message = json.loads(line)
    kind = message["type"]
    if kind == "hello":
        send({"type": "hello", "protocol": 1, "plugin": "faulty", "features": []})
        continue
    if kind == "shutdown":
        break
    call_id, command = message["id"], message["command"]
    if command == "echo":
        value = {"type": "record", "fields": ["args", "flags", "input"],
                 "values": [{"type": "record", "fields": sorted(message["args"]),
                             "values": [message["args"][k] for k in sorted(message["args"])]},
                            {"type": "record", "fields": sorted(message["flags"]),
                             "values": [message["flags"][k] for k in sorted(message["flags"])]},
                            message["input"]]}
        send({"type": "result", "id": call_id, "value": value, "notes": ["echoed"]})
    elif command == "crash":
        sys.stderr.write("faulty: about to crash on purpose\n")
        sys.stderr.flush()
        raise RuntimeError("boom")
    elif command == "hang":
        time.sleep(3600)
    elif command == "spawn":
        # A grandchild holding our stdout, then hang: lode must end both.
        import subprocess
        child = subprocess.Popen(["sleep", "3600"])
        sys.stderr.write("faulty: spawned %d\n" % child.pid)
        sys.stderr.flush()
        time.sleep(3600)
    elif command == "garbage":
        out.write("this is not json\n")
        out.flush()
    elif command == "flood":
        chunk = b"x" * (1 << 20)
        for _ in range(100):
            sys.stdout.buffer.write(chunk)
        sys.stdout.buffer.flush()
    elif command == "wrongid":
        send({"type": "result", "id": call_id + 1000, "value": None})
    elif command == "fatal":
        send({"type": "error", "message": "the model file is missing"})
    elif command == "complain":
        send({"type": "error", "id": call_id, "message": "no such speaker",
              "argument": "who", "hint": "try `speakers`"})
    elif command == "chatty":
        sys.stderr.write("y" * (1 << 20) + "\n")
        sys.stderr.flush()
        send({"type": "result", "id": call_id, "value": "done"})

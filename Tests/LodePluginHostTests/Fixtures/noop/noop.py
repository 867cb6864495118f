"""The smallest useful plugin: answers every call with null. Used to measure overhead."""
import json
import sys

for line in sys.stdin:
    m = json.loads(line)
    if m["type"] == "hello":
        reply = {"type": "hello", "protocol": 1, "plugin": "noop", "features": []}
    elif m["type"] == "call":
        reply = {"type": "result", "id": m["id"], "value": {"type": "null"}}
    else:
        break
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()

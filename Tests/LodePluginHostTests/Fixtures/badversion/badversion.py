import json
import sys

for line in sys.stdin:
    if json.loads(line)["type"] == "hello":
        sys.stderr.write("badversion: I only speak protocol 99\n")
        print(json.dumps({"type": "hello", "protocol": 99, "plugin": "badversion", "features": []}), flush=True)

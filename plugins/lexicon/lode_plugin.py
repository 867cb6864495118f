"""A minimal lode plugin SDK for Python 3 (standard library only).

Protocol: plugins/PROTOCOL.md (version 1). Copy this file next to your plugin:

    from lode_plugin import Plugin, PluginError, string

    plugin = Plugin("hello")

    @plugin.command("greet")
    def greet(call):
        return string("hello, " + (call.arg("name") or "world"))

    plugin.serve()

Handlers get a Call and return a typed value (build one with the helpers below).
Raise PluginError(message, argument=..., hint=...) to blame an argument.
serve() keeps the protocol on a private copy of stdout and points stdout at stderr,
so print() in a handler goes to lode's stderr tail instead of breaking the protocol.
"""

import decimal
import json
import os
import sys

PROTOCOL = 1


class PluginError(Exception):
    """An error shown to the analyst; `argument` names the parameter to underline."""

    def __init__(self, message, argument=None, hint=None):
        super().__init__(message)
        self.message = message
        self.argument = argument
        self.hint = hint


# Typed values (see PROTOCOL.md "Values"). Exact decimals travel as strings.

def null():
    return {"type": "null"}


def boolean(b):
    return {"type": "bool", "value": bool(b)}


def _exact(d):
    return format(decimal.Decimal(d), "f")


def number(d):
    return {"type": "number", "value": _exact(d)}


def percent(fraction):
    return {"type": "percent", "value": _exact(fraction)}


def money(amount, currency="USD", per_year=False):
    v = {"type": "money", "amount": _exact(amount), "currency": currency}
    if per_year:
        v["perYear"] = True
    return v


def string(s):
    return {"type": "string", "value": str(s)}


def table(columns, rows):
    """columns: [(name, type)] or [(name, type, hidden)]; rows: lists of typed values."""
    cols = [{"name": c[0], "type": c[1], "hidden": bool(c[2]) if len(c) > 2 else False}
            for c in columns]
    return {"type": "table", "columns": cols, "rows": rows}


def plain(v):
    """A typed value as plain Python: str, Decimal, bool, None, list; others unchanged."""
    if not isinstance(v, dict):
        return v
    t = v.get("type")
    if t == "string":
        return v["value"]
    if t in ("number", "percent"):
        return decimal.Decimal(v["value"])
    if t == "duration":
        return decimal.Decimal(v["years"])
    if t == "bool":
        return v["value"]
    if t == "null":
        return None
    if t == "list":
        return [plain(x) for x in v["items"]]
    return v


class Call:
    """One call: command name, typed args/flags/input, settings (name -> text)."""

    def __init__(self, message):
        self.id = message["id"]
        self.command = message["command"]
        self.args = message.get("args", {})
        self.flags = message.get("flags", {})
        self.input = message.get("input", null())
        self.settings = message.get("settings", {})

    def arg(self, name, default=None):
        return plain(self.args[name]) if name in self.args else default

    def flag(self, name, default=None):
        return plain(self.flags[name]) if name in self.flags else default

    def input_table(self):
        """The input as a table, or a PluginError saying a table must flow in."""
        if not isinstance(self.input, dict) or self.input.get("type") != "table":
            raise PluginError("`%s` needs a table flowing in" % self.command,
                              hint="e.g. quotes | %s" % self.command)
        return self.input


class Plugin:
    def __init__(self, name, features=()):
        self.name = name
        self.features = list(features)
        self.handlers = {}

    def command(self, name):
        def register(fn):
            self.handlers[name] = fn
            return fn
        return register

    def serve(self):
        out = os.fdopen(os.dup(1), "w", encoding="utf-8")
        os.dup2(2, 1)
        sys.stdout = sys.stderr

        def send(message):
            out.write(json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n")
            out.flush()

        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                message = json.loads(line)
            except ValueError:
                send({"type": "error", "message": "%s could not read a request" % self.name})
                continue
            kind = message.get("type")
            if kind == "hello":
                send({"type": "hello", "protocol": min(PROTOCOL, message.get("protocol", PROTOCOL)),
                      "plugin": self.name, "features": self.features})
            elif kind == "shutdown":
                return
            elif kind == "call":
                send(self._answer(Call(message)))

    def _answer(self, call):
        handler = self.handlers.get(call.command)
        if handler is None:
            return {"type": "error", "id": call.id,
                    "message": "%s has no command `%s`" % (self.name, call.command)}
        try:
            return {"type": "result", "id": call.id, "value": handler(call)}
        except PluginError as e:
            reply = {"type": "error", "id": call.id, "message": e.message}
            if e.argument:
                reply["argument"] = e.argument
            if e.hint:
                reply["hint"] = e.hint
            return reply
        except Exception as e:  # a bug in a handler is reported, not fatal
            print("%s: %s failed: %r" % (self.name, call.command, e), file=sys.stderr)
            return {"type": "error", "id": call.id,
                    "message": "%s failed: %s" % (call.command, e)}

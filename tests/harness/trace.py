"""«Как шёл импорт» in a real CPython: the same tracer the browser's runner uses
(docs/assets/python/tracer.py), switched on by a sitecustomize.py, for each command of a transcript.

The example runs exactly as its transcript test runs it (cpython.Session: a temporary copy, the
clean environment, the interpreter under test); only PYTHONPATH gains a folder with tracer.py
and sitecustomize.py, which removes that folder from sys.path again, forgets the modules the
tracer imported and starts tracing — so the program sees the sys.path and sys.modules it would
see without it. The events are written to a JSON file when the program ends (atexit).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import transcript

from .cpython import Interpreter, Session, run_command
from .paths import SITE_PYTHON

SITECUSTOMIZE = '''\
import os
import sys

_before = set(sys.modules)
_here = os.path.dirname(os.path.abspath(__file__))
import atexit
import tracer

for _name in set(sys.modules) - _before:
    if _name != "sitecustomize":
        del sys.modules[_name]
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _here]
_tracer = tracer.Tracer(os.environ["TRACE_ROOT"])


def _dump():
    _tracer.stop()
    import json
    with open(os.environ["TRACE_OUT"], "w", encoding="utf-8") as f:
        json.dump({"events": _tracer.events, "truncated": _tracer.truncated}, f,
                  ensure_ascii=False)


atexit.register(_dump)
_tracer.start()
'''


def cpython_traces(example: Path, name: str, workdir: Path,
                   interpreter: Interpreter) -> list[list[dict] | None]:
    """Run transcript ``name`` of ``example``; return each step's events (None: not python)."""
    session = Session(example, workdir, interpreter)
    boot = workdir / "trace-boot"
    boot.mkdir()
    shutil.copy(SITE_PYTHON / "tracer.py", boot / "tracer.py")
    (boot / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    out = workdir / "trace.json"
    traces = []
    for step in transcript.parse_console((example / name).read_text(encoding="utf-8")):
        command = transcript.parse_command(step.command)
        if command.kind != "python":
            session.run(step.command)
            traces.append(None)
            continue
        env = {**session.env, **command.env, "TRACE_ROOT": str(session.root),
               "TRACE_OUT": str(out)}
        env["PYTHONPATH"] = ":".join(filter(None, [str(boot), command.env.get("PYTHONPATH")]))
        out.unlink(missing_ok=True)
        argv, program = interpreter.argv(command.name, session.bin / command.name,
                                         command.args, session.cwd)
        session.last_status, _ = run_command(argv, program, session.cwd, env)
        if not out.exists():
            traces.append([])
            continue
        data = json.loads(session.normalize(out.read_text(encoding="utf-8")))
        traces.append(data["events"])
    return traces

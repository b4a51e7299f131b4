"""Искатель по старому протоколу PEP 302: find_module и load_module."""
import sys
import types


class OldFinder:
    def find_module(self, fullname, path=None):
        return self if fullname == "old_style" else None

    def load_module(self, fullname):
        module = types.ModuleType(fullname)
        module.ANSWER = 42
        sys.modules[fullname] = module
        return module


sys.meta_path.insert(0, OldFinder())

import old_style

print("old_style.ANSWER =", old_style.ANSWER)

"""Run untrusted candidates (a Python function call or a command) in a killable, limited subprocess."""
from eft.sandbox.limits import SandboxLimits
from eft.sandbox.process import CommandResult, run_command, scratch_dir
from eft.sandbox.python import PythonResult, run_python

__all__ = ["CommandResult", "PythonResult", "SandboxLimits", "run_command", "run_python", "scratch_dir"]

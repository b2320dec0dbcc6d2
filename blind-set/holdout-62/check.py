#!/usr/bin/env python3
"""Structural check of this held-out set: blind-set/check_holdout.py run on this directory (exit status 0 = pass)."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(HERE, "..", "check_holdout.py"), run_name="__main__")

#!/usr/bin/python3
"""The renderings of samples/prato2020 by other hands (matrix.json, pdf/), or K renderings of
random seeds, extracted by pira and compared field by field with the transcription, through
tests/extract/check_prato2020.py and field_check.py.
Usage: check.py PIRA SOURCE_DIR SCRATCH_DIR [--random K] [--seed S] [--only NAME]"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import producers_gen_legacy as P  # noqa: E402
import generate  # noqa: E402

if __name__ == "__main__":
    P.check_main("prato2020", "check_prato2020", HERE, generate.AXES, generate.build)

"""DataFrames given in code (``Landscape.from_tables``) as raw tables to validate."""

from __future__ import annotations

import pandas as pd

from ..errors import WARNING, Problem, place
from .readers import RawInput, frame_to_raw, value_text
from .schema import TABLES


def raw_from_frames(frames: dict[str, pd.DataFrame]) -> RawInput:
    raw = RawInput("<tables>")
    for name, frame in frames.items():
        if name not in TABLES:
            raw.problems.append(Problem.of(WARNING, "unknown_table", key="unknown_table_given", name=name))
            continue
        spec = TABLES[name]
        if spec.index and spec.index not in frame.columns:
            frame = frame.rename_axis(spec.index).reset_index()
        header = [str(c) for c in frame.columns]
        body = frame.map(value_text) if len(frame) else frame.astype(str)
        body.index = pd.RangeIndex(1, len(body) + 1)
        body.columns = pd.RangeIndex(len(header))
        raw.tables[name] = frame_to_raw(
            name, place("label.given", None, name, name=name), header, body, raw.problems, unit="record"
        )
    return raw


from .._public import public_dir

__all__ = ["raw_from_frames"]
__dir__ = public_dir(__name__)  # dir(): __all__ and the submodules, not the names imported here

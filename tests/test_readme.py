"""Every command the README shows prints exactly what the README says it prints."""

from __future__ import annotations

import pytest

from readme_examples import examples, matches, run

EXAMPLES = examples()


def test_the_readme_has_examples():
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("command,shown", EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_is_the_real_output(command, shown):
    real = run(command)
    assert matches(shown, real), (
        f"README output of 'partnernet {command}' is stale; run python tests/readme_examples.py\n{real}"
    )

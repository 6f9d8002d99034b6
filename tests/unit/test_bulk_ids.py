"""Ids made in bulk for an import: what uuid.uuid4() would give, without a call per row."""

import uuid

from hypothesis import given
from hypothesis import strategies as st

from unionoffice.members.roster.commit import new_ids


@given(st.integers(min_value=0, max_value=300))
def test_bulk_ids_are_sorted_distinct_version_4_uuids(count):
    made = new_ids(count)
    assert len(made) == count == len(set(made))
    assert made == sorted(made)
    for text in made:
        parsed = uuid.UUID(text)
        assert parsed.hex == text
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122


def test_bulk_ids_keep_their_random_bits():
    # Only the six version and variant bits are fixed: the other 122 vary across ids.
    made = [int(i, 16) for i in new_ids(2000)]
    fixed = (0xF << 76) | (0b11 << 62)
    varying = 0
    for value in made:
        varying |= value ^ made[0]
    assert varying == ((1 << 128) - 1) & ~fixed

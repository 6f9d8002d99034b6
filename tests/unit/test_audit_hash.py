"""The audit entry hash: its fast canonical text must be exactly ``canonical_json``'s.

A different byte anywhere would make every chain written before the change fail to verify.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from unionoffice.audit import trail
from unionoffice.audit.trail import canonical_json, entry_hash

# Any text JSON can carry, including quotes, backslashes, control and non-BMP characters
# (no lone surrogates: an entry is stored as UTF-8, which cannot hold them).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
FIELDS = st.fixed_dictionaries({
    "at": TEXT, "operator": TEXT, "action": TEXT, "entity": TEXT, "entity_id": TEXT,
    "before": st.none() | TEXT, "after": st.none() | TEXT, "prev_hash": TEXT})


def reference_hash(fields: dict) -> str:
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


@given(FIELDS)
def test_the_fast_text_hashes_like_canonical_json(fields):
    assert entry_hash(fields) == reference_hash(fields)


def test_a_known_entry_keeps_its_hash():
    # Fixed by hand from the format (sorted keys, no spaces, UTF-8): chains already written
    # must keep verifying whatever the code that builds the text looks like.
    fields = {"at": "2026-11-21T08:00:00+00:00", "operator": "王会计", "action": "member.import",
              "entity": "member", "entity_id": "ab" * 16, "before": None,
              "after": '{"row":7}', "prev_hash": "0" * 64}
    text = ('{"action":"member.import","after":"{\\"row\\":7}","at":"2026-11-21T08:00:00+00:00",'
            '"before":null,"entity":"member","entity_id":"' + "ab" * 16 + '",'
            '"operator":"王会计","prev_hash":"' + "0" * 64 + '"}')
    assert entry_hash(fields) == hashlib.sha256(text.encode("utf-8")).hexdigest()


@given(st.sampled_from(["before", "after", "entity_id"]),
       st.integers() | st.booleans() | st.dictionaries(TEXT, TEXT, max_size=3))
def test_fields_that_are_not_text_fall_back_to_json(field, value):
    fields = {"at": "t", "operator": "o", "action": "a", "entity": "e", "entity_id": "",
              "before": None, "after": None, "prev_hash": "p", field: value}
    assert entry_hash(fields) == reference_hash(fields)


def test_an_extra_or_missing_field_falls_back_to_json():
    fields = {"at": "t", "operator": "o", "action": "a", "entity": "e", "entity_id": "",
              "before": None, "after": None, "prev_hash": "p"}
    assert entry_hash({**fields, "extra": "x"}) == reference_hash({**fields, "extra": "x"})
    del fields["before"]
    assert entry_hash(fields) == reference_hash(fields)


@given(TEXT, TEXT, TEXT, st.lists(st.tuples(TEXT, TEXT), max_size=5),
       st.datetimes(timezones=st.just(dt.UTC)))
def test_alike_entries_chain_exactly_as_one_by_one(operator, action, entity, items, at):
    # add_alike (an import's one entry per member) puts the canonical text together itself:
    # the rows it writes must be those add writes for the same entries at the same moment.
    with mock.patch.object(trail, "utcnow", return_value=at):
        one_by_one = trail.AuditChain("0" * 64, operator=operator or "o")
        one_by_one.add([{"action": action, "entity": entity, "entity_id": entity_id,
                         "after": after} for entity_id, after in items])
        alike = trail.AuditChain("0" * 64, operator=operator or "o")
        alike.add_alike(action, entity, items)
    assert alike.params == one_by_one.params
    assert alike.prev == one_by_one.prev

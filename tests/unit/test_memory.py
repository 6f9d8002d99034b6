"""The cycle collector is paused during bulk steps and comes back as it was."""

from __future__ import annotations

import gc
import threading

from unionoffice.common.memory import gc_paused


def test_the_collector_is_off_inside_and_back_after_nested_uses():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer bulk step is still running
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_it_comes_back_after_an_error_and_across_threads():
    inside, leave = threading.Event(), threading.Event()

    def other():
        with gc_paused():
            inside.set()
            leave.wait(5)

    worker = threading.Thread(target=other)
    worker.start()
    inside.wait(5)
    try:
        with gc_paused():
            raise ValueError
    except ValueError:
        pass
    assert not gc.isenabled()  # the other thread's bulk step is not over
    leave.set()
    worker.join(5)
    assert gc.isenabled()

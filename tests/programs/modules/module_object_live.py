# A module object is one live object: attribute reads see later global changes, writes through
# the module (also when it is passed around as a value) rebind the module's globals.
import _live_state
import _live_state as state


def reset(mod, value):
    mod.counter = value


print(_live_state is state, type(state).__name__)
state.bump()
state.bump()
print(_live_state.counter, state.current())
reset(_live_state, 40)
print(state.current(), state.bump())
state.settings["mode"] = "slow"
print(_live_state.settings)
state.note = "set from outside"
print(_live_state.note, hasattr(state, "missing"), getattr(state, "counter"))

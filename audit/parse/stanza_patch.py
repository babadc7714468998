"""One name in Stanza's code pointed at a newsaudit speed-up, with Stanza's own kept to put back.

Every speed-up module of this package replaces a function (or class) that Stanza looks up by name: a method of a
class, or a module's global. :class:`Patch` reads Stanza's original once, from the owner's own namespace, and
leaves it on the owner as ``_newsaudit_original_<name>``, so that a second import of the speed-up module (a test
that reloads it) still finds Stanza's and not newsaudit's. ``install`` and ``restore`` are idempotent; the
speed-up modules expose them, and benchmarks/parse_levers.py restores one speed-up at a time to measure it.

Example: ``Patch(CharacterModel, "forward", forward)``: ``.install()`` makes every ``CharacterModel`` run
newsaudit's ``forward``, ``.restore()`` Stanza's, and ``.original`` is Stanza's.
"""
from __future__ import annotations


class Patch:
    """``owner.name`` as newsaudit's ``replacement`` (install) or as Stanza's ``original`` (restore)."""

    def __init__(self, owner, name: str, replacement):
        key = f"_newsaudit_original_{name}"
        space = vars(owner)
        self.owner, self.name, self.replacement = owner, name, replacement
        self.original = space[key] if key in space else space[name]
        setattr(owner, key, self.original)

    def install(self) -> None:
        setattr(self.owner, self.name, self.replacement)

    def restore(self) -> None:
        setattr(self.owner, self.name, self.original)


class Patches:
    """Several patches installed and restored together."""

    def __init__(self, *patches: Patch):
        self.patches = patches

    def install(self) -> None:
        for patch in self.patches:
            patch.install()

    def restore(self) -> None:
        for patch in self.patches:
            patch.restore()

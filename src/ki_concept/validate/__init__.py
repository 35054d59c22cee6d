"""``ki-concept validate``: its renderers (``render``) and the command (``command``); the
checks are :mod:`ki_concept.checking` and :mod:`ki_concept.rules`."""

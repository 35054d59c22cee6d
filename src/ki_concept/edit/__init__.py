"""Changing concept files in place: only the characters that carry a change are touched.

``spans`` finds where each value is written, ``render`` writes new YAML text in
the file's own layout, ``operations`` builds the edited text of one file,
``validation`` checks the result against the whole version, ``atomic`` locks
and replaces files safely, ``transaction`` ties these together for one file,
``version_copy`` starts a new version, ``catalogue`` finds the ids a command names, and
``command`` holds the three commands.
"""

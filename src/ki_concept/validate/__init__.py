"""``ki-concept validate``: every check of a loaded version (``check``), its renderers
(``render``) and the command (``command``)."""

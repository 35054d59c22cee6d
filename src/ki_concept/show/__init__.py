"""``ki-concept show``: finding an item by id (``lookup``), its renderers (``render``) and the
command (``command``)."""

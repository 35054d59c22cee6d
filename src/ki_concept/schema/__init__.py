"""``ki-concept schema``: the JSON Schema built from the models (``build``) and the command
(``command``)."""

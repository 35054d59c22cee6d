"""Reading a concept: files from a folder, a git revision or pending edits (``files``), YAML
text with the place of every value (``source``), pydantic's errors at those places
(``schema_errors``), and whole versions loaded into models (``loader``)."""

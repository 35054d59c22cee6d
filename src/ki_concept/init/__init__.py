"""``ki-concept init``: a new concept, as a commented skeleton or from a filled-in table."""

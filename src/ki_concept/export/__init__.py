"""``ki-concept export``: every measure as one table, for CSV and for Excel workbooks."""

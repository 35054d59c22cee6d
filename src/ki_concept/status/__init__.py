"""``ki-concept status``: the renderers of the progress report (``render``) and the command
(``command``). The numbers themselves come from :mod:`ki_concept.progress`."""

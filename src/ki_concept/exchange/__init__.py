"""Workbooks that go out to the responsible bodies and come back filled in.

``layout`` is the one contract between ``export --for`` (which writes them) and a later
``import`` (which reads the replies): sheet names, columns, the hidden sheet and the
fingerprint of each measure.
"""

"""The ``report`` command's output: content gathered once, rendered as HTML or Markdown."""

"""The C part of ki-concept: everything else is declared in pyproject.toml.

``ki_concept._plainyaml`` reads plain block YAML several times faster than the same reader in
Python (``ki_concept.fastyaml``). It is optional: where no C compiler is at hand, the
installation goes on without it and the Python reader does the work.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "ki_concept._plainyaml",
            sources=["src/ki_concept/_plainyaml.c"],
            optional=True,
        )
    ]
)

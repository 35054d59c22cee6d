"""ki-concept: Integrationskonzepte als YAML prüfen, auswerten, vergleichen und pflegen."""

__version__ = "0.1.0"

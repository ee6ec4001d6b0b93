"""Language knowledge kept as data: one subpackage per language, constants only."""

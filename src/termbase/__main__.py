"""Allow ``python -m termbase``."""

from termbase.cli import main

main()

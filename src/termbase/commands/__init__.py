"""The click commands of ``termbase``, one module per family; ``termbase.cli`` loads them."""

"""Sentence alignment of a document and its translation, and what is built from it."""

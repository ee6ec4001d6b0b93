"""Indonesian language data: clitics, affixes, lexicon corrections, abbreviations."""

"""English language data: inflectional suffixes and irregular forms."""

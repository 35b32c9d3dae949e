"""Synthetic-data training of the small multilingual PERSON NER model ``shoal_names``."""

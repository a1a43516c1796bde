"""What a rendering cannot show, applied to both sides of a rendering check (docs/extraction.md):
a line broken right after a slash ("Imprese/" then "stakeholders") reads "Imprese/ stakeholders",
and the page cannot tell it from a source that had the space ("bambino/ Numero"). Only that: the
comparison stays the sample check's, field by field."""
import re


def unbroken(row):
    """The row with the space after a slash removed from its texts."""
    return {k: re.sub(r"/ (?=\S)", "/", v) if isinstance(v, str) else v for k, v in row.items()}

"""What a rendering cannot show (docs/extraction.md, "What a page cannot show"):

- a line broken right after a slash ("Imprese/" then "stakeholders") reads "Imprese/ stakeholders",
  and the page cannot tell it from a source that had the space ("bambino/ Numero"): unbroken() is
  applied to both sides of a rendering check;
- a name and its description run on in one cell with nothing to tell where the name ends (no
  bold or italics apart, no paragraph's end): pira keeps the whole text in the name and says so,
  row by row (warning name_description_unsplit); as_one_name() accepts exactly that reading of
  the expected row, only for a row pira warned about (field_check.check_renderings).

Only these: the comparison stays the sample check's, field by field."""
import re


def unbroken(row):
    """The row with the space after a slash removed from its texts."""
    return {k: re.sub(r"/ (?=\S)", "/", v) if isinstance(v, str) else v for k, v in row.items()}


def as_one_name(got, want, name="indicator_name", description="formula"):
    """Whether `got` is `want` read with its name and description as one name: the name, a
    space, the description (its first part, when the column joins several with "; ", as the
    description before an algorithm), and the rest of the description column where it was."""
    if name not in want or description not in want or not want[description]:
        return False
    parts = want[description].split("; ")
    return (got.get(name) == want[name] + " " + parts[0] and
            got.get(description, "") == "; ".join(parts[1:]))

"""Every table field defined once: name, type, unit, constraints, description.

The Table Schemas of the descriptor, the codebook (``datapackage/README.md``), the pandas dtypes
of the loader and the CSV column order are all generated from :data:`TABLES`; nothing else in
the project spells a column out. (The pattern is Catalyst's PUDL ``metadata/fields.py``.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..extraction.mentions import CHANGES, GRANULARITIES, KINDS, QUALIFIERS, RESOLUTIONS
from ..extraction.numbers import DENSE_MIN, DENSE_WIDTH, RUN_MIN
from ..package.provenance import CONTEXT_CHARS
from ..semantics.period import PERIOD_METHODS
from ..semantics.places import blocs

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

#: Source kinds (news report, opinion piece, ...).
SOURCE_KINDS: tuple[str, ...] = ("news", "opinion", "analysis", "interview")
#: Where a source's metadata came from.
METADATA_ORIGINS: tuple[str, ...] = ("text", "sidecar", "text_and_sidecar")
#: Observation status of an annotated figure; the SDMX OBS_STATUS code where one fits.
STATUSES: dict[str, str] = {
    "reported": "A",  # SDMX A: normal value
    "preliminary": "P",  # SDMX P: provisional value
    "estimated": "E",  # SDMX E: estimated value
    "forecast": "F",  # SDMX F: forecast value
    "target": "",  # a goal or plan: no SDMX code
    "requested": "",  # sought, asked for, hoped for: no SDMX code
    "agreed": "",  # agreed or pledged, not yet delivered: no SDMX code
}
#: One ISO 8601 value: day, month, ISO week, quarter, half, season (ISO 8601-2: 21 spring ... 24 winter), year, decade.
_ISO_POINT = (
    r"\d{4}|\d{3}X|\d{4}-(0[1-9]|1[0-2])|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-2[1-4]|\d{4}-W(0[1-9]|[1-4]\d|5[0-3])"
    r"|\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
)
#: ISO 8601 values of the dates table (and of periods): a point or an interval START/END of two points.
ISO_PATTERN = rf"^({_ISO_POINT})(/({_ISO_POINT}))?$"
#: Identifiers of sources. Python code matches it with ``fullmatch`` (its ``$`` would accept a final
#: newline); Table Schema patterns are whole-value matches, so the descriptor can keep it as is.
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
#: A subject or counterpart: an ISO 3166-1 alpha-2 code or a bloc code (``semantics/vocab/en/blocs.tsv``), or
#: several joined by ';' for a figure about several places together ('GB;NL' for an Anglo-Dutch firm).
PLACE_PATTERN = r"^[A-Z][A-Z0-9]{1,4}(;[A-Z][A-Z0-9]{1,4})*$"
#: The documented codes of blocs and institutions, for the descriptions of subject and counterpart.
BLOC_CODES = "; ".join(f"{code} ({name})" for code, name in blocs().items())
#: Who decided a figure's attributes.
DECIDERS: tuple[str, ...] = ("extractor", "reviewer")

#: Table Schema type -> pandas dtype of the loader (``newsfigures.package.load``): nullable integers and floats
#: (a blank cell is ``<NA>``, never a float NaN in an integer column), pandas' string dtype, and
#: second-resolution datetimes for dates.
PANDAS_DTYPES: dict[str, str] = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "date": "datetime64[s]",
}


def pandas_dtype(field_schema: dict[str, Any]) -> str | pd.CategoricalDtype:
    """The pandas dtype of a Table Schema field descriptor: a categorical for a closed set (``enum``).

    Works on the descriptor's own field entries, so a package is loaded by what its descriptor says.
    """
    enum = field_schema.get("constraints", {}).get("enum")
    if enum is not None:
        import pandas as pd

        return pd.CategoricalDtype(categories=list(enum), ordered=False)
    try:
        return PANDAS_DTYPES[field_schema["type"]]
    except KeyError:
        raise ValueError(
            f"field {field_schema.get('name')!r}: no pandas dtype for Table Schema type {field_schema.get('type')!r}"
        ) from None


@dataclass(frozen=True)
class Field:
    """One column: its Table Schema type and constraints, unit and description."""

    name: str
    type: str
    description: str
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    minimum: int | float | None = None
    pattern: str | None = None
    format: str | None = None
    unit: str | None = None

    def schema(self) -> dict[str, Any]:
        """The Table Schema field descriptor."""
        out: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.format:
            out["format"] = self.format
        out["description"] = self.description
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.unique:
            constraints["unique"] = True
        if self.enum is not None:
            constraints["enum"] = list(self.enum)
        if self.minimum is not None:
            constraints["minimum"] = self.minimum
        if self.pattern is not None:
            constraints["pattern"] = self.pattern
        if constraints:
            out["constraints"] = constraints
        if self.unit:
            out["unit"] = self.unit
        return out

    def pandas_dtype(self) -> str | pd.CategoricalDtype:
        """The pandas dtype a loader gives this column (categoricals for closed sets)."""
        return pandas_dtype(self.schema())


@dataclass(frozen=True)
class Table:
    """One resource: its fields, keys and description."""

    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    @property
    def columns(self) -> list[str]:
        """Column names in CSV order."""
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        """The field called ``name``."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def schema(self) -> dict[str, Any]:
        """The Table Schema of this resource."""
        out: dict[str, Any] = {
            "fields": [f.schema() for f in self.fields],
            "missingValues": [""],
            "primaryKey": list(self.primary_key),
        }
        if self.foreign_keys:
            out["foreignKeys"] = [dict(fk) for fk in self.foreign_keys]
        return out

    def pandas_dtypes(self) -> dict[str, str | pd.CategoricalDtype]:
        """Column -> pandas dtype, for the loader."""
        return {f.name: f.pandas_dtype() for f in self.fields}


def _fk(column: str, resource: str, target: str) -> dict[str, Any]:
    """A Table Schema foreign key; ``resource`` empty means the same table."""
    return {"fields": [column], "reference": {"resource": resource, "fields": [target]}}


# Fields shared by the mention tables (figures, dates, exclusions): one definition each.
SOURCE_ID = Field(
    "source_id",
    "string",
    "Identifier of the article (the seed file name without .txt); key into the sources table.",
    required=True,
    pattern=ID_PATTERN,
)
LINE = Field("line", "integer", "1-based line of the seed text where the quote starts.", required=True, minimum=1)
START = Field(
    "start",
    "integer",
    "0-based offset, in Unicode code points, of the quote's first character in the seed text "
    "(after removing a UTF-8 byte order mark); text[start:end] == quote.",
    required=True,
    minimum=0,
)
END = Field(
    "end",
    "integer",
    "0-based, end-exclusive offset, in Unicode code points, just after the quote's last character.",
    required=True,
    minimum=1,
)
QUOTE = Field(
    "quote",
    "string",
    "The exact characters of the seed text at [start, end), escapes such as \\$ included.",
    required=True,
)
DISPLAY = Field(
    "display",
    "string",
    "The quote for reading: the same characters with Markdown backslash escapes removed "
    "(\\$1.5 billion -> $1.5 billion). Show this one; match the text with quote.",
    required=True,
)
SENTENCE = Field(
    "sentence",
    "string",
    "Context: the sentence (or heading, or line; a line break inside a hard-wrapped paragraph is read as a "
    "space) of the seed text that contains the quote, as written, "
    f"clipped to at most {CONTEXT_CHARS} characters before the quote and {CONTEXT_CHARS} after it (cut inward "
    "at a space so that no word is split), so that a row's size is bounded whatever the text; it is "
    "text[a:b] for some sentence_start <= a <= start and end <= b <= sentence_end. The whole sentence is "
    "text[sentence_start:sentence_end].",
    required=True,
)
SENTENCE_START = Field(
    "sentence_start",
    "integer",
    "0-based offset of the first character of the whole sentence holding the quote (the sentence column "
    "may show only part of it).",
    required=True,
    minimum=0,
)
SENTENCE_END = Field(
    "sentence_end",
    "integer",
    "0-based, end-exclusive offset just after the whole sentence holding the quote.",
    required=True,
    minimum=1,
)

SOURCES = Table(
    name="sources",
    title="Source articles",
    description="One row per article in seeds/: where it is, its hash, and its bibliographic metadata.",
    fields=(
        Field(
            "source_id",
            "string",
            "Identifier of the article: its seed file name without .txt.",
            required=True,
            unique=True,
            pattern=ID_PATTERN,
        ),
        Field(
            "path",
            "string",
            "Path of the seed text, relative to the folder that holds datapackage/ (seeds/NAME.txt).",
            required=True,
            unique=True,
        ),
        Field(
            "sha256",
            "string",
            "SHA-256 of the seed file's bytes, lowercase hex: proves which text the offsets refer to.",
            required=True,
            pattern=r"^[0-9a-f]{64}$",
        ),
        Field("bytes", "integer", "Size of the seed file in bytes.", required=True, minimum=1, unit="byte"),
        Field(
            "characters",
            "integer",
            "Length of the seed text in Unicode code points (after removing a byte order mark).",
            required=True,
            minimum=1,
        ),
        Field("title", "string", "Headline of the article.", required=True),
        Field("subtitle", "string", "Standfirst (sub-headline) of the article, when it has one."),
        Field("authors", "string", "Authors as bylined, separated by '; '."),
        Field("publisher", "string", "Publisher of this copy of the article."),
        Field(
            "original_publisher",
            "string",
            "Publisher that first published the article, when it is a republication.",
        ),
        Field(
            "published",
            "date",
            "Publication date; relative dates and year-less dates of the text are resolved against it. The "
            "sidecar's published, else the text's dateline (a header line that is a date, or a wire lede's "
            "'NEW YORK, Jan. 5, 2005 (Reuters) -'); empty when neither gives one.",
        ),
        Field("url", "string", "URL of the article as published.", format="uri"),
        Field(
            "language",
            "string",
            "Language of the text, as a BCP 47 tag.",
            required=True,
            pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$",
        ),
        Field("kind", "string", "Kind of article.", required=True, enum=SOURCE_KINDS),
        Field(
            "metadata_origin",
            "string",
            "Where the metadata was read: from the article text, from a reviewed sidecar "
            "seeds/NAME.meta.toml, or from both (the sidecar overriding).",
            required=True,
            enum=METADATA_ORIGINS,
        ),
    ),
    primary_key=("source_id",),
)


def mention_fields(id_name: str, what: str) -> tuple[Field, ...]:
    """The identifier and provenance columns that every row of a mention table (figures, dates) begins with."""
    identifier = Field(
        id_name,
        "string",
        f"Identifier of the {what}, stable across rebuilds of the same text: SOURCE_ID/START-END.",
        required=True,
        unique=True,
    )
    return (identifier, SOURCE_ID, LINE, START, END, QUOTE, DISPLAY, SENTENCE, SENTENCE_START, SENTENCE_END)


FIGURES = Table(
    name="figures",
    title="Numeric claims",
    description=(
        "One row per quantity claim of the articles (money, percentages, counts, durations, physical "
        "quantities and rates), with its value, unit and provenance."
    ),
    fields=(
        *mention_fields("figure_id", "claim"),
        Field(
            "kind",
            "string",
            "What the figure measures, coarsely, which decides its unit: money (an amount of one currency, unit "
            "an ISO 4217 code: USD, RUB), percent (unit 'percent', or 'percentage_point' and 'basis_point' for "
            "a change in points), count (counted people or things, unit 'count', what is counted in 'noun'), "
            "duration (a length of time in a pint time unit: 'year', 'month', 'day', ...), age (of a person or "
            "thing, in a pint time unit: 'year'), quantity (a "
            "physical quantity in a pint unit: 'tonne', 'oil_barrel', ...), rate (a ratio of two units of pint: "
            "'USD/oil_barrel', 'mile/hour', 'ZAR/year'), fraction (a fraction in words, unit 'dimensionless': "
            "half is 0.5), multiple (a multiplier, unit 'dimensionless': twice is 2) and number (a bare number, "
            "unit 'dimensionless': an index level, a score).",
            required=True,
            enum=KINDS,
        ),
        Field(
            "value",
            "number",
            "The magnitude, with scale words applied ($1.5 billion -> 1500000000) and sub-units folded "
            "into their currency (50 cents -> 0.5 USD); the lower end of a range. Always as written: "
            "a decrease is positive here and marked in 'change'.",
            required=True,
        ),
        Field("value_to", "number", "The upper end of a range; empty when the figure is not a range."),
        Field(
            "unit",
            "string",
            "Unit as a pint expression of the project registry (ISO 4217 codes for currencies, 'count' "
            "for counted things, 'percent', 'year', 'USD/oil_barrel', ...; 'dimensionless' for a fraction, "
            "multiple or bare number): the unit each kind takes is listed under 'kind'.",
            required=True,
        ),
        Field(
            "qualifier",
            "string",
            "How the text bounds the value: exact, approximate (around, nearly, or so), at_least, "
            "more_than, at_most (up to, as much as), less_than, or range.",
            required=True,
            enum=QUALIFIERS,
        ),
        Field(
            "change",
            "string",
            "Whether the figure is a level (none) or a change, and of which sign: 'shrank by 8.6%' is "
            "8.6 percent with change=decrease, that is a change of -8.6 percent.",
            required=True,
            enum=CHANGES,
        ),
        Field(
            "equivalent_of",
            "string",
            "For a conversion in parentheses ('623 million rubles ($8.3 million)'), the figure_id of the "
            "figure it restates; empty otherwise.",
        ),
        Field(
            "same_as",
            "string",
            "For a figure of the headline or standfirst that restates a figure of the body, possibly rounded "
            "('$25bn' in the headline, '$25.4bn' in the body: same kind and unit, the headline's value the "
            "body's rounded to the headline's last digit, to the nearest or down), the figure_id of that body "
            "figure; empty otherwise. The rows without same_as are the distinct claims.",
        ),
        Field("noun", "string", "For counts: the counted thing as written ('Kyrgyz nationals')."),
        Field(
            "measure",
            "string",
            "What the figure measures: the phrase of its sentence the number quantifies, as written "
            "('bilateral trade turnover', 'the economy' for 'the economy shrank by 8.6%'); a count keeps its "
            "counted noun. text[measure_start:measure_end] == measure. Empty when the text names none.",
        ),
        Field(
            "measure_start", "integer", "0-based offset of the measure's first character in the seed text.", minimum=0
        ),
        Field("measure_end", "integer", "0-based, end-exclusive offset just after the measure.", minimum=1),
        Field(
            "subject",
            "string",
            "Who the figure is about: the economy or country, as an ISO 3166-1 alpha-2 code wherever a "
            f"country is meant, else a code of blocs and institutions: {BLOC_CODES}. Read from country names, "
            "demonyms and adjectives ('Kyrgyz' -> KG). A national institution is its country (Bank of England "
            "-> GB, Federal Reserve -> US; the European Central Bank -> EZ); a bloc or international "
            "institution code only where the figure is about it (OECD growth, an IMF budget). A company's "
            "figure takes the home country the text gives the firm ('Australian winemaker Southcorp' -> AU), "
            "none when the text gives none; a firm the text calls by two nationalities has both ('Anglo-Dutch' -> "
            "GB;NL). Several places a figure is about together are listed in text order, separated by ';' (filter "
            "by one code with a split on ';'). A transfer's recipient is the subject, its giver the counterpart; a "
            "stake or deal is the holder's or buyer's, what is bought the counterpart; goods supplied or ordered are "
            "the buyer's, who is supplied, the supplier the counterpart ('Iran will supply India with 7.5m tonnes' "
            "-> IN), while a share of a seller's own output and its exports stay the seller's ('sells 60% of its "
            "output to the US'); an exchange rate is about the currency whose value is quoted (the dollar at 1.30 euros "
            "-> US). An institution that only reports a figure is not its subject. "
            "Empty when the text names none, unless the text names no country at all and states its amounts in "
            "the currency of one economy (pounds sterling -> GB; not the dollar): then that economy.",
            pattern=PLACE_PATTERN,
        ),
        Field(
            "subject_start",
            "integer",
            "Offset of the words that name the subject (its evidence); text[subject_start:subject_end] is a "
            "name, demonym, alias, state or province (ISO 3166-2: 'Ontario' -> CA) or currency noun of the code "
            "('yen' -> JP; a currency of several countries, 'rupees', where the text names one of them only), or "
            "the currency sign of a text that names no country ('£' -> GB); for several codes, the words naming "
            "them all ('Anglo-Dutch', 'Sri Lanka, India and Thailand'). "
            "Empty when a reviewer set a subject the text does not name.",
            minimum=0,
        ),
        Field("subject_end", "integer", "End offset (exclusive) of the subject's evidence.", minimum=1),
        Field(
            "counterpart",
            "string",
            "The other party (trade partner, lender, donor, host country; an IMF loan's lender is IMF): "
            "a code like subject's.",
            pattern=PLACE_PATTERN,
        ),
        Field("counterpart_start", "integer", "Offset of the words that name the counterpart.", minimum=0),
        Field("counterpart_end", "integer", "End offset (exclusive) of the counterpart's evidence.", minimum=1),
        Field(
            "period",
            "string",
            "Period the figure refers to, ISO 8601 (2020, 2021-02, 2020-Q4): the value of the date expression "
            "period_date_id (for period_method coordinated, the span from it to the date joined to it by 'and'; for "
            "after_base, the unit after it; for same_part, a part of its year), or a "
            "reviewer's (period_method annotation); empty when the text gives none. Its forms are those of "
            "dates.value, of every granularity (a figure of 2004-11 is not text-equal to, yet lies within, "
            "2004-Q4): to select by time, compare its first and last day "
            "(newsfigures.package.load.with_period_bounds adds them as period_start and period_end).",
            pattern=ISO_PATTERN,
        ),
        Field(
            "period_date_id",
            "string",
            "The dates row the period comes from (key into dates); for an inherited period, the earlier date "
            "expression it is inherited from.",
        ),
        Field(
            "period_method",
            "string",
            "How the period was decided: same_clause (a date of the figure's clause), sentence (of its "
            "sentence, across a comma: 'In December, sales rose 1.2%'), coordinated (a date of its clause joined "
            "to the next by 'and': 'in both 2005 and 2006' is 2005/2006, linked to the first), inherited_paragraph (the latest period "
            "stated earlier in the paragraph), inherited_story (none in the paragraph: the story's period, the first "
            "its lede reports, for a later paragraph, or the first the next paragraph reports when the lede names "
            "a result without dating it; for an undated result of the headline or lede, the first the next "
            "paragraph reports), survey (a figure of a paragraph about a survey: the time the text says "
            "the survey was conducted, wherever it says it), budget (a measure of the story's budget: its spending, "
            "tax thresholds and rates, in a sentence about the budget or a list of its measures: the budget's "
            "fiscal year), restatement (a headline figure with same_as: its body "
            "figure's period), since (measured since a date: from that date, cut to its month, to the story's present, "
            "'has sold 4,000 since its launch in August' in a 2005 story is 2004-08/2005, or for a total to the later "
            "period its sentence reports), after_base (a change from 'the previous quarter' (month, year) that "
            "nothing else dates: the unit after that base's value, 'rose to 4.7% from 4.6% in the previous quarter' "
            "with the previous quarter 2004-Q3 is 2004-Q4, or a change from a base figure dated by a bare year: the year "
            "after, 'a turnaround from a loss of 364m euros in 2003' is 2004), same_part (a base dated by a bare year, "
            "compared with a figure of a quarter, half or month of a later year: that part of the base's year, "
            "'fourth quarter profits fell to 785m euros from 2.4bn euros in 2003' is 2003-Q4), event (a figure of a firm's "
            "collapse: the date the text gives that collapse, wherever it gives it, 'lost about $180bn when the company "
            "collapsed' after 'The phone company collapsed in 2002' is 2002), annotation (a "
            "reviewer's). Empty when there "
            "is no period.",
            enum=PERIOD_METHODS,
        ),
        Field(
            "decided_by",
            "string",
            "Who decided the figure's attributes: extractor (the automatic values) or reviewer (a confirmed "
            "annotation in seeds/NAME.annotations.toml, which may correct some of them; see annotations).",
            required=True,
            enum=DECIDERS,
        ),
    ),
    primary_key=("figure_id",),
    foreign_keys=(
        _fk("source_id", "sources", "source_id"),
        _fk("equivalent_of", "", "figure_id"),
        _fk("period_date_id", "dates", "date_id"),
        _fk("same_as", "", "figure_id"),
    ),
)

DATES = Table(
    name="dates",
    title="Dates and periods",
    description="One row per date or period expression of the articles, resolved to ISO 8601.",
    fields=(
        *mention_fields("date_id", "expression"),
        Field(
            "value",
            "string",
            "ISO 8601 value: 2021-02-24, 2021-02, 2021-W08, 2020-Q4 and 2020-H1 (quarter, half), 2005-21 "
            "(a season, as in ISO 8601-2: 21 spring, 22 summer, 23 autumn, 24 winter), 2020, 201X (a decade, "
            "as in ISO 8601-2), or an interval START/END (the year to March 2005 is 2004-04/2005-03); a span "
            "of months that is a calendar quarter, half or year is written as one. Empty exactly when the "
            "resolution is unanchored.",
            pattern=ISO_PATTERN,
        ),
        Field(
            "granularity",
            "string",
            "Granularity of the value: day, week, month, quarter, half, season, year, decade, or interval (a "
            "span that is none of these, such as 2004-04/2005-03). Given also when the value is empty "
            "(unanchored), from the expression: 'last year' is a year.",
            required=True,
            enum=GRANULARITIES,
        ),
        Field(
            "resolution",
            "string",
            "How the value was anchored: explicit (the text states it); publication_date (the year was "
            "taken from the article's publication date); relative (computed from the publication date and a "
            "deictic phrase such as 'last May', 'yesterday' or 'five months ago'); story_date (counted from the "
            "last date the story mentioned before it: 'two months earlier' after 'in February', 'a year "
            "earlier' after 'the fourth quarter'); story_year (an article without a publication date: the "
            "year the story states within a paragraph before the expression, else the first such date after "
            "the latest month the story states; bounds such as 'since 1981', forecasts and an event's year "
            "('the 2001 election') are not used); story_present (an article without a publication date whose "
            "text fixes its present: results of the fourth quarter of 2004 reported as done put it early in "
            "2005, so 'last year' is 2004 and 'in April' 2005-04); unanchored "
            "(nothing gives a value: the expression is kept with an empty value).",
            required=True,
            enum=RESOLUTIONS,
        ),
        Field(
            "anchor_date_id",
            "string",
            "The date of the same article the value was counted from, as the evidence of an inferred value: "
            "for story_year the stated year or month that places it ('October' after 'In 2004'), for story_date "
            "the earlier date it is counted from ('a year later' after 'in 2001'), for story_present the date "
            "that fixes the story's present ('2004's total' reported as reached, 'July 2004' restated as 'July "
            "last year', the month whose figures are reported). Empty for explicit, publication_date, relative "
            "and unanchored values, and where the rule rests on no single date (an anaphor such as 'the same "
            "quarter').",
        ),
    ),
    primary_key=("date_id",),
    foreign_keys=(_fk("source_id", "sources", "source_id"), _fk("anchor_date_id", "", "date_id")),
)

EXCLUSIONS = Table(
    name="exclusions",
    title="Numerals that are not claims",
    description=(
        "Every digit or number word of the articles that is neither a figure nor a date, with the rule "
        "that excluded it (names such as Covid-19, identifiers, URLs, idioms such as 'two-way')."
    ),
    fields=(
        Field(
            "exclusion_id",
            "string",
            "Identifier: SOURCE_ID/START-END.",
            required=True,
            unique=True,
        ),
        SOURCE_ID,
        LINE,
        START,
        END,
        QUOTE,
        DISPLAY,
        Field(
            "reason",
            "string",
            "The rule that excluded the numeral, as a short code (name, identifier, url, idiom, ...; "
            "invalid_date: a date the calendar does not have, such as 2021-04-31; out_of_range: "
            f"a value no number column can hold, as 5 × 10^999; numeral_run: {RUN_MIN} or more numerals with no word "
            f"between them, or {DENSE_MIN} or more within {DENSE_WIDTH:,} characters, a list or noise rather than "
            "prose, excluded as one span).",
            required=True,
            pattern=r"^[a-z][a-z_]*$",
        ),
    ),
    primary_key=("exclusion_id",),
    foreign_keys=(_fk("source_id", "sources", "source_id"),),
)

ANNOTATIONS = Table(
    name="annotations",
    title="Reviewed semantics of the figures",
    description=(
        "What each figure (of every kind, a duration or an age too) measures, from the reviewed annotation files "
        "seeds/NAME.annotations.toml; annotations point at a figure by its quote and context and never "
        "restate a number."
    ),
    fields=(
        Field(
            "figure_id",
            "string",
            "The annotated figure; key into the figures table.",
            required=True,
            unique=True,
        ),
        SOURCE_ID,
        Field(
            "indicator",
            "string",
            "What the figure measures, e.g. 'bilateral trade turnover', 'real GDP growth'.",
            required=True,
        ),
        Field(
            "subject",
            "string",
            "Who the figure is about: an ISO 3166-1 alpha-2 code where a country is meant, or a bloc or "
            "institution code (EU, EZ, EAEU, IMF, ...), several joined by ';'; the convention of figures.subject.",
            pattern=PLACE_PATTERN,
        ),
        Field(
            "counterpart",
            "string",
            "The other party (trade partner, lender, donor): a code like subject's.",
            pattern=PLACE_PATTERN,
        ),
        Field("period", "string", "Period the figure refers to, ISO 8601.", pattern=ISO_PATTERN),
        Field(
            "status",
            "string",
            "Observation status: reported, preliminary, estimated, forecast, target, requested or agreed.",
            required=True,
            enum=tuple(STATUSES),
        ),
        Field(
            "obs_status",
            "string",
            "The SDMX OBS_STATUS code of the status where one fits (A normal, P provisional, E estimated, "
            "F forecast); empty for statuses SDMX has no code for.",
            enum=tuple(sorted({code for code in STATUSES.values() if code})),
        ),
        Field("note", "string", "Reviewer's note: why this reading, what the text leaves open."),
        Field(
            "corrected",
            "string",
            "The automatic attributes the reviewer corrected, separated by '; ' (value, qualifier, change, "
            "period, measure, subject, counterpart); empty when the reviewer confirmed them all.",
        ),
        Field("reason", "string", "Why the reviewer corrected them; required when 'corrected' is not empty."),
    ),
    primary_key=("figure_id",),
    foreign_keys=(_fk("figure_id", "figures", "figure_id"), _fk("source_id", "sources", "source_id")),
)

#: The package's resources, in descriptor order.
TABLES: tuple[Table, ...] = (SOURCES, FIGURES, DATES, EXCLUSIONS, ANNOTATIONS)
TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}

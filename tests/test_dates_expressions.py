"""Expression types of economic news (issue 9, item 4): weekends, centuries, the tax year, holiday seasons,
anaphora ('this period', 'that date'; a market report's 'on the day' is none) and lengths that are no dates ('five years earlier
than expected'). Sentences written for these rules, Duckling-style: each family has examples that must
match, with the ISO value worked out by hand from the sentence and the publication date, and examples
that must not."""

import datetime as dt

import pytest

from newsfigures.extraction.dates import extract_dates

FRIDAY = dt.date(2005, 2, 4)  # a Friday: its week is 2005-W05, the weekend just past is in 2005-W04
MONDAY = dt.date(2005, 2, 7)  # the Monday after: the weekend just past is in 2005-W05


def dates(text: str, published: dt.date | None = FRIDAY) -> dict[str, tuple[str, str]]:
    """quote -> (value, resolution) of every date of the text."""
    return {d.quote: (d.value, d.resolution) for d in extract_dates(text, published)}


def quotes(text: str, published: dt.date | None = FRIDAY) -> list[str]:
    return [d.quote for d in extract_dates(text, published)]


# --- weekends -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "quote", "value"),
    [
        # on a Monday the weekend just past (Saturday 5 and Sunday 6 February) is nearest
        ("The plan was put forward by finance ministers over the weekend.", MONDAY, "weekend", "2005-W05"),
        ("A weekend report in a newspaper quoted an unnamed executive.", MONDAY, "weekend", "2005-W05"),
        # on a Friday the weekend ahead (5-6 February) is nearer than the one past (29-30 January)
        ("Talks will resume at the weekend.", FRIDAY, "weekend", "2005-W05"),
        ("Campaigners called off a demonstration planned for this weekend.", FRIDAY, "this weekend", "2005-W05"),
        ("Sales slumped last weekend.", FRIDAY, "last weekend", "2005-W04"),
        # on a Monday 'last weekend' is the one just gone, two days back
        ("Sales slumped last weekend.", MONDAY, "last weekend", "2005-W05"),
        ("Stores expect crowds next weekend.", MONDAY, "next weekend", "2005-W06"),
        ("Stores expect crowds next weekend.", FRIDAY, "next weekend", "2005-W05"),
        # a holiday's weekend is the holiday's, not the weekend nearest the dateline (see test_dates_holiday_nouns)
        ("Flights were cancelled over the Christmas weekend.", MONDAY, "Christmas weekend", "2004-12-25"),
    ],
)
def test_a_weekend_is_the_iso_week_of_its_saturday(text, published, quote, value):
    assert dates(text, published)[quote][0] == value


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers visit the mall every weekend.",
        "The branch opens at weekends only.",
        "Each weekend brings new offers.",
    ],
)
def test_a_weekend_that_recurs_is_no_date(text):
    assert not [q for q in quotes(text) if "weekend" in q.lower()]


def test_a_weekend_without_a_dateline_is_recorded_without_a_value_even_beside_a_stated_year():
    # a year does not say which weekend: kept, unanchored, never the 2004 weekend of 2 July
    got = dates("Sales rose 5% in 2004. The plan was agreed over the weekend.", None)
    assert got["weekend"] == ("", "unanchored")


# --- centuries ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the years of the century as news counts them: the 19th is 1800/1899, like 'the 1800s'
        ("Land whose ownership cannot be traced back to the 19th Century will be seized.", "19th Century", "1800/1899"),
        ("The firm plans a 21st Century network.", "21st Century", "2000/2099"),
        ("It was the worst slump of the twentieth century.", "twentieth century", "1900/1999"),
        ("Growth in the twenty-first century will come from Asia.", "twenty-first century", "2000/2099"),
        ("Prices have not been this low since the 18th century.", "18th century", "1700/1799"),
        # deictic: the publication's century (2005), the one before it, the one after
        ("The challenges of this new century are many.", "this new century", "2000/2099"),
        ("Oil will run out this century.", "this century", "2000/2099"),
        ("It was the biggest merger of the last century.", "last century", "1900/1999"),
        ("The population will shrink by the next century.", "next century", "2100/2199"),
    ],
)
def test_centuries(text, quote, value):
    assert dates(text)[quote][0] == value


@pytest.mark.parametrize(
    "text",
    [
        "Shares in 20th Century Fox rose.",  # a name
        "He called it the swindle of the century.",  # a superlative, no time of the story
        "The Century Building was sold.",
    ],
)
def test_no_century_is_found_in_a_name_or_a_superlative(text):
    assert not [q for q in quotes(text) if "entury" in q]


def test_a_deictic_century_takes_the_story_s_present_without_a_dateline():
    # results for the final quarter of 2004 are reported, so the present is 2005: this century is 2000/2099
    text = "Profit rose 5% in the fourth quarter of 2004. The firm is ready for the challenges of this new century."
    assert dates(text, None)["this new century"] == ("2000/2099", "story_present")


# --- the tax year -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "quote", "value"),
    [
        # the UK tax year runs April to March: in February 2005 the one under way began in April 2004
        ("Revenues will be £6bn below estimates by the end of the tax year.", FRIDAY, "end of the tax year",
         "2004-04/2005-03"),
        ("The allowance is £4,745 for the current tax year.", FRIDAY, "current tax year", "2004-04/2005-03"),
        ("The allowance rises next tax year.", FRIDAY, "next tax year", "2005-04/2006-03"),
        ("Receipts fell in the last tax year.", FRIDAY, "last tax year", "2003-04/2004-03"),
        # in May 2005 the tax year under way began in April 2005
        ("The allowance is £4,895 for this tax year.", dt.date(2005, 5, 10), "this tax year", "2005-04/2006-03"),
    ],
)  # fmt: skip
def test_the_tax_year_is_the_state_s_april_to_march_year(text, published, quote, value):
    assert dates(text, published)[quote][0] == value


def test_a_tax_year_written_with_its_years_is_their_range():
    assert dates("Receipts for the 2004-05 tax year were higher.")["2004-05"][0] == "2004/2005"


def test_the_tax_year_without_a_dateline_takes_the_story_s_present():
    # the story reports its 2004 results as done (present early 2005): the tax year under way is 2004-05
    text = "Net profit for 2004 rose 8%. Treasury receipts will fall short by the end of the tax year."
    assert dates(text, None)["end of the tax year"][0] == "2004-04/2005-03"


def test_a_company_s_financial_year_stays_unvalued():
    # a firm's year may end in any month: recorded, never valued (not the state's tax year)
    assert dates("Profits will rise in the current financial year.")["current financial year"] == ("", "unanchored")


# --- holiday seasons --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the Christmas season nearest a February 2005 dateline is December 2004
        ("Retailers had a slow start to the crucial festive season.", "festive season", "2004-12"),
        ("Spending was strong going into the holidays.", "holidays", "2004-12"),
        ("Storms hit during the busy holiday season.", "holiday season", "2004-12"),
        # a month's or a holiday's holiday season is one expression with it, the month's or the holiday's (as the
        # gold's 'the Christmas holiday', 'Christmas season')
        ("Staff left over the December holiday period.", "December holiday period", "2004-12"),
        ("Many jobs are temporary for the Christmas holiday season.", "Christmas holiday season", "2004-12-25"),
    ],
)
def test_holiday_seasons_are_the_december_of_christmas(text, quote, value):
    assert dates(text)[quote][0] == value


@pytest.mark.parametrize(
    "text",
    [
        "Tourists cutting short their holidays may lose money.",  # a person's holidays, not a time
        # the bare adjective is no date, as 'annual' is none (gold README): only 'the festive season/period'
        "Next admitted that festive sales were below expectations.",
        "House prices suffer festive fall",
        "The group owns holiday centres and hotels.",
        "Trading resumes after Monday's public holiday.",
        "Debt repayment holidays carry the risk of downgrades.",
    ],
)
def test_a_holiday_that_is_no_season_is_no_date(text):
    assert not [q for q in quotes(text) if "holiday" in q.lower() or "festive" in q.lower()]


# --- anaphora ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # 'that date', 'this period': the story's last day, its last period
        ("Payments were due on 15 January 2004. On that date, none came.", "that date", "2004-01-15"),
        ("Sales in the three months to December rose. Interest in this period was strong.", "this period", "2004-Q4"),
    ],
)
def test_anaphora_take_the_story_s_date(text, quote, value):
    assert dates(text)[quote][0] == value


# A verb that ends or begins a period before a bare 'the year' or 'the month': the story's period, as after 'for'.
@pytest.mark.parametrize(
    ("text", "published", "quote", "value"),
    [
        ("Oil prices are finishing the year roughly 30% higher.", FRIDAY, "year", "2005"),
        ("Shares ended the year at their highest level since 2000.", FRIDAY, "year", "2005"),
        ("The index began the month at a record.", FRIDAY, "month", ""),
        # no dateline: the year of the story's last date
        ("The euro will climb in 2005, finishing the year around $1.40.", None, "year", "2005"),
        ("Sales rose in 2004. The chain closed the year with 300 stores.", None, "year", "2004"),
    ],
)
def test_a_period_ended_or_begun_is_the_story_s_period(text, published, quote, value):
    assert dates(text, published)[quote][0] == value


@pytest.mark.parametrize(
    "text",
    [
        "The deal ended the year-long dispute over pensions.",  # a length, not the period
        "The firm will start the year ahead with new owners.",  # a year named by what follows
        "Prices ended the year's first week lower.",  # a part of the year, its own expression
        "Exports closed the yearly gap with imports.",  # another word
    ],
)
def test_a_period_verb_before_another_year_word_is_no_anaphor(text):
    assert not [q for q in quotes(text) if q in ("year", "month")]


def test_anaphora_with_nothing_to_refer_to_are_recorded_without_a_value():
    got = dates('"On that date, yes. I was lying," he replied. Interest in this period was encouraging.', None)
    assert got["that date"] == ("", "unanchored")
    assert got["this period"] == ("", "unanchored")


@pytest.mark.parametrize(
    "text",
    [
        # a market report's 'on the day' is a time of day, as 'this morning' is: no date (gold README)
        "Shares closed at 270.25p on 4 February, down 3.75p on the day.",
        "The euro was up 0.9% on the day at $1.3187.",
        "The dollar was 0.5% stronger on the day.",
    ],
)
def test_a_market_report_s_on_the_day_is_no_date(text):
    assert "day" not in quotes(text) and "day" not in quotes(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Documents were introduced on the day testimony began.",  # a day named by what follows: no anaphor
        "On the day of the launch, shares rose.",
        "The period of growth ended.",
        "Over the period of the plan, costs fell.",
    ],
)
def test_a_day_or_period_named_by_what_follows_is_no_anaphor(text):
    assert not [q for q in quotes(text) if q.lower() in ("day", "period", "this period", "that date")]


# --- lengths that are no dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The deal, which runs to 2006, would end five years earlier than expected.",
        "The plant opened two months later than planned.",
    ],
)
def test_earlier_or_later_than_a_plan_is_a_length_not_a_date(text):
    assert not [q for q in quotes(text) if "earlier" in q or "later" in q]


def test_earlier_without_than_is_still_counted_from_the_story():
    assert dates("Sales rose in 2004. Two years earlier, they fell.")["Two years earlier"][0] == "2002"


# --- decades named by the present -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # in 2005: the decade is the 2000s (200X); spans of a decade are its ten years before or after
        ("Europe aims to be the most competitive economy by the end of the decade.", "end of the decade", "200X"),
        ("Rich nations pledged $50bn a year in aid for the next decade.", "next decade", "2005/2014"),
        ("Services have overtaken manufacturing in the last decade or so.", "last decade", "1995/2004"),
        ("Assets at least doubled during the past decade.", "past decade", "1995/2004"),
    ],
)
def test_decades_of_the_present(text, quote, value):
    assert dates(text)[quote][0] == value


def test_the_next_year_is_still_next_year_not_a_span():
    assert dates("The next year will be hard.")["next year"][0] == "2006"


# --- 'for the year' before a figure -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the story's year, whatever word follows 'the year' ('to £198m' is the figure, not the period's end)
        ("Net profit was £198m in 2004. Profits rose 52% for the year to £198m.", "year", "2004"),
        ("The Nikkei ended 2004 up. It gained 7.6% during the year to close at 11,488 points.", "year", "2004"),
        # the period's end stated after 'to' is one span
        ("Sales rose 5% in the year to March 2004.", "year to March 2004", "2003-04/2004-03"),
    ],
)
def test_the_year_before_to_and_a_figure_is_the_story_s_year(text, quote, value):
    assert dates(text)[quote][0] == value


def test_the_year_to_date_is_not_the_story_s_year():
    assert "year" not in dates("Sales were 4% up in 2004. Sales for the year to date rose 3%.")


# --- ranges of months written with their years --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Orders for delivery from December 2004 to April 2005 rose 9%.", "December 2004 to April 2005",
         "2004-12/2005-04"),
        ("The option runs from January 2004 until July 2009.", "January 2004 until July 2009", "2004-01/2009-07"),
        ("Rates rose five times between November 2003 and August 2004.", "between November 2003 and August 2004",
         "2003-11/2004-08"),
    ],
)  # fmt: skip
def test_a_range_of_months_with_years(text, quote, value):
    assert dates(text)[quote][0] == value


def test_a_from_that_is_no_range_keeps_its_months_apart():
    # 'from December 2004 levels to April 2005 highs': two months, no range between them
    got = dates("Prices rose from December 2004 levels to April 2005 highs.")
    assert (got["December 2004"][0], got["April 2005"][0]) == ("2004-12", "2005-04")


# --- fiscal years dated by their start ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # twelve months from the first day the text gives: October 2004 to September 2005
        ("The budget for the year beginning 1 October 2004 was cut.", "year beginning 1 October 2004",
         "2004-10/2005-09"),
        ("Spending in the 12 months starting April 2005 rises.", "12 months starting April 2005", "2005-04/2006-03"),
        # a first day inside a month: days, to the day before the same day six months on
        ("The six months beginning 15 March 2005 matter.", "six months beginning 15 March 2005",
         "2005-03-15/2005-09-14"),
        # without its year: the one nearest the dateline (February 2005), as 'the year to March'
        ("The new tax applies in the year beginning April.", "year beginning April", "2005-04/2006-03"),
        # the period's end, as before
        ("Profits for the year to March 2005 rose.", "year to March 2005", "2004-04/2005-03"),
    ],
)  # fmt: skip
def test_a_fiscal_year_dated_by_its_first_day(text, quote, value):
    assert dates(text)[quote][0] == value


def test_a_year_beginning_without_a_month_is_no_span():
    assert not [q for q in quotes("A new year beginning soon will bring growth.") if "beginning" in q]


# --- 'Today' as a programme's name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ryanair's deputy chief executive told Radio 4's Today programme.",
        "He told BBC Radio 4's Today programme that rates would rise.",
        "She said on the Today show that sales had slowed.",
    ],
)
def test_today_before_programme_is_a_title_not_a_day(text):
    assert "Today" not in quotes(text) and "Today" not in quotes(text, None)


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Today's no change decision is correct, he said.", "Today", "2005-02-04"),
        ("The stores were heaving today and a lot of people were buying.", "today", "2005-02-04"),
        ("Today the programme of cuts begins.", "Today", "2005-02-04"),
        ("A programme announced today will cut costs.", "today", "2005-02-04"),
    ],
)
def test_today_as_the_day_stays_a_date(text, quote, value):
    assert dates(text)[quote][0] == value


@pytest.mark.parametrize(
    "text",
    [
        # 'today' set against another time is the present in general, a vague reference like 'now' (gold README)
        "We know that in five years the dollar will be stronger than it is today.",
        "Exports are higher than today, the forecast says.",
        "It wants to lift the penetration rate from about 4.5% today to about 25% within 10 years.",
        "By 2020, production may only be at half of today's levels.",
        "Output in 2020 will be lower than today's levels.",
        # a figure with its scale word or unit before 'today', a noun or 'do' in the comparison
        "Output could rise from 1.2 million barrels today to 2 million by 2010.",
        "Oil may climb from $30 a barrel today to $50 within five years.",
        "In a decade the euro will buy more than the dollar is today.",
        "Firms will pay more tax than they do today.",
        # a state lasting into the present ('still', 'even'), a people or an age of the present ("today's
        # children"), a habit told in a sentence that opens on 'Today'
        "The scars of the 1998 devaluation are still visible today.",
        "Even today, the region relies on coal for most of its power.",
        "Pension reform matters because today's children will pay for it.",
        "Debt lies at the heart of today's financial crisis in Argentina.",
        "Cars once cost a year's wages. Today, buyers usually pay far less.",
        # people of the present in general, a clause going on after the noun; a state told by 'being'
        "Today's consumers are spending more on travel than on cars.",
        "Banks must court today's savers, who move their money often.",
        "The effects of the 1997 crash are still being felt today.",
    ],
)
def test_today_meaning_the_present_is_no_date(text):
    found = [q.lower() for q in quotes(text) + quotes(text, None)]
    assert "today" not in found


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # the same words around a 'today' that names the story's day
        ("Sales were higher than expected today.", "today", "2005-02-04"),
        ("Shares rose 4% today to a record.", "today", "2005-02-04"),
        ("Today's figures show the deficit at its level of 2003.", "Today", "2005-02-04"),
        # 'than' as a deadline's or a choice's, not a comparison with the present
        ("Bids must be lodged no later than today, the regulator said.", "today", "2005-02-04"),
        ("The board will meet next week rather than today.", "today", "2005-02-04"),
        # "than today's <noun>": the noun is compared, and tells whether 'today' is the day ('forecasts issued
        # today') or the present ("than today's levels")
        ("Growth will be stronger than today's forecasts suggest.", "today", "2005-02-04"),
        # 'from <figure> today' with no 'to' after it: the day a new level starts
        ("The levy rises to 5p a litre from 4p today.", "today", "2005-02-04"),
        # 'still' after a past verb, a noun of the day's event after "today's", an opening 'Today' with no habit,
        # a habit whose 'today' does not open the sentence
        ("Shares were still falling today after the warning.", "today", "2005-02-04"),
        ("Today's crisis talks in Brussels ended without a deal.", "Today", "2005-02-04"),
        ("Costs rose. Today, the bank raised its rates.", "Today", "2005-02-04"),
        ("The firm said today it often buys smaller rivals.", "today", "2005-02-04"),
        # a verb in -ing right after 'still': an event going on that day, not a state lasting into the present
        ("Talks are still going on today, the union said.", "today", "2005-02-04"),
        ("The strike at the plant is still continuing today.", "today", "2005-02-04"),
        # a people noun before a past verb is the day's ("today's shoppers queued"), not people in general
        ("Today's shoppers queued for hours at the sale.", "Today", "2005-02-04"),
    ],
)
def test_today_beside_a_comparison_of_the_day_stays_a_date(text, quote, value):
    assert dates(text)[quote][0] == value


# --- 'within N years': the next N years ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # a Friday in February 2005: the next two years are 2005 and 2006, as for 'the next two years'
        ("Inflation would rise to its 2% target within two years.", "two years", "2005/2006"),
        ("It plans to increase its fleet to 60 aircraft within five years.", "five years", "2005/2009"),
        ("He promised doubled economic growth within a decade.", "a decade", "2005/2014"),
        ("The rest will follow within 90 days.", "90 days", "2005-02-05/2005-05-05"),
        ("Within six months the plant will close.", "six months", "2005-03/2005-08"),
    ],
)
def test_within_a_stated_length_is_the_next_one(text, quote, value):
    assert dates(text)[quote][0] == value


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose within a year of the launch.",  # counted from the launch, not from now
        "The two mergers came within two years of each other.",
        "Sales recovered within weeks.",  # no stated length
        "The firm spent within its budget for five years.",  # 'for five years': a length, no date
    ],
)
def test_within_without_a_stated_length_from_now_is_no_date(text):
    assert not [q for q in quotes(text) if "year" in q or "week" in q]


def test_within_a_stated_length_without_a_publication_date_is_unanchored():
    assert dates("He promised to halve the deficit within five years.", None)["five years"] == ("", "unanchored")


# --- 'last' as a verb -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr Ebbers' trial is expected to last two months.",
        "The boom could last five years, analysts said.",
        "The strike will last three weeks.",
    ],
)
def test_last_after_to_or_a_modal_is_a_verb_not_a_span(text):
    assert not [q for q in quotes(text) if "last" in q.lower()]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Sales fell over the last two months.", "last two months", "2004-12/2005-01"),
        ("Last two months saw falls.", "Last two months", "2004-12/2005-01"),
        ("Prices rose in the last 12 months.", "last 12 months", "2004-02/2005-01"),
    ],
)
def test_the_last_months_stay_a_span(text, quote, value):
    assert dates(text)[quote][0] == value


# --- 'the past years': vague, as 'recent years' --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This is the bill for their mismanagement over the past years.",
        "The market will be as it was in the past weeks.",
        "Growth has slowed in the past decades.",
    ],
)
def test_the_past_with_a_plural_and_no_count_is_no_date(text):
    assert not [q for q in quotes(text) if "past" in q]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Sales rose in the past year.", "past year", "2004"),
        ("Growth over the past decade was slow.", "past decade", "1995/2004"),
        ("Prices rose over the past 12 months.", "past 12 months", "2004-02/2005-01"),
    ],
)
def test_the_past_year_or_a_counted_span_stays_a_date(text, quote, value):
    assert dates(text)[quote][0] == value


# --- 'the Mail on Sunday': a paper's title ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He denied that the Independent and the Independent on Sunday are up for sale.",
        "The Mail on Sunday's Financial Mail said the money was earmarked.",
    ],
)
def test_a_paper_on_sunday_is_a_title(text):
    assert "Sunday" not in quotes(text)


@pytest.mark.parametrize(
    "text",
    # (untensed: a past verb would make it the Sunday just past, handlers.told_weekday)
    ["Talks resume on Sunday.", "The team plays in Scotland on Sunday.", "Independent directors meet on Sunday."],
)
def test_on_sunday_elsewhere_stays_a_day(text):
    assert dates(text)["Sunday"][0] == "2005-02-06"


# --- 'the March survey': a month naming its event after 'the' ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Their views suggest the March reading could go as low as 15.", "March", "2005-03"),
        ("The index is forecast to drop one point in the March survey.", "March", "2005-03"),
        ("Traders will be on the back foot until the April IMF meetings.", "April", "2005-04"),
        ("Analysts await the June quarter results.", "June", "2005-06"),
    ],
)
def test_the_month_before_its_event_is_a_date(text, quote, value):
    assert dates(text)[quote][0] == value


@pytest.mark.parametrize(
    "text",
    [
        "The May family sold the firm.",  # a surname
        "Shares in the May Department Stores rose.",  # a firm's name
        "The march of the unions continued.",  # a noun
        "It is the August of our lives.",  # no event after it
    ],
)
def test_the_month_as_a_name_is_no_date(text):
    assert not [q for q in quotes(text) if q.lower() in ("may", "march", "august")]


# --- lists of months --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Fed has implemented quarter point rises in June, August, September and November.",
            ["June", "August", "September", "November"],
        ),
        ("The Fed raised rates in June, August and September.", ["June", "August", "September"]),
        ("Prices rose in January, March and May.", ["January", "March", "May"]),
    ],
)
def test_a_month_inside_a_list_of_months_is_a_date(text, found):
    assert quotes(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In January, May said the firm would grow.", ["January"]),  # a fronted time, then a name
        ("He met Smith, May and Jones.", []),
    ],
)
def test_a_name_after_a_month_and_a_comma_is_no_date(text, found):
    assert quotes(text) == found

"""Families of changes and hedges, Duckling style: sentences whose change must be read, and look-alikes that must not.

Every sentence was written for this file. Each family is a way the news writes the size of a move:
a word between the verb and the number ("rose an annual 6%"), a currency that firms or weakens, a
fraction that sizes a change ("fell by a third"). The must-not sentences keep each rule from growing
greedy: an adjective without a verb of change, an ordinal after "by", a level after the move.
"""

import pytest

from newsfigures.extraction.figures import extract_figures


def figures_of(text: str):
    return extract_figures(text)[0]


def one(text: str, quote: str):
    """The one figure with this quote."""
    hits = [f for f in figures_of(text) if f.quote == quote]
    assert len(hits) == 1, (quote, [(f.quote, f.value, f.change) for f in figures_of(text)])
    return hits[0]


MUST_READ = {
    # an article and its adjective, or an adverb, between the verb of change and the number
    "a word between the move and its size": [
        ("Card fraud rose an annual 9% to £80m.", "9%", 9, "increase"),
        ("Exports were up a healthy 8% in March.", "8%", 8, "increase"),
        ("Car sales dropped a steep 12% in June.", "12%", 12, "decrease"),
        ("The bill climbed by an extra $40m.", "$40m", 40e6, "increase"),
        ("Output grew by a strong 1.1% in the spring.", "1.1%", 1.1, "increase"),
        ("Shares slid a further 3p to 120p.", "3p", 0.03, "decrease"),
        ("Orders fell a surprise 4.2% last month.", "4.2%", 4.2, "decrease"),
    ],
    # ... an adjective that judges the size, says it is adjusted or compares it with a forecast
    "a judging or adjusting adjective between the move and its size": [
        ("India's economy expanded by a breakneck 8.2% last year.", "8.2%", 8.2, "increase"),
        ("Turnover grew a lacklustre 1.9% in 2003.", "1.9%", 1.9, "increase"),
        ("Home sales rose a seasonally adjusted 3.4% in June.", "3.4%", 3.4, "increase"),
        ("Retail sales rose a better-than-expected 0.8% in May.", "0.8%", 0.8, "increase"),
        ("Factory orders fell a worse-than-forecast 2.1% in April.", "2.1%", 2.1, "decrease"),
        ("Payrolls added a net 210,000 jobs in March.", "210,000", 210000, "increase"),
        ("Exports fell a disappointing 3% in the quarter.", "3%", 3, "decrease"),
    ],
    # a currency or a price that firms, strengthens, weakens or dives
    "verbs of a currency's value": [
        ("The rand firmed 1.5% against the euro.", "1.5%", 1.5, "increase"),
        ("The peso strengthened 0.4% on Friday.", "0.4%", 0.4, "increase"),
        ("The lira weakened 2% after the vote.", "2%", 2, "decrease"),
        ("Shares in the airline dived 18% on Monday.", "18%", 18, "decrease"),
        ("The won depreciated 3% over the year.", "3%", 3, "decrease"),
    ],
    # a count before "fewer", points before "higher" or "lower": the size of a difference
    "a count before a comparative": [
        ("Some 12,000 fewer homes were sold in May.", "12,000", 12000, "decrease"),
        ("That leaves 2 million fewer savers by 2030.", "2 million", 2e6, "decrease"),
        ("The Nikkei finished 84 points higher at 11,230.", "84", 84, "increase"),
        ("The CAC ended the session 21.5 points lower.", "21.5", 21.5, "decrease"),
    ],
    # a verb with its object before "by": the number is the size of the change
    "<verb> <object> by": [
        ("The central bank cut its key rate by 0.75%.", "0.75%", 0.75, "decrease"),
        ("The brewer raised beer prices by 4% in April.", "4%", 4, "increase"),
        ("The board lowered its profit forecast by $200m.", "$200m", 200e6, "decrease"),
        ("The regulator lowered its growth forecast by 0.3%.", "0.3%", 0.3, "decrease"),
        ("The mill trims its payroll by 300 a year.", "300 a year", 300, "decrease"),
        ("The cap was lifted by 10%.", "10%", 10, "increase"),
        # a name in the object
        ("The carmaker will cut its Spanish workforce by 1,200.", "1,200", 1200, "decrease"),
        ("The bid lifted Vodafone's shares by 4% in early trade.", "4%", 4, "increase"),
    ],
    # a fraction of a unit is an amount of that unit, a percentage point too
    "a fraction of a percentage point": [
        ("Rates were raised by a quarter of a percentage point.", "a quarter of a percentage point", 0.25, "increase"),
        ("The bank cut rates by half a percentage point.", "half a percentage point", 0.5, "decrease"),
    ],
    # after a verb of change and "by", an article fraction is the share that changed
    "a fraction sizing a change": [
        ("Its staff was cut by a quarter.", "a quarter", 0.25, "decrease"),
        ("Profit rose by a fifth last year.", "a fifth", 0.2, "increase"),
        ("Sales fell by a third, to 40,000 cars.", "a third", 1 / 3, "decrease"),
        ("Imports jumped by a half in 2003.", "a half", 0.5, "increase"),
    ],
    # a hedge between "by" and the fraction that sizes a change
    "a hedged fraction sizing a change": [
        ("Bookings fell by almost a third in May.", "a third", 1 / 3, "decrease"),
        ("Its payroll grew by more than a fifth.", "a fifth", 0.2, "increase"),
    ],
    # comparatives of value and size after the number
    "comparatives after the number": [
        ("The rouble ended 2.1% weaker on Friday.", "2.1%", 2.1, "decrease"),
        ("The franc closed 0.6% stronger against the euro.", "0.6%", 0.6, "increase"),
        ("Second-hand cars are 7% dearer than a year ago.", "7%", 7, "increase"),
        ("Its new stores are 30% smaller than the old ones.", "30%", 30, "decrease"),
        ("Own-brand goods are 25% cheaper.", "25%", 25, "decrease"),
        # a difference above or below a mark
        ("Rail fares are 9% more than in 2019.", "9%", 9, "increase"),
        ("The bid is 14% above Friday's close.", "14%", 14, "increase"),
        ("Tax receipts came in £3bn below forecast.", "£3bn", 3e9, "decrease"),
        ("The chain sold 6% fewer sofas this winter.", "6%", 6, "decrease"),
        ("Delivery costs 12% less than a year ago.", "12%", 12, "decrease"),
    ],
    # verbs of a sudden rise or a crash, of swelling or wearing away, right before the number
    "sudden and slow moves": [
        ("Shares in the drugmaker leapt 22% on the trial results.", "22%", 22, "increase"),
        ("The insurer's stock rocketed 31% after the bid.", "31%", 31, "increase"),
        ("Household debt ballooned 14% in two years.", "14%", 14, "increase"),
        ("Core inflation accelerated 0.3 percentage points in June.", "0.3 percentage points", 0.3, "increase"),
        ("The carrier's shares crashed 41% in a week.", "41%", 41, "decrease"),
        ("The won sagged 1.2% against the dollar.", "1.2%", 1.2, "decrease"),
        ("Euro zone bond spreads tightened 12 basis points.", "12 basis points", 12, "decrease"),
        ("Its cash pile dwindled 30% during the strike.", "30%", 30, "decrease"),
        ("The stock tanked 9% at the open.", "9%", 9, "decrease"),
        # a participle of a fall before its noun and "of"
        ("Dipping car sales of 4% worried the industry.", "4%", 4, "decrease"),
        # the base form in a headline's present tense
        ("Chipmaker profits leap 18% on phone demand", "18%", 18, "increase"),
    ],
    # a noun of a sharp or a small move right after the number
    "nouns of a sharp or small move after the number": [
        ("The retail group reported a 0.3% slip in like-for-like sales.", "0.3%", 0.3, "decrease"),
        ("Analysts forecast a 12% leap in pre-tax profit.", "12%", 12, "increase"),
        ("A 40% plunge in copper prices hit the miner.", "40%", 40, "decrease"),
        ("Surveys show a 0.1% uptick in consumer prices.", "0.1%", 0.1, "increase"),
        ("The 9% tumble in shares wiped out the year's gains.", "9%", 9, "decrease"),
        ("Brokers expect a 5% climb in the index by June.", "5%", 5, "increase"),
        ("A 25% spike in gas prices squeezed margins.", "25%", 25, "increase"),
        ("The builder blamed a 15% downturn in orders.", "15%", 15, "decrease"),
    ],
    # an adverb between the verb of change and its number
    "an adverb after the verb": [
        ("Brent crude fell back 2.5% on Wednesday.", "2.5%", 2.5, "decrease"),
        ("The Nikkei climbed back 300 points by noon.", "300", 300, "increase"),
        ("Mortgage approvals rose sharply by 11% in March.", "11%", 11, "increase"),
        ("The lira fell further 4% against the dollar.", "4%", 4, "decrease"),
        ("Steel output dropped slightly by 0.4%.", "0.4%", 0.4, "decrease"),
    ],
    # a rate that slows falls by the figure; a loss, a deficit or a recession that deepens grows by it
    "slowing and deepening": [
        ("Wage growth slowed 0.4 percentage points in May.", "0.4 percentage points", 0.4, "decrease"),
        ("Its annual loss deepened by 15% to $90m.", "15%", 15, "increase"),
        ("Inflation decelerated 0.2 points last month.", "0.2", 0.2, "decrease"),
    ],
    # a percent or points before "loss" is a fall
    "a rate lost": [
        ("Investors suffered a 12% loss on the shares.", "12%", 12, "decrease"),
    ],
    # a duration is the size of a move when no run or offset follows it
    "a duration that moves": [
        ("Life expectancy has risen five years since 1980.", "five years", 5, "increase"),
        ("Average waits fell three weeks to 18 weeks.", "three weeks", 3, "decrease"),
    ],
    # the other forms of a listed verb of change: a headline's present tense, a participle, a base after a modal
    "every form of a verb of change": [
        ("Like-for-like sales improving 3.1% on a year ago helped the chain.", "3.1%", 3.1, "increase"),
        ("Retail sales improve 2% in March", "2%", 2, "increase"),
        ("Home loans rebound 4% in April", "4%", 4, "increase"),
        ("The rand weakens 1.2% against the dollar", "1.2%", 1.2, "decrease"),
        ("The yen strengthens 0.6% after the vote.", "0.6%", 0.6, "increase"),
        ("The trade gap widens 8% in May", "8%", 8, "increase"),
        ("Growth slows 0.4 points in the second quarter", "0.4", 0.4, "decrease"),
        ("Carmaker slashes 2,000 jobs in Spain", "2,000", 2000, "decrease"),
        ("The peso is expected to weaken 5% this year.", "5%", 5, "decrease"),
        ("Insurer's shares nosedive 30% on the warning", "30%", 30, "decrease"),
        ("Losses deepen 40% at the carmaker", "40%", 40, "increase"),
        ("The euro is appreciating 0.3% a month.", "0.3% a month", 0.3, "increase"),
    ],
    # a verb of raising or lowering before a percent or points with no "by": after its object or in the passive
    "raising or lowering a rate without by": [
        ("The Fed raised interest rates 0.25 points to 2.5%.", "0.25", 0.25, "increase"),
        ("The central bank lowered its key rate 50 basis points.", "50 basis points", 50, "decrease"),
        ("The brewer will raise beer prices 4% in April.", "4%", 4, "increase"),
        ("The defence budget has also been raised 7.8% to 830bn rupees.", "7.8%", 7.8, "increase"),
        ("The dividend was lifted 12% to 40p.", "12%", 12, "increase"),
        ("Its growth forecast was lowered 0.3 points.", "0.3", 0.3, "decrease"),
        # a noun of change before the verb: the verb after it is still read
        ("The rise lifted shares 5% in early trade.", "5%", 5, "increase"),
    ],
    # a rate or points recovered or regained: a rise (money recovered is not: see NO_CHANGE)
    "recovering a rate": [
        ("The stock recovered 6% in afternoon trade.", "6%", 6, "increase"),
        ("The Dax regained 150 points after the vote.", "150", 150, "increase"),
    ],
    # a rate or points that are off or given up: a fall
    "off and given up": [
        ("Shares in the miner were off 4.5% by noon.", "4.5%", 4.5, "decrease"),
        ("The Ibex gave up 1.3% in late trade.", "1.3%", 1.3, "decrease"),
    ],
    # a rate or points clawed back or recouped: a rise; given back: a fall (money clawed back or given back is
    # not: see NO_CHANGE)
    "clawing back and giving back a rate": [
        ("Shares in the bank clawed back 2.5% on Friday.", "2.5%", 2.5, "increase"),
        ("The Nikkei recouped 120 points in late trade.", "120", 120, "increase"),
        ("The dollar gave back 0.8% against the yen.", "0.8%", 0.8, "decrease"),
        ("Gilts have given back 15 basis points since May.", "15 basis points", 15, "decrease"),
    ],
    # a value or a rate wiped, knocked or shaved off something: a fall
    "taken off": [
        ("The profit warning wiped 12% off the shares.", "12%", 12, "decrease"),
        ("The strike knocked £300m off its market value.", "£300m", 300e6, "decrease"),
        ("Dearer oil shaved 0.3 points off growth.", "0.3", 0.3, "decrease"),
    ],
    # a market that ends or finishes up or down on the day
    "ending up or down": [
        ("The Hang Seng ended up 1.8% on Friday.", "1.8%", 1.8, "increase"),
        ("The Cac finished up 45 points.", "45", 45, "increase"),
        ("Tokyo's Topix ended down 0.7%.", "0.7%", 0.7, "decrease"),
    ],
}

MUST_NOT = {
    # an ordinal after "by": the next word is a noun, not the end of the phrase
    "ordinals after by": [
        ("Profit was boosted by a third quarter surge.", "a third"),
        ("Sales were helped by a third consecutive rise.", "a third"),
        ("Prices were pushed up by a fifth straight month of demand.", "a fifth"),
    ],
    # a fraction after "by" with no verb of change: a share of time or a means
    "by a fraction without a move": [
        ("The match was decided by a quarter.", "a quarter"),
    ],
}

HEDGES = {
    # a verb of passing a mark right before the number bounds it from below
    "passing a mark": [
        ("Group sales topped $8bn last year.", "$8bn", "more_than"),
        ("Its debts now exceed 2bn euros.", "2bn euros", "more_than"),
        ("Bond yields were surpassing 6% by May.", "6%", "more_than"),
        ("Its market value is upward of $70m.", "$70m", "more_than"),
    ],
    # ... and falling short of it bounds it from above, with no fall
    "falling short of a mark": [
        ("Deliveries fell short of 2 million units.", "2 million", "less_than"),
        ("The lender raised just shy of £900m.", "£900m", "less_than"),
    ],
    # the low end reached, as "as high as" is the top
    "as low as": [
        ("The rouble fell as low as 80 per dollar.", "80", "at_least"),
        ("Flights cost as little as £19.", "£19", "at_least"),
    ],
    # ... and "as few as", its twin for a count; "at the very least" is "at least"
    "as few as": [
        ("The scheme could save as few as 40 jobs.", "40", "at_least"),
        ("Output may rise at the very least 3% next year.", "3%", "at_least"),
    ],
    # the spoken hedges of an estimate, and a short "approx"
    "spoken approximations": [
        ("The tax would raise something like £4bn a year.", "£4bn a year", "approximate"),
        ("The firm has lost the best part of $2bn since 2001.", "$2bn", "approximate"),
        ("The talks lasted the better part of 10 hours.", "10 hours", "approximate"),
        ("The battery weighs approx 450g.", "450g", "approximate"),
    ],
    # "beyond" bounds from below, as "above"; after a verb of a move the figure is the mark passed (see NO_CHANGE);
    # with an article the number is the mark itself
    "beyond": [
        ("Investors may increase their stake beyond 49% next year.", "49%", "more_than"),
        ("Losses could run beyond $2bn.", "$2bn", "more_than"),
        ("Beyond the 12,000 job cuts, plants will close.", "12,000", "exact"),
    ],
    # a hedge after the whole figure, its unit included
    "hedges after the unit": [
        ("Rents in the capital climbed 8% or more last year.", "8%", "at_least"),
        ("The upgrade will cost $60m or thereabouts.", "$60m", "approximate"),
        ("The buyout fund wants returns of 15% or higher.", "15%", "at_least"),
        ("The refit will take 18 months, give or take.", "18 months", "approximate"),
        ("Write-downs have reached €9bn and counting.", "€9bn", "at_least"),
        ("Fares will rise 2% or less in January.", "2%", "at_most"),
    ],
    # ... but not before "than" or a noun phrase: then "or more" and "and over" open a new phrase
    "no hedge after the unit": [
        ("It lost 40% of its value, or more than $2bn.", "40%", "exact"),
        ("Sales rose to £5m and over the year margins widened.", "£5m", "exact"),
    ],
    # "over" before a duration is the span of a change or a payment, not a bound...
    "over a span": [
        ("Revenue rose 25% over four years.", "four years", "exact"),
        ("Earnings have quadrupled over five years.", "five years", "exact"),
        ("The fine is payable over 10 years.", "10 years", "exact"),
        ("It will invest $2bn over three years.", "three years", "exact"),
    ],
    # ... also after a change earlier in its clause, past the noun of a level reached (user20's family)
    "over a span after a change in the clause": [
        ("Widget sales doubled to 1,000 units over 18 months.", "18 months", "exact"),
        ("The airline will cut 3,000 jobs at its Madrid hub over two years.", "two years", "exact"),
        ("Exports grew to $4.2bn from the region over five years.", "five years", "exact"),
    ],
    # ... but after "for", a verb of lasting or "in", it is more than
    "over as a bound": [
        ("The family has run the brewery for over 120 years.", "120 years", "more_than"),
        ("The inquiry will take over two years.", "two years", "more_than"),
        ("Rates are at their highest in over 15 years.", "15 years", "more_than"),
        # a change earlier in the clause does not make a span of a bound after "for", "in" or a verb of lasting
        ("Prices rose for the first time in over 18 months.", "18 months", "more_than"),
        ("Sales fell after talks with the unions took over two years.", "two years", "more_than"),
        ("Sales rose. Loans over two years were repaid early.", "two years", "more_than"),
        ("Output rose at plants open for over five years.", "five years", "more_than"),
    ],
    # "up to" after a verb of a move is the level reached; after a verb of lasting or alone, a bound
    "up to after a move": [
        ("The jobless rate ticked up to 4.4% in June.", "4.4%", "exact"),
        ("Mortgage rates crept up to 6.9% this week.", "6.9%", "exact"),
        ("The appeal could take up to 18 months.", "18 months", "at_most"),
        ("Savers can deposit up to £20,000 a year.", "£20,000 a year", "at_most"),
    ],
    "more approximate phrases": [
        ("The port handled nigh on 4 million containers.", "4 million", "approximate"),
        ("The bill is in the order of £2bn.", "£2bn", "approximate"),
        ("Damage is in the neighbourhood of $800m.", "$800m", "approximate"),
        ("The unit was sold for just south of $300m.", "$300m", "less_than"),
    ],
    "approximate phrases": [
        ("The refit will cost in the region of £25m.", "£25m", "approximate"),
        ("The stake is worth more or less $4bn.", "$4bn", "approximate"),
        ("Attendance was getting on for 30,000.", "30,000", "approximate"),
    ],
    # a negated "more than" bounds from above, a negated "less than" from below
    "negated bounds": [
        ("Loans of no higher than £750 are on offer.", "£750", "at_most"),
        ("Bonuses not exceeding 10% of salary are allowed.", "10%", "at_most"),
        ("The levy is no greater than $12 a tonne.", "$12 a tonne", "at_most"),
        ("Charges not to exceed €25 a month apply.", "€25 a month", "at_most"),
        ("Rates will stay no lower than 1.5%.", "1.5%", "at_least"),
        ("Yields are not below 3% this year.", "3%", "at_least"),
    ],
    # ... and the un-negated forms stay as they were
    "bounds not negated": [
        ("Rents higher than £900 a month are common.", "£900 a month", "more_than"),
        ("Debts exceeding $4bn were reported.", "$4bn", "more_than"),
        ("Fares lower than £20 are rare.", "£20", "less_than"),
    ],
    "more or less after the figure": [
        ("The levy comes to 3% more or less of bills.", "3%", "approximate"),
    ],
    # a ceiling set on the number
    "a ceiling": [
        ("Rent rises are capped at 3%.", "3%", "at_most"),
        ("Bonuses will be limited to £2m.", "£2m", "at_most"),
    ],
    # with an article, the number is the mark itself: a limit, a forecast
    "the mark itself": [
        ("Spain again exceeded the 3% deficit ceiling.", "3%", "exact"),
        ("Growth fell short of the 2.4% economists expected.", "2.4%", "exact"),
    ],
}

NO_CHANGE = [
    # "more" after a count may be additional things, not a difference
    ("The airline took an option on 20 more aircraft.", "20"),
    # money raised is no rise; a level after "raised ... to" is no change
    ("The startup raised $40m from investors.", "$40m"),
    ("The central bank raised rates to 4.75%.", "4.75%"),
    ("Hit by 6% inflation, the firm raised its prices.", "6%"),
    # a direction noun as the subject of a passive is no verb of the number after "by"
    ("The slump was blamed on tariffs and caused by 9% rates.", "9%"),
    ("The increase is driven by 4% wage growth.", "4%"),
    ("The deal was backed by Telstra's 40% stake.", "40%"),
    ("Deliveries fell short of 2 million units.", "2 million"),
    # an adjective before the number without a verb of change reads no move
    ("The fund has a strong 20% share of the market.", "20%"),
    ("It earned a healthy $3m profit.", "$3m"),
    # the level reached after the move is no change (and no range with the move's size)
    ("The rand firmed 1.5% to 14.20 per dollar.", "14.20"),
    ("Profits leap to $5bn at the oil major.", "$5bn"),
    # a word of a move that is part of another noun ("leap year", "slip road") moves nothing
    ("Dealers saw 2004 as a leap year, with 366 trading days.", "366"),
    ("The council built a 2 mile slip road to the port.", "2 mile"),
    ("Card fraud rose an annual 9% to £80m.", "£80m"),
    # a firm that collapses or crashes with debts of a sum: no fall of that sum
    ("The airline collapsed with debts of £300m.", "£300m"),
    ("The bank crashed under losses of $4bn.", "$4bn"),
    # money clawed back, recouped or given back is an amount got or paid back, not a move; so is a share "of"
    ("The tax office clawed back £40m from the bank.", "£40m"),
    ("The club gave back $2m to its season ticket holders.", "$2m"),
    ("The insurer has recouped 60% of its losses.", "60%"),
    # "improve" is a rise of a rate or points only: a count improved is no rise; a rate that slows is read only
    # right before its number, not ahead of "of" (the growth is a level)
    ("The council will improve 50 schools this year.", "50"),
    ("Slowing car sales of 2 million a year worried the industry.", "2 million a year"),
    # a duration after a word of change that a run or an offset follows is how long the move ran or when it is
    # seen, not its size
    ("Shares in the insurer rose two days in a row.", "two days"),
    ("Exports fell three months running.", "three months"),
    ("The gauge of growth two quarters ahead edged up.", "two quarters"),
    ("Sales were up six weeks straight.", "six weeks"),
    # money before "loss" is the amount lost, a net loss as "a loss of $111m" is, not a fall
    ("The carrier posted a $111m loss for the quarter.", "$111m"),
    ("Its deficit was lower than 2003's £1.2bn loss.", "£1.2bn"),
    # a noun after the article is no adjective of the size: a deal cut, a plan dropped
    ("The two firms cut a deal worth $5bn.", "$5bn"),
    ("The bank dropped a planned $2bn bid for the insurer.", "$2bn"),
    # ... not money raised, a share "of", nor a figure after a determiner, a preposition or a clause's verb
    ("The firm raised $300m from investors in May.", "$300m"),
    ("The group raised 40% of the funds in Asia.", "40%"),
    ("The government raised the 17.5% VAT rate.", "17.5%"),
    # (the figure within three words of the verb, so that only the word lists stop it: a year is no word)
    ("The bank lifted rates after 3% inflation.", "3%"),
    ("The bank raised rates amid 3% inflation.", "3%"),
    ("The fund was raised and returned 8%.", "8%"),
    # ... nor a word of change after an article or a possessive: a noun, the subject of another verb
    ("The increase brings inflation 3% closer to target.", "3%"),
    ("Its cut leaves the rate 2 points clear of the euro zone's.", "2"),
    ("Investors may increase their stake beyond 49% next year.", "49%"),
    # "police recovered £2m": money found, not a rise
    ("Investigators recovered £2m of the stolen funds.", "£2m"),
    ("Customs officers recovered $3m in cash.", "$3m"),
    ("The receivers recovered 70% of the debts.", "70%"),
    ("Savers regained 55% of their deposits.", "55%"),
    # "end up" as "turn out": no rise, unless a percent or points follow (see "ending up or down")
    ("Buyers ended up paying £40 for the tickets.", "£40"),
    ("The shortfall could end up a further €2bn.", "€2bn"),
    ("The club ended up with 61 points.", "61"),
    # "more or less" after the figure is a hedge, no difference above (see the hedge families)
    ("The levy comes to 3% more or less of bills.", "3%"),
    # a discount is no fall; a count or a time taken off is a margin, not a move; "gave up" of a count is no fall
    ("Members get 25% off at weekends.", "25%"),
    ("Take 15% off the list price.", "15%"),
    ("The new model shaves two seconds off the lap time.", "two seconds"),
    ("The keeper gave up 3 goals.", "3"),
    # after "slowed" or "fell back" and "to", the level reached
    ("Growth slowed to 1.2% in the spring.", "1.2%"),
    ("Inflation fell back to 3% in June.", "3%"),
    # "slowed" and "deepening" ahead of "of" read no move of the figure after "of"
    ("Slowed exports of 5% a year were expected.", "5% a year"),
    ("Deepening losses of $8m forced a sale.", "$8m"),
]

RANGES_AFTER_A_MOVE = [
    # "<move> [by] between A and B": the range is the size of the move
    ("Card spending fell by between 4% and 6% in May.", "4% and 6%", 4, 6, "decrease"),
    ("Rents rose between 2 and 3 per cent.", "2 and 3 per cent", 2, 3, "increase"),
    ("Fares are up between 5% and 9% this year.", "5% and 9%", 5, 9, "increase"),
    ("The bank will reduce its staff by between 3,000 and 4,000.", "3,000 and 4,000", 3000, 4000, "decrease"),
    # "<move> A to B <unit>": a bare A below B, close to it, is the low end of the move
    ("The bank will shed 1,500 to 2,000 branch jobs.", "1,500 to 2,000", 1500, 2000, "decrease"),
    ("Prices are forecast to rise 3 to 4 percent next year.", "3 to 4 percent", 3, 4, "increase"),
    ("The group plans to cut costs by 10 to 15 per cent.", "10 to 15 per cent", 10, 15, "decrease"),
]

MOVE_THEN_LEVEL = [
    # ... but a move and the level it reached stay two figures
    ("The FTSE rose 40 to 7,420 in early trade.", "40", "7,420"),
    ("Unemployment rose 0.3 to 5.2 percent.", "0.3", "5.2 percent"),
    ("The shares fell 6% to 120p.", "6%", "120p"),
    # ... and so do a move restated after "or" and the level it reached
    ("Shares in the grocer rose 3%, or 4.5 pence to 151p.", "4.5 pence", "151p"),
    ("The rand lost 2%, or 28 cents to $13.90, on Friday.", "28 cents", "$13.90"),
]


@pytest.mark.parametrize(("text", "quote", "low", "high", "change"), RANGES_AFTER_A_MOVE)
def test_a_range_after_a_move(text, quote, low, high, change):
    f = one(text, quote)
    assert (f.value, f.value_to, f.change) == (pytest.approx(low), pytest.approx(high), change)


@pytest.mark.parametrize(("text", "move", "level"), MOVE_THEN_LEVEL)
def test_a_move_then_its_level(text, move, level):
    assert one(text, move).value_to is None
    assert one(text, level).value_to is None


@pytest.mark.parametrize(
    "family, text, quote, value, change", [(family, *case) for family, cases in MUST_READ.items() for case in cases]
)
def test_change_family_must_read(family, text, quote, value, change):
    f = one(text, quote)
    assert text[f.start : f.end] == quote
    assert f.value == pytest.approx(value)
    assert (f.change, f.value_to) == (change, None), family


@pytest.mark.parametrize(
    "family, text, quote", [(family, *case) for family, cases in MUST_NOT.items() for case in cases]
)
def test_change_family_must_not_read(family, text, quote):
    assert quote not in [f.quote for f in figures_of(text)], family


@pytest.mark.parametrize(("text", "quote"), NO_CHANGE)
def test_no_change_without_a_verb_of_change(text, quote):
    f = one(text, quote)
    assert (f.change, f.value_to) == ("none", None)


@pytest.mark.parametrize(
    "family, text, quote, qualifier", [(family, *case) for family, cases in HEDGES.items() for case in cases]
)
def test_hedge_family(family, text, quote, qualifier):
    assert one(text, quote).qualifier == qualifier, family


@pytest.mark.parametrize(
    ("text", "quote", "unit", "change"),
    [
        # a restatement in points after "or" keeps its own noun, and the move of the figure it restates
        ("The Dax added 1.4%, or 210 points.", "210", "count", "increase"),
        ("The index shed 0.8%, or 95 points, to 11,900.", "95", "count", "decrease"),
        # a bare number after "or" still takes the unit written once
        ("A ticket costs $6 or 7.", "7", "USD", "none"),
    ],
)
def test_a_restatement_after_or(text, quote, unit, change):
    f = one(text, quote)
    assert (f.unit, f.change) == (unit, change)


NOT_FIGURES = {
    # an age band says who a figure is about: the population counted, part of what is measured
    "age bands": [
        ("Unemployment among people aged 16 to 24 rose to 14%.", "16 to 24"),
        ("A third of adults aged 25-34 rent their home.", "25-34"),
        ("Savers aged 55 and over hold £300bn.", "55"),
        ("Workers aged between 50 and 64 were retrained.", "50 and 64"),
        ("Pupils aged under 16 travel free.", "16"),
        ("Drivers aged 70 or older must renew their licence.", "70"),
    ],
    # a span of time named with its article, as "a year" is: where the story is in time, not a length
    "a span of time with its article": [
        ("Oil hit its highest price in a decade on Monday.", "a decade"),
        ("The bank has lent to farmers for more than a century.", "a century"),
        ("Its shares have not been this cheap for a decade.", "a decade"),
    ],
}

NOT_FIGURES["how often, as 'once' says it"] = [
    ("The striker scored twice as City won the derby.", "twice"),
    ("Savers will think twice before they lock money away.", "twice"),
    ("The Fed raised rates twice this year.", "twice"),
    ("The committee meets thrice a year.", "thrice"),
]

STILL_FIGURES = [
    # one age after "aged", nothing opening a band: a person's age
    ("A man aged 45 was arrested.", "45", 45, "age"),
    ("Smith, 61, will retire in May.", "61", 61, "age"),
    # a cardinal number of decades is a length
    ("The mine was worked for two decades.", "two decades", 2, "duration"),
    ("It took half a decade to build.", "half a decade", 0.5, "duration"),
    # a word multiple with its comparison is a ratio ("-fold" is one in any case)
    ("Firms hired twice as many staff as forecast.", "twice", 2, "multiple"),
    ("Its black market is twice the size of its legal economy.", "twice", 2, "multiple"),
    ("Sales rose 0.6%, twice what analysts expected.", "twice", 2, "multiple"),
    ("Average pay is almost twice the minimum wage.", "twice", 2, "multiple"),
    ("Exports grew threefold in a decade.", "threefold", 3, "multiple"),
    # the figures beside an age band stay
    ("Unemployment among people aged 16 to 24 rose to 14%.", "14%", 14, "percent"),
]


@pytest.mark.parametrize(
    "family, text, quote", [(family, *case) for family, cases in NOT_FIGURES.items() for case in cases]
)
def test_not_a_figure(family, text, quote):
    found, exclusions = extract_figures(text)
    assert quote not in [f.quote for f in found], family
    if family == "age bands":  # a numeral, so kept as an exclusion with its reason (coverage)
        assert (quote, "age_group") in [(x.quote, x.reason) for x in exclusions]


@pytest.mark.parametrize(("text", "quote", "value", "kind"), STILL_FIGURES)
def test_still_a_figure(text, quote, value, kind):
    f = one(text, quote)
    assert (f.value, f.kind) == (pytest.approx(value), kind)


@pytest.mark.parametrize(
    ("text", "quote", "qualifier", "noun"),
    [
        # a hedge written against the number is the qualifier, not a word of the counted noun
        ("Some 300-odd stalls line the market.", "300-odd", "approximate", "stalls"),
        ("The chain runs 1,000-plus shops.", "1,000-plus", "at_least", "shops"),
        ("It hired 40 or so engineers.", "40 or so", "approximate", "engineers"),
    ],
)
def test_a_hedge_after_the_number_is_not_in_its_noun(text, quote, qualifier, noun):
    f = one(text, quote)
    assert (f.qualifier, f.noun) == (qualifier, noun)


GAPPED = [
    # the verb of change written once: the second figure takes its move
    ("Car exports fell 4% and imports 1.5%.", "1.5%", "decrease"),
    ("The Cac rose 0.9% while the Ibex 0.4%.", "0.4%", "increase"),
    ("Orders slid 2% in March and 3.5% in April.", "3.5%", "decrease"),
    ("Wages grew by 2.8% and 3.1% respectively.", "3.1%", "increase"),
    ("Revenue jumped $40m and costs $12m.", "$12m", "increase"),
]

NOT_GAPPED = [
    # a share, a new verb or a clause of its own after the conjunction: no move carried
    ("Bookings rose 6% and 70% of them were online.", "70%"),
    ("The brand's share fell 2% and has 9% of the market.", "9%"),
    ("Fares rose 4%, and 2% is the regulator's cap.", "2%"),
    ("Output fell 1% and euro zone inflation 2.4%.", "2.4%"),
    # a figure of another kind
    ("Profit fell 8% and the firm paid $2m in fines.", "$2m"),
]


@pytest.mark.parametrize(("text", "quote", "change"), GAPPED)
def test_a_left_out_verb_of_change_carries(text, quote, change):
    assert one(text, quote).change == change


@pytest.mark.parametrize(("text", "quote"), NOT_GAPPED)
def test_no_move_carried_across_a_clause_of_its_own(text, quote):
    assert one(text, quote).change == "none"


# A verb of change and a hedge of a mark ("above", "below"): the figure is the level the move crossed, so the
# hedge is its qualifier and it is no change ("topped $8bn" reads the same way).
MARK_CROSSED = [
    ("Inflation in Ghana fell below 12% in the autumn.", "12%", "less_than"),
    ("Brent crude surged above $90 a barrel on Monday.", "$90 a barrel", "more_than"),
    ("Borrowing is allowed to rise above 3% of output.", "3%", "more_than"),
    ("The yield slipped back below 4.2% in late trade.", "4.2%", "less_than"),
    ("The jobless rate is set to dip below 5% next year.", "5%", "less_than"),
    ("Poverty could fall as low as 12% by 2020.", "12%", "at_least"),
    ("The stock rose as high as $31 before the close.", "$31", "at_most"),
    # a hedge typed with a non-breaking space is the same hedge (the lookup and the mark test agree)
    ("Poverty could fall as\u00a0low as 12% by 2020.", "12%", "at_least"),
    ("The stock rose as high\u00a0as $31 before the close.", "$31", "at_most"),
]

# ... but a move named by a noun above or below a size is a move ("growth above 3%"), a verb with its size before
# the mark is a move of that size ("dropped 4% below its peak"), and "over", "under" bound the move itself.
MOVE_PAST_A_SIZE = [
    ("Analysts expect growth above 3% in 2006.", "3%", "more_than", "increase"),
    ("Nurses want a rise above 5% this year.", "5%", "more_than", "increase"),
    ("Teachers were offered a pay rise of above 4%.", "4%", "more_than", "increase"),
    ("The stock dropped 4% below its launch price.", "4%", "exact", "decrease"),
    ("The shares rose over 5% on the news.", "5%", "more_than", "increase"),
    ("House prices would rise by just under 6% next year.", "6%", "less_than", "increase"),
    ("The shares fell as much as 19% in early trade.", "19%", "at_most", "decrease"),
]

# A direction word, then "from" or "to" before "of": the number is the level left or reached, not the move; a move
# named before "of" stays a move.
LEVEL_OF = [
    ("Copper has fallen from its record of $4.10 a pound.", "$4.10 a pound", "none"),
    ("The catch began to decline from a peak of 90,000 tonnes.", "90,000 tonnes", "none"),
    ("Exports rose to a high of £5bn in March.", "£5bn", "none"),
    ("There was a rise in sales of 5% in March.", "5%", "increase"),
    ("Falling tobacco sales of 13% hurt the grocer.", "13%", "decrease"),
    ("The brewer reported gains of 4.5% in Asia.", "4.5%", "increase"),
]


@pytest.mark.parametrize(("text", "quote", "qualifier"), MARK_CROSSED)
def test_a_mark_crossed_is_a_level(text, quote, qualifier):
    f = one(text, quote)
    assert (f.qualifier, f.change) == (qualifier, "none")


@pytest.mark.parametrize(("text", "quote", "qualifier", "change"), MOVE_PAST_A_SIZE)
def test_a_move_past_a_size_is_a_move(text, quote, qualifier, change):
    f = one(text, quote)
    assert (f.qualifier, f.change) == (qualifier, change)


@pytest.mark.parametrize(("text", "quote", "change"), LEVEL_OF)
def test_a_level_left_or_reached_before_of(text, quote, change):
    assert one(text, quote).change == change


# "up" as the particle of a verb of providing, setting up or piling up is no rise ...
UP_AS_PARTICLE = [
    ("Parents stump up nearly a third of the fees.", "a third"),
    ("The firm stumped up £40m to settle the case.", "£40m"),
    ("The bank is setting up a $5m fund for farmers.", "$5m"),
    ("Arrears built up over 20 or 30 years weigh on the state.", "30 years"),
    ("The fund racked up £3m in fees.", "£3m"),
    ("Officials tied up $40m in red tape.", "$40m"),
    ("Insurers coughed up €300m after the floods.", "€300m"),
]
# ... but a verb of a move before "up", or "up" alone, is one.
UP_AS_A_RISE = [
    ("Shares in the miner have run up 20% this year.", "20%"),
    ("Bookings were up 5% on the year.", "5%"),
    ("The index closed up 31 points.", "31"),
]


@pytest.mark.parametrize(("text", "quote"), UP_AS_PARTICLE)
def test_up_as_a_particle_is_no_rise(text, quote):
    assert one(text, quote).change == "none"


@pytest.mark.parametrize(("text", "quote"), UP_AS_A_RISE)
def test_up_after_a_verb_of_a_move_is_a_rise(text, quote):
    assert one(text, quote).change == "increase"


# A percentage written with a minus sign is a fall, given by its size as the codebook gives every fall
# ("fell 1.3%" is 1.3 with change = decrease): never a negative value with change = decrease ...
MINUS_SIGN_FALL = [
    ("Like-for-like sales showed a growth rate of -0.4% in March.", "-0.4%", 0.4),
    ("Closing prices: Dax -1.2%, Ibex -0.7%.", "-0.7%", 0.7),
    ("Its shares were −3.5% by midday.", "−3.5%", 3.5),
    # the other ways of writing the minus read as "-" does: an en dash after a space, and the word
    ("Closing prices: Dax –1.2%, Ibex –0.7%.", "–0.7%", 0.7),
    ("Output growth was minus 0.3% in the third quarter.", "minus 0.3%", 0.3),
    ("Like-for-like sales showed a growth rate of minus 0.4% in March.", "minus 0.4%", 0.4),
    ("Retail sales were minus-2% on the year.", "minus-2%", 2.0),
]
# ... but a signed level reached, a range across zero and a signed amount that is no percentage keep the sign,
# with no fall.
MINUS_SIGN_LEVEL = [
    ("The bond yield sank to -0.3% on Tuesday.", "-0.3%", -0.3, None),
    ("Inflation rose from -0.6% in the spring.", "-0.6%", -0.6, None),
    ("Growth is seen between -0.5% and 1% next year.", "-0.5% and 1%", -0.5, 1.0),
    ("Growth is forecast to slow to between 0.5% and -0.5% next year.", "0.5% and -0.5%", 0.5, -0.5),
    ("The retail survey balance was -14 in June.", "-14", -14.0, None),
    ("The bond yield sank to minus 0.3% on Tuesday.", "minus 0.3%", -0.3, None),
    ("The bond yield sank to –0.3% on Tuesday.", "–0.3%", -0.3, None),
    ("Japan's bills paid a yield of minus 0.1% in May.", "minus 0.1%", -0.1, None),
    ("The balance of plus 3 compared with minus 10 in the previous survey.", "minus 10", -10.0, None),
]
# An en dash between numbers joins a range, and a spaced dash before a number is punctuation, no minus.
NO_MINUS = [
    ("Growth of 3–4% is forecast for next year.", "3–4%", 3.0, 4.0),
    ("Growth – 0.3% in the quarter – was weak.", "0.3%", 0.3, None),
    ("Growth - 0.3% in the quarter - was weak.", "0.3%", 0.3, None),
]


@pytest.mark.parametrize(("text", "quote", "size"), MINUS_SIGN_FALL)
def test_a_minus_sign_is_a_fall_by_its_size(text, quote, size):
    f = one(text, quote)
    assert (f.value, f.change) == (size, "decrease")


@pytest.mark.parametrize(("text", "quote", "low", "high"), MINUS_SIGN_LEVEL)
def test_a_signed_level_keeps_its_sign(text, quote, low, high):
    f = one(text, quote)
    assert (f.value, f.value_to, f.change) == (low, high, "none")


@pytest.mark.parametrize(("text", "quote", "low", "high"), NO_MINUS)
def test_a_dash_between_numbers_or_spaced_is_no_minus(text, quote, low, high):
    f = one(text, quote)
    assert (f.value, f.value_to) == (low, high)

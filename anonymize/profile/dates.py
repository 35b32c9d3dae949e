"""Date recognition in the sample: numeric dates in either order, month names in Shoal's languages,
and whether the dates look like birth dates.
"""

from __future__ import annotations

import re
import statistics
from datetime import date

import pandas as pd

from anonymize.profile.patterns import DATE_RE

_MONTH_NAMES = {
    1: "january jan januar janvier janv enero ene gennaio gen januari stycznia styczeń sty janeiro",
    2: "february feb februar février févr fevrier febrero febbraio februari lutego luty lut fevereiro fev",
    3: "march mar märz maerz mars marzo maart marca marzec março",
    4: "april apr avril abril aprile kwietnia kwiecień kwi",
    5: "may mai mayo maggio mei maja maj maio",
    6: "june jun juni juin junio giugno czerwca czerwiec cze junho",
    7: "july jul juli juillet juil julio luglio lipca lipiec lip julho",
    8: "august aug août aout agosto augustus sierpnia sierpień sie ago",
    9: "september sep sept septembre septiembre settembre set września wrzesień wrz setembro",
    10: "october oct oktober okt octobre octubre ottobre ott października październik paź outubro out",
    11: "november nov novembre noviembre listopada listopad lis novembro",
    12: "december dec dezember dez décembre diciembre dic dicembre grudnia grudzień gru dezembro",
}

MONTHS: dict[str, int] = {word: month for month, words in _MONTH_NAMES.items() for word in words.split()}

#: "4. November 1940", "21 février 2000", "12 de marzo de 1985", "March 12, 1985".
MONTH_DATE_RE = re.compile(
    r"^(?:(?P<d1>\d{1,2})\.?\s+(?:de\s+)?(?P<m1>[^\W\d_]+)\.?,?\s+(?:de\s+)?(?P<y1>\d{4})"
    r"|(?P<m2>[^\W\d_]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4}))$"
)


def _month_date(value: str) -> date | None:
    match = MONTH_DATE_RE.match(value.strip())
    if match is None:
        return None
    day, month, year = (
        (match.group("d1"), match.group("m1"), match.group("y1"))
        if match.group("d1")
        else (
            match.group("d2"),
            match.group("m2"),
            match.group("y2"),
        )
    )
    number = MONTHS.get(month.casefold())
    if number is None:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


def _parse_dates(values: list[str]) -> list[date]:
    """The values that are dates (year first, else day first: EU order, or with a month name in
    one of Shoal's languages), numeric ones parsed in two batches."""
    candidates = [v for v in values if DATE_RE.match(v)]
    dates: list[date] = [d for v in values if not DATE_RE.match(v) and (d := _month_date(v)) is not None]
    for dayfirst in (False, True):
        group = [v for v in candidates if v[:4].isdigit() != dayfirst]
        if group:
            dates.extend(_to_dates(group, dayfirst=dayfirst))
    return dates


def _to_dates(values: list[str], *, dayfirst: bool) -> list[date]:
    """Parse a batch of date strings; a batch mixing time zones ("…Z" beside local times) or
    otherwise unparsable as a whole falls back to one value at a time, so it never fails a run."""
    try:
        parsed = pd.to_datetime(
            pd.Series(values), errors="coerce", format="mixed", dayfirst=dayfirst, utc=True
        )
        return [d.date() for d in parsed.dropna()]
    except (ValueError, OverflowError, TypeError):
        dates = []
        for value in values:
            try:
                one = pd.to_datetime(value, errors="coerce", dayfirst=dayfirst, utc=True)
            except (ValueError, OverflowError, TypeError):
                continue
            if not pd.isna(one):
                dates.append(one.date())
        return dates


def _looks_like_birth_dates(dates: list[date], today: date) -> bool:
    """Birth dates: every date at least ~14 years ago, spread over decades."""
    years = [d.year for d in dates]
    ages = [(today - d).days / 365.25 for d in dates]
    if len(years) < 2:
        return False
    return min(ages) >= 14 and statistics.median(ages) >= 18 and statistics.pstdev(years) >= 6

"""WIB, the site's calendar: one set of conversions between the stored naive UTC and Medan's wall clock."""
from datetime import date, datetime

from app.core.timeutil import aware_wib, from_wib, to_wib, wib_date, wib_midnight, wib_year


def test_wib_is_seven_hours_ahead_of_the_stored_utc_both_ways():
    assert to_wib(datetime(2026, 12, 1, 2, 0)) == datetime(2026, 12, 1, 9, 0)
    assert from_wib(datetime(2026, 12, 1, 9, 0)) == datetime(2026, 12, 1, 2, 0)
    assert aware_wib(datetime(2026, 12, 1, 2, 0)).strftime("%H.%M %Z") == "09.00 WIB"


def test_the_day_and_year_turn_at_midnight_in_medan_not_in_utc():
    assert wib_date(datetime(2026, 12, 31, 16, 59)) == date(2026, 12, 31)
    assert wib_date(datetime(2026, 12, 31, 17, 0)) == date(2027, 1, 1)
    assert wib_year(datetime(2026, 12, 31, 17, 0)) == 2027
    assert wib_midnight(datetime(2026, 12, 1, 16, 59)) == datetime(2026, 11, 30, 17, 0)
    assert wib_midnight(datetime(2026, 12, 1, 17, 0)) == datetime(2026, 12, 1, 17, 0)

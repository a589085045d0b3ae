"""Working days skip weekends and Indonesian public holidays (from the `holidays` library)."""
from datetime import date, datetime

from app.core.workdays import is_working_day, working_days_between


def test_weekend_and_independence_day_are_not_counted():
    friday, monday_holiday, tuesday = date(2026, 8, 14), date(2026, 8, 17), date(2026, 8, 18)
    assert not is_working_day(monday_holiday) and not is_working_day(date(2026, 8, 15))
    assert working_days_between(friday, tuesday) == 1  # Saturday, Sunday and 17 August skipped
    assert working_days_between(date(2026, 8, 7), date(2026, 8, 10)) == 1  # a plain weekend
    assert working_days_between(datetime(2026, 8, 14, 9), datetime(2026, 8, 24, 9)) == 5
    assert working_days_between(tuesday, tuesday) == 0 and working_days_between(tuesday, friday) == 0

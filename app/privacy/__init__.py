"""Personal data under UU No. 27 Tahun 2022: the privacy page, a member's export and the deletion of their account."""

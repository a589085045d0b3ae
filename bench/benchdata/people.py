"""The plan of the members: names, handles, emails, NIPs, agencies, roles, join dates and how active each is."""
from __future__ import annotations

import random
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from app.accounts.handles import handle_base
from app.core.roles import Role
from bench.benchdata import words
from bench.benchdata.timeline import DAY, HOUR, Clock

BENCH_EMAIL = "bench@simpul.test"
BENCH_NAME = "Akun Uji Beban"
BENCH_AGE_DAYS = 400
EMAIL_DOMAIN = "simpul.test"
# How big an agency is, by kind: a dinas has more staff (and members here) than a bagian of the Setda.
KIND_WEIGHTS = {"dinas": 3.0, "badan": 2.5, "rsud": 2.0, "sekretariat": 2.0, "kecamatan": 1.5, "inspektorat": 1.5,
                "satuan": 1.5, "bagian": 0.8, "mitra": 0.4}


@dataclass
class Agencies:
    ids: list[int]
    codes: list[str]
    weights: list[float]

    def id_of(self, code: str) -> int:
        return self.ids[self.codes.index(code)] if code in self.codes else self.ids[0]


@dataclass
class People:
    """Column lists, one entry per planned member, ordered by join date (so ids follow time)."""

    ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    nips: list[str | None] = field(default_factory=list)
    agency: list[int] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    created: list[float] = field(default_factory=list)
    last_login: list[float | None] = field(default_factory=list)
    weight: list[float] = field(default_factory=list)
    bench: int = -1  # the index of the bench account
    id_of: dict[int, int] = field(default_factory=dict)  # user id -> index

    def index(self, user_id: int) -> int:
        return self.id_of[user_id]


class Sampler:
    """Pick a member who had joined by a moment, the more active ones more often (bench never: weight 0)."""

    def __init__(self, people: People):
        self.created = people.created
        self.ids = people.ids
        self.cumulative = list(accumulate(people.weight))

    def pick(self, rng: random.Random, moment: float) -> int | None:
        joined = bisect_right(self.created, moment)
        if joined == 0 or self.cumulative[joined - 1] <= 0:
            return None
        return self.ids[bisect_right(self.cumulative, rng.random() * self.cumulative[joined - 1])]


def _name(rng: random.Random) -> tuple[str, str]:
    gender = rng.choice("12")
    parts = [rng.choice(words.MALE_NAMES if gender == "1" else words.FEMALE_NAMES)]
    if rng.random() < 0.35:
        parts.append(rng.choice(words.MIDDLE_NAMES[gender]))
    if rng.random() < 0.85:
        family = rng.choice(words.FAMILY_NAMES)
        if gender == "2" and family in words.BATAK_FAMILIES and rng.random() < 0.3:
            parts.append("Br")
        parts.append(family)
    name = " ".join(dict.fromkeys(parts))
    if rng.random() < 0.12:
        name += ", " + rng.choice(words.DEGREES)
    return name, gender


def _nip(rng: random.Random, gender: str, year_now: int, taken: set[str]) -> str:
    """A NIP that app.accounts.nip accepts: birth date, appointment year and month (PPPK: code 21-29), gender."""
    born = rng.randint(1966, min(2001, year_now - 22))
    pppk = rng.random() < 0.15 and year_now >= 2020
    if pppk:
        appointed, code = rng.randint(max(2019, born + 20), year_now), rng.randint(21, 29)
    else:
        appointed, code = rng.randint(born + 19, min(born + 35, year_now)), rng.choice((1, 3, 3, 4, 12, 12))
    stem = f"{born}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{appointed}{code:02d}{gender}"
    number = rng.randint(1, 999)
    while f"{stem}{number:03d}" in taken:
        number = number % 999 + 1
    nip = f"{stem}{number:03d}"
    taken.add(nip)
    return nip


def plan_people(rng: random.Random, clock: Clock, count: int, agencies: Agencies, first_id: int,
                taken_emails: set[str], taken_handles: set[str], taken_nips: set[str]) -> People:
    admins, moderators, leaders = max(1, count // 10_000), max(1, count // 400), max(1, count // 500)
    roles = [Role.ADMIN] * admins + [Role.MODERATOR] * moderators + [Role.LEADER] * leaders
    roles += [Role.MEMBER] * (count - len(roles))
    bench_at = clock.now - BENCH_AGE_DAYS * DAY
    rows = []
    for number, role in enumerate(roles):
        if number < admins:
            joined = 60.0 * number
        elif number == count - 1:
            joined = bench_at
        else:
            joined = max(clock.now - clock.now * rng.random() ** 0.7 - HOUR, HOUR + number)
        rows.append((joined, number, role))
    rows.sort()
    people = People()
    diskominfo = agencies.id_of("diskominfo")
    handle_numbers: dict[str, int] = {}
    taken_handles = set(taken_handles) | {"bench"}
    for index, (joined, number, role) in enumerate(rows):
        user_id = first_id + index
        if number == count - 1:
            name, handle, email, nip = BENCH_NAME, "bench", BENCH_EMAIL, None
            agency, position, weight = diskominfo, "Pranata Komputer Ahli Muda", 0.0
            people.bench = index
        else:
            name, gender = _name(rng)
            base = handle_base(name)
            handle, suffix = base, handle_numbers.get(base, 1)
            while handle in taken_handles or f"{handle}@{EMAIL_DOMAIN}" in taken_emails:
                suffix += 1
                handle = f"{base}.{suffix}" if base[-1].isdigit() else f"{base}{suffix}"
            handle_numbers[base] = suffix
            email = f"{handle}@{EMAIL_DOMAIN}"
            nip = _nip(rng, gender, clock.now_at.year, taken_nips) if rng.random() < 0.9 else None
            agency = diskominfo if role == Role.ADMIN else rng.choices(agencies.ids, agencies.weights)[0]
            position = rng.choice(words.LEADER_POSITIONS if role == Role.LEADER else
                                  words.STAFF_POSITIONS if role != Role.MEMBER else words.POSITIONS)
            weight = min(rng.paretovariate(1.15), 400.0) * (3.0 if role == Role.MODERATOR else 1.0)
        taken_handles.add(handle)
        people.ids.append(user_id)
        people.id_of[user_id] = index
        people.names.append(name)
        people.handles.append(handle)
        people.emails.append(email)
        people.nips.append(nip)
        people.agency.append(agency)
        people.positions.append(position)
        people.roles.append(role.value)
        people.created.append(joined)
        people.weight.append(weight)
        login = joined + (clock.now - joined) * rng.random() ** 0.3 if rng.random() < 0.7 else None
        people.last_login.append(login)
    return people

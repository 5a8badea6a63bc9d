#!/usr/bin/env python3
"""Reference fixtures for the region holiday rules (src/regions/XX.json).

The `holidays` package on PyPI is an independent implementation; this script
writes what it says, for every region code the tests check, into
tests/fixtures/holidays/XX.json (one file per country, its subdivisions
inside): per region and year the dates of the public holidays (the package's
default category), observed/substitute days included, as "MM-DD" strings.

    python3 -m venv /tmp/hv && /tmp/hv/bin/pip install holidays==0.109
    /tmp/hv/bin/python tools/holiday-fixtures.py [XX ...]

The tests (tests/regions.rs) read only the JSON; they never need Python.
Where the package and the law differ, the test lists the difference as a
documented exception.
"""

import json
import os
import sys

import holidays

PINNED = "0.109"
# The years the tests check; HOLIDAY_YEARS=2000-2099 and HOLIDAY_FIXTURES=dir
# write a wider set elsewhere for a one-off look (tests/regions.rs reads
# HOLIDAY_FIXTURES too).
FIRST, LAST = (int(y) for y in os.environ.get("HOLIDAY_YEARS", "2020-2040").split("-"))

# Countries, and the subdivisions (ISO 3166-2 suffixes, as the package spells
# them) whose fixtures are written. Subdivisions the package has under other
# names (cities, school zones) are not region codes and are left out.
COUNTRIES = {
    "AT": [],
    "AU": ["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"],
    "BE": [],
    "BR": [],
    "CA": ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"],
    "CH": "all",
    "CZ": [],
    "DE": "all",
    "DK": [],
    "ES": "all",
    "FI": [],
    "FR": [],
    "GB": ["ENG", "NIR", "SCT", "WLS"],
    "IE": [],
    "IT": [],
    "JP": [],
    "MX": [],
    "NL": [],
    "NO": [],
    "NZ": [],
    "PL": [],
    "PT": [],
    "SE": [],
    # The states and DC (the package's territories are left out).
    "US": "states",
    "ZA": [],
}

US_TERRITORIES = {"AS", "GU", "MP", "PR", "UM", "VI"}


def subdivisions(country):
    wanted = COUNTRIES[country]
    if isinstance(wanted, list):
        return wanted
    cls = holidays.country_holidays(country).__class__
    codes = [s for s in cls.subdivisions if s.isalnum() and s.isupper() and len(s) <= 3]
    if wanted == "states":
        codes = [s for s in codes if s not in US_TERRITORIES]
    return codes


def dates(country, subdiv):
    h = holidays.country_holidays(country, subdiv=subdiv, years=range(FIRST, LAST + 1))
    by_year = {}
    for d in sorted(h.keys()):
        if FIRST <= d.year <= LAST:
            by_year.setdefault(str(d.year), []).append(d.strftime("%m-%d"))
    return {str(y): by_year.get(str(y), []) for y in range(FIRST, LAST + 1)}


def write(country, out_dir):
    regions = {country: dates(country, None)}
    for s in subdivisions(country):
        regions[f"{country}-{s}"] = dates(country, s)
    # One line per region and year: compact, and a diff shows which changed.
    lines = ["{", f'  "package": "holidays {holidays.__version__}",', f'  "years": [{FIRST}, {LAST}],', '  "regions": {']
    for ri, (code, years) in enumerate(regions.items()):
        lines.append(f'    "{code}": {{')
        for yi, (y, ds) in enumerate(years.items()):
            comma = "," if yi < len(years) - 1 else ""
            lines.append(f'      "{y}": {json.dumps(ds)}{comma}')
        lines.append("    }" + ("," if ri < len(regions) - 1 else ""))
    lines += ["  }", "}"]
    path = os.path.join(out_dir, f"{country}.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(path, len(regions), "regions")


def main():
    if holidays.__version__ != PINNED:
        sys.exit(f"holidays {PINNED} expected, found {holidays.__version__}")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_dir = os.environ.get("HOLIDAY_FIXTURES") or os.path.join(root, "tests", "fixtures", "holidays")
    os.makedirs(out_dir, exist_ok=True)
    for country in sys.argv[1:] or COUNTRIES:
        write(country, out_dir)


if __name__ == "__main__":
    main()

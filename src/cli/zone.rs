//! The team's zone natively: jiff's bundled tz database behind the
//! calendar's [`Zone`] trait (the browser uses `Intl`; both give the same
//! offsets), and the Rails zone names some exports carry.

use crate::calendar::{Instant, Zone};

/// A zone from jiff's bundled tz database.
///
/// # Design
/// The calendar asks for offsets many times per deadline, and for years
/// past the tz database's table jiff evaluates the zone's POSIX rule on
/// every call (two thirds of `record`'s time on a million tickets). So the
/// zone's transitions from 1900 to 2200 are listed once, and an offset is
/// a binary search in them.
#[derive(Clone, Debug)]
pub struct TzZone {
    name: String,
    tz: jiff::tz::TimeZone,
    /// `(first millisecond, offset in seconds)`, in order; the first entry
    /// starts at `i64::MIN`.
    table: Vec<(i64, i32)>,
    /// The stretch the last lookup found, `[from, to)` and its offset: the
    /// calendar asks about nearby instants in turn, so most lookups hit it.
    last: std::cell::Cell<(i64, i64, i32)>,
}

/// The years the offset table covers; outside it jiff answers directly.
const TABLE_FROM_S: i64 = -2_208_988_800; // 1900-01-01
const TABLE_TO_S: i64 = 7_258_118_400; // 2200-01-01

fn table(tz: &jiff::tz::TimeZone) -> Vec<(i64, i32)> {
    let from = jiff::Timestamp::from_second(TABLE_FROM_S).expect("in range");
    let mut table = vec![(i64::MIN, tz.to_offset(from).seconds())];
    for t in tz.following(from) {
        let ms = t.timestamp().as_millisecond();
        if ms >= TABLE_TO_S * 1000 {
            break;
        }
        if table.last().is_some_and(|l| l.1 != t.offset().seconds()) {
            table.push((ms, t.offset().seconds()));
        }
    }
    table
}

impl TzZone {
    /// The zone `name`, an IANA name as the element takes it (the browser's
    /// `Intl` knows no Rails names); the message is the element's own for
    /// an unknown zone.
    pub fn new(name: &str) -> Result<TzZone, String> {
        jiff::tz::TimeZone::get(name)
            .map(|tz| TzZone {
                name: name.to_string(),
                table: table(&tz),
                last: std::cell::Cell::new((0, 0, 0)),
                tz,
            })
            .map_err(|_| format!("unknown time zone \"{name}\"; expected an IANA name like Europe/Berlin"))
    }

    /// A help desk's zone as its export or settings write it: an IANA name,
    /// or a Rails name as Zendesk and Freshdesk write them ("Eastern Time
    /// (US & Canada)").
    pub fn desk(name: &str) -> Result<TzZone, String> {
        TzZone::new(rails_to_iana(name).unwrap_or(name.trim())).map_err(|_| {
            format!("unknown time zone \"{name}\"; expected an IANA name like America/New_York, or a Rails name like Eastern Time (US & Canada)")
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// UTC, for a run that needs no team zone (a status page's update
    /// windows count elapsed time).
    pub fn utc() -> TzZone {
        let tz = jiff::tz::TimeZone::UTC;
        TzZone {
            name: "UTC".into(),
            table: table(&tz),
            last: std::cell::Cell::new((0, 0, 0)),
            tz,
        }
    }
}

impl Zone for TzZone {
    fn offset_seconds(&self, at: Instant) -> i32 {
        if (TABLE_FROM_S * 1000..TABLE_TO_S * 1000).contains(&at.0) {
            let (from, to, off) = self.last.get();
            if from <= at.0 && at.0 < to {
                return off;
            }
            let t = &self.table;
            let i = t.partition_point(|(start, _)| *start <= at.0) - 1;
            let to = t.get(i + 1).map_or(i64::MAX, |n| n.0);
            self.last.set((t[i].0, to, t[i].1));
            return t[i].1;
        }
        match jiff::Timestamp::from_millisecond(at.0) {
            Ok(ts) => self.tz.to_offset(ts).seconds(),
            Err(_) => 0,
        }
    }
}

/// The IANA name of a Rails (ActiveSupport) zone name, where it has one.
pub fn rails_to_iana(name: &str) -> Option<&'static str> {
    RAILS
        .iter()
        .find(|(rails, _)| rails.eq_ignore_ascii_case(name.trim()))
        .map(|(_, iana)| *iana)
}

/// ActiveSupport::TimeZone::MAPPING.
const RAILS: &[(&str, &str)] = &[
    ("International Date Line West", "Etc/GMT+12"),
    ("Midway Island", "Pacific/Midway"),
    ("American Samoa", "Pacific/Pago_Pago"),
    ("Hawaii", "Pacific/Honolulu"),
    ("Alaska", "America/Juneau"),
    ("Pacific Time (US & Canada)", "America/Los_Angeles"),
    ("Tijuana", "America/Tijuana"),
    ("Mountain Time (US & Canada)", "America/Denver"),
    ("Arizona", "America/Phoenix"),
    ("Chihuahua", "America/Chihuahua"),
    ("Mazatlan", "America/Mazatlan"),
    ("Central Time (US & Canada)", "America/Chicago"),
    ("Saskatchewan", "America/Regina"),
    ("Guadalajara", "America/Mexico_City"),
    ("Mexico City", "America/Mexico_City"),
    ("Monterrey", "America/Monterrey"),
    ("Central America", "America/Guatemala"),
    ("Eastern Time (US & Canada)", "America/New_York"),
    ("Indiana (East)", "America/Indiana/Indianapolis"),
    ("Bogota", "America/Bogota"),
    ("Lima", "America/Lima"),
    ("Quito", "America/Lima"),
    ("Atlantic Time (Canada)", "America/Halifax"),
    ("Caracas", "America/Caracas"),
    ("La Paz", "America/La_Paz"),
    ("Santiago", "America/Santiago"),
    ("Asuncion", "America/Asuncion"),
    ("Newfoundland", "America/St_Johns"),
    ("Brasilia", "America/Sao_Paulo"),
    ("Buenos Aires", "America/Argentina/Buenos_Aires"),
    ("Montevideo", "America/Montevideo"),
    ("Georgetown", "America/Guyana"),
    ("Puerto Rico", "America/Puerto_Rico"),
    ("Greenland", "America/Godthab"),
    ("Mid-Atlantic", "Atlantic/South_Georgia"),
    ("Azores", "Atlantic/Azores"),
    ("Cape Verde Is.", "Atlantic/Cape_Verde"),
    ("Dublin", "Europe/Dublin"),
    ("Edinburgh", "Europe/London"),
    ("Lisbon", "Europe/Lisbon"),
    ("London", "Europe/London"),
    ("Casablanca", "Africa/Casablanca"),
    ("Monrovia", "Africa/Monrovia"),
    ("UTC", "Etc/UTC"),
    ("Belgrade", "Europe/Belgrade"),
    ("Bratislava", "Europe/Bratislava"),
    ("Budapest", "Europe/Budapest"),
    ("Ljubljana", "Europe/Ljubljana"),
    ("Prague", "Europe/Prague"),
    ("Sarajevo", "Europe/Sarajevo"),
    ("Skopje", "Europe/Skopje"),
    ("Warsaw", "Europe/Warsaw"),
    ("Zagreb", "Europe/Zagreb"),
    ("Brussels", "Europe/Brussels"),
    ("Copenhagen", "Europe/Copenhagen"),
    ("Madrid", "Europe/Madrid"),
    ("Paris", "Europe/Paris"),
    ("Amsterdam", "Europe/Amsterdam"),
    ("Berlin", "Europe/Berlin"),
    ("Bern", "Europe/Zurich"),
    ("Zurich", "Europe/Zurich"),
    ("Rome", "Europe/Rome"),
    ("Stockholm", "Europe/Stockholm"),
    ("Vienna", "Europe/Vienna"),
    ("West Central Africa", "Africa/Algiers"),
    ("Bucharest", "Europe/Bucharest"),
    ("Cairo", "Africa/Cairo"),
    ("Helsinki", "Europe/Helsinki"),
    ("Kyiv", "Europe/Kiev"),
    ("Riga", "Europe/Riga"),
    ("Sofia", "Europe/Sofia"),
    ("Tallinn", "Europe/Tallinn"),
    ("Vilnius", "Europe/Vilnius"),
    ("Athens", "Europe/Athens"),
    ("Istanbul", "Europe/Istanbul"),
    ("Minsk", "Europe/Minsk"),
    ("Jerusalem", "Asia/Jerusalem"),
    ("Harare", "Africa/Harare"),
    ("Pretoria", "Africa/Johannesburg"),
    ("Kaliningrad", "Europe/Kaliningrad"),
    ("Moscow", "Europe/Moscow"),
    ("St. Petersburg", "Europe/Moscow"),
    ("Volgograd", "Europe/Volgograd"),
    ("Samara", "Europe/Samara"),
    ("Kuwait", "Asia/Kuwait"),
    ("Riyadh", "Asia/Riyadh"),
    ("Nairobi", "Africa/Nairobi"),
    ("Baghdad", "Asia/Baghdad"),
    ("Tehran", "Asia/Tehran"),
    ("Abu Dhabi", "Asia/Muscat"),
    ("Muscat", "Asia/Muscat"),
    ("Baku", "Asia/Baku"),
    ("Tbilisi", "Asia/Tbilisi"),
    ("Yerevan", "Asia/Yerevan"),
    ("Kabul", "Asia/Kabul"),
    ("Ekaterinburg", "Asia/Yekaterinburg"),
    ("Islamabad", "Asia/Karachi"),
    ("Karachi", "Asia/Karachi"),
    ("Tashkent", "Asia/Tashkent"),
    ("Chennai", "Asia/Kolkata"),
    ("Kolkata", "Asia/Kolkata"),
    ("Mumbai", "Asia/Kolkata"),
    ("New Delhi", "Asia/Kolkata"),
    ("Kathmandu", "Asia/Kathmandu"),
    ("Astana", "Asia/Dhaka"),
    ("Dhaka", "Asia/Dhaka"),
    ("Sri Jayawardenepura", "Asia/Colombo"),
    ("Almaty", "Asia/Almaty"),
    ("Novosibirsk", "Asia/Novosibirsk"),
    ("Rangoon", "Asia/Rangoon"),
    ("Bangkok", "Asia/Bangkok"),
    ("Hanoi", "Asia/Bangkok"),
    ("Jakarta", "Asia/Jakarta"),
    ("Krasnoyarsk", "Asia/Krasnoyarsk"),
    ("Beijing", "Asia/Shanghai"),
    ("Chongqing", "Asia/Chongqing"),
    ("Hong Kong", "Asia/Hong_Kong"),
    ("Urumqi", "Asia/Urumqi"),
    ("Kuala Lumpur", "Asia/Kuala_Lumpur"),
    ("Singapore", "Asia/Singapore"),
    ("Taipei", "Asia/Taipei"),
    ("Perth", "Australia/Perth"),
    ("Irkutsk", "Asia/Irkutsk"),
    ("Ulaanbaatar", "Asia/Ulaanbaatar"),
    ("Seoul", "Asia/Seoul"),
    ("Osaka", "Asia/Tokyo"),
    ("Sapporo", "Asia/Tokyo"),
    ("Tokyo", "Asia/Tokyo"),
    ("Yakutsk", "Asia/Yakutsk"),
    ("Darwin", "Australia/Darwin"),
    ("Adelaide", "Australia/Adelaide"),
    ("Canberra", "Australia/Melbourne"),
    ("Melbourne", "Australia/Melbourne"),
    ("Sydney", "Australia/Sydney"),
    ("Brisbane", "Australia/Brisbane"),
    ("Hobart", "Australia/Hobart"),
    ("Vladivostok", "Asia/Vladivostok"),
    ("Guam", "Pacific/Guam"),
    ("Port Moresby", "Pacific/Port_Moresby"),
    ("Magadan", "Asia/Magadan"),
    ("Srednekolymsk", "Asia/Srednekolymsk"),
    ("Solomon Is.", "Pacific/Guadalcanal"),
    ("New Caledonia", "Pacific/Noumea"),
    ("Fiji", "Pacific/Fiji"),
    ("Kamchatka", "Asia/Kamchatka"),
    ("Marshall Is.", "Pacific/Majuro"),
    ("Auckland", "Pacific/Auckland"),
    ("Wellington", "Pacific/Auckland"),
    ("Nuku'alofa", "Pacific/Tongatapu"),
    ("Tokelau Is.", "Pacific/Fakaofo"),
    ("Chatham Is.", "Pacific/Chatham"),
    ("Samoa", "Pacific/Apia"),
];

#[cfg(test)]
mod tests;

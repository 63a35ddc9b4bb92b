//! Region time zones (`Europe/Berlin`, `America/New_York` …) with today's daylight-saving
//! rules, so that formatting and zone conversions give the offset and abbreviation Java
//! gives for dates under the current rules (US since 2007, EU since 1996, Australia since
//! 2008, New Zealand since 2007). Historic rule changes are not modelled; regions not
//! listed here stay UTC, as before.

use super::{Civil, Zone, days_from_civil};

/// Which daylight-saving rule a region follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dst {
    /// Second Sunday of March 02:00 local to first Sunday of November 02:00 local.
    Us,
    /// Last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC.
    Eu,
    /// First Sunday of October 02:00 standard to first Sunday of April 03:00 daylight.
    Au,
    /// Last Sunday of September 02:00 standard to first Sunday of April 03:00 daylight.
    Nz,
}

/// A region's standard offset, its rule and Java's short names.
#[derive(Debug, PartialEq, Eq)]
pub struct TzRule {
    std: i32,
    dst: Option<Dst>,
    std_abbr: &'static str,
    dst_abbr: &'static str,
}

const H: i32 = 3600;

macro_rules! rule {
    ($std:expr, $dst:expr, $a:literal, $b:literal) => {
        TzRule {
            std: $std,
            dst: $dst,
            std_abbr: $a,
            dst_abbr: $b,
        }
    };
}

static US_E: TzRule = rule!(-5 * H, Some(Dst::Us), "EST", "EDT");
static US_C: TzRule = rule!(-6 * H, Some(Dst::Us), "CST", "CDT");
static US_M: TzRule = rule!(-7 * H, Some(Dst::Us), "MST", "MDT");
static US_P: TzRule = rule!(-8 * H, Some(Dst::Us), "PST", "PDT");
static US_AK: TzRule = rule!(-9 * H, Some(Dst::Us), "AKST", "AKDT");
static MST: TzRule = rule!(-7 * H, None, "MST", "MST");
static HST: TzRule = rule!(-10 * H, None, "HST", "HST");
static UK: TzRule = rule!(0, Some(Dst::Eu), "GMT", "BST");
static IE: TzRule = rule!(0, Some(Dst::Eu), "GMT", "IST");
static WET: TzRule = rule!(0, Some(Dst::Eu), "WET", "WEST");
static CET: TzRule = rule!(H, Some(Dst::Eu), "CET", "CEST");
static EET: TzRule = rule!(2 * H, Some(Dst::Eu), "EET", "EEST");
static MSK: TzRule = rule!(3 * H, None, "MSK", "MSK");
static IST: TzRule = rule!(5 * H + 1800, None, "IST", "IST");
static CHINA: TzRule = rule!(8 * H, None, "CST", "CST");
static HKT: TzRule = rule!(8 * H, None, "HKT", "HKT");
static SGT: TzRule = rule!(8 * H, None, "SGT", "SGT");
static JST: TzRule = rule!(9 * H, None, "JST", "JST");
static KST: TzRule = rule!(9 * H, None, "KST", "KST");
static GST: TzRule = rule!(4 * H, None, "GST", "GST");
static BRT: TzRule = rule!(-3 * H, None, "BRT", "BRT");
static ART: TzRule = rule!(-3 * H, None, "ART", "ART");
static SAST: TzRule = rule!(2 * H, None, "SAST", "SAST");
static AEST_DST: TzRule = rule!(10 * H, Some(Dst::Au), "AEST", "AEDT");
static AEST: TzRule = rule!(10 * H, None, "AEST", "AEST");
static ACST_DST: TzRule = rule!(9 * H + 1800, Some(Dst::Au), "ACST", "ACDT");
static AWST: TzRule = rule!(8 * H, None, "AWST", "AWST");
static NZ: TzRule = rule!(12 * H, Some(Dst::Nz), "NZST", "NZDT");

/// The rule of a region id, if it is one of the regions modelled here.
pub(crate) fn rule_of(id: &str) -> Option<&'static TzRule> {
    Some(match id {
        "America/New_York"
        | "America/Toronto"
        | "America/Detroit"
        | "US/Eastern"
        | "EST5EDT"
        | "America/Montreal"
        | "America/Indiana/Indianapolis" => &US_E,
        "America/Chicago" | "US/Central" | "CST6CDT" | "America/Winnipeg" => &US_C,
        "America/Denver" | "US/Mountain" | "MST7MDT" | "America/Edmonton" => &US_M,
        "America/Los_Angeles" | "US/Pacific" | "PST8PDT" | "America/Vancouver" => &US_P,
        "America/Anchorage" | "US/Alaska" => &US_AK,
        "America/Phoenix" | "US/Arizona" => &MST,
        "Pacific/Honolulu" | "US/Hawaii" => &HST,
        "Europe/London" | "GB" => &UK,
        "Europe/Dublin" => &IE,
        "Europe/Lisbon" | "Atlantic/Canary" | "Atlantic/Madeira" => &WET,
        "Europe/Berlin" | "Europe/Paris" | "Europe/Amsterdam" | "Europe/Brussels"
        | "Europe/Madrid" | "Europe/Rome" | "Europe/Vienna" | "Europe/Zurich"
        | "Europe/Stockholm" | "Europe/Oslo" | "Europe/Copenhagen" | "Europe/Warsaw"
        | "Europe/Prague" | "Europe/Budapest" | "Europe/Luxembourg" | "Europe/Belgrade"
        | "Europe/Bratislava" | "Europe/Ljubljana" | "Europe/Zagreb" | "Europe/Monaco"
        | "Europe/Malta" | "CET" => &CET,
        "Europe/Helsinki" | "Europe/Athens" | "Europe/Kiev" | "Europe/Kyiv"
        | "Europe/Bucharest" | "Europe/Sofia" | "Europe/Riga" | "Europe/Tallinn"
        | "Europe/Vilnius" | "EET" => &EET,
        "Europe/Moscow" => &MSK,
        "Asia/Kolkata" | "Asia/Calcutta" => &IST,
        "Asia/Shanghai" | "PRC" | "Asia/Taipei" => &CHINA,
        "Asia/Hong_Kong" => &HKT,
        "Asia/Singapore" => &SGT,
        "Asia/Tokyo" | "Japan" => &JST,
        "Asia/Seoul" => &KST,
        "Asia/Dubai" => &GST,
        "America/Sao_Paulo" => &BRT,
        "America/Argentina/Buenos_Aires" | "America/Buenos_Aires" => &ART,
        "Africa/Johannesburg" => &SAST,
        "Australia/Sydney"
        | "Australia/Melbourne"
        | "Australia/Canberra"
        | "Australia/Hobart"
        | "Australia/ACT"
        | "Australia/NSW"
        | "Australia/Victoria" => &AEST_DST,
        "Australia/Brisbane" | "Australia/Queensland" => &AEST,
        "Australia/Adelaide" | "Australia/South" => &ACST_DST,
        "Australia/Perth" | "Australia/West" => &AWST,
        "Pacific/Auckland" | "NZ" => &NZ,
        _ => return None,
    })
}

/// Epoch second of the `n`-th (1-based; 0 = last) Sunday of `month` in `year` at
/// `secs` past midnight UTC.
fn sunday(year: i64, month: i64, n: u32, secs: i64) -> i64 {
    let first = days_from_civil(year, month, 1);
    // 1970-01-01 was a Thursday; weekday 0 = Sunday
    let wd = (first + 4).rem_euclid(7);
    let first_sunday = first + (7 - wd) % 7;
    let day = if n == 0 {
        let next_month = if month == 12 {
            days_from_civil(year + 1, 1, 1)
        } else {
            days_from_civil(year, month + 1, 1)
        };
        let mut d = first_sunday;
        while d + 7 < next_month {
            d += 7;
        }
        d
    } else {
        first_sunday + 7 * i64::from(n - 1)
    };
    day * 86_400 + secs
}

impl TzRule {
    /// Whether daylight time is in force at `epoch` (seconds).
    fn in_dst(&self, epoch: i64) -> bool {
        let Some(dst) = self.dst else { return false };
        let year = Civil::from_epoch(epoch, 0, self.std).year;
        let std = i64::from(self.std);
        match dst {
            Dst::Us => {
                let start = sunday(year, 3, 2, 2 * 3600 - std);
                let end = sunday(year, 11, 1, 3600 - std);
                epoch >= start && epoch < end
            }
            Dst::Eu => {
                let start = sunday(year, 3, 0, 3600);
                let end = sunday(year, 10, 0, 3600);
                epoch >= start && epoch < end
            }
            Dst::Au => {
                let end = sunday(year, 4, 1, 2 * 3600 - std);
                let start = sunday(year, 10, 1, 2 * 3600 - std);
                epoch < end || epoch >= start
            }
            Dst::Nz => {
                let end = sunday(year, 4, 1, 2 * 3600 - std);
                let start = sunday(year, 9, 0, 2 * 3600 - std);
                epoch < end || epoch >= start
            }
        }
    }

    /// The offset at `epoch` (seconds).
    fn offset_at(&self, epoch: i64) -> i32 {
        if self.in_dst(epoch) {
            self.std + 3600
        } else {
            self.std
        }
    }

    /// The standard (winter) offset.
    pub(crate) fn std_offset(&self) -> i32 {
        self.std
    }

    /// Java's short name for the zone at `offset`.
    pub(crate) fn abbreviation(&self, offset: i32) -> &'static str {
        if offset == self.std {
            self.std_abbr
        } else {
            self.dst_abbr
        }
    }
}

impl Zone {
    /// The zone with the offset in force at `epoch` (seconds); fixed-offset zones are
    /// returned as they are.
    #[must_use]
    pub fn at_epoch(&self, epoch: i64) -> Zone {
        match self.rule {
            Some(r) => Zone {
                offset_secs: r.offset_at(epoch),
                ..self.clone()
            },
            None => self.clone(),
        }
    }

    /// The zone with the offset for local date-time `t` as `java.time` resolves it: in an
    /// overlap the earlier (daylight) offset, in a gap the offset before the gap (the
    /// local time then moves forward by the gap).
    #[must_use]
    pub fn for_local(&self, t: &Civil) -> Zone {
        let Some(r) = self.rule else {
            return self.clone();
        };
        let local = t.epoch_second(0);
        for off in [r.std + 3600, r.std] {
            if r.dst.is_none() && off != r.std {
                continue;
            }
            if r.offset_at(local - i64::from(off)) == off {
                return Zone {
                    offset_secs: off,
                    ..self.clone()
                };
            }
        }
        Zone {
            offset_secs: r.std,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Zone;

    fn offset(id: &str, epoch: i64) -> i32 {
        Zone::of(id).at_epoch(epoch).offset_secs
    }

    #[test]
    fn us_and_eu_transitions() {
        // 2024-03-10 06:59:59Z is 01:59:59 EST; 07:00Z is 03:00 EDT
        assert_eq!(offset("America/New_York", 1_710_053_999), -5 * 3600);
        assert_eq!(offset("America/New_York", 1_710_054_000), -4 * 3600);
        // 2024-10-27 00:59:59Z still CEST, 01:00Z CET
        assert_eq!(offset("Europe/Berlin", 1_729_990_799), 2 * 3600);
        assert_eq!(offset("Europe/Berlin", 1_729_990_800), 3600);
        assert_eq!(offset("Asia/Kolkata", 0), 19_800);
        assert_eq!(offset("Australia/Sydney", 1_704_067_200), 11 * 3600);
    }
}

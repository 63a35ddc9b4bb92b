//! `java.util.Locale` constants (`Locale.US`, `Locale.ENGLISH`, …) and
//! `new Locale(language[, country])`. Formatting here is always the ROOT/US one, so a
//! locale only travels as an argument (`new SimpleDateFormat(p, Locale.US)`,
//! `String.format(Locale.US, …)`, `toUpperCase(Locale.ROOT)`) and prints as its tag.

use std::any::Any;
use std::rc::Rc;

use syncscript_runtime::bind::{Ctx, HostObject, NativeFn, Registry};
use syncscript_runtime::error::RuntimeError;
use syncscript_runtime::value::Value;

use crate::util::{R, ctor, s, static_getters};

macro_rules! locales {
    ($($f:ident = $name:literal, $lang:literal, $country:literal;)*) => {
        $(
            fn $f(_: &mut dyn Ctx, _: &[Value]) -> R {
                Ok(locale($lang, $country))
            }
        )*
        /// The constants and their getters.
        const CONSTANTS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

locales! {
    us = "US", "en", "US";
    uk = "UK", "en", "GB";
    english = "ENGLISH", "en", "";
    germany = "GERMANY", "de", "DE";
    german = "GERMAN", "de", "";
    france = "FRANCE", "fr", "FR";
    french = "FRENCH", "fr", "";
    root = "ROOT", "", "";
    canada = "CANADA", "en", "CA";
    italy = "ITALY", "it", "IT";
    japan = "JAPAN", "ja", "JP";
    canada_french = "CANADA_FRENCH", "fr", "CA";
    italian = "ITALIAN", "it", "";
    japanese = "JAPANESE", "ja", "";
    korea = "KOREA", "ko", "KR";
    korean = "KOREAN", "ko", "";
    china = "CHINA", "zh", "CN";
    chinese = "CHINESE", "zh", "";
    prc = "PRC", "zh", "CN";
    taiwan = "TAIWAN", "zh", "TW";
    simplified_chinese = "SIMPLIFIED_CHINESE", "zh", "CN";
    traditional_chinese = "TRADITIONAL_CHINESE", "zh", "TW";
}

pub(crate) fn register(reg: &mut Registry) {
    static_getters(reg, "java.util.Locale", CONSTANTS);
    ctor(reg, "java.util.Locale", new_locale);
}

/// A `java.util.Locale`.
#[derive(Debug)]
pub(crate) struct Locale {
    language: String,
    country: String,
}

fn locale(language: &str, country: &str) -> Value {
    Value::Object(Rc::new(Locale {
        language: language.to_owned(),
        country: country.to_owned(),
    }))
}

/// The number separators of a Locale value (English for anything else).
pub(crate) fn separators_of(v: &Value) -> crate::java::format::Separators {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<Locale>()
            .map_or(crate::java::format::Separators::ENGLISH, |l| {
                crate::java::format::Separators::of_locale(&l.language, &l.country)
            }),
        _ => crate::java::format::Separators::ENGLISH,
    }
}

/// Whether `v` is a Locale (formatting methods skip a leading one).
pub(crate) fn is_locale(v: &Value) -> bool {
    matches!(v, Value::Object(o) if o.as_any().is::<Locale>())
}

/// `new Locale('de', 'AT')`: the language lower-cased, the country upper-cased.
/// `[Locale.US, new Locale('DE', 'at'), Locale.ENGLISH.language]` ⇒ `[en_US, de_AT, en]`
fn new_locale(_: &mut dyn Ctx, args: &[Value]) -> R {
    let part = |i: usize| args.get(i).and_then(Value::as_str).map(str::to_owned);
    match (args.len(), part(0), part(1)) {
        (1, Some(l), _) => Ok(locale(&l.to_lowercase(), "")),
        (2 | 3, Some(l), Some(c)) => Ok(locale(&l.to_lowercase(), &c.to_uppercase())),
        _ => Err(RuntimeError::missing_method(
            "<init>",
            "java.util.Locale",
            args,
        )),
    }
}

impl HostObject for Locale {
    fn class_name(&self) -> &'static str {
        "java.util.Locale"
    }

    // properties `language`, `country`: the bean rule, `HostObject::get`

    fn call(
        &self,
        _: &mut dyn Ctx,
        name: &str,
        args: &[Value],
    ) -> Result<Option<Value>, RuntimeError> {
        Ok(match (name, args) {
            ("getLanguage", []) => Some(s(self.language.as_str())),
            ("getCountry", []) => Some(s(self.country.as_str())),
            ("toLanguageTag", []) => Some(s(if self.country.is_empty() {
                self.language.clone()
            } else {
                format!("{}-{}", self.language, self.country)
            })),
            _ => None,
        })
    }

    fn to_display(&self) -> String {
        if self.country.is_empty() {
            self.language.clone()
        } else {
            format!("{}_{}", self.language, self.country)
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

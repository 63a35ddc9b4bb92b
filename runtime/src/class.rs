//! Builtin Java/Groovy classes: names, simple names and the type hierarchy that
//! `instanceof`, `catch (Type e)`, `case Type:` and `as Type` need (spec §10.5, §4.5).

use std::sync::Arc;

use crate::num::Num;
use crate::value::{ElemType, MapKind, RangeValue, SetKind, Value};

/// A builtin class.
#[derive(Debug, PartialEq, Eq)]
pub struct ClassInfo {
    /// Fully qualified name (`java.util.ArrayList`; `java.util.Map$Entry`).
    pub name: &'static str,
    /// `getSimpleName()` (`ArrayList`, `Entry`, `String[]`).
    pub simple: &'static str,
    /// Superclass name (`None` for `Object` and interfaces).
    pub parent: Option<&'static str>,
    /// Implemented (or, for interfaces, extended) interfaces.
    pub interfaces: &'static [&'static str],
    /// True for interfaces (`interface java.util.List`).
    pub interface: bool,
}

/// A class value: a builtin class, or a class named by a host object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassRef {
    /// One of [`CLASSES`].
    Builtin(&'static ClassInfo),
    /// A host class known only by name (extends `java.lang.Object`).
    Host(Arc<str>),
    /// The class Groovy generates for a closure literal (`script$_run_closure1`),
    /// a subclass of `groovy.lang.Closure`.
    Closure(Arc<str>),
}

macro_rules! classes {
    ($( $id:ident = $name:literal, $simple:literal, $parent:expr, [$($iface:literal),*], $is_iface:literal; )*) => {
        $(
            #[doc = concat!("`", $name, "`")]
            pub static $id: ClassInfo = ClassInfo {
                name: $name,
                simple: $simple,
                parent: $parent,
                interfaces: &[$($iface),*],
                interface: $is_iface,
            };
        )*
        /// Every builtin class.
        pub static CLASSES: &[&ClassInfo] = &[$(&$id),*];
    };
}

const O: Option<&str> = Some("java.lang.Object");
const RTE: Option<&str> = Some("java.lang.RuntimeException");

classes! {
    OBJECT = "java.lang.Object", "Object", None, [], false;
    COMPARABLE = "java.lang.Comparable", "Comparable", None, [], true;
    CHAR_SEQUENCE = "java.lang.CharSequence", "CharSequence", None, [], true;
    ITERABLE = "java.lang.Iterable", "Iterable", None, [], true;
    COLLECTION = "java.util.Collection", "Collection", None, ["java.lang.Iterable"], true;
    LIST = "java.util.List", "List", None, ["java.util.Collection"], true;
    SET = "java.util.Set", "Set", None, ["java.util.Collection"], true;
    SORTED_SET = "java.util.SortedSet", "SortedSet", None, ["java.util.Set"], true;
    MAP = "java.util.Map", "Map", None, [], true;
    SORTED_MAP = "java.util.SortedMap", "SortedMap", None, ["java.util.Map"], true;
    MAP_ENTRY = "java.util.Map$Entry", "Entry", None, [], true;
    COMPARATOR = "java.util.Comparator", "Comparator", None, [], true;
    NUMBER = "java.lang.Number", "Number", O, [], false;
    INTEGER = "java.lang.Integer", "Integer", Some("java.lang.Number"), ["java.lang.Comparable"], false;
    LONG = "java.lang.Long", "Long", Some("java.lang.Number"), ["java.lang.Comparable"], false;
    SHORT = "java.lang.Short", "Short", Some("java.lang.Number"), ["java.lang.Comparable"], false;
    BYTE = "java.lang.Byte", "Byte", Some("java.lang.Number"), ["java.lang.Comparable"], false;
    DOUBLE = "java.lang.Double", "Double", Some("java.lang.Number"), ["java.lang.Comparable"], false;
    FLOAT = "java.lang.Float", "Float", Some("java.lang.Number"), ["java.lang.Comparable"], false;
    BIG_INTEGER = "java.math.BigInteger", "BigInteger", Some("java.lang.Number"), ["java.lang.Comparable"], false;
    BIG_DECIMAL = "java.math.BigDecimal", "BigDecimal", Some("java.lang.Number"), ["java.lang.Comparable"], false;
    BOOLEAN = "java.lang.Boolean", "Boolean", O, ["java.lang.Comparable"], false;
    CHARACTER = "java.lang.Character", "Character", O, ["java.lang.Comparable"], false;
    STRING = "java.lang.String", "String", O, ["java.lang.CharSequence", "java.lang.Comparable"], false;
    GSTRING = "groovy.lang.GString", "GString", O, ["java.lang.CharSequence", "java.lang.Comparable"], false;
    GSTRING_IMPL = "org.codehaus.groovy.runtime.GStringImpl", "GStringImpl", Some("groovy.lang.GString"), [], false;
    STRING_BUILDER = "java.lang.StringBuilder", "StringBuilder", O, ["java.lang.CharSequence", "java.lang.Comparable"], false;
    ARRAY_LIST = "java.util.ArrayList", "ArrayList", O, ["java.util.List"], false;
    LIST_WITH_DEFAULT = "groovy.lang.ListWithDefault", "ListWithDefault", O, ["java.util.List"], false;
    MAP_WITH_DEFAULT = "groovy.lang.MapWithDefault", "MapWithDefault", O, ["java.util.Map"], false;
    LINKED_LIST = "java.util.LinkedList", "LinkedList", O, ["java.util.List"], false;
    HASH_SET = "java.util.HashSet", "HashSet", O, ["java.util.Set"], false;
    LINKED_HASH_SET = "java.util.LinkedHashSet", "LinkedHashSet", Some("java.util.HashSet"), [], false;
    TREE_SET = "java.util.TreeSet", "TreeSet", O, ["java.util.SortedSet"], false;
    HASH_MAP = "java.util.HashMap", "HashMap", O, ["java.util.Map"], false;
    LINKED_HASH_MAP = "java.util.LinkedHashMap", "LinkedHashMap", Some("java.util.HashMap"), [], false;
    TREE_MAP = "java.util.TreeMap", "TreeMap", O, ["java.util.SortedMap"], false;
    RANGE = "groovy.lang.Range", "Range", None, ["java.util.List"], true;
    INT_RANGE = "groovy.lang.IntRange", "IntRange", O, ["groovy.lang.Range"], false;
    OBJECT_RANGE = "groovy.lang.ObjectRange", "ObjectRange", O, ["groovy.lang.Range"], false;
    EMPTY_RANGE = "groovy.lang.EmptyRange", "EmptyRange", O, ["groovy.lang.Range"], false;
    CLOSURE = "groovy.lang.Closure", "Closure", O, [], false;
    CLASS = "java.lang.Class", "Class", O, [], false;
    PATTERN = "java.util.regex.Pattern", "Pattern", O, [], false;
    MATCHER = "java.util.regex.Matcher", "Matcher", O, [], false;
    STRING_ARRAY = "[Ljava.lang.String;", "String[]", O, [], false;
    OBJECT_ARRAY = "[Ljava.lang.Object;", "Object[]", O, [], false;
    CHAR_ARRAY = "[C", "char[]", O, [], false;
    BYTE_ARRAY = "[B", "byte[]", O, [], false;
    INT_ARRAY = "[I", "int[]", O, [], false;
    INT_TYPE = "int", "int", None, [], false;
    LONG_TYPE = "long", "long", None, [], false;
    DOUBLE_TYPE = "double", "double", None, [], false;
    FLOAT_TYPE = "float", "float", None, [], false;
    SHORT_TYPE = "short", "short", None, [], false;
    BYTE_TYPE = "byte", "byte", None, [], false;
    BOOLEAN_TYPE = "boolean", "boolean", None, [], false;
    CHAR_TYPE = "char", "char", None, [], false;
    MATH = "java.lang.Math", "Math", O, [], false;
    NULL_OBJECT = "org.codehaus.groovy.runtime.NullObject", "NullObject", O, [], false;
    SYSTEM = "java.lang.System", "System", O, [], false;
    THROWABLE = "java.lang.Throwable", "Throwable", O, [], false;
    EXCEPTION = "java.lang.Exception", "Exception", Some("java.lang.Throwable"), [], false;
    ERROR = "java.lang.Error", "Error", Some("java.lang.Throwable"), [], false;
    ASSERTION_ERROR = "java.lang.AssertionError", "AssertionError", Some("java.lang.Error"), [], false;
    POWER_ASSERTION_ERROR = "org.codehaus.groovy.runtime.powerassert.PowerAssertionError", "PowerAssertionError", Some("java.lang.AssertionError"), [], false;
    STACK_OVERFLOW_ERROR = "java.lang.StackOverflowError", "StackOverflowError", Some("java.lang.Error"), [], false;
    RUNTIME_EXCEPTION = "java.lang.RuntimeException", "RuntimeException", Some("java.lang.Exception"), [], false;
    IO_EXCEPTION = "java.io.IOException", "IOException", Some("java.lang.Exception"), [], false;
    NPE = "java.lang.NullPointerException", "NullPointerException", RTE, [], false;
    ILLEGAL_ARGUMENT = "java.lang.IllegalArgumentException", "IllegalArgumentException", RTE, [], false;
    NUMBER_FORMAT = "java.lang.NumberFormatException", "NumberFormatException", Some("java.lang.IllegalArgumentException"), [], false;
    ILLEGAL_STATE = "java.lang.IllegalStateException", "IllegalStateException", RTE, [], false;
    ARITHMETIC = "java.lang.ArithmeticException", "ArithmeticException", RTE, [], false;
    INDEX_OUT_OF_BOUNDS = "java.lang.IndexOutOfBoundsException", "IndexOutOfBoundsException", RTE, [], false;
    ARRAY_INDEX_OUT_OF_BOUNDS = "java.lang.ArrayIndexOutOfBoundsException", "ArrayIndexOutOfBoundsException", Some("java.lang.IndexOutOfBoundsException"), [], false;
    STRING_INDEX_OUT_OF_BOUNDS = "java.lang.StringIndexOutOfBoundsException", "StringIndexOutOfBoundsException", Some("java.lang.IndexOutOfBoundsException"), [], false;
    UNSUPPORTED_OPERATION = "java.lang.UnsupportedOperationException", "UnsupportedOperationException", RTE, [], false;
    CLASS_CAST = "java.lang.ClassCastException", "ClassCastException", RTE, [], false;
    NEGATIVE_ARRAY_SIZE = "java.lang.NegativeArraySizeException", "NegativeArraySizeException", RTE, [], false;
    NO_SUCH_ELEMENT = "java.util.NoSuchElementException", "NoSuchElementException", RTE, [], false;
    CONCURRENT_MODIFICATION = "java.util.ConcurrentModificationException", "ConcurrentModificationException", RTE, [], false;
    GROOVY_RUNTIME = "groovy.lang.GroovyRuntimeException", "GroovyRuntimeException", RTE, [], false;
    COMPILATION_FAILED = "org.codehaus.groovy.control.CompilationFailedException", "CompilationFailedException", Some("groovy.lang.GroovyRuntimeException"), [], false;
    MULTIPLE_COMPILATION_ERRORS = "org.codehaus.groovy.control.MultipleCompilationErrorsException", "MultipleCompilationErrorsException", Some("org.codehaus.groovy.control.CompilationFailedException"), [], false;
    MISSING_METHOD = "groovy.lang.MissingMethodException", "MissingMethodException", Some("groovy.lang.GroovyRuntimeException"), [], false;
    MISSING_METHOD_NO_STACK = "org.codehaus.groovy.runtime.metaclass.MissingMethodExceptionNoStack", "MissingMethodExceptionNoStack", Some("groovy.lang.MissingMethodException"), [], false;
    MISSING_PROPERTY = "groovy.lang.MissingPropertyException", "MissingPropertyException", Some("groovy.lang.GroovyRuntimeException"), [], false;
    GROOVY_CAST = "org.codehaus.groovy.runtime.typehandling.GroovyCastException", "GroovyCastException", Some("java.lang.ClassCastException"), [], false;
    ISSUE_TRACKER_EXCEPTION = "com.exalate.api.exception.IssueTrackerException", "IssueTrackerException", Some("java.lang.Exception"), [], false;
    // JDK/Groovy classes the stdlib implements (statics, constructors, host objects)
    DATE = "java.util.Date", "Date", O, ["java.lang.Comparable"], false;
    SQL_TIMESTAMP = "java.sql.Timestamp", "Timestamp", Some("java.util.Date"), [], false;
    CALENDAR = "java.util.Calendar", "Calendar", O, ["java.lang.Comparable"], false;
    GREGORIAN_CALENDAR = "java.util.GregorianCalendar", "GregorianCalendar", Some("java.util.Calendar"), [], false;
    TIME_ZONE = "java.util.TimeZone", "TimeZone", O, [], false;
    LOCALE = "java.util.Locale", "Locale", O, [], false;
    SIMPLE_DATE_FORMAT = "java.text.SimpleDateFormat", "SimpleDateFormat", O, [], false;
    DECIMAL_FORMAT = "java.text.DecimalFormat", "DecimalFormat", O, [], false;
    ROUNDING_MODE = "java.math.RoundingMode", "RoundingMode", O, [], false;
    MATH_CONTEXT = "java.math.MathContext", "MathContext", O, [], false;
    INSTANT = "java.time.Instant", "Instant", O, ["java.lang.Comparable"], false;
    LOCAL_DATE = "java.time.LocalDate", "LocalDate", O, ["java.lang.Comparable"], false;
    LOCAL_DATE_TIME = "java.time.LocalDateTime", "LocalDateTime", O, ["java.lang.Comparable"], false;
    ZONED_DATE_TIME = "java.time.ZonedDateTime", "ZonedDateTime", O, ["java.lang.Comparable"], false;
    OFFSET_DATE_TIME = "java.time.OffsetDateTime", "OffsetDateTime", O, ["java.lang.Comparable"], false;
    ZONE_ID = "java.time.ZoneId", "ZoneId", O, [], false;
    ZONE_OFFSET = "java.time.ZoneOffset", "ZoneOffset", Some("java.time.ZoneId"), [], false;
    DATE_TIME_FORMATTER = "java.time.format.DateTimeFormatter", "DateTimeFormatter", O, [], false;
    DURATION = "java.time.Duration", "Duration", O, ["java.lang.Comparable"], false;
    CHRONO_UNIT = "java.time.temporal.ChronoUnit", "ChronoUnit", O, [], false;
    DAY_OF_WEEK = "java.time.DayOfWeek", "DayOfWeek", O, ["java.lang.Comparable"], false;
    TIME_UNIT = "java.util.concurrent.TimeUnit", "TimeUnit", O, [], false;
    JSON_SLURPER = "groovy.json.JsonSlurper", "JsonSlurper", O, [], false;
    JSON_SLURPER_CLASSIC = "groovy.json.JsonSlurperClassic", "JsonSlurperClassic", O, [], false;
    JSON_OUTPUT = "groovy.json.JsonOutput", "JsonOutput", O, [], false;
    JSON_BUILDER = "groovy.json.JsonBuilder", "JsonBuilder", O, [], false;
    UUID = "java.util.UUID", "UUID", O, ["java.lang.Comparable"], false;
    URL_ENCODER = "java.net.URLEncoder", "URLEncoder", O, [], false;
    URL_DECODER = "java.net.URLDecoder", "URLDecoder", O, [], false;
    STANDARD_CHARSETS = "java.nio.charset.StandardCharsets", "StandardCharsets", O, [], false;
    URI = "java.net.URI", "URI", O, ["java.lang.Comparable"], false;
    URI_SYNTAX = "java.net.URISyntaxException", "URISyntaxException", Some("java.lang.Exception"), [], false;
    BASE64 = "java.util.Base64", "Base64", O, [], false;
    OBJECTS = "java.util.Objects", "Objects", O, [], false;
    COLLECTIONS = "java.util.Collections", "Collections", O, [], false;
    ARRAYS = "java.util.Arrays", "Arrays", O, [], false;
    THREAD = "java.lang.Thread", "Thread", O, [], false;
    PATTERN_SYNTAX = "java.util.regex.PatternSyntaxException", "PatternSyntaxException", Some("java.lang.IllegalArgumentException"), [], false;
    ILLEGAL_FORMAT = "java.util.IllegalFormatException", "IllegalFormatException", Some("java.lang.IllegalArgumentException"), [], false;
    UNKNOWN_FORMAT_CONVERSION = "java.util.UnknownFormatConversionException", "UnknownFormatConversionException", Some("java.util.IllegalFormatException"), [], false;
    ILLEGAL_FORMAT_CONVERSION = "java.util.IllegalFormatConversionException", "IllegalFormatConversionException", Some("java.util.IllegalFormatException"), [], false;
    MISSING_FORMAT_ARGUMENT = "java.util.MissingFormatArgumentException", "MissingFormatArgumentException", Some("java.util.IllegalFormatException"), [], false;
    MISSING_FORMAT_WIDTH = "java.util.MissingFormatWidthException", "MissingFormatWidthException", Some("java.util.IllegalFormatException"), [], false;
    PARSE_EXCEPTION = "java.text.ParseException", "ParseException", Some("java.lang.Exception"), [], false;
    DATE_TIME_EXCEPTION = "java.time.DateTimeException", "DateTimeException", RTE, [], false;
    DATE_TIME_PARSE = "java.time.format.DateTimeParseException", "DateTimeParseException", Some("java.time.DateTimeException"), [], false;
    UNSUPPORTED_TEMPORAL = "java.time.temporal.UnsupportedTemporalTypeException", "UnsupportedTemporalTypeException", Some("java.time.DateTimeException"), [], false;
    JSON_EXCEPTION = "groovy.json.JsonException", "JsonException", RTE, [], false;
    LOGGER_FACTORY = "org.slf4j.LoggerFactory", "LoggerFactory", O, [], false;
    LOGGER = "org.slf4j.Logger", "Logger", None, [], true;
}

/// Packages whose classes are visible without an import (spec §9).
const DEFAULT_PACKAGES: &[&str] = &[
    "java.lang.",
    "java.util.",
    "java.io.",
    "java.net.",
    "groovy.lang.",
    "groovy.util.",
    "java.math.BigDecimal",
    "java.math.BigInteger",
];

/// Finds a builtin class by its fully qualified name.
#[must_use]
pub fn by_name(name: &str) -> Option<&'static ClassInfo> {
    CLASSES.iter().copied().find(|c| c.name == name)
}

/// The class of a primitive type named as a value (`int` in `println(int)`), which
/// Java prints without the `class ` prefix; `None` for any other name.
#[must_use]
pub fn primitive(name: &str) -> Option<ClassRef> {
    let info = match name {
        "int" => &INT_TYPE,
        "long" => &LONG_TYPE,
        "double" => &DOUBLE_TYPE,
        "float" => &FLOAT_TYPE,
        "short" => &SHORT_TYPE,
        "byte" => &BYTE_TYPE,
        "boolean" => &BOOLEAN_TYPE,
        "char" => &CHAR_TYPE,
        _ => return None,
    };
    Some(ClassRef::Builtin(info))
}

/// Resolves a class name as written in a script (`String`, `java.util.List`,
/// `Map.Entry`, `int`, `String[]`): simple names only for default-imported packages.
#[must_use]
pub fn resolve(written: &str) -> Option<ClassRef> {
    let info = match written {
        "int" => &INTEGER,
        "long" => &LONG,
        "double" => &DOUBLE,
        "float" => &FLOAT,
        "short" => &SHORT,
        "byte" => &BYTE,
        "boolean" => &BOOLEAN,
        "char" => &CHARACTER,
        "def" => &OBJECT,
        "Map.Entry" | "java.util.Map.Entry" => &MAP_ENTRY,
        "String[]" | "java.lang.String[]" => &STRING_ARRAY,
        "Object[]" => &OBJECT_ARRAY,
        "char[]" => &CHAR_ARRAY,
        "byte[]" => &BYTE_ARRAY,
        "int[]" => &INT_ARRAY,
        _ => {
            if written.contains('.') {
                by_name(written)?
            } else {
                CLASSES.iter().copied().find(|c| {
                    c.simple == written
                        && DEFAULT_PACKAGES.iter().any(|p| {
                            if p.ends_with('.') {
                                c.name
                                    .strip_prefix(p)
                                    .is_some_and(|rest| !rest.contains(['.', '$']))
                            } else {
                                c.name == *p
                            }
                        })
                })?
            }
        }
    };
    Some(ClassRef::Builtin(info))
}

impl ClassRef {
    /// `getName()`.
    #[must_use]
    pub fn name(&self) -> &str {
        match self {
            ClassRef::Builtin(c) => c.name,
            ClassRef::Host(n) | ClassRef::Closure(n) => n,
        }
    }

    /// `getSimpleName()`.
    #[must_use]
    pub fn simple_name(&self) -> &str {
        match self {
            ClassRef::Builtin(c) => c.simple,
            ClassRef::Host(n) => n.rsplit(['.', '$']).next().unwrap_or(n),
            ClassRef::Closure(n) => n.rsplit('$').next().unwrap_or(n),
        }
    }

    /// True for the primitive types (`int`, `double`, …), see [`primitive`].
    #[must_use]
    pub fn is_primitive(&self) -> bool {
        matches!(self, ClassRef::Builtin(c) if !c.name.contains(['.', '[']))
    }

    /// True for interfaces.
    #[must_use]
    pub fn is_interface(&self) -> bool {
        matches!(self, ClassRef::Builtin(c) if c.interface)
    }

    /// The builtin class info, if builtin.
    #[must_use]
    pub fn info(&self) -> Option<&'static ClassInfo> {
        match self {
            ClassRef::Builtin(c) => Some(c),
            ClassRef::Host(_) | ClassRef::Closure(_) => None,
        }
    }

    /// True when `self` is `other` or a subclass/implementation of it
    /// (`Class.isAssignableFrom` reversed).
    #[must_use]
    pub fn is_subclass_of(&self, other: &ClassRef) -> bool {
        if self == other || other.name() == "java.lang.Object" {
            return true;
        }
        match self {
            ClassRef::Builtin(c) => info_is_subclass(c, other.name(), 0),
            ClassRef::Closure(_) => info_is_subclass(&CLOSURE, other.name(), 0),
            ClassRef::Host(_) => false,
        }
    }

    /// True for Throwable classes.
    #[must_use]
    pub fn is_throwable(&self) -> bool {
        self.is_subclass_of(&ClassRef::Builtin(&THROWABLE))
    }
}

fn info_is_subclass(c: &ClassInfo, target: &str, depth: u32) -> bool {
    if c.name == target {
        return true;
    }
    if depth > 16 {
        return false;
    }
    if let Some(p) = c.parent.and_then(by_name) {
        if info_is_subclass(p, target, depth + 1) {
            return true;
        }
    }
    c.interfaces
        .iter()
        .filter_map(|i| by_name(i))
        .any(|i| info_is_subclass(i, target, depth + 1))
}

/// `x instanceof C` (null is never an instance).
#[must_use]
pub fn is_instance(v: &Value, c: &ClassRef) -> bool {
    if let Value::Closure(f) = v
        && f.is_comparator()
        && c.name() == COMPARATOR.name
    {
        return true;
    }
    match class_of(v) {
        Some(vc) => vc.is_subclass_of(c),
        None => false,
    }
}

/// `x instanceof T[]`: only a Java array is one; a `String[]` is also an `Object[]`
/// (arrays of references are covariant), a primitive array only of its own type.
/// Arrays of arrays are never created by scripts, so `dims > 1` is false.
#[must_use]
pub fn is_array_instance(v: &Value, elem: &str, dims: u8) -> bool {
    use crate::value::ElemType;
    let Value::Array(a) = v else { return false };
    if dims != 1 {
        return false;
    }
    let simple = elem.rsplit('.').next().unwrap_or(elem);
    matches!(
        (a.borrow().elem, simple),
        (ElemType::String | ElemType::Object, "Object")
            | (ElemType::String, "String" | "CharSequence")
            | (ElemType::Int, "int")
            | (ElemType::Char, "char")
            | (ElemType::Byte, "byte")
    )
}

/// The runtime class of a value (`getClass()`); `None` for null.
#[must_use]
pub fn class_of(v: &Value) -> Option<ClassRef> {
    let info: &'static ClassInfo = match v {
        Value::Null => return None,
        Value::Bool(_) => &BOOLEAN,
        Value::Num(n) => match n {
            Num::Int(_) => &INTEGER,
            Num::Long(_) => &LONG,
            Num::BigInt(_) => &BIG_INTEGER,
            Num::BigDec(_) => &BIG_DECIMAL,
            Num::Double(_) => &DOUBLE,
            Num::Float(_) => &FLOAT,
        },
        Value::Str(_) => &STRING,
        Value::GString(_) => &GSTRING_IMPL,
        Value::Char(_) => &CHARACTER,
        Value::List(l) if crate::value::list_default(l).is_some() => &LIST_WITH_DEFAULT,
        Value::List(_) => &ARRAY_LIST,
        Value::Map(m) if m.borrow().default.is_some() => &MAP_WITH_DEFAULT,
        Value::Map(m) => match m.borrow().kind {
            MapKind::Linked => &LINKED_HASH_MAP,
            MapKind::Hash => &HASH_MAP,
            MapKind::Tree => &TREE_MAP,
        },
        Value::Set(s) => match s.borrow().kind {
            SetKind::Linked => &LINKED_HASH_SET,
            SetKind::Hash => &HASH_SET,
            SetKind::Tree => &TREE_SET,
        },
        Value::Array(a) => match a.borrow().elem {
            ElemType::String => &STRING_ARRAY,
            ElemType::Object => &OBJECT_ARRAY,
            ElemType::Char => &CHAR_ARRAY,
            ElemType::Byte => &BYTE_ARRAY,
            ElemType::Int => &INT_ARRAY,
        },
        Value::Range(r) => match &**r {
            RangeValue::Int { .. } => &INT_RANGE,
            RangeValue::Empty(_) => &EMPTY_RANGE,
            RangeValue::Obj { .. } => &OBJECT_RANGE,
        },
        Value::Closure(c) => match c.class_name() {
            Some(n) => return Some(ClassRef::Closure(n)),
            None => &CLOSURE,
        },
        // LinkedHashMap's entries; close enough for `instanceof Map.Entry`
        Value::Entry(_) => &MAP_ENTRY,
        Value::Class(_) => &CLASS,
        Value::Pattern(_) => &PATTERN,
        Value::Matcher(_) => &MATCHER,
        Value::Exception(e) => return Some(e.class.clone()),
        Value::Object(o) => {
            let name = o.class_name();
            return Some(match by_name(name) {
                Some(info) => ClassRef::Builtin(info),
                None => ClassRef::Host(Arc::from(name)),
            });
        }
    };
    Some(ClassRef::Builtin(info))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy_of_exceptions() {
        let npe = ClassRef::Builtin(&NPE);
        assert!(npe.is_subclass_of(&resolve("RuntimeException").unwrap()));
        assert!(npe.is_subclass_of(&resolve("Exception").unwrap()));
        assert!(npe.is_subclass_of(&resolve("Throwable").unwrap()));
        assert!(!npe.is_subclass_of(&resolve("IllegalArgumentException").unwrap()));
        let nfe = resolve("NumberFormatException").unwrap();
        assert!(nfe.is_subclass_of(&resolve("IllegalArgumentException").unwrap()));
        let pae = ClassRef::Builtin(&POWER_ASSERTION_ERROR);
        assert!(!pae.is_subclass_of(&resolve("Exception").unwrap()));
        assert!(pae.is_subclass_of(&resolve("Throwable").unwrap()));
        let mpe = resolve("MissingPropertyException").unwrap();
        assert!(mpe.is_subclass_of(&resolve("groovy.lang.GroovyRuntimeException").unwrap()));
    }

    #[test]
    fn collections_are_instances_of_interfaces() {
        let list = Value::list(vec![]);
        assert!(is_instance(&list, &resolve("List").unwrap()));
        assert!(is_instance(&list, &resolve("Collection").unwrap()));
        assert!(is_instance(&list, &resolve("java.util.ArrayList").unwrap()));
        assert!(!is_instance(&list, &resolve("Map").unwrap()));
        let map = Value::map(vec![]);
        assert!(is_instance(&map, &resolve("java.util.Map").unwrap()));
        assert!(is_instance(&map, &resolve("HashMap").unwrap()));
        assert!(!is_instance(&Value::Null, &resolve("Object").unwrap()));
        assert!(is_instance(&Value::int(1), &resolve("Number").unwrap()));
        assert!(!is_instance(
            &Value::Num(Num::Long(1)),
            &resolve("Integer").unwrap()
        ));
        assert!(is_instance(
            &Value::gstring("x"),
            &resolve("GString").unwrap()
        ));
        assert!(!is_instance(
            &Value::gstring("x"),
            &resolve("String").unwrap()
        ));
        assert!(is_instance(
            &Value::gstring("x"),
            &resolve("CharSequence").unwrap()
        ));
    }

    #[test]
    fn simple_names_need_default_packages() {
        assert!(resolve("RoundingMode").is_none());
        assert_eq!(resolve("Entry"), None);
        assert_eq!(resolve("Map.Entry").unwrap().name(), "java.util.Map$Entry");
        assert_eq!(
            resolve("BigDecimal").unwrap().name(),
            "java.math.BigDecimal"
        );
        assert_eq!(resolve("int").unwrap().name(), "java.lang.Integer");
        assert_eq!(resolve("String[]").unwrap().simple_name(), "String[]");
    }
}

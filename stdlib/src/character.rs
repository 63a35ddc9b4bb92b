//! Methods of Character receivers (`'a' as char`, `toCharArray()` elements): the GDK's
//! `isDigit()`, `isLetter()`, `toUpperCase()` … and Java's `charValue()`.

use syncscript_runtime::bind::{Ctx, Registry, TypeTag};
use syncscript_runtime::value::Value;

use crate::java::text;
use crate::util::{R, method, no_method, s};

pub(crate) fn register(reg: &mut Registry) {
    let c = &[TypeTag::Char];
    method(reg, c, "isDigit", is_digit);
    method(reg, c, "isLetter", is_letter);
    method(reg, c, "isLetterOrDigit", is_letter_or_digit);
    method(reg, c, "isWhitespace", is_whitespace);
    method(reg, c, "isUpperCase", is_upper_case);
    method(reg, c, "isLowerCase", is_lower_case);
    method(reg, c, "toUpperCase", to_upper_case);
    method(reg, c, "toLowerCase", to_lower_case);
    method(reg, c, "charValue", char_value);
    method(reg, c, "toString", to_string);
    method(reg, c, "next", next);
    crate::util::static_fn(reg, "java.lang.Character", "toChars", to_chars);
}

/// `Character.toChars(codePoint)`: the character as a `char[]` (one element here even
/// for a supplementary code point, which Java splits into two UTF-16 units).
/// `new String(Character.toChars(233))` ⇒ `é`
fn to_chars(_: &mut dyn Ctx, args: &[Value]) -> R {
    let cp = match args {
        [v] => crate::util::int_of(v),
        _ => None,
    };
    let Some(c) = cp.and_then(|n| u32::try_from(n).ok()).and_then(char::from_u32) else {
        return Err(crate::util::throw(
            "java.lang.IllegalArgumentException",
            format!(
                "Not a valid Unicode code point: 0x{:X}",
                cp.unwrap_or(-1) as u32
            ),
        ));
    };
    Ok(Value::array(
        syncscript_runtime::value::ElemType::Char,
        vec![Value::Char(c)],
    ))
}

fn ch(
    name: &str,
    this: &Value,
    args: &[Value],
) -> Result<char, syncscript_runtime::error::RuntimeError> {
    match this {
        Value::Char(c) => Ok(*c),
        _ => Err(no_method(name, this, args)),
    }
}

/// Whether the character is a digit.
/// `('7' as char).isDigit()` ⇒ `true`
fn is_digit(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Bool(ch("isDigit", this, args)?.is_numeric()))
}

/// Whether the character is a letter.
/// `('x' as char).isLetter()` ⇒ `true`
fn is_letter(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Bool(ch("isLetter", this, args)?.is_alphabetic()))
}

/// Whether the character is a letter or a digit.
/// `('_' as char).isLetterOrDigit()` ⇒ `false`
fn is_letter_or_digit(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Bool(
        ch("isLetterOrDigit", this, args)?.is_alphanumeric(),
    ))
}

/// Whether the character is whitespace (Java's definition).
/// `(' ' as char).isWhitespace()` ⇒ `true`
fn is_whitespace(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Bool(text::is_java_whitespace(ch(
        "isWhitespace",
        this,
        args,
    )?)))
}

/// Whether the character is upper case.
/// `('A' as char).isUpperCase()` ⇒ `true`
fn is_upper_case(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Bool(ch("isUpperCase", this, args)?.is_uppercase()))
}

/// Whether the character is lower case.
/// `('A' as char).isLowerCase()` ⇒ `false`
fn is_lower_case(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Bool(ch("isLowerCase", this, args)?.is_lowercase()))
}

/// The upper-case character.
/// `('a' as char).toUpperCase()` ⇒ `A`
fn to_upper_case(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let c = ch("toUpperCase", this, args)?;
    Ok(Value::Char(c.to_uppercase().next().unwrap_or(c)))
}

/// The lower-case character.
/// `('A' as char).toLowerCase()` ⇒ `a`
fn to_lower_case(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let c = ch("toLowerCase", this, args)?;
    Ok(Value::Char(c.to_lowercase().next().unwrap_or(c)))
}

/// The character itself.
/// `('a' as char).charValue()` ⇒ `a`
fn char_value(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(Value::Char(ch("charValue", this, args)?))
}

/// A one-character String.
/// `('a' as char).toString().class.simpleName` ⇒ `String`
fn to_string(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    Ok(s(ch("toString", this, args)?.to_string()))
}

/// The next character.
/// `('a' as char).next()` ⇒ `b`
fn next(_: &mut dyn Ctx, this: &Value, args: &[Value]) -> R {
    let c = ch("next", this, args)?;
    Ok(Value::Char(char::from_u32(c as u32 + 1).unwrap_or(c)))
}

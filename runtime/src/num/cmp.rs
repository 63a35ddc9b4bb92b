//! Numeric comparison and `==` (§4.4): values compared after promotion; doubles follow
//! Java `Double.compare` (NaN equals itself and sorts last, −0.0 < 0.0), except the
//! relational operators between two Double operands, which Groovy evaluates with
//! IEEE primitive comparisons (`NaN < 1.0d` and `NaN > 1.0d` are both false).

use std::cmp::Ordering;

use super::Num;
use super::arith::Math;

/// Java `Double.compare`: a total order with −0.0 < 0.0 and NaN above everything
/// (equal to itself).
#[must_use]
pub fn java_double_compare(a: f64, b: f64) -> Ordering {
    if a < b {
        return Ordering::Less;
    }
    if a > b {
        return Ordering::Greater;
    }
    let (x, y) = (super::double_to_long_bits(a), super::double_to_long_bits(b));
    x.cmp(&y)
}

/// A relational operator, for [`Num::relational`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl Num {
    /// `<=>` / `compareTo` between numbers after promotion (§4.2 table).
    #[must_use]
    #[inline]
    pub fn num_cmp(&self, o: &Num) -> Ordering {
        match (self, o) {
            (Num::Int(a), Num::Int(b)) => a.cmp(b),
            (Num::Long(a), Num::Long(b)) => a.cmp(b),
            _ => self.num_cmp_slow(o),
        }
    }

    /// [`Num::num_cmp`] after promotion (kept out of line so the fast path inlines).
    fn num_cmp_slow(&self, o: &Num) -> Ordering {
        match self.math_class().max(o.math_class()) {
            Math::Int => self.to_i32().cmp(&o.to_i32()),
            Math::Long => self.to_i64().cmp(&o.to_i64()),
            Math::BigInt => self.as_bigint().cmp(&o.as_bigint()),
            Math::BigDec => self.as_bigdec().compare(&o.as_bigdec()),
            Math::Double => java_double_compare(self.to_f64(), o.to_f64()),
        }
    }

    /// Groovy `==` between numbers: `num_cmp(..) == Equal` (`1 == 1L`, `1.0 == 1.00`,
    /// `0.1f == 0.1d` is false, `NaN == NaN` is true, `0.0d == -0.0d` is false).
    #[must_use]
    #[inline]
    pub fn num_eq(&self, o: &Num) -> bool {
        if let (Num::Int(a), Num::Int(b)) = (self, o) {
            return a == b;
        }
        self.num_cmp(o) == Ordering::Equal
    }

    /// `<`, `<=`, `>`, `>=`: IEEE comparison when both operands are Double (as the Groovy
    /// 2.4 oracle does: `NaN > 1.0d` false, `-0.0d < 0.0d` false), otherwise
    /// [`Num::num_cmp`] (Float operands and mixed types: `NaN > 1` true).
    #[must_use]
    pub fn relational(&self, o: &Num, rel: Relation) -> bool {
        if let (Num::Double(a), Num::Double(b)) = (self, o) {
            return match rel {
                Relation::Lt => a < b,
                Relation::Le => a <= b,
                Relation::Gt => a > b,
                Relation::Ge => a >= b,
            };
        }
        let c = self.num_cmp(o);
        match rel {
            Relation::Lt => c == Ordering::Less,
            Relation::Le => c != Ordering::Greater,
            Relation::Gt => c == Ordering::Greater,
            Relation::Ge => c != Ordering::Less,
        }
    }
}

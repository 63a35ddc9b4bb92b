//! Groovy's number tower: Integer, Long, BigInteger, BigDecimal, Double and Float with
//! Java/Groovy arithmetic, comparison, equality and string forms.

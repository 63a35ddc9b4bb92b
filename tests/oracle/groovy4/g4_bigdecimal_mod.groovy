// Groovy 4: % on BigDecimal is remainder() (2.4 throws UnsupportedOperationException).
[7.5 % 2, -7.5 % 2, 10.25 % 0.5]

def amounts = [1234567.891, -0.5, 0.0, 1e6, 12.345d, 0.125]
amounts.collect { a ->
    [String.format('%,.2f', a), String.format(Locale.GERMANY, '%,.2f', a), String.format(Locale.US, '%.1e', a as double),
     String.format('%10.3f|', a), String.format('%-10.1f|', a), String.format('%+.0f', a)]
}

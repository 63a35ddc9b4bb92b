def inputs = ['1,234.50', '1.234,50', ' 42 ', '-7', '3e2', '0x1F', '007', '', null, '12abc', '1_000']
inputs.collect { s ->
    def clean = s?.trim()?.replace(',', '')
    [s, clean?.isNumber(), clean?.isInteger(), clean?.isBigDecimal() ? clean.toBigDecimal() : null,
     (clean && clean.isInteger()) ? clean.toInteger() : 'n/a']
}

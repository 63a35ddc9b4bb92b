['12', ' 7', '1e3', '.5', '5.', '', '1_000', '0x10', '1L', '-3', '+4', '3.0', 'abc', '1.5e-2', ' ', '99999999999'].collect {
  [it, it.isNumber(), it.isInteger(), it.isLong(), it.isBigDecimal(), it.isDouble()]
}

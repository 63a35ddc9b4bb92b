def n = 1234567.891
[
  String.format("%,.2f", n),
  String.format("%.0f", 2.5d),
  String.format("%.0f", 3.5d),
  String.format("%05d", 42),
  String.format("%-6s|", "ab"),
  String.format("%6.2f%%", 12.345),
  String.format("%x", 255),
  String.format("%e", 12345.678d),
  Math.round(2.5d),
  Math.round(-2.5d),
  (n as double).round(2),
  n.setScale(1, java.math.RoundingMode.DOWN),
  (0.1 + 0.2),
  (0.1d + 0.2d),
  1.0 / 3,
  (1.0 / 3).class.simpleName,
  2 ** 10, 2 ** -1, 2.0 ** 2,
  Integer.toHexString(48879), Long.toString(255L, 2)
]

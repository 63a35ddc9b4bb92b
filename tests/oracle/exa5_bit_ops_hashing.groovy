int h = 17
['SUP-1', 'SUP-2', 'OPS-10'].each { k -> h = h * 31 + k.hashCode() }
def flags = 0
flags |= 1 << 3
flags |= 1 << 0
def hasBit = { int v, int b -> (v & (1 << b)) != 0 }
[h, flags, hasBit(flags, 3), hasBit(flags, 2), flags ^ 0xFF, ~flags, -16 >> 2, -16 >>> 28, 1L << 40, (1 << 31), Integer.toBinaryString(flags),
 Integer.toHexString(-1), Long.toHexString(255L), Integer.parseInt('ff', 16), Integer.parseInt('-101', 2), Long.parseLong('7fffffffffffffff', 16),
 Integer.bitCount(255), 0x7fffffff + 1, 0b1010, 017, 1_000_000, Integer.reverse(1), Integer.highestOneBit(100), Math.abs(h % 10)]

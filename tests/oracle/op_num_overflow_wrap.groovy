[Integer.MAX_VALUE * 2, Integer.MIN_VALUE - 1, Long.MAX_VALUE * 2, -Integer.MIN_VALUE, Math.abs(Integer.MIN_VALUE), 65536 * 65536, 65536L * 65536, (byte) 200, (short) 70000, (int) 3000000000L]

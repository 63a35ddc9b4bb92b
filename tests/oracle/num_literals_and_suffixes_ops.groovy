def r = []
r << (1_000 * 1_000)
r << 0x1F + 0b11 + 010
r << 1e0.getClass().simpleName
r << (5i / 2i)
r << (5L.intdiv(2L))
r << (3.0f * 2).getClass().simpleName
r << (2.5d + 1.5f)
r << (1G + 1L).getClass().simpleName
r << 1.0G.getClass().simpleName
r << (-1.5).abs()
r << (-0x10)
r << 1e-2 * 100
r << 12.345.setScale(1, java.math.RoundingMode.DOWN)
r

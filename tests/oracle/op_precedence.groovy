def r = [:]
r.pow = 2 ** 3 ** 2
r.negPow = -3 ** 2
r.negAbs = -5.abs()
r.mix = 1 + 2 * 3 - 4 / 2
r.rng = (1..2 + 1).toList()
r.cmp = 1 < 2 == true
r.tern = true ? 1 : false ? 2 : 3
r.elvisChain = null ?: 0 ?: 'last'
r.andOr = true || false && false
r.not = !true == false
r.bit = 6 & 3 | 8
r.shift = 1 << 4
r

def r = []
[{ 7.remainder(3) }, { (-7).remainder(3) }, { 7.5.remainder(2) }, { (-7.5).remainder(2) }, { (-7G).remainder(3G) }, { (-7G).remainder(3) }, { 7G.remainder(-3G) }, { (-7L).remainder(3L) }, { (-7G).mod(3) }, { (-7).mod(3) }, { 7.0d.remainder(2) }].each { c ->
  try { r << c() } catch (e) { r << e.getClass().simpleName }
}
r

def r = []
r << Math.round(2.5d) << Math.round(-2.5d) << Math.round(2.4f) << Math.round(-0.5d)
r << Math.floor(-1.1d) << Math.ceil(-1.1d) << Math.abs(-7) << Math.abs(Integer.MIN_VALUE)
r << Math.max(3, 7L) << Math.min(2.5d, 1) << Math.pow(2, 10) << Math.sqrt(2)
r << Math.floorDiv(-7, 2) << Math.floorMod(-7, 2) << (-7).intdiv(2) << -7 % 2
r << Math.signum(-3.2d) << Math.hypot(3, 4) << Math.log10(1000) << Math.cbrt(27)
r << Math.toIntExact(123L) << Math.round(1.23456 * 100) / 100
try { Math.toIntExact(3000000000L) } catch (ArithmeticException e) { r << e.message }
try { Math.addExact(Integer.MAX_VALUE, 1) } catch (ArithmeticException e) { r << e.message }
r << Math.PI.round(3)
r

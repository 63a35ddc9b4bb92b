def classify(Closure c) {
  try { c(); 'none' }
  catch (NumberFormatException e) { 'NFE' }
  catch (IllegalArgumentException e) { 'IAE' }
  catch (ArithmeticException e) { 'AE' }
  catch (IndexOutOfBoundsException e) { 'IOOBE:' + e.getClass().simpleName }
  catch (NullPointerException e) { 'NPE' }
  catch (MissingPropertyException e) { 'MPE' }
  catch (MissingMethodException e) { 'MME' }
  catch (RuntimeException e) { 'RTE:' + e.getClass().simpleName }
  catch (Exception e) { 'EX:' + e.getClass().simpleName }
}
[classify { 'x'.toInteger() }, classify { throw new IllegalArgumentException() }, classify { 1 / 0 },
 classify { [1].get(3) }, classify { 'ab'[5] }, classify { [1][-5] }, classify { null.x() },
 classify { nope }, classify { 'a'.nope() }, classify { [].first() }, classify { throw new Exception('e') },
 classify { throw new UnsupportedOperationException() }, classify { Integer x = 'a' }]

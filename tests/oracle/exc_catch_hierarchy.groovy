def r = []
try { null.x() } catch (RuntimeException e) { r << e.getClass().name }
try { throw new Exception('plain') } catch (e) { r << e.message }
try { [].first() } catch (NoSuchElementException e) { r << e.getClass().simpleName }
try { Integer.parseInt('x') } catch (NumberFormatException e) { r << e.message }
try { 'abc'.substring(5) } catch (IndexOutOfBoundsException e) { r << e.getClass().simpleName }
try { throw new RuntimeException('rt') } catch (Exception e) { r << e.message }
try { 1 / 0 } catch (ArithmeticException e) { r << e.message }
r

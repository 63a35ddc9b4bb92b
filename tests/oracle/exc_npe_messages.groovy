def r = []
def n = null
try { n.size() } catch (NullPointerException e) { r << e.message }
try { n.foo } catch (NullPointerException e) { r << e.message }
try { n.foo = 1 } catch (NullPointerException e) { r << e.message }
try { n[0] } catch (NullPointerException e) { r << e.message }
r

def out = []
try { def x = 0
assert x++ == null } catch (Throwable e) { out << e.message }
try { def x = 0
assert ++x == null } catch (Throwable e) { out << e.message }
try { def x = 5
assert x-- == 0 } catch (Throwable e) { out << e.message }
out

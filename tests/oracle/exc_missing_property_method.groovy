def r = []
try { 'abc'.nope } catch (MissingPropertyException e) { r << e.message }
try { 'abc'.nope() } catch (MissingMethodException e) { r << e.message.readLines()[0] }
try { [1].frob(2) } catch (MissingMethodException e) { r << e.message.readLines()[0] }
r

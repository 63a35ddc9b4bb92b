def r = []
def tryIt = { String label, Closure c -> try { r << "$label=${c()}" } catch (NullPointerException e) { r << "$label NPE ${e.message}" } catch (Exception e) { r << "$label ${e.class.simpleName}: ${e.message}" } }
tryIt('method') { replica.assignee.displayName.toUpperCase() }
tryIt('index') { replica.assignee[0] }
tryIt('plus') { replica.assignee + 1 }
tryIt('compare') { replica.assignee < 3 }
tryIt('each') { replica.assignee.each { } ; 'ok' }
tryIt('size') { replica.assignee.size() }
tryIt('set') { replica.assignee.name = 'x' }
tryIt('spread') { replica.assignee*.name }
tryIt('in') { 'a' in replica.assignee }
tryIt('unbox') { int x = replica.assignee; x }
tryIt('toStr') { replica.assignee.toString() }
tryIt('asBool') { replica.assignee as boolean }
r

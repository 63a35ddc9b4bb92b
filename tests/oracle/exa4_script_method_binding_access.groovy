// script methods see bindings (replica/issue) but not def locals of the script body
def localOnly = "hidden"
shared = "visible"
def describe() {
    def hasLocal
    try { hasLocal = localOnly } catch (MissingPropertyException e) { hasLocal = "no: " + e.message }
    [replica.key, shared, hasLocal]
}
describe()

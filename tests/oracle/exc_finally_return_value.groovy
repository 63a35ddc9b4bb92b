def f() {
    try { return 'try' } finally { 'finally ignored' }
}
def x = try2()
def try2() { try { 5 } finally { 6 } }
[f(), x]

def f() {
    return
    42
}
[f()]

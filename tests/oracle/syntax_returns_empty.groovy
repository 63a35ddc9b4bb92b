// Syntax coverage (returns empty): parsed and run like Groovy's own parser
def f(x) {
    if (x) { return }
    ;;
    return 1;
}
def g() { return
}
;;;
[f(true), f(false), g()]

/* block
   comment */ def a = 1; def b = 2 // trailing
/** doc */
def c = a + /* inline */ b;;
c

def out = []
def x = 2
switch (x) {
    case 1: out << 'one'
    case 2: out << 'two'
    case 3: out << 'three'; break
    case 4: out << 'four'
    default: out << 'default'
}
out

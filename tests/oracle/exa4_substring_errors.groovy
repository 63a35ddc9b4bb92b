def key = replica.key
def results = []
[[0, 3], [4, 7], [4, 99], [-1, 2], [5, 3]].each { a, b ->
    try {
        results << key.substring(a, b)
    } catch (StringIndexOutOfBoundsException e) {
        results << "SIOOBE"
    } catch (IndexOutOfBoundsException e) {
        results << "IOOBE"
    }
}
[results, key.take(99), key.drop(99), key[0..2], key[-3..-1], key.substring(4)]

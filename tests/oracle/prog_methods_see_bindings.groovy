shared = 'binding'
def peek() { shared }
peek()

def secret = 42
def peek() { secret }
peek()

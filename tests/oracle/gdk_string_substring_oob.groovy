'hello'.substring(3, 10)

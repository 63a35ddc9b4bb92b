created = 'yes'
def local = 'no'
counter = 1
counter += 2

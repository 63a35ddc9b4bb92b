issue.summary = 'partially applied'
def email = replica.resolution.name

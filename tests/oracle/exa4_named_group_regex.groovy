def desc = "Customer ref: CR-20931 / Contract: K-77-B, Region=EMEA"
def m = desc =~ /CR-(?<ref>\d+).*Contract: (?<contract>[\w-]+),\s*Region=(?<region>\w+)/
def found = m.find()
[found, m.group('ref'), m.group('contract'), m.group('region'), m.group(0).size(), m.groupCount(), m.start(), m.end('ref')]

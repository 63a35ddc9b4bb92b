def sp = replica.customFields."Story Points".value
def dd = replica.customFields."Due Days".value
[sp.getClass().simpleName, dd.getClass().simpleName, replica.timeSpent.getClass().simpleName,
 sp * 2, sp / 2, dd / 2, dd.intdiv(2), replica.timeSpent / 3600, replica.attachments[2].filesize / 1024 / 1024,
 replica.attachments*.filesize.max(), replica.labels.class.simpleName, replica.getClass().simpleName]

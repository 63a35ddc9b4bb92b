def sevRaw = workItem.'Microsoft.VSTS.TCM.Severity'
def sev = sevRaw?.split(' - ')?.first()?.toInteger()
def points = workItem.'Microsoft.VSTS.Scheduling.StoryPoints'
def est = workItem.originalEstimate
[sev, sev.getClass().simpleName, ['1': 'Critical', '2': 'High', '3': 'Medium', '4': 'Low'][sev.toString()],
 points * 2, points / 3, est * 3600, (est * 3600) as long, est.getClass().simpleName, Math.round(est), est.intValue(),
 String.format('%.1fh', est), "${est}h", est.toString().replace('.', ',')]

// decide whether an incoming change should be echoed back (a syncBackAfterProcessing guard)
def terminal = ["Done", "Closed", "Resolved"] as Set
def localStatus = issue.status?.name
def remoteStatus = replica.status?.name
def changed = previous?.status?.name != remoteStatus
def shouldSyncBack = changed && remoteStatus in terminal && !(localStatus in terminal)
def reason = !changed ? "no change" : shouldSyncBack ? "close locally" : "ignore"
[changed, shouldSyncBack, reason, terminal.contains(remoteStatus)]

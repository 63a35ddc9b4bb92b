def slaHours = [Highest: 4, High: 8, Medium: 24, Low: 72]
def h = slaHours[replica.priority.name] ?: 48
def spent = replica.timeSpent / 3600
def ratio = spent / h
def status = ratio >= 1 ? 'BREACHED' : ratio > 0.75 ? 'AT RISK' : 'OK'
def pctText = String.format('%.0f%%', ratio * 100)
def remaining = Math.max(0, (h - spent) as double)
[h, spent, ratio, status, pctText, remaining, remaining.getClass().simpleName]

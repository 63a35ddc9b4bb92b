def matrix = [
    "1": ["1": "Critical", "2": "High", "3": "Moderate"],
    "2": ["1": "High", "2": "Moderate", "3": "Low"],
    "3": ["1": "Moderate", "2": "Low", "3": "Planning"]
]
def combos = [["1", "1"], ["2", "3"], ["3", "2"], ["4", "1"], [null, "1"]]
combos.collect { impact, urgency -> matrix[impact]?.getAt(urgency) ?: "Unknown" }

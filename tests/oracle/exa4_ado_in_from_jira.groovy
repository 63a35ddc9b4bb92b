// ADO incoming from Jira: fields, area/iteration from components and sprint
if (firstSync) {
    workItem.typeName = ["Bug": "Bug", "Story": "User Story"].get(replica.type?.name, "Task")
    workItem.areaPath = "Shop\\" + (replica.components ? replica.components[0].name : "General")
}
workItem.summary = replica.summary.trim()
workItem.description = replica.description?.replace("\n", "<br>")
workItem.priority = [Highest: 1, High: 2, Medium: 3, Low: 4, Lowest: 4][replica.priority?.name] ?: 3
def sprint = replica.customFields.Sprint?.value?.find { it.state == "ACTIVE" }?.name
workItem.iterationPath = sprint ? "Shop\\2024\\${sprint}".toString() : null
workItem.tags = (replica.labels*.trim().unique() + ["jira:${replica.key}"]).join("; ")
workItem."Microsoft.VSTS.Scheduling.StoryPoints" = replica.customFields."Story Points"?.value as Double
[workItem.typeName, workItem.areaPath, workItem.priority, workItem.iterationPath, workItem.tags, workItem."Microsoft.VSTS.Scheduling.StoryPoints", workItem.description.count("<br>")]

def visible = replica.conversations.findAll { !it.private }
def thread = visible.collect { c -> (c.incoming ? "> " : "") + "${c.user}: ${c.body_text}" }
def account = replica.custom_fields.cf_account_id?.toLong()
def region = replica.custom_fields.cf_region ?: "global"
def plan = replica.custom_fields.cf_plan?.capitalize()
def hoursToDue = { String a, String b ->
    def f = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'")
    f.setTimeZone(TimeZone.getTimeZone("UTC"))
    (f.parse(b).time - f.parse(a).time) / 3600000
}
[thread, account, region, plan, hoursToDue(replica.created_at, replica.due_by), replica.tags.collect { "#$it" }.join(' ')]

def accounts = ["5b10a2844c20165700ede21g": "Ann Lee", "557058:f58131cb-b67d-43c7-b30d-6b58d40bd077": "Bob Stone"]
def text = "Hi [~accountid:5b10a2844c20165700ede21g], cc [~accountid:557058:f58131cb-b67d-43c7-b30d-6b58d40bd077] and [~accountid:unknown]."
def replaced = text.replaceAll(/\[~accountid:([^\]]+)\]/) { all, id -> accounts[id] ? "@" + accounts[id] : "@someone" }
def mentioned = (text =~ /\[~accountid:([^\]]+)\]/).collect { it[1] }.findAll { accounts.containsKey(it) }.collect { accounts[it] }
[replaced, mentioned]

def st = { String s, boolean blocked, Integer age ->
    s == "Done" ? "closed" :
        blocked ? "blocked" :
            age == null ? "unknown age" :
                age > 30 ? "stale" : age > 7 ? "aging" : "fresh"
}
[st("Done", true, 1), st("Open", true, 1), st("Open", false, null), st("Open", false, 45), st("Open", false, 10), st("Open", false, 2)]

def check(v) { if (!v) throw new IllegalStateException("value missing for ${'field'}") ; v }
check(1)
check(null)

// the enum's class object itself, printed and returned
enum Tier { FREE, PRO }
println Tier
println Tier.PRO
[Tier, Tier.PRO, Tier.values()]

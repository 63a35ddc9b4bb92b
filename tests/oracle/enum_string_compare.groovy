// a constant against strings: == and switch cases with strings
enum Kind { BUG, STORY }
def k = Kind.BUG
def viaSwitch
switch (k) {
    case "BUG": viaSwitch = "string case"; break
    case Kind.BUG: viaSwitch = "constant case"; break
    default: viaSwitch = "none"
}
[k == "BUG", "BUG" == k, k.name() == "BUG", k.toString().equals("BUG"), viaSwitch]

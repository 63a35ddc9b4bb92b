import java.util.regex.Pattern
def keyword = "C++ (beta) [v2]"
def text = "Bug in C++ (beta) [v2] parser; C++ (beta) [v2] again"
def quoted = Pattern.quote(keyword)
def count = (text =~ quoted).size()
def replaced = text.replaceAll(quoted, "CPP")
def escaped = keyword.replaceAll(/[\\\[\]().+*?^$|{}]/) { "\\" + it }
[count, replaced, (text =~ escaped).size(), text.split(Pattern.quote(";")).size(), text.contains(keyword), text.indexOf(keyword, 5)]

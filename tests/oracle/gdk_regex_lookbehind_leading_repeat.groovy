def r = []
try { r << ('aab' =~ /(?<=a+)b/).collect { it } } catch (e) { r << e.class.name << e.message }
r << ('#x a#y #z'.findAll(/(?<=^|\s)#\w/))
r << 'id: 42, no: 7'.replaceAll(/(?<!id: ?)\b\d+/, 'N')
r

def r = []
r << ('price: 100 USD, 200 EUR' =~ /(?<=price: )\d+/).collect { it }
r << ('ab12 cd345' =~ /(?<=[a-z]{2})\d+/).collect { it }
r << 'key=value; k2=v2'.replaceAll(/(?<=\w{1,3}=)\w+/, 'X')
r << ('aaa' ==~ /a+/)
r

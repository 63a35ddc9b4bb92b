def desc = replica.description
def order = (desc =~ /Order #([A-Z]-\d+)/)[0][1]
def amountMatch = desc =~ /Amount:\s*([\d.]+)\s*([A-Z]{3})/
def amount = amountMatch ? amountMatch[0][1] as BigDecimal : 0
def currency = amountMatch ? amountMatch[0][2] : 'EUR'
def cancelled = desc.find(/\d{4}-\d{2}-\d{2}/)
def net = (amount / 1.19).setScale(2, java.math.RoundingMode.HALF_UP)
issue.customFields."Order Number" = [value: order]
[order, amount, amount.class.simpleName, currency, cancelled, net, amount * 100 as long, amount.toString().padLeft(10, '0')]

#!/usr/bin/env python3
"""Writes the Online Retail-style test fixture (reactivator-io test resources).

Invoice lines as UCI's Online Retail export has them: InvoiceNo, StockCode, Description,
Quantity, InvoiceDate (US month/day/year with a time), UnitPrice (dot decimals, some with
three or four), CustomerID (some missing), Country; cancellations are C-invoices with
negative quantities. Deterministic: the same file on every run.
"""
import random
import sys
from datetime import datetime, timedelta

rnd = random.Random(20101201)
products = [
    ("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "2.55"),
    ("71053", "WHITE METAL LANTERN", "3.39"),
    ("84406B", "CREAM CUPID HEARTS COAT HANGER", "2.75"),
    ("22633", "HAND WARMER UNION JACK", "1.85"),
    ("84879", "ASSORTED COLOUR BIRD ORNAMENT", "1.69"),
    ("22960", "JAM MAKING SET WITH JARS", "4.25"),
    ("21212", "PACK OF 72 RETROSPOT CAKE CASES", "0.55"),
    ("85099B", "JUMBO BAG RED RETROSPOT", "1.95"),
    ("47566", "PARTY BUNTING", "4.775"),
    ("23084", "RABBIT NIGHT LIGHT", "1.79"),
    ("22197", "POPCORN HOLDER", "0.85"),
    ("M", "Manual", "4.8533"),
]
start = datetime(2010, 12, 1, 8, 26)
customers = [str(12346 + 37 * i) for i in range(40)]
out = ["InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country"]
invoice = 536365
for k in range(130):
    when = start + timedelta(days=rnd.randrange(0, 370), minutes=rnd.randrange(0, 600))
    customer = "" if k % 11 == 5 else rnd.choice(customers)
    country = "United Kingdom" if rnd.random() < 0.8 else "France"
    no = str(invoice)
    invoice += 1
    date = f"{when.month}/{when.day}/{when.year} {when.hour}:{when.minute:02d}"
    for code, name, price in rnd.sample(products, rnd.randrange(1, 6)):
        qty = rnd.choice([1, 2, 3, 4, 6, 12, 24])
        out.append(f"{no},{code},{name},{qty},{date},{price},{customer},{country}")
    if k % 13 == 7 and customer:
        code, name, price = rnd.choice(products)
        out.append(f"C{invoice},{code},{name},-{rnd.choice([1, 2])},{date},{price},{customer},{country}")
        invoice += 1
sys.stdout.write("\n".join(out) + "\n")

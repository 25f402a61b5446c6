# Processing a JSON document of orders: nested lookups, aggregation, and JSON output.
import json

ORDERS = """
{"orders": [
  {"id": 1, "customer": {"name": "Ann", "tier": "gold"}, "items": [{"sku": "A", "qty": 2, "price": 9.99},
   {"sku": "B", "qty": 1, "price": 24.5}], "status": "shipped"},
  {"id": 2, "customer": {"name": "Bob", "tier": "silver"}, "items": [{"sku": "A", "qty": 10, "price": 9.49}],
   "status": "pending"},
  {"id": 3, "customer": {"name": "Ann", "tier": "gold"}, "items": [], "status": "cancelled"},
  {"id": 4, "customer": {"name": "Cid", "tier": "bronze"}, "items": [{"sku": "C", "qty": 3, "price": 5.0},
   {"sku": "B", "qty": 2, "price": 24.5}], "status": "shipped"}
]}
"""
DISCOUNT = {"gold": 0.1, "silver": 0.05, "bronze": 0.0}
data = json.loads(ORDERS)
summary = {"by_customer": {}, "by_sku": {}, "status": {}}
for order in data["orders"]:
    cust = order["customer"]
    subtotal = sum(i["qty"] * i["price"] for i in order["items"])
    total = round(subtotal * (1 - DISCOUNT[cust["tier"]]), 2)
    c = summary["by_customer"].setdefault(cust["name"], {"orders": 0, "spent": 0.0})
    c["orders"] += 1
    if order["status"] != "cancelled":
        c["spent"] = round(c["spent"] + total, 2)
    for item in order["items"]:
        summary["by_sku"][item["sku"]] = summary["by_sku"].get(item["sku"], 0) + item["qty"]
    summary["status"][order["status"]] = summary["status"].get(order["status"], 0) + 1
    print(f"order {order['id']}: {cust['name']:<4} {len(order['items'])} items subtotal={subtotal:.2f} total={total:.2f}")
print(json.dumps(summary, indent=2, sort_keys=True))

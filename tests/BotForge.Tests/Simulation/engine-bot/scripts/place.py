import json


def main(event, context):
    body = json.loads(event["body"])
    entities = body.get("entities", {})
    size = entities["size"][0]["entity_value"]
    quantity = int(entities["quantity"][0]["entity_value"])
    final_response = {"ok": quantity < 50, "order_id": "ORD-%s-%d" % (size.upper(), quantity)}
    return {"statusCode": 200, "body": json.dumps(final_response), "headers": {"Content-Type": "application/json"}}

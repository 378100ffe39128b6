"""Reads a JSON list of [definition, instance] pairs on stdin; prints a JSON list: true where the instance is valid
against that definition of the schema file given as the first argument, as Python's jsonschema (the JSON Schema
reference implementation, draft-07) judges it. Formats are not checked, as most editors' validators do not. With
--as-the-schema-check, the keys binding checks instead of the schema check are left out (without_binding_checks)."""
import json
import sys

import jsonschema



def without_binding_checks(schema):
    """The schema without the propertyNames the compiler leaves to binding (x-botforge-checked-by: a language the bot
    does not have, an unknown action or intent is reported there, with a message that knows the bot)."""
    if isinstance(schema, dict):
        return {k: without_binding_checks(v) for k, v in schema.items()
                if not (k == "propertyNames" and isinstance(v, dict) and "x-botforge-checked-by" in v)}
    if isinstance(schema, list):
        return [without_binding_checks(v) for v in schema]
    return schema


with open(sys.argv[1], encoding="utf-8") as f:
    root = json.load(f)
if "--as-the-schema-check" in sys.argv[2:]:
    root = without_binding_checks(root)
validators = {}
verdicts = []
for definition, instance in json.load(sys.stdin):
    if definition not in validators:
        schema = {"$ref": "#/definitions/" + definition, "definitions": root["definitions"]}
        jsonschema.Draft7Validator.check_schema(schema)
        validators[definition] = jsonschema.Draft7Validator(schema)
    verdicts.append(validators[definition].is_valid(instance))
print(json.dumps(verdicts))

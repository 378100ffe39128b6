#!/usr/bin/env python3
"""Writes schemas/bundle.schema.json: the contract of bot.json as `botforge build` emits it."""
import json, os

def ref(n): return {"$ref": f"#/definitions/{n}"}
def obj(props, required=None, **kw):
    o = {"type": "object", "properties": props, "additionalProperties": False, "required": list(required if required is not None else props.keys())}
    o.update(kw); return o
def arr(items): return {"type": "array", "items": items}
def nullable(s): return {"anyOf": [s, {"type": "null"}]}
STR, BOOL, INT, NUM = {"type": "string"}, {"type": "boolean"}, {"type": "integer"}, {"type": "number"}
LANG_MAP = lambda v: {"type": "object", "additionalProperties": v}

d = {}
d["actionable"] = obj({"actionable_text": STR, "type": {"enum": ["APP_ACTION", "MESSAGE_BAR", "TEXT_ONLY", "FORM_SHOW", "SHARE_RECEIPT", "APP_FEEDBACK", "SHARE"]},
                       "uri": {"enum": ["", "LINK", "LAUNCH_CHANNEL", "SEND_LOCATION", "CAROUSEL_DETAIL", "GALLERY_PICKER", "IMAGE_UPLOAD", "DOCUMENT_PICKER", "SELF_SERVE_WEB"]},
                       "is_default": INT, "location_required": BOOL, "payload": {"type": "object"}})
d["hsl"] = {"type": "object", "required": ["text", "type", "data"],
            "properties": {"text": STR, "type": STR, "data": {"type": "object"}}}
d["response"] = nullable(obj({"variants": {"type": "array", "minItems": 1, "items": obj({"channels": arr(STR), "messages": LANG_MAP(arr(ref("hsl")))})}}))
d["utterances"] = LANG_MAP(arr(STR))
d["rule"] = {"anyOf": [obj({"operator": {"enum": ["AND", "OR"]}, "conditions": arr(ref("rule"))}),
                       obj({"variable": STR, "operator": {"enum": ["equals", "not_equals", "greater_than", "greater_than_or_equal", "less_than", "less_than_or_equal", "contains", "exists", "not_exists"]},
                            "value": {"type": ["string", "number", "boolean", "null"]}})]}
d["condition"] = {"anyOf": [obj({"type": {"const": "automatic"}}),
                            obj({"type": {"const": "user_says"}, "user_says": ref("utterances")}),
                            obj({"type": {"const": "entity_presence"}, "entity": STR}),
                            obj({"type": {"const": "entity_value"}, "entity": STR, "values": arr(STR)}),
                            obj({"type": {"const": "rules"}, "rule": ref("rule")})]}
d["code"] = nullable({"anyOf": [
    obj({"kind": {"const": "action"}, "action": STR, "inputs": {"type": "object"}, "outputs": arr(STR), "script": nullable(STR), "source": nullable(STR)}),
    obj({"kind": {"const": "script"}, "outputs": arr(STR), "script": nullable(STR), "source": nullable(STR)})]})
d["node"] = obj({"system_name": {"type": "string", "pattern": "^[A-Z0-9_]+$"}, "name": STR, "type": {"enum": ["static", "code", "output"]},
                 "is_start": BOOL, "is_context_clear": BOOL, "is_end": BOOL, "is_active": BOOL,
                 "user_says": ref("utterances"), "negative_user_says": ref("utterances"),
                 "entities": arr(obj({"entity": STR, "public": BOOL, "mandatory": BOOL, "prompt": ref("response"), "reprompt": ref("response")})),
                 "bot_says": obj({"initial": ref("response"), "final": ref("response"),
                                  "follow_up": nullable(obj({"delay_seconds": INT, "response": ref("response")}))}),
                 "code": ref("code"), "connections": arr(obj({"to": STR, "condition": ref("condition")}))})
entity_props = {"name": STR, "type": {"enum": ["dictionary", "patterns", "number", "regex", "currency", "attachment"]}, "description": nullable(STR),
                "values": arr(obj({"value": STR, "variants": arr(STR)})), "examples": arr(STR), "negative_examples": arr(STR),
                "min_digits": nullable(INT), "max_digits": nullable(INT), "pattern": nullable(STR), "kind": nullable(STR), "reprompt": ref("response"),
                "previous_context_tags": arr(STR)}
d["entity"] = obj(entity_props, required=["name", "type", "description", "reprompt"])
root = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://botforge.dev/schemas/bundle.schema.json",
    "title": "BotForge bundle (bot.json)",
    "description": "What `botforge build` emits for the platform to import. See docs/design/bundle.md.",
    **obj({
        "format": {"const": "botforge.bundle/1"},
        "partner": nullable(STR),
        "business": obj({"human_assistance": BOOL, "small_talk": BOOL, "channels": arr(STR), "bot_break_message": nullable(LANG_MAP(STR)),
                         "taskbox": nullable(LANG_MAP(obj({"header": nullable(STR), "tasks": arr(obj({"order": INT, "title": STR, "user_says": STR, "icon": nullable(STR), "visible": BOOL}))})))}),
        "bot": obj({"id": {"type": "string", "pattern": "^[a-z][a-z0-9]*(_[a-z0-9]+)*$"}, "name": STR, "description": nullable(STR), "languages": arr(STR), "default_language": STR}),
        "env_variables": arr({"anyOf": [obj({"name": STR, "secret": {"const": False}, "staging": nullable(STR), "production": nullable(STR)}),
                                        obj({"name": STR, "secret": {"const": True}, "staging": {"type": "null"}, "production": {"type": "null"}})]}),
        "integrations": nullable(obj({"salesforce": obj({"base_url": STR, "username": {"type": "string", "pattern": "^\\$\\{env\\.[A-Z][A-Z0-9_]*\\}$"},
                                                          "client_id": {"type": "string", "pattern": "^\\$\\{env\\.[A-Z][A-Z0-9_]*\\}$"},
                                                          "private_key": {"type": "string", "pattern": "^\\$\\{env\\.[A-Z][A-Z0-9_]*\\}$"},
                                                          "timeout_seconds": NUM})})),
        "entities": arr(ref("entity")),
        "stories": arr(obj({"id": STR, "sub_stories": arr(obj({"id": STR, "name": STR, "nodes": arr(ref("node"))}))})),
        "faq": nullable(obj({"file": STR, "count": INT})),
    }),
    "definitions": d,
}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schemas", "bundle.schema.json")
with open(out, "w", newline="\n") as f:
    f.write(json.dumps(root, indent=2, ensure_ascii=False) + "\n")

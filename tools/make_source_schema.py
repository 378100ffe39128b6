#!/usr/bin/env python3
"""Writes schemas/botforge.schema.json and the per-file-kind wrappers.

The schema is kept as Python data so shared pieces (text, response, message) are
written once; run this after editing and commit both. A test checks the committed
files equal what this script writes.
"""
import json, os, sys

LANG = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"
SYSTEM_NAME = "^[A-Z0-9_]+$"
LOWER_SNAKE = "^[a-z][a-z0-9]*(_[a-z0-9]+)*$"
CHANNELS = ["web", "android", "ios", "whatsapp", "facebook", "instagram", "telegram", "line", "gbm", "msteams", "api"]

def ref(name): return {"$ref": f"#/definitions/{name}"}
def obj(props, required=(), **kw):
    o = {"type": "object", "properties": props, "additionalProperties": False}
    if required: o["required"] = list(required)
    o.update(kw); return o
def arr(items, **kw): return {"type": "array", "items": items, **kw}
STR = {"type": "string"}
BOOL = {"type": "boolean"}
TEXT = {"type": ["string", "number"]}
LEVEL = {"type": "string", "enum": ["error", "warning", "info", "off"]}

# propertyNames, which NJsonSchema does not check, the compiler's schema check checks itself, but for keys binding
# checks with messages that know the bot (x-botforge-checked-by names its diagnostic): a text by language's keys
# (BF0216: the bot's languages, a language's name told its code), an action's name (BF0208: the built-in actions),
# a test's intents (BF0304: the bot's start nodes and FAQs). Editors check them all, as the standard says.
LANG_KEYS_SCHEMA = {"pattern": LANG, "x-botforge-id": "language code", "x-botforge-checked-by": "BF0216"}

d = {}
d["systemName"] = {"type": "string", "pattern": SYSTEM_NAME, "x-botforge-id": "system name",
                   "description": "Backend system name: capital letters, digits and underscores."}
d["lowerSnake"] = {"type": "string", "pattern": LOWER_SNAKE, "x-botforge-id": "lower_snake_case id",
                   "description": "Lower-case words joined by underscores."}
d["language"] = {"type": "string", "pattern": LANG, "x-botforge-id": "language code"}
d["channel"] = {"type": "string", "enum": CHANNELS}
d["duration"] = {"type": "string", "pattern": "^(?=[0-9])([0-9]+h)?([0-9]+m)?([0-9]+s)?$", "x-botforge-id": "duration (e.g. 45s, 3m, 1m30s)"}
# A mapping with a message's or a button's keys is never a map by language (no language is named so), whatever
# its values: { text: Sure?, quick_replies: Yes } is a message whose quick replies are no list, not a text.
MESSAGE_KEYS = ["text", "quick_replies", "buttons", "carousel", "image", "form", "hsl", "send", "url"]
d["text"] = {"description": "A text, or a map of language code to text.",
             "x-botforge-expected": "a text or a map of language to text",
             "anyOf": [STR, {"type": "object", "propertyNames": LANG_KEYS_SCHEMA, "additionalProperties": STR, "minProperties": 1,
                             "not": {"anyOf": [{"required": [k]} for k in MESSAGE_KEYS]}}]}
d["textList"] = {"description": "A list of texts for the default language, or a map of language code to list.",
                 "x-botforge-expected": "a list of texts or a map of language to list",
                 "anyOf": [arr(STR), {"type": "object", "propertyNames": LANG_KEYS_SCHEMA, "additionalProperties": arr(STR), "minProperties": 1}]}
d["button"] = {"x-botforge-expected": "a button: { text, url } or { text, send }",
               "anyOf": [obj({"text": ref("text"), "url": STR}, ["text", "url"]),
                         obj({"text": ref("text"), "send": ref("text")}, ["text", "send"])]}
d["quickReply"] = {"description": "A quick reply: its text, sent when tapped; or { text, send }: the text on the button and the message the tap sends.",
                   "x-botforge-expected": "a quick reply: a text or { text, send }",
                   "anyOf": [STR,
                             # a map by language; a mapping with text or send is the other form
                             {"type": "object", "propertyNames": LANG_KEYS_SCHEMA, "additionalProperties": STR, "minProperties": 1,
                              "not": {"anyOf": [{"required": ["text"]}, {"required": ["send"]}]}},
                             obj({"text": ref("text"), "send": ref("text")}, ["text", "send"])]}
d["formField"] = obj({"key": STR, "type": {"type": "string", "enum": ["text", "picker", "time", "date", "contactpicker", "startdate", "enddate", "search", "searcheditable", "savedaddress", "dob", "multidaypicker", "multiselectpicker"]},
                      "label": ref("text"), "hint": ref("text"), "keyboard": {"type": "string", "enum": ["normal", "number", "email"]},
                      "order": {"type": "integer", "minimum": 0}, "options": arr(ref("text")), "mandatory": BOOL}, ["key", "type"])
d["carouselItem"] = obj({"title": ref("text"), "subtitle": ref("text"), "description": ref("text"), "image": STR, "buttons": arr(ref("button"))}, ["title"])
d["message"] = {"description": "A chat element.",
                "x-botforge-expected": "a message: a text, or one of { text, quick_replies }, { text, buttons }, { carousel }, { image }, { form }, { hsl }",
                "anyOf": [
                    ref("text"),
                    obj({"text": ref("text"), "quick_replies": arr(ref("quickReply"))}, ["text"]),
                    obj({"text": ref("text"), "buttons": arr(ref("button"), minItems=1)}, ["text", "buttons"]),
                    obj({"carousel": obj({"width": {"type": "string", "enum": ["THIN", "MEDIUM", "WIDE"]}, "aspect_ratio": {"type": "number", "exclusiveMinimum": 0},
                                          "items": arr(ref("carouselItem"), minItems=1)}, ["items"])}, ["carousel"]),
                    obj({"image": STR, "text": ref("text")}, ["image"]),
                    obj({"form": obj({"title": ref("text"), "subtitle": ref("text"), "fields": arr(ref("formField"), minItems=1)}, ["title", "fields"])}, ["form"]),
                    obj({"hsl": {"type": "object"}}, ["hsl"]),
                ]}
d["messages"] = {"x-botforge-expected": "a message or a list of messages",
                 "anyOf": [ref("message"), arr(ref("message"), minItems=1)]}
d["variant"] = obj({"channels": arr(ref("channel"), minItems=1, uniqueItems=True), "messages": ref("messages")}, ["messages"])
d["response"] = {"description": "A message, a list of messages (one variant), or { variants: [...] }.",
                 "x-botforge-expected": "a response: a message, a list of messages, or { variants: [...] }",
                 "anyOf": [ref("messages"), obj({"variants": arr(ref("variant"), minItems=1)}, ["variants"])]}
# A mapping with initial, final or follow_up is the second form only: as a response it would be a text by language,
# and another key beside them ('finale:') would pass unreported. The "not" names a mapping: in JSON Schema `required`
# holds for any value that is not an object, so without `type` a text or a list would be excluded too (as every
# standard validator, the editors' among them, reads it).
d["botSays"] = {"x-botforge-expected": "a response, or { initial, final, follow_up }",
                "anyOf": [{"allOf": [ref("response"), {"not": {"type": "object", "anyOf": [{"required": [k]} for k in ["initial", "final", "follow_up"]]}}]},
                          obj({"initial": ref("response"), "final": ref("response"),
                               "follow_up": obj({"after": ref("duration"), "says": ref("response")}, ["after", "says"])}, minProperties=1)]}
d["entityUse"] = obj({"entity": ref("lowerSnake"), "mandatory": BOOL, "prompt": ref("response"), "reprompt": ref("response")}, ["entity"])
scalar = {"type": ["string", "number", "boolean"]}
d["ruleCondition"] = obj({"var": STR, "op": {"type": "string", "enum": ["==", "!=", ">", ">=", "<", "<=", "contains", "exists", "not exists"]}, "value": scalar}, ["var", "op"])
d["ruleGroup"] = {"x-botforge-expected": "a rule group: { all: [...] } or { any: [...] }",
                  "anyOf": [obj({"all": arr({"anyOf": [ref("ruleCondition"), ref("ruleGroup")]}, minItems=1)}, ["all"]),
                            obj({"any": arr({"anyOf": [ref("ruleCondition"), ref("ruleGroup")]}, minItems=1)}, ["any"])]}
d["connection"] = obj({"to": ref("systemName"), "user_says": ref("textList"),
                       "entity": {"x-botforge-expected": "an entity name or { name, values }",
                                  "anyOf": [ref("lowerSnake"), obj({"name": ref("lowerSnake"), "values": arr(scalar, minItems=1)}, ["name", "values"])]},
                       "when": {"x-botforge-expected": "a rule: 'var op value' or { all | any: [...] }", "anyOf": [STR, ref("ruleGroup")]}},
                      ["to"])
action_value = {"x-botforge-expected": "a text, or a list of names", "anyOf": [scalar, arr(scalar)]}
d["action"] = {"type": "object", "minProperties": 1, "maxProperties": 1,
               "propertyNames": {"pattern": "^[a-z_]+\\.[a-z_]+$", "x-botforge-id": "action name (like salesforce.create_case)", "x-botforge-checked-by": "BF0208"},
               "additionalProperties": {"type": "object", "additionalProperties": action_value},
               "description": "One built-in step, e.g. salesforce.create_case, with its inputs."}
d["node"] = obj({"id": ref("systemName"), "name": STR, "type": {"type": "string", "enum": ["static", "code", "output"]},
                 "start": BOOL, "context_clear": BOOL, "end": BOOL, "active": BOOL,
                 "user_says": ref("textList"), "negative_user_says": ref("textList"),
                 "entities": arr(ref("entityUse")), "bot_says": ref("botSays"),
                 "action": ref("action"), "script": STR, "outputs": arr(STR, uniqueItems=True),
                 "next": arr(ref("connection"))}, ["id"])
d["entity"] = obj({"name": ref("lowerSnake"), "type": {"type": "string", "enum": ["dictionary", "patterns", "number", "regex", "currency", "attachment"]},
                   "description": STR,
                   "values": {"type": "object", "additionalProperties": arr(STR)},
                   "pattern": STR,
                   "digits": obj({"min": {"type": "integer", "minimum": 1}, "max": {"type": "integer", "minimum": 1}}, minProperties=1),
                   "kind": {"type": "string", "enum": ["image", "document", "video"]},
                   "examples": arr(STR, minItems=1), "negative": arr(STR),
                   "reprompt": ref("response"), "previous_context": arr({"type": "string", "minLength": 1}, minItems=1)}, ["name", "type"])
env_value = {"x-botforge-expected": "a value, { staging, production } or { secret: true }",
             "anyOf": [STR, obj({"staging": STR, "production": STR, "description": STR}, ["staging", "production"]),
                       # enum, not const: the same to JSON Schema, and NJsonSchema (the compiler's validator) does not check const.
                       obj({"secret": {"type": "boolean", "enum": [True], "description": "Only true: a variable that is not secret has a value (NAME: value, or { staging, production })."},
                            "description": STR}, ["secret"])]}
d["projectFile"] = obj({
    "bot": obj({"id": ref("lowerSnake"), "name": STR, "partner": STR, "description": STR,
                "languages": arr(ref("language"), minItems=1, uniqueItems=True)}, ["id", "name"]),
    "business": obj({"human_assistance": BOOL, "small_talk": BOOL, "channels": arr(ref("channel"), minItems=1, uniqueItems=True),
                     "bot_break_message": ref("text")}),
    "env": {"type": "object", "propertyNames": {"pattern": "^[A-Z][A-Z0-9_]*$", "x-botforge-id": "env variable name",
                                               "description": "An env variable's name: a capital letter, then capitals, digits and underscores."},
            "additionalProperties": env_value},
    "integrations": obj({"salesforce": obj({"base_url": STR, "username": STR, "client_id": STR, "private_key": STR,
                                            "timeout_seconds": {"type": "number", "exclusiveMinimum": 0, "maximum": 15}},
                                           ["base_url", "username", "client_id", "private_key"])}),
    "taskbox": obj({"header": ref("text"), "tasks": arr(obj({"title": ref("text"), "user_says": ref("text"), "icon": STR, "visible": BOOL}, ["title", "user_says"]))}, ["tasks"]),
    "nlu": {**obj({"threshold": {"type": "number", "minimum": 0, "maximum": 1,
                                  "description": "The least confidence at which a message reaches a start node, an FAQ or a connection's phrases; below it the bot breaks (default 0.4)."}}),
            "description": "How botforge test and chat detect intents (an extension of the platform's format)."},
    "lint": obj({"rules": {"type": "object", "description": "Levels of rules, by rule id or code: a level (BF2003: error) or { level: ... }.",
                            "additionalProperties": {"x-botforge-expected": "a level (error, warning, info or off) or { level: ... }",
                                                     "anyOf": [LEVEL, obj({"level": LEVEL}, ["level"])]}},
                 "min_user_says": {"type": "integer", "minimum": 0},
                 "near_duplicate_similarity": {"type": "number", "minimum": 0.5, "maximum": 1}}),
    "ignore": arr({"type": "string", "minLength": 1}, uniqueItems=True,
                  description="YAML files outside the bot's layout that belong to other tools (docker-compose.yml, mkdocs.yml, ops/**), which BotForge then leaves alone: paths from the project folder, * within a name, ** across folders (an extension of the platform's format)."),
}, ["bot"])
d["entitiesFile"] = obj({"entities": arr(ref("entity"))}, ["entities"])
d["subStoryFile"] = obj({"story": ref("lowerSnake"), "sub_story": ref("lowerSnake"), "name": STR, "description": STR, "nodes": arr(ref("node"), minItems=1)}, ["nodes"])
d["faqFile"] = obj({"faq": arr(obj({"id": ref("systemName"), "questions": ref("textList"), "answer": ref("response"),
                                     "quick_replies": arr(ref("text")),
                                     "link": obj({"text": ref("text"), "button": ref("text"), "url": STR}, ["url"])}, ["id", "questions", "answer"]))}, ["faq"])
# A status left out is success: 201 for create_case, 200 for the others (and for http answers).
stub = obj({"status": {"type": "integer", "minimum": 100, "maximum": 599}, "body": {}, "delay_seconds": {"type": "number", "minimum": 0}})
d["testsFile"] = obj({"conversations": arr(obj({
    "name": STR,
    "salesforce": obj({"create_case": stub, "get_contact": stub, "get_record": stub}),
    # Answers to hand-written scripts' own HTTP requests; a test never reaches the network (others get 404).
    "http": arr(obj({"url": {"type": "string", "pattern": "^https?://", "description": "The request's URL, with or without its query."},
                     "method": {"type": "string", "enum": ["GET", "POST", "PUT", "PATCH", "DELETE", "get", "post", "put", "patch", "delete"]},
                     "status": {"type": "integer", "minimum": 100, "maximum": 599}, "body": {},
                     "delay_seconds": {"type": "number", "minimum": 0}}, ["url"])),
    # The fields of the platform event's user, which a code node reads; any other key was dropped without a word.
    "user": obj({k: {"type": ["string", "number"]} for k in
                 ["user_id", "user_name", "full_name", "device_platform", "language_code", "auth_id", "auth_code"]},
                description="Fields of the event's user, over the test defaults (user_id and user_name test-user, "
                            "full_name Test User, device_platform the channel, language_code the conversation's language)."),
    "user_details": {"type": "object"},
    "today": {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "x-botforge-id": "date (YYYY-MM-DD)",
              "description": "write it as year-month-day, e.g. 2026-04-01"},
    "channel": {"type": "string"}, "language": ref("language"),
    # What a user types and what the bot should say are text as written, numbers too (user: 24).
    # A turn sends text, a file (attachment: damage.jpg, its kind by its extension), or both.
    "turns": arr(obj({"user": TEXT, "attachment": {"type": "string",
                                                    "description": "A file the user sends: its name, whose extension tells its kind (image, document, video)."},
                      "expect": {"type": "object", "properties": {
        "node": ref("systemName"), "says": {"anyOf": [TEXT, arr(TEXT)]}, "not_says": {"anyOf": [TEXT, arr(TEXT)]},
        # The FAQ that answers the message, by its id (faq:ID also taken).
        "faq": {"type": "string"},
        "entities": {"type": "object"},
        # A script's own requests in the turn, by "METHOD URL" or URL: the fields its body sent, or none.
        "http": {"type": "object", "propertyNames": {"pattern": "^((GET|POST|PUT|PATCH|DELETE|get|post|put|patch|delete) )?https?://",
                                                     "x-botforge-id": "request (a URL, or a method and a URL: POST https://…)"},
                 "additionalProperties": {"anyOf": [{"type": "object"}, {"type": "string", "enum": ["none"]}],
                                          "x-botforge-expected": "the fields the request's body sent (a mapping), or none: no such request in this turn"}}},
        "patternProperties": {"^salesforce\\.(create_case|get_contact|get_record)$": {
            "anyOf": [{"type": "object"}, {"type": "string", "enum": ["none"]}],
            "x-botforge-expected": "the request's fields (a mapping), or none: no such request in this turn"}},
        "additionalProperties": False}}, anyOf=[{"required": ["user"]}, {"required": ["attachment"]}]), minItems=1)}, ["name", "turns"])),
    # none: the out-of-scope messages, named so an unknown 'none:' beside intents: is pointed inside it.
    "intents": {"type": "object", "propertyNames": {"pattern": "^((faq:)?[A-Z0-9_]+|none)$", "x-botforge-id": "system name",
                                                   "description": "A start node's or (with faq:) an FAQ's id, or none.", "x-botforge-checked-by": "BF0304"}, "properties": {"none": ref("textList")},
                "additionalProperties": ref("textList")}})
d["testsFile"]["anyOf"] = [{"required": ["conversations"]}, {"required": ["intents"]}]

root = {"$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://botforge.dev/schemas/botforge.schema.json",
        "title": "BotForge project file (botforge.yaml)",
        "description": "The BotForge source format, v1. Other file kinds use the definitions below through their own schema files.",
        "$ref": "#/definitions/projectFile",
        "definitions": d}

kinds = {"entities": ("entitiesFile", "BotForge entities file"), "substory": ("subStoryFile", "BotForge sub-story file"),
         "faq": ("faqFile", "BotForge FAQ file"), "tests": ("testsFile", "BotForge conversation tests file")}

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schemas")
def write(name, data):
    with open(os.path.join(out, name), "w", newline="\n") as f:
        f.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
write("botforge.schema.json", root)
for kind, (definition, title) in kinds.items():
    write(f"{kind}.schema.json", {"$schema": "http://json-schema.org/draft-07/schema#", "title": title,
                                   "$ref": f"botforge.schema.json#/definitions/{definition}"})

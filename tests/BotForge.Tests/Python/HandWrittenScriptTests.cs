using System.Text.Json;
using System.Text.Json.Nodes;
using BotForge.Python;
using BotForge.Tests.Support;

namespace BotForge.Tests.Python;

/// <summary>A code node's <c>script:</c> is checked (Python 3.6, main(event, context), self-contained) and copied into the bundle.</summary>
public sealed class HandWrittenScriptTests
{
    private const string Flow = """
        nodes:
          - id: START
            start: true
            user_says: [where is my order]
            next:
              - to: ORDER_STATUS
          - id: ORDER_STATUS
            type: code
            script: scripts/order_status.py
            outputs: [status, order_status]
            next:
              - to: SHOWN
                when: status == true
              - to: UNKNOWN
                when: status == false
          - id: SHOWN
            type: output
            end: true
            bot_says: Your order is ${output.order_status}.
          - id: UNKNOWN
            type: output
            end: true
            bot_says: I could not find that order.

        """;

    private const string GoodScript = """
        import json
        import urllib.request


        def main(event, context):
            body = json.loads(event['body'])
            order = body.get('entities', {}).get('order_id', [{}])[0].get('entity_value')
            final_response = {'status': bool(order), 'order_status': 'shipped' if order else None}
            return {'statusCode': 200, 'body': json.dumps(final_response), 'headers': {'Content-Type': 'application/json'}}

        """;

    public static TheoryData<string, string, string, int, int> Cases => new()
    {
        // name, script, code, line, column
        { "unterminated string", "def main(event, context):\n    return 'abc\n", "BF0224", 2, 12 },
        { "unterminated triple-quoted string", "def main(event, context):\n    x = \"\"\"abc\n    return x\n", "BF0224", 2, 9 },
        { "unclosed bracket", "def main(event, context):\n    return {'a': [1, 2}\n", "BF0224", 2, 23 },
        { "bracket never closed", "def main(event, context):\n    return f(1,\n", "BF0224", 2, 13 },
        { "unexpected indent", "import json\n    x = 1\ndef main(event, context):\n    return x\n", "BF0224", 2, 5 },
        { "unresolved merge conflict", "def main(event, context):\n<<<<<<< HEAD\n    x = 1\n=======\n    x = 2\n>>>>>>> feature\n    return x\n", "BF0224", 2, 1 },
        { "missing indented block", "def main(event, context):\nreturn 1\n", "BF0224", 1, 25 },
        { "bad dedent", "def main(event, context):\n    if True:\n        x = 1\n      return x\n", "BF0224", 4, 7 },
        { "tabs and spaces mixed", "def main(event, context):\n    if True:\n\tx = 1\n        return x\n", "BF0224", 3, 2 },
        { "walrus needs 3.8", "def main(event, context):\n    if (n := 1):\n        return n\n", "BF0224", 2, 11 },
        // Met breaking a college bot: modules and f-strings newer than the executor's Python 3.6 passed.
        { "zoneinfo needs 3.9", "import json, zoneinfo\ndef main(event, context):\n    return {}\n", "BF0224", 1, 14 },
        { "dataclasses needs 3.7", "from dataclasses import dataclass\ndef main(event, context):\n    return {}\n", "BF0224", 1, 6 },
        { "importlib.metadata needs 3.8", "import importlib.metadata\ndef main(event, context):\n    return {}\n", "BF0224", 1, 8 },
        { "importlib's resources need 3.7", "from importlib import resources\ndef main(event, context):\n    return {}\n", "BF0224", 1, 23 },
        { "f-string '=' needs 3.8", "def main(event, context):\n    x = 1\n    print(f'{x=}')\n", "BF0224", 3, 11 },
        { "f-string '=' with a conversion", "def main(event, context):\n    x = 1\n    print(F\"a {x = !r} b\")\n", "BF0224", 3, 11 },
        // Met breaking an airline bot: functions, statements and signatures newer than 3.6 passed, and its tests
        // (run with this machine's python3) too, for a script the platform's executor cannot run.
        { "str.removeprefix needs 3.9", "def main(event, context):\n    x = 'ab'.removeprefix('a')\n", "BF0224", 2, 14 },
        { "datetime.fromisoformat needs 3.7", "from datetime import datetime\ndef main(event, context):\n    d = datetime.fromisoformat('2026-01-01')\n", "BF0224", 3, 18 },
        { "math.prod needs 3.8", "import math\ndef main(event, context):\n    return math.prod([1, 2])\n", "BF0224", 3, 17 },
        { "prod imported from math", "from math import floor, prod\ndef main(event, context):\n    return {}\n", "BF0224", 1, 25 },
        { "functools.cache needs 3.9", "from functools import cache\ndef main(event, context):\n    return {}\n", "BF0224", 1, 23 },
        { "a match statement needs 3.10", "def main(event, context):\n    match event:\n        case _:\n            pass\n", "BF0224", 2, 5 },
        { "dict[...] in a signature needs 3.9", "def main(event: dict, context) -> dict[str, int]:\n    return {}\n", "BF0224", 1, 35 },
        { "list[...] in a parameter's annotation", "def helper(items: list[str]):\n    return items\ndef main(event, context):\n    return {}\n", "BF0224", 1, 19 },
        { "annotations from __future__ need 3.7", "from __future__ import annotations\ndef main(event, context):\n    return {}\n", "BF0224", 1, 24 },
        { "positional-only parameters need 3.8", "def main(event, context, /):\n    return {}\n", "BF0224", 1, 26 },
        // Met porting an IT helpdesk bot: headers = BASE | {'Authorization': …} ran with this machine's python3.
        { "a dict union with a dict display", "def main(event, context):\n    h = {'a': 1} | event\n    return h\n", "BF0224", 2, 18 },
        { "a dict union with a name assigned a dict", "BASE = {'Accept': 'application/json'}\ndef main(event, context):\n    h = BASE | {'X': event}\n    return h\n", "BF0224", 3, 14 },
        { "a dict union with dict()", "def main(event, context):\n    h = event | dict(a=1)\n    return h\n", "BF0224", 2, 15 },
        { "a dict updated with |=", "def main(event, context):\n    h = {}\n    h |= event\n    return h\n", "BF0224", 3, 7 },
        { "no main", "def handler(event, context):\n    return {}\n", "BF0225", 1, 1 },
        { "main with one argument", "def main(event):\n    return {}\n", "BF0225", 1, 5 },
        { "async main", "async def main(event, context):\n    return {}\n", "BF0225", 1, 1 },
        { "open() reads a file", "def main(event, context):\n    return open('/etc/passwd').read()\n", "BF0226", 2, 12 },
        { "pathlib", "import json, pathlib\ndef main(event, context):\n    return {}\n", "BF0226", 1, 14 },
        { "os.listdir", "import os\ndef main(event, context):\n    return os.listdir('.')\n", "BF0226", 3, 12 },
        { "from os import system", "from os import environ, system\ndef main(event, context):\n    return {}\n", "BF0226", 1, 25 },
        { "relative import", "from . import helpers\ndef main(event, context):\n    return {}\n", "BF0226", 1, 1 },
        { "sibling module", "import helpers\ndef main(event, context):\n    return {}\n", "BF0226", 1, 8 },
        { "unknown package", "import numpy as np\ndef main(event, context):\n    return {}\n", "BF0227", 1, 8 },
        { "__import__ by a computed name", "def main(event, context):\n    m = __import__('subpro' + 'cess')\n    return {}\n", "BF0228", 2, 9 },
        { "getattr of builtins", "import builtins\ndef main(event, context):\n    f = getattr(builtins, 'op' + 'en')\n    return {}\n", "BF0228", 3, 9 },
        { "importlib.import_module", "import importlib\ndef main(event, context):\n    m = importlib.import_module('o' + 's')\n    return {}\n", "BF0228", 3, 19 },
        { "eval", "def main(event, context):\n    return eval('1 + 1')\n", "BF0228", 2, 12 },
        { "__builtins__", "def main(event, context):\n    f = __builtins__.open\n    return {}\n", "BF0228", 2, 9 },
        { "a detail read from the event itself", "def main(event, context):\n    entities = event.get('entities', {})\n    return {}\n", "BF0231", 2, 16 },
        // Met porting an IT helpdesk bot: body['env'] for env_variables and body['user']['email'], which the user has not.
        // Met porting an order bot: main returned the final response itself, and validate was clean.
        { "main returns the final response", "import json\ndef main(event, context):\n    return {'status': True}\n", "BF0244", 3, 5 },
        { "main returns a name holding the final response", "import json\ndef main(event, context):\n    final = {'status': True}\n    if event:\n        return final\n    return {'statusCode': 200, 'body': json.dumps(final)}\n", "BF0244", 5, 9 },
        { "main returns a response without a body", "def main(event, context):\n    return {'statusCode': 200}\n", "BF0244", 2, 5 },
        // Met porting a helpdesk bot: the request's except printed the error and main ended, returning None.
        { "a handler that ends main without a return", "import json\ndef main(event, context):\n    try:\n        return {'statusCode': 200, 'body': json.dumps({'status': True})}\n    except Exception as e:\n        print(e)\n", "BF0244", 5, 5 },
        { "main returns json.dumps", "import json\ndef main(event, context):\n    return json.dumps({'status': True})\n", "BF0244", 3, 5 },
        { "a key the body has not", "import json\ndef main(event, context):\n    body = json.loads(event['body'])\n    env = body['env']\n    return {}\n", "BF0231", 4, 16 },
        { "a key the body has not, by get", "import json\ndef main(event, context):\n    body = json.loads(event.get('body', '{}'))\n    e = body.get('entity', {})\n    return {}\n", "BF0231", 4, 18 },
        { "a key the user has not", "import json\ndef main(event, context):\n    body = json.loads(event['body'])\n    email = body['user']['email']\n    return {}\n", "BF0231", 4, 26 },
        { "a key the user has not, through a name", "import json\ndef main(event, context):\n    body = json.loads(event['body'])\n    user = body.get('user', {})\n    n = user['name']\n    return {}\n", "BF0231", 5, 14 },
        { "a detail read from the event by index", "def main(evt, ctx):\n    if True:\n        n = evt[\"entities\"][\"nights\"]\n    return {}\n", "BF0231", 3, 13 },
        { "a body written as a dict", "import json\ndef main(event, context):\n    return {\"statusCode\": 200, \"body\": {\"status\": True}}\n", "BF0233", 3, 40 },
        { "a body written as a list", "def main(event, context):\n    return {'body': [1], 'statusCode': 200}\n", "BF0233", 2, 21 },
        // Met breaking an airline bot: 'body': final, a name holding the dict, passed, and the node failed in every conversation.
        { "a body that is a name holding a dict", "import json\ndef main(event, context):\n    try:\n        final = {'status': True}\n    except Exception:\n        final = {\n            'status': False,\n        }\n    return {'statusCode': 200, 'body': final}\n", "BF0233", 9, 40 },
        { "a body written with str()", "def main(event, context):\n    final = {'status': True}\n    return {'statusCode': 200,\n            'body': str(final)}\n", "BF0233", 4, 21 },
        // Met breaking an airline bot: json.dumps(...).encode('utf-8') gave bytes, which the platform cannot send on.
        { "a body encoded to bytes", "import json\ndef main(event, context):\n    final = {'status': True}\n    return {'statusCode': 200, 'body': json.dumps(final).encode('utf-8')}\n", "BF0233", 4, 58 },
        { "outputs wrapped in final_response", "import json\ndef main(event, context):\n    final = {'status': True}\n    return {'statusCode': 200, 'body': json.dumps({'final_response': final})}\n", "BF0238", 4, 51 },
        { "outputs wrapped in a name", "import json\ndef main(event, context):\n    result = {\n        'final_response': {'status': True},\n    }\n    return {'statusCode': 200, 'body': json.dumps(result), 'headers': {}}\n", "BF0238", 6, 51 },
        { "the body read as it comes", "import json\ndef main(event, context):\n    env = event['body']['env_variables']\n    return {}\n", "BF0239", 3, 25 },
        { "the body read with get", "import json\ndef main(event, context):\n    n = event.get('body', '{}').get('entities')\n    return {}\n", "BF0239", 3, 37 },
        { "a name holding the body as it comes", "import json\ndef main(event, context):\n    body = event['body']\n    if True:\n        env = body[\"env_variables\"]\n    return {}\n", "BF0239", 5, 20 },
        { "status as text", "import json\ndef main(event, context):\n    final = {'status': 'true', 'eta': 1}\n    return {'statusCode': 200, 'body': json.dumps(final)}\n", "BF0240", 3, 24 },
        { "status set as text", "import json\ndef main(event, context):\n    final = {}\n    final['status'] = \"False\"\n    return {'statusCode': 200, 'body': json.dumps(final)}\n", "BF0240", 4, 23 },
        { "a user detail set to a number", "import json\ndef main(event, context):\n    final = {'status': True, 'user_details': {'tier': 'gold', 'visits': 3}}\n    return {'statusCode': 200, 'body': json.dumps(final)}\n", "BF0242", 3, 73 },
        { "a user detail set to a boolean", "import json\ndef main(event, context):\n    final = {'status': True}\n    final['user_details'] = {'verified': True}\n    return {'statusCode': 200, 'body': json.dumps(final)}\n", "BF0242", 4, 42 },
        // Met breaking a telecom bot: sys.exit(1) in an except ended the script (a bot break where it could answer status false).
        { "sys.exit in an except", "import json, sys\ndef main(event, context):\n    try:\n        x = 1\n    except Exception:\n        sys.exit(1)\n    return {}\n", "BF0241", 6, 9 },
        { "exit() in a helper", "def fail():\n    exit()\ndef main(event, context):\n    return fail()\n", "BF0241", 2, 5 },
        { "raise SystemExit", "def main(event, context):\n    raise SystemExit('no data')\n", "BF0241", 2, 11 },
        { "os._exit", "import os\ndef main(event, context):\n    os._exit(1)\n", "BF0241", 3, 5 },
        { "os.abort", "import os\ndef main(event, context):\n    os.abort()\n", "BF0241", 3, 5 },
        { "urlopen with no timeout", "import urllib.request\ndef main(event, context):\n    with urllib.request.urlopen('https://x.example.com/o') as r:\n        pass\n", "BF0234", 3, 25 },
        { "urlopen with timeout None", "from urllib.request import urlopen\ndef main(event, context):\n    urlopen(req, timeout=None)\n", "BF0234", 3, 5 },
        { "urlopen waiting 30 s", "import urllib.request\ndef main(event, context):\n    urllib.request.urlopen(req,\n                           timeout=30)\n", "BF0234", 4, 36 },
        // A timeout bounds connecting and each read, each: 19 s lets a slow server outlast the platform's 20 s.
        { "urlopen waiting 19 s", "import urllib.request\ndef main(event, context):\n    urllib.request.urlopen(req, timeout=19)\n", "BF0234", 3, 41 },
        { "requests waiting 16 s", "import requests\ndef main(event, context):\n    requests.get('https://x.example.com', timeout=16.5)\n", "BF0234", 3, 51 },
        { "an http.client connection with no timeout", "import http.client\ndef main(event, context):\n    c = http.client.HTTPSConnection('x.example.com')\n", "BF0234", 3, 21 },
        { "requests with no timeout", "import requests\ndef main(event, context):\n    r = requests.post('https://x.example.com/o', json={'a': (1, 2)})\n", "BF0234", 3, 18 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Script_problem_is_reported_at_its_line_in_the_script(string name, string script, string code, int line, int column)
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", script), ("scripts/helpers.py", "X = 1\n"));

        var located = Diagnose.Located(project.Root);

        Assert.True(located.Contains((code, "./scripts/order_status.py", line, column)), $"{name}: expected {code} at {line}:{column}, got:\n{Diagnose.Describe(Diagnose.Project(project.Root))}");
    }

    [Fact]
    public void The_body_read_from_the_event_and_an_event_outside_main_are_no_misread_event()
    {
        const string Script = "import json\n\nevent = {'entities': 1}\nx = event['entities']\n\ndef main(event, context):\n    body = json.loads(event['body'])\n    raw = event.get(\"body\", '{}')\n    key = 'entities'\n    n = body['entities'].get('nights') or event[key]\n    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {}}\n\ndef helper(event):\n    return event['entities']\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", Script));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0231");

        // A main written on one line ends there: the helper after it reads its own event.
        project.Write("scripts/order_status.py", "import json\n\ndef main(event, context): return {'statusCode': 200, 'body': event['body'], 'headers': {}}\n\ndef helper(event):\n    return event['entities']\n");
        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0231");
    }

    /// <summary>
    /// Met porting a hotel bot: body = event['body'], then body['env_variables'], validated clean and failed on every
    /// run ("string indices must be integers"): the body is a JSON string. A body parsed first, a name also given the
    /// parsed body, a read outside main and a body passed on whole are not judged.
    /// </summary>
    [Theory]
    [InlineData("body = json.loads(event['body'])\n    env = body['env_variables']")]
    [InlineData("body = event['body']\n    body = json.loads(body)\n    env = body['env_variables']")]
    [InlineData("body = event['body']\n    if isinstance(body, str):\n        body = json.loads(body)\n    env = body.get('env_variables')")]
    [InlineData("raw = event['body']\n    data = json.loads(raw)\n    env = data['env_variables']")]
    [InlineData("body = event['body'] if isinstance(event['body'], dict) else json.loads(event['body'])\n    env = body['env_variables']")]
    [InlineData("env = json.loads(event['body'])['env_variables']")]
    [InlineData("env = helper(event['body'])")]
    public void A_body_parsed_before_it_is_read_is_not_reported(string reads)
    {
        var script = $"import json\n\ndef helper(body):\n    return body['env_variables']\n\ndef main(event, context):\n    {reads}\n"
            + "    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {}}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", script));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0239");
    }

    /// <summary>What BF0242 leaves alone: texts, values it cannot tell, conversation_details, and dicts that are not the final response.</summary>
    [Theory]
    [InlineData("final = {'status': True, 'user_details': {'tier': 'gold', 'visits': '3'}}")]
    [InlineData("final = {'status': True, 'user_details': {'visits': str(n), 'count': n, 'score': 3 + n}}")]
    [InlineData("final = {'status': True, 'conversation_details': {'visits': 3, 'ok': True}}")]
    [InlineData("payload = {'user_details': {'visits': 3}}\n    final = {'status': True}")]
    [InlineData("final = {'status': True, 'user_details': {'note': None}}")]
    public void A_user_detail_given_as_text_or_computed_is_not_reported(string line)
    {
        var script = $"import json\n\ndef main(event, context):\n    n = 3\n    {line}\n    return {{'statusCode': 200, 'body': json.dumps(final), 'headers': {{}}}}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", script));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0242");
    }

    [Theory]
    [InlineData("urllib.request.urlopen(req, timeout=8)")]
    [InlineData("urllib.request.urlopen(req, timeout=15)")]
    [InlineData("urllib.request.urlopen(req, None, 8)")]
    [InlineData("urllib.request.urlopen(req, timeout=TIMEOUT)")]
    [InlineData("urllib.request.urlopen(*args)")]
    [InlineData("urllib.request.urlopen(req, **options)")]
    [InlineData("http.client.HTTPConnection('x.example.com', 80, 5)")]
    [InlineData("requests.get(url, timeout=(3, 10))")]
    [InlineData("session.get(url)")]
    public void A_request_with_a_timeout_inside_the_platforms_limit_or_one_that_cannot_be_told_is_not_reported(string call)
    {
        // Met breaking the pizza port on purpose: urlopen(request) waits as long as the shop's API takes, and the
        // platform ends the script at 20 s, a bot break where the script meant to answer status false.
        var script = $"import json\nimport urllib.request\nimport http.client\nimport requests\n\nTIMEOUT = 8\n\ndef main(event, context):\n    req = url = args = options = session = None\n    {call}\n"
            + "    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {}}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", script));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0234");

        // A shorter default for every socket covers urllib and http.client, not requests.
        project.Write("scripts/order_status.py", "import socket\nimport urllib.request\nsocket.setdefaulttimeout(10)\n\ndef main(event, context):\n    urllib.request.urlopen('https://x.example.com')\n    return {}\n");
        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0234");

        // One longer than the longest a request may wait does not.
        project.Write("scripts/order_status.py", "import socket\nimport urllib.request\nsocket.setdefaulttimeout(18)\n\ndef main(event, context):\n    urllib.request.urlopen('https://x.example.com')\n    return {}\n");
        Assert.Contains(Diagnose.Project(project.Root), d => d.Code == "BF0234");
    }

    [Fact]
    public void The_longest_request_a_script_may_make_is_the_longest_timeout_the_integration_takes()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Repo.Path_("schemas", "botforge.schema.json")))!;
        var maximum = FindTimeoutMaximum(schema);
        Assert.Equal(BotForge.Python.ScriptChecker.LongestRequestSeconds, maximum);

        static double? FindTimeoutMaximum(System.Text.Json.Nodes.JsonNode? node) => node switch
        {
            System.Text.Json.Nodes.JsonObject o when o["timeout_seconds"]?["maximum"] is { } max => (double)max,
            System.Text.Json.Nodes.JsonObject o => o.Select(p => FindTimeoutMaximum(p.Value)).FirstOrDefault(m => m is not null),
            System.Text.Json.Nodes.JsonArray a => a.Select(FindTimeoutMaximum).FirstOrDefault(m => m is not null),
            _ => null,
        };
    }

    /// <summary>
    /// Met breaking the pizza port on purpose: print('key', env['ORDER_API_KEY']) put the shop's key in the code
    /// node's log, and nothing said so (a test run prints only its placeholder, test-order_api_key).
    /// </summary>
    [Theory]
    [InlineData("    print('key', env['API_KEY'])\n", "print(…) writes the secret env variable API_KEY to the log", 9)]
    [InlineData("    key = body['env_variables'].get('API_KEY')\n    logging.info('calling with %s', key)\n", "logging.info(…) writes the value in key, a secret env variable's value, to the log", 10)]
    [InlineData("    key = env['API_KEY']\n    headers = {'Authorization': 'Bearer ' + key}\n    print(headers)\n", "print(…) writes the value in headers, a secret env variable's value, to the log", 11)]
    [InlineData("    print(f\"calling with {env['API_KEY']}\")\n", "print(…) writes the secret env variable API_KEY to the log", 9)]
    public void A_script_that_prints_a_secret_is_reported(string lines, string message, int line)
    {
        using var project = SecretProject(lines);

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0235");

        Assert.Equal((message, line), (found.Message, found.Location!.Start.Line));
    }

    [Theory]
    [InlineData("    response = urllib.request.urlopen(urllib.request.Request(url, headers={'K': env['API_KEY']}), timeout=5)\n    print(response.status)\n")]
    [InlineData("    print(env['PUBLIC_URL'], 'API_KEY')\n")]
    [InlineData("    key = env['API_KEY']\n    print('key set:', bool)\n")]
    public void Printing_what_a_request_with_a_secret_gave_or_a_plain_value_is_not_reported(string lines)
    {
        using var project = SecretProject(lines);

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0235");
    }

    /// <summary>
    /// Met breaking the reservations port on purpose: env['RES_API_UR'] raised KeyError on every run, which the
    /// script caught, so every booking said "Sorry, I couldn't place the booking" and nothing reported the typo.
    /// The platform passes a script the bot's env variables only, in the body (never the process environment).
    /// </summary>
    [Theory]
    [InlineData("    address = env['PUBLIC_UR']\n", "the script reads the env variable 'PUBLIC_UR', which botforge.yaml does not declare: the platform passes a script the bot's env variables only (did you mean 'PUBLIC_URL'?)", 9, 19)]
    [InlineData("    address = body['env_variables']['SHOP_TOKEN']\n", "the script reads the env variable 'SHOP_TOKEN', which botforge.yaml does not declare: the platform passes a script the bot's env variables only", 9, 37)]
    [InlineData("    address = body.get('env_variables', {}).get('API-KEY')\n", "the script reads the env variable 'API-KEY', which botforge.yaml does not declare: the platform passes a script the bot's env variables only (did you mean 'API_KEY'?)", 9, 49)]
    [InlineData("    settings = json.loads(event['body']).get('env_variables') or {}\n    token = settings.get('TOKEN')\n", "the script reads the env variable 'TOKEN', which botforge.yaml does not declare: the platform passes a script the bot's env variables only", 10, 26)]
    [InlineData("    address = env['PUBLIС_URL']\n", "the script reads the env variable 'PUBLIС_URL', which botforge.yaml does not declare: the platform passes a script the bot's env variables only (did you mean 'PUBLIC_URL'? 'PUBLIС_URL' has Cyrillic letters that look like Latin ones (С), typed in a Cyrillic layout or copied from Cyrillic text)", 9, 19)]   // a Cyrillic С (met breaking a Russian car-service bot)
    [InlineData("    key = os.environ['API_KEY']\n", "the script reads the env variable 'API_KEY' from the process environment, where the platform puts none: it passes the bot's env variables in the event's body, as 'env_variables'", 9, 22)]
    [InlineData("    key = os.environ.get('API_KEY')\n", "the script reads the env variable 'API_KEY' from the process environment, where the platform puts none: it passes the bot's env variables in the event's body, as 'env_variables'", 9, 26)]
    [InlineData("    key = os.getenv('PUBLIC_URL', '')\n", "the script reads the env variable 'PUBLIC_URL' from the process environment, where the platform puts none: it passes the bot's env variables in the event's body, as 'env_variables'", 9, 21)]
    public void A_script_reading_an_env_variable_the_platform_does_not_pass_it_is_an_error(string lines, string message, int line, int column)
    {
        using var project = SecretProject(lines);

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0236");

        Assert.True(found.IsError);
        Assert.Equal((message, line, column), (found.Message, found.Location!.Start.Line, found.Location.Start.Column));
    }

    [Theory]
    [InlineData("    address = env['PUBLIC_URL']\n    key = env.get('API_KEY', '')\n")]
    [InlineData("    home = os.environ.get('HOME')\n")]
    [InlineData("    name = 'PUBLIC_UR'\n    address = env[name]\n")]
    [InlineData("    entities = body['entities']\n    city = entities.get('CITY')\n")]
    [InlineData("    details = body['env_variables']['PUBLIC_URL']\n    host = details['host']\n")]
    public void Reading_a_declared_env_variable_or_what_cannot_be_told_is_not_reported(string lines)
    {
        using var project = SecretProject(lines);

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0236");
    }

    [Theory]
    [InlineData("print(f'{x == 1} {x != 2} {x >= 3} {x <= 4}')")]
    [InlineData("print(f'{x:=^10} {x!r:=>5} {{x=}} {d[\"a=b\"]}')")]
    [InlineData("print('{x=}'.format(x=1), \"{y=}\")")]
    [InlineData("print(f'{(lambda a=1: a)()}')")]
    [InlineData("print(f'{dict(a=1)}')")]
    [InlineData("import importlib, json")]
    [InlineData("from importlib import import_module")]
    [InlineData("match = d.get('match'); m = match")]
    [InlineData("import re; m = re.match('a', 'a'); match(1) if False else None")]
    [InlineData("print(1 / 2, d.get('list[int]'), [x][0], type(x))")]
    [InlineData("y: list = []; z = 'removeprefix'; w = x.prefix if False else 1")]
    [InlineData("from math import floor, ceil; from functools import lru_cache, wraps")]
    [InlineData("f = lambda a, b=1 / 2: a")]
    public void What_python_3_6_has_is_not_reported_as_newer(string line)
    {
        var script = $"import json\ndef main(event, context):\n    x = 1\n    d = {{}}\n    {line}\n    return {{'statusCode': 200, 'body': json.dumps({{'status': True}})}}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", script));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0224");
    }

    /// <summary>
    /// Found porting the reservations bot: int(entities.get('party_size')) failed on every run, since the platform
    /// passes each entity as a list of detections; only the test's transcript ("int() argument must be … not 'list'")
    /// told, and a script sending the value on (json.dumps) would have sent the list without a word.
    /// </summary>
    [Theory]
    [InlineData("    entities = body.get('entities', {})\n    party = int(entities.get('party_size'))\n", "party_size", 10)]
    [InlineData("    date = body['entities']['date']\n", "date", 9)]
    // A default for a missing section, in parentheses (met breaking a courier's bot in Turkish: the detection's 'value' read, which it has not).
    [InlineData("    found = (body.get('entities') or {}).get('takip_no') or []\n    takip = found[0]['value']\n", "takip_no", 9)]
    [InlineData("    found = (body.get('entities') or dict())['takip_no']\n", "takip_no", 9)]
    public void A_script_reading_an_entity_but_never_its_entity_value_is_warned(string lines, string entity, int line)
    {
        using var project = SecretProject(lines);

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0237");

        Assert.False(found.IsError);
        Assert.Equal(line, found.Location!.Start.Line);
        Assert.StartsWith($"the script reads the entity '{entity}' but never an 'entity_value'", found.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Met breaking a hotel port: its helper read entities.get(name) with the name a parameter, then the detection's
    /// 'value' (it has none: 'entity_value'); the check, which looked for names written as strings, said nothing, and
    /// every request sent null.
    /// </summary>
    [Theory]
    [InlineData("found[0].get('value')", true)]
    [InlineData("found[0].get('entity_value')", false)]
    public void An_entity_read_by_a_helpers_parameter_counts_as_read(string value, bool reported)
    {
        var script = "import json\n\ndef value_of(entities, name):\n    found = entities.get(name) or []\n"
            + $"    return {value} if found else None\n\ndef main(event, context):\n    body = json.loads(event['body'])\n"
            + "    nights = value_of(body.get('entities', {}), 'nights')\n    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {}}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", script));

        var found = Diagnose.Project(project.Root).Where(d => d.Code == "BF0237").ToList();

        Assert.Equal(reported ? 1 : 0, found.Count);
        if (reported)
        {
            Assert.Equal((4, 26), found[0].Location!.Start);
            Assert.StartsWith("the script reads an entity by name (name, a parameter of value_of) but never an 'entity_value'", found[0].Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("{'status': True, 'state': 'true'}")]
    [InlineData("{'status': 'pending'}")]
    [InlineData("{'status_text': 'false', 'status': False}")]
    public void A_status_that_is_a_boolean_or_no_boolean_word_is_not_reported_as_text(string final)
    {
        var script = $"import json\n\ndef main(event, context):\n    final = {final}\n    return {{'statusCode': 200, 'body': json.dumps(final), 'headers': {{}}}}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", script));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0240");
    }

    [Theory]
    [InlineData("    entities = body.get('entities', {})\n    party = int(entities.get('party_size')[0]['entity_value'])\n")]
    [InlineData("    payload = json.dumps(body['entities'])\n")]
    [InlineData("    for name, values in body['entities'].items():\n        print(name)\n")]
    public void A_script_reading_entity_values_or_passing_the_entities_on_whole_is_not_warned(string lines)
    {
        using var project = SecretProject(lines);

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0237");
    }

    /// <summary>
    /// A helper's parameter that every call passes the env variables (or the entities) is read as they are: the
    /// reservations port's helpers took them so, and a misspelt name inside one went unreported.
    /// </summary>
    [Theory]
    [InlineData("def api(env, path):\n    return env['PUBLIC_UR'] + path\n", "    api(env, '/orders')\n", 1)]
    [InlineData("def api(path, variables=None):\n    return variables.get('PUBLIC_UR') + path\n", "    api('/orders', variables=body['env_variables'])\n", 1)]
    [InlineData("def api(env, path):\n    return outer(env, path)\n\ndef outer(e, p):\n    return e['PUBLIC_UR'] + p\n", "    api(env, '/orders')\n", 1)]
    [InlineData("def api(e, path):\n    return e['PUBLIC_UR'] + path\n", "    api(env, '/orders')\n    api({'PUBLIC_UR': 'x'}, '/y')\n", 0)]
    [InlineData("def api(e, path):\n    return e['PUBLIC_UR'] + path\n", "    api(*[env, '/orders'])\n", 0)]
    [InlineData("def api(env, path):\n    return env['PUBLIC_URL'] + path\n", "    api(env, '/orders')\n", 0)]
    public void An_env_variable_read_in_a_helper_given_the_env_variables_is_checked(string helper, string call, int reported)
    {
        var script = "import json\n\n" + helper + "\n\ndef main(event, context):\n    body = json.loads(event['body'])\n    env = body['env_variables']\n" + call
            + "    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {}}\n";
        using var project = TempProject.With(
            ("botforge.yaml", TempProject.MinimalProjectFile + "env:\n  API_KEY: { secret: true }\n  PUBLIC_URL: https://shop.example.com\n"),
            ("stories/main/flow.yaml", Flow),
            ("scripts/order_status.py", script));

        var found = Diagnose.Project(project.Root).Where(d => d.Code == "BF0236").ToList();

        Assert.Equal(reported, found.Count);
        Assert.All(found, d => Assert.Contains("'PUBLIC_UR'", d.Message, StringComparison.Ordinal));
    }

    /// <summary>
    /// Met porting an IT helpdesk bot: its helper read entities[name]['entity_value'], the list of detections taken a
    /// text key, and the TypeError came only from a test that reached the code node (BF0237 said nothing: an
    /// entity_value was read). A read that takes the list for one detection, or a detection for its value, or a key a
    /// detection has not, fails on every run the entity has a value.
    /// </summary>
    [Theory]
    [InlineData("    email = body['entities']['email']['entity_value']\n", 9, "the script reads ['entity_value'] of the entity 'email' as one detection", "TypeError on every run 'email' has a value")]
    [InlineData("    entities = body.get('entities') or {}\n    city = entities.get('city').lower()\n", 10, "the script reads .lower of the entity 'city' as one value", "AttributeError")]
    [InlineData("    entities = body['entities']\n    day = entities['date'].get('entity_value')\n", 10, "the script reads .get of the entity 'date' as one detection", "a list has no get")]
    [InlineData("    entities = body['entities']\n    email = entities['email'][0]['value']\n", 10, "the script reads 'value' of a detection of the entity 'email', which has only", "KeyError on every run 'email' has a value")]
    [InlineData("    entities = body['entities']\n    email = entities['email'][-1].get('entity_valu')\n", 10, "the script reads 'entity_valu' of a detection of the entity 'email'", "the .get gives None on every run 'email' has a value (did you mean 'entity_value'?)")]
    [InlineData("    entities = body['entities']\n    email = entities['email'][0].strip()\n", 10, "the script reads .strip of a detection of the entity 'email' as its value, but a detection is a dict", "AttributeError")]
    public void A_script_reading_an_entity_in_a_shape_the_platform_does_not_pass_is_an_error(string lines, int line, string start, string end)
    {
        using var project = SecretProject(lines);

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code is "BF0243" or "BF0237");

        Assert.Equal("BF0243", found.Code);
        Assert.True(found.IsError);
        Assert.Equal(line, found.Location!.Start.Line);
        Assert.StartsWith(start, found.Message, StringComparison.Ordinal);
        Assert.Contains(end, found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_read_by_a_helpers_parameter_in_the_wrong_shape_is_an_error()
    {
        var script = "import json\n\ndef value(entities, name):\n    return entities[name]['entity_value']\n\ndef main(event, context):\n"
            + "    body = json.loads(event['body'])\n    email = value(body['entities'], 'email')\n    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {}}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", script));

        var found = Assert.Single(Diagnose.Project(project.Root), d => d.Code == "BF0243");

        Assert.Equal((4, 27), found.Location!.Start);
        Assert.StartsWith("the script reads ['entity_value'] of an entity read by its name in name as one detection", found.Message, StringComparison.Ordinal);
        Assert.Equal("take the first detection: entities['NAME'][0]['entity_value'] (when the list is not empty), as the generated scripts do", found.Hint);
    }

    [Theory]
    [InlineData("    entities = body['entities']\n    email = entities['email'][0]['entity_value'].lower()\n")]
    [InlineData("    entities = body['entities']\n    email = entities.get('email', [{}])[0].get('original_text', '')\n    n = entities['email'].count(1)\n")]
    [InlineData("    email = (body['entities'].get('email') or [{}])[0].get('entity_value')\n")]
    // A dict made from the entities holds what its maker put there.
    [InlineData("    values = {k: v[0]['entity_value'] for k, v in body['entities'].items()}\n    email = values['email'].lower()\n")]
    [InlineData("    entities = body['entities']\n    entities = {k: v[0] for k, v in entities.items()}\n    email = entities['email']['entity_value']\n")]
    public void An_entity_read_in_the_platforms_shape_or_from_a_dict_made_of_it_is_not_reported(string lines)
    {
        using var project = SecretProject(lines);

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0243");
    }

    [Theory]
    [InlineData("    resp = {}\n    resp['statusCode'] = 200\n    resp['body'] = json.dumps({'status': True})\n    return resp\n")]
    [InlineData("    resp = {'statusCode': 200}\n    resp.update(body=json.dumps({'status': True}))\n    return resp\n")]
    [InlineData("    def helper():\n        return {'a': 1}\n    return respond(helper())\n")]
    [InlineData("    return {'statusCode': 200, **extra}\n")]
    // A handler that returns, raises or may return, a finally, or a try that is not main's last statement.
    [InlineData("    try:\n        return respond(True)\n    except ValueError:\n        raise\n    except Exception as e:\n        return respond(False)\n")]
    [InlineData("    try:\n        return respond(True)\n    except Exception as e:\n        if e:\n            return respond(False)\n")]
    [InlineData("    try:\n        return respond(True)\n    except Exception as e:\n        print(e)\n    finally:\n        print('done')\n")]
    [InlineData("    try:\n        x = 1\n    except Exception as e:\n        print(e)\n    return respond(True)\n")]
    public void A_return_that_may_be_a_response_is_not_reported(string lines)
    {
        var script = "import json\n\ndef main(event, context):\n" + lines;
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", script));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0244");
    }

    [Theory]
    [InlineData("    email = body['user']['full_name'] + body['user'].get('language_code', '')\n")]
    // Another dict's 'user' (an API's answer), and a name that holds something else besides the body.
    [InlineData("    answer = json.loads(r)\n    email = answer['user']['email']\n")]
    [InlineData("    if not body:\n        body = {}\n    x = body['whatever']\n")]
    public void Keys_the_body_and_its_user_have_or_dicts_that_are_not_the_body_are_not_reported(string lines)
    {
        using var project = SecretProject(lines);

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0231");
    }

    /// <summary>The check's keys are the event the engine passes a script, key for key.</summary>
    [Fact]
    public void The_body_keys_the_check_knows_are_those_the_engine_passes()
    {
        var bot = EngineBot.Model;
        var call = new BotForge.Simulation.Engine.CodeNodeCall(bot, new BotForge.Simulation.Engine.ConversationSettings());
        var body = call.Event(bot.Nodes.First(), [], new JsonObject(), new JsonObject());

        Assert.Equal(ScriptChecker.BodyKeys.Order(StringComparer.Ordinal), body.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(ScriptChecker.UserKeys.Order(StringComparer.Ordinal), body["user"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("final = {'status': True, 'conversation_details': {'a': 1, 'b': x}}", "a,b")]
    [InlineData("final = {'conversation_details': {'a': {'nested': 1}, 'b': [1, 2]}}", "a,b")]
    [InlineData("final['conversation_details'] = {}", "")]
    [InlineData("seen = body.get('conversation_details', {})\n    final['conversation_details']['k'] = seen", "k")]
    [InlineData("seen = body['conversation_details']['k']", "")]
    [InlineData("final = {'conversation_details': details}", null)]
    [InlineData("final = {'conversation_details': {**old, 'a': 1}}", null)]
    [InlineData("final = {'conversation_details': {k: v for k, v in x}}", null)]
    [InlineData("final = {'conversation_details': {name: 1}}", null)]
    [InlineData("final = dict(status=True, conversation_details={'a': 1})", null)]
    [InlineData("final.setdefault('conversation_details', {})['a'] = 1", null)]
    public void The_conversation_details_a_script_sets_are_its_written_keys_or_unknown(string line, string? keys)
    {
        var script = $"import json\n\ndef main(event, context):\n    body = json.loads(event['body'])\n    {line}\n    return {{}}\n";

        var found = ScriptChecker.ConversationDetailKeys(script);

        Assert.Equal(keys, found is null ? null : string.Join(",", found.Order(StringComparer.Ordinal)));
    }

    private static TempProject SecretProject(string lines) => TempProject.With(
        ("botforge.yaml", TempProject.MinimalProjectFile + "env:\n  API_KEY: { secret: true }\n  PUBLIC_URL: https://shop.example.com\n"),
        ("stories/main/flow.yaml", Flow),
        ("scripts/order_status.py", "import json\nimport logging\nimport urllib.request\n\n\ndef main(event, context):\n    body = json.loads(event['body'])\n    env = body['env_variables']\n    url = env['PUBLIC_URL']\n"
            .Replace("    url = env['PUBLIC_URL']\n", lines.Contains("url", StringComparison.Ordinal) ? "    url = env['PUBLIC_URL']\n" : string.Empty, StringComparison.Ordinal)
            + lines + "    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {}}\n"));

    [Theory]
    [InlineData("    flags = {1, 2} | {3}\n")]
    [InlineData("    n = 5 | 2\n    mask = n | 8\n")]
    [InlineData("    merged = {**{'a': 1}, **body}\n")]
    // A name bound otherwise too (a parameter, a loop's target) may hold anything.
    [InlineData("    for h in [{1}, {2}]:\n        h = {}\n    x = h | {3}\n")]
    public void A_union_of_sets_or_numbers_or_of_what_cannot_be_told_is_not_reported_as_newer_than_the_executor(string lines)
    {
        using var project = SecretProject(lines);

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0224");
    }

    [Theory]
    [InlineData("    final = json.dumps({'status': True})\n")]
    [InlineData("    final = {'status': True}\n    final = json.dumps(final)\n")]
    [InlineData("    final = build()\n")]
    public void A_body_that_is_a_name_holding_json_or_what_cannot_be_told_is_not_reported(string lines)
    {
        var script = "import json\n\ndef build():\n    return '{}'\n\ndef main(event, context):\n" + lines + "    return {'statusCode': 200, 'body': final, 'headers': {}}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", script));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0233");
    }

    [Fact]
    public void A_request_payload_with_a_body_of_its_own_is_no_response()
    {
        // Met breaking the BankingBot port on purpose: "body": {...} in the response passed validate, and the node
        // failed in every conversation. A payload sent to an API may have a 'body' dict: only a dict with a
        // 'statusCode' is the response.
        const string Script = "import json\n\ndef main(event, context):\n    payload = {'to': 'a@b.c', 'body': {'text': 'hi'}}\n    return {'statusCode': 200, 'body': json.dumps({'status': True, 'sent': payload}), 'headers': {}}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", Script));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0233");
    }

    /// <summary>
    /// Met porting a utility bot: the outage check returned json.dumps({'final_response': final}), so its status and
    /// outputs sat one level down; validate was clean and every conversation went to the failure branch. A dict
    /// that has its own 'status' beside such a key, or a name also given another value, is not judged.
    /// </summary>
    [Theory]
    [InlineData("json.dumps({'status': True, 'final_response': 'done'})")]
    [InlineData("json.dumps(result)")]
    [InlineData("json.dumps(final_response)")]
    public void A_body_with_status_at_the_top_or_one_not_followed_is_not_reported_as_wrapped(string body)
    {
        var script = "import json\n\ndef main(event, context):\n    result = {'final_response': 1}\n    result = {'status': True}\n    final_response = {'status': True}\n"
            + $"    return {{'statusCode': 200, 'body': {body}, 'headers': {{}}}}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", script));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0238");
    }

    [Theory]
    [InlineData("if __name__ == '__main__':\n    import sys\n    sys.exit(main({'body': '{}'}, None))\n")]
    [InlineData("if __name__ == \"__main__\":\n    if True:\n        quit()\n    exit(0)\n")]
    [InlineData("if __name__ == '__main__': exit(0)\n")]
    [InlineData("if __name__ == '__main__':\n    print(1)\n\nif __name__ == '__main__':\n    exit(0)\n")]
    [InlineData("class Runner:\n    def exit(self):\n        return None\n\ndef later(r):\n    r.exit()\n")]
    public void Ending_the_interpreter_where_the_platform_never_runs_it_or_a_method_named_exit_is_not_reported(string tail)
    {
        var script = "import json\n\ndef main(event, context):\n    return {'statusCode': 200, 'body': json.dumps({'status': True}), 'headers': {}}\n\n" + tail;
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", script));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0241");

        // Code after the guard's block is the module's again.
        project.Write("scripts/order_status.py", script + "\nexit()\n");
        Assert.Contains(Diagnose.Project(project.Root), d => d.Code == "BF0241");
    }

    [Fact]
    public void Plain_getattr_and_a_method_named_eval_are_not_dynamic_tricks()
    {
        const string Script = "import json\n\nclass Rules:\n    def eval(self):\n        return 1\n\ndef main(event, context):\n    body = json.loads(event['body'])\n    name = getattr(body, 'get')('node')\n    return {'statusCode': 200, 'body': json.dumps({'status': Rules().eval() == 1, 'n': name}), 'headers': {}}\n";
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", Script));

        Assert.DoesNotContain(Diagnose.Project(project.Root), d => d.Code == "BF0228");
    }

    [Fact]
    public void Good_script_passes_and_is_copied_into_the_bundle_with_lf_line_ends()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", GoodScript.Replace("\n", "\r\n", StringComparison.Ordinal)));

        var compilation = Compilation.Create(project.Root);
        Assert.DoesNotContain(compilation.Validate(), d => d.Code.StartsWith("BF022", StringComparison.Ordinal));
        var files = compilation.Emit()!;

        var script = files.Single(f => f.Path == "scripts/ORDER_STATUS.py");
        Assert.Equal(GoodScript, System.Text.Encoding.UTF8.GetString(script.Content));
        var code = JsonNode.Parse(files.Single(f => f.Path == "bot.json").Content)!["stories"]![0]!["sub_stories"]![0]!["nodes"]![1]!["code"]!;
        Assert.Equal("scripts/ORDER_STATUS.py", (string?)code["script"]);
        Assert.Equal(GoodScript, (string?)code["source"]);
    }

    [Fact]
    public void Unknown_package_is_a_warning_so_the_bot_still_builds()
    {
        using var project = TempProject.With(("stories/main/flow.yaml", Flow), ("scripts/order_status.py", "import requests\nimport yaml\n" + GoodScript));

        var compilation = Compilation.Create(project.Root);

        Assert.Equal(["BF0227"], compilation.Validate().Where(d => d.Code.StartsWith("BF022", StringComparison.Ordinal)).Select(d => d.Code));
        Assert.NotNull(compilation.Emit());
    }

    /// <summary>
    /// The tokenizer agrees with CPython: for each snippet, the checker reports a syntax error exactly when
    /// python3's compile() rejects it (snippets are chosen within what a tokenizer can decide).
    /// </summary>
    [Fact]
    public void Syntax_verdicts_agree_with_python3()
    {
        string[] snippets =
        [
            "x = 'a' 'b' \"c\" r'\\d' f'{x}' u'é'\ny = b'\\x00' rb'\\''\n",
            "x = '''a\n'b'\n\"\"\"\n'''\n",
            "x = (1,\n     2)\ny = [\n]\n",
            "if x:\n    pass\nelif y:\n\tpass\n",
            "def f():\n    return 1 \\\n        + 2\n",
            "x = 'abc\n",
            "x = (1, 2]\n",
            "x = ]\n",
            "if x:\npass\n",
            "  x = 1\n",
            "def f():\n        a = 1\n    b = 2\n",
            "x = 1 \\ 2\n",
            "x = 0x1F + 1e-3 + 1_000 + .5 + 3j\n",
            "class A:\n    # comment only\n\n    def f(self): return {'a': [1, (2, 3)]}\n",
            "x = '''never closed\n",
            "x = $y\n",
            "x = 1 ! 2\n",
            "def f():\n<<<<<<< HEAD\n    x = 1\n=======\n    x = 2\n>>>>>>> feature\n    return x\n",
            "x = [1,\n<<<<<<< HEAD\n 2,\n=======\n 3,\n>>>>>>> feature\n]\n",
            "# only a comment",
            "",
            "if x:\n    y = 1\n  # odd comment indent is fine\n    z = 2\n",
        ];

        var python = ScriptHarness.RunTool("compile_verdicts.py", JsonSerializer.Serialize(snippets)).AsArray().Select(v => (bool)v!).ToList();
        var ours = snippets.Select(s => !ScriptChecker.Check(s, new HashSet<string>()).Any(f => f.Problem == ScriptProblem.Syntax)).ToList();

        for (var i = 0; i < snippets.Length; i++)
        {
            Assert.True(python[i] == ours[i], $"snippet {i} {JsonSerializer.Serialize(snippets[i])}: python3 says {(python[i] ? "valid" : "invalid")}, BotForge says {(ours[i] ? "valid" : "invalid")}");
        }
    }
}

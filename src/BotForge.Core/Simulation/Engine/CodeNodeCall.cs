using System.Globalization;
using System.Text.Json.Nodes;
using BotForge.Model;
using BotForge.Simulation.Code;

namespace BotForge.Simulation.Engine;

/// <summary>
/// How the engine calls a code node as the platform does: the event it passes to <c>main(event, context)</c>, the
/// answers of the stand-in integration service, and what it makes of <c>main</c>'s return value.
/// </summary>
internal sealed class CodeNodeCall(BotModel bot, ConversationSettings settings)
{
    private static readonly string[] UserKeys = ["user_id", "user_name", "full_name", "device_platform", "language_code", "auth_id", "auth_code"];

    /// <summary>A field of the event's <c>user</c>: the conversation's settings over the test defaults.</summary>
    public string UserField(string key) => settings.User.TryGetValue(key, out var value) ? value : key switch
    {
        "user_id" or "user_name" => "test-user",
        "full_name" => "Test User",
        "device_platform" => settings.Channel,
        "language_code" => settings.LanguageIn(bot),
        _ => string.Empty,
    };

    /// <summary>
    /// The event body for <paramref name="node"/>: node, event, user, conversation_no, conversation_details,
    /// user_details, entities (<c>{name: [{entity_value, detection, original_text}]}</c>) and env_variables.
    /// </summary>
    public JsonObject Event(Node node, IEnumerable<KeyValuePair<string, (string Value, string Original)>> collected, JsonObject conversationDetails, JsonObject userDetails)
    {
        var user = new JsonObject();
        foreach (var key in UserKeys)
        {
            user[key] = UserField(key);
        }

        var entities = new JsonObject();
        foreach (var (name, (value, original)) in collected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            entities[name] = new JsonArray(new JsonObject { ["entity_value"] = value, ["detection"] = "message", ["original_text"] = original });
        }

        var env = new JsonObject();
        foreach (var variable in bot.Env)
        {
            // Secrets never reach a test run: a placeholder stands in (the stand-in service accepts anything).
            env[variable.Name] = variable.Secret ? $"test-{variable.Name.ToLowerInvariant()}" : variable.Staging;
        }

        return new JsonObject
        {
            ["node"] = node.SystemName,
            ["event"] = "API_INTEGRATION",
            ["user"] = user,
            ["conversation_no"] = 1,
            ["conversation_details"] = conversationDetails.DeepClone(),
            ["user_details"] = userDetails.DeepClone(),
            ["entities"] = entities,
            ["env_variables"] = env,
        };
    }

    /// <summary>The stand-in service's answer per action: success unless the conversation says otherwise.</summary>
    public Dictionary<string, ServiceAnswer> Answers()
    {
        var answers = new Dictionary<string, ServiceAnswer>(StringComparer.Ordinal)
        {
            ["create_case"] = ServiceAnswer.CaseCreated,
            ["get_contact"] = ServiceAnswer.ContactFound,
            ["get_record"] = ServiceAnswer.RecordFound,
        };
        foreach (var (action, answer) in settings.Answers)
        {
            answers[action] = answer;
        }

        return answers;
    }

    /// <summary>True when the conversation gives an answer of its own for <paramref name="action"/> (<c>salesforce: { get_record: … }</c>), where the stand-in's default answers otherwise.</summary>
    public bool AnswersItself(string action) => settings.Answers.ContainsKey(action);

    /// <summary>The answers to a script's own HTTP requests (null: they go where they are addressed).</summary>
    public IReadOnlyList<HttpAnswer>? Http => settings.Http;

    /// <summary>The env variables the Salesforce base URL is made of: pointed at the stand-in service.</summary>
    public List<string> BaseUrlVariables() =>
        bot.Salesforce?.BaseUrl.Parts.OfType<PlaceholderPart>().Where(p => p.Kind == PlaceholderKind.Env).Select(p => p.Key).ToList() ?? [];

    /// <summary>main()'s return value must be <c>{statusCode: 200, body: "JSON object"}</c>; anything else is a bot break.</summary>
    public static (JsonObject? Output, string? Error) FinalResponse(CodeRun run)
    {
        if (run.Error is not null)
        {
            return (null, run.Error.Trim());
        }

        if (run.Result is not JsonObject result || (int?)(result["statusCode"] as JsonValue) is not 200 || result["body"] is not JsonValue body
            || body.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            return (null, "main() did not return {'statusCode': 200, 'body': json.dumps(final_response)}");
        }

        try
        {
            return JsonNode.Parse(body.GetValue<string>()) is JsonObject output ? (output, null) : (null, "the body is not a JSON object");
        }
        catch (System.Text.Json.JsonException e)
        {
            return (null, "the body is not JSON: " + e.Message);
        }
    }

    /// <summary>A JSON value that is not a string, as a Python author knows it.</summary>
    private static string Described(JsonNode value) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.Object => "a dict",
        System.Text.Json.JsonValueKind.Array => "a list",
        System.Text.Json.JsonValueKind.True => "True",
        System.Text.Json.JsonValueKind.False => "False",
        _ => "the number " + value.ToJsonString(),
    };

    /// <summary>
    /// Keeps the details a code node's response sets, merged key by key into what the conversation holds, within the
    /// platform's limits (<see cref="PlatformLimits"/>), each a dict: null when kept; else what is wrong, and nothing
    /// is kept.
    /// </summary>
    public static string? KeepDetails(JsonObject output, JsonObject conversationDetails, JsonObject userDetails)
    {
        var parts = new[] { ("conversation_details", conversationDetails, PlatformLimits.ConversationDetailsKept), ("user_details", userDetails, PlatformLimits.UserDetailsKept) };
        var set = 0;
        foreach (var (name, kept, limit) in parts)
        {
            if (output[name] is null)
            {
                continue;
            }

            if (output[name] is not JsonObject details)
            {
                return $"{name} is not a dict (the platform keeps a dict of details)";
            }

            // The platform passes user_details as a dict of strings: a script that set a number there and read it back
            // as one passed its test and failed on the platform, where the value comes back as text (or is refused).
            if (name == "user_details" && details.FirstOrDefault(e => e.Value is { } value && value.GetValueKind() != System.Text.Json.JsonValueKind.String) is { Key: not null } notText)
            {
                return $"user_details['{notText.Key}'] is {Described(notText.Value!)}, not a string (the platform keeps user_details as a dict of strings): set str(…) of it";
            }

            set += PythonJson.Length(details);
            var total = PythonJson.ObjectLength(kept.Where(e => !details.ContainsKey(e.Key)).Concat(details));
            if (total > limit)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{name} would hold {total:N0} characters (as json.dumps writes it); the platform keeps at most {limit:N0}");
            }
        }

        if (set > PlatformLimits.DetailsSetAtOnce)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the details set by one response take {set:N0} characters (as json.dumps writes them); the platform allows {PlatformLimits.DetailsSetAtOnce}");
        }

        foreach (var (name, kept, _) in parts)
        {
            if (output[name] is JsonObject details)
            {
                foreach (var (key, value) in details)
                {
                    kept[key] = value?.DeepClone();
                }
            }
        }

        return null;
    }
}

using BotForge.Tests.Support;
using BotForge.Validation.Rules;

namespace BotForge.Tests.Validation.Rules;

/// <summary>Turns a rule's <see cref="RuleExample"/> into a project on disk: the base files below plus the example's own.</summary>
internal static class RuleExamples
{
    public const string Flow = "stories/main/flow.yaml";

    public const string BaseProject = "bot:\n  id: example\n  name: Example\n";

    /// <summary>Files every example may use: two private entities and a hand-written script.</summary>
    public static readonly IReadOnlyDictionary<string, string> BaseFiles = new Dictionary<string, string>
    {
        ["entities.yaml"] = """
            entities:
              - name: issue_type
                type: dictionary
                values:
                  delivery: [delivery, parcel]
                  payment: [payment, refund]
              - name: order_id
                type: regex
                pattern: '[0-9]{6}'

            """,
        ["scripts/check.py"] = """
            import json


            def main(event, context):
                final_response = {'status': True}
                return {'statusCode': 200, 'body': json.dumps(final_response), 'headers': {'Content-Type': 'application/json'}}

            """,
    };

    public static IReadOnlyDictionary<string, string> Files(RuleExample example)
    {
        var files = new Dictionary<string, string>(BaseFiles)
        {
            ["botforge.yaml"] = BaseProject + (example.Project ?? string.Empty),
            [Flow] = example.Flow,
        };
        foreach (var (path, content) in example.Files)
        {
            files[path] = content;
        }

        return files;
    }

    public static TempProject Write(RuleExample example) => new(Files(example));
}

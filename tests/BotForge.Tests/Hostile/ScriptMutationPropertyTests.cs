using BotForge.Python;
using BotForge.Tests.Support;
using CsCheck;

namespace BotForge.Tests.Hostile;

/// <summary>
/// Property: whatever random damage is done to a hand-written script (characters deleted, inserted or overwritten with
/// Python's brackets, quotes, operators, indentation and line ends), the script checks answer with findings, never an
/// exception: the full check, and the readings rules make of a script (entities read, conversation details set, final
/// responses' keys). Each is cheap, so the property samples a hundred times BOTFORGE_PROPERTY_ITERATIONS; a failure
/// prints the script that reproduces it.
/// </summary>
public sealed class ScriptMutationPropertyTests
{
    /// <summary>Scripts that use what the checks read: entities by name and through a helper, details, responses built in several ways.</summary>
    private static readonly string[] Seeds =
    [
        """
        import json
        import urllib.request

        BASE = {'Accept': 'application/json'}


        def value(entities, name):
            return entities[name][0]['entity_value']


        def main(event, context):
            body = json.loads(event['body'])
            entities = body.get('entities') or {}
            env = body['env_variables']
            user = body.get('user', {})
            headers = BASE | {'Authorization': 'Bearer ' + env['TOKEN']}
            try:
                with urllib.request.urlopen(env['URL'] + '/x?e=' + value(entities, 'email'), timeout=8) as response:
                    result = json.loads(response.read().decode('utf-8'))['result']
                final = {'status': True, 'number': result['number'], 'conversation_details': {'last': result['number']}}
            except Exception as e:
                final = {'status': False, 'error': str(e)}
            final['name'] = user['full_name']
            return {'statusCode': 200, 'body': json.dumps(final), 'headers': {'Content-Type': 'application/json'}}
        """,
        """
        import json
        def main(event, context):
            body = json.loads(event.get('body', '{}'))
            x = body['entities']['city'].lower()
            d = {**body['conversation_details'], 'k': 1}
            if x:
                return {'status': True}
            final = {'status': bool(x)}
            final['conversation_details']['k'] = 2
            return {'statusCode': 200, 'body': json.dumps(final)}
        """,
    ];

    private const string Alphabet = "{}[]()'\":,.|=*\n    #\\_aezATF019";

    private static readonly Gen<(int Seed, (int Kind, int Position, char Char)[] Edits)> Damage = Gen.Select(
        Gen.Int[0, Seeds.Length - 1],
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 10_000], Gen.Int[0, Alphabet.Length - 1], (kind, at, c) => (kind, at, Alphabet[c])).Array[1, 6]);

    [Fact]
    public void Random_damage_to_a_script_never_throws_in_its_checks()
    {
        var secrets = new HashSet<string>(StringComparer.Ordinal) { "TOKEN" };
        var env = new HashSet<string>(StringComparer.Ordinal) { "TOKEN", "URL" };
        Damage.Select(d => Damaged(Seeds[d.Seed], d.Edits)).Sample(source =>
        {
            ScriptChecker.Check(source, new HashSet<string>(StringComparer.Ordinal), secrets, env);
            ScriptChecker.EntitiesRead(source);
            ScriptChecker.ConversationDetailKeys(source);
            ScriptChecker.FinalResponseKeys(source);
        }, iter: Repo.PropertyIterations * 100, print: source => source);
    }

    private static string Damaged(string seed, (int Kind, int Position, char Char)[] edits)
    {
        var text = new List<char>(seed);
        foreach (var (kind, position, c) in edits)
        {
            var at = text.Count == 0 ? 0 : position % text.Count;
            switch (kind)
            {
                case 0 when text.Count > 0:
                    text.RemoveAt(at);
                    break;
                case 1:
                    text.Insert(at, c);
                    break;
                default:
                    if (text.Count > 0)
                    {
                        text[at] = c;
                    }

                    break;
            }
        }

        return new string([.. text]);
    }
}

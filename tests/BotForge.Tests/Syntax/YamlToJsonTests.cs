using BotForge.Diagnostics;
using BotForge.Parsing;
using BotForge.Syntax;
using BotForge.Text;
using Newtonsoft.Json;

namespace BotForge.Tests.Syntax;

/// <summary>
/// The one YAML → JSON conversion: what the schema check validates and what raw HSL and stubbed answers carry
/// are the same JSON, with YAML 1.2 typing and nothing JSON cannot hold.
/// </summary>
public sealed class YamlToJsonTests
{
    private static YamlNode Tree(string yaml)
    {
        var bag = new DiagnosticBag();
        var root = YamlParser.Parse(new SourceFile("f.yaml", yaml), bag);
        Assert.Empty(bag.ToSortedList());
        return root!;
    }

    [Theory]
    [InlineData("a: yes", """{"a":"yes"}""")]
    [InlineData("a: true", """{"a":true}""")]
    [InlineData("a: ~", """{"a":null}""")]
    [InlineData("a: 12", """{"a":12}""")]
    [InlineData("a: 0x1F", """{"a":31}""")]
    [InlineData("a: 0o17", """{"a":15}""")]
    [InlineData("a: 0x10000000000000000", """{"a":1.8446744073709552E+19}""")]
    [InlineData("a: 0o2000000000000000000000", """{"a":1.8446744073709552E+19}""")]
    [InlineData("a: '12'", """{"a":"12"}""")]
    [InlineData("a: 1.5", """{"a":1.5}""")]
    [InlineData("a: .inf", """{"a":".inf"}""")]
    [InlineData("a: -.inf", """{"a":"-.inf"}""")]
    [InlineData("a: .nan", """{"a":".nan"}""")]
    [InlineData("a: [1, x, {b: null}]", """{"a":[1,"x",{"b":null}]}""")]
    [InlineData("a: !!str 12", """{"a":"12"}""")]
    public void Scalars_become_the_json_yaml_1_2_says_and_both_trees_agree(string yaml, string json)
    {
        var tree = Tree(yaml);

        Assert.Equal(json, new YamlToJson(rememberOrigins: false).Convert(tree).ToString(Formatting.None));
        Assert.Equal(json, YamlToJson.ToJsonNode(tree)!.ToJsonString());
    }

    [Theory]
    [InlineData("a: !!int abc", """{"a":"abc"}""")]
    [InlineData("a: !!float abc", """{"a":"abc"}""")]
    [InlineData("a: !!int 0xZZ", """{"a":"0xZZ"}""")]
    public void A_value_not_of_its_tags_type_is_reported_and_converts_as_its_text(string yaml, string json)
    {
        var bag = new DiagnosticBag();
        var tree = YamlParser.Parse(new SourceFile("f.yaml", yaml), bag)!;

        Assert.Equal(["BF0019"], bag.ToSortedList().Select(d => d.Code));
        Assert.Equal(json, new YamlToJson(rememberOrigins: false).Convert(tree).ToString(Formatting.None));
        Assert.Equal(json, YamlToJson.ToJsonNode(tree)!.ToJsonString());
    }

    [Fact]
    public void An_integer_too_large_for_a_long_is_the_nearest_double_in_both_trees()
    {
        var tree = Tree("a: 123456789012345678901234");

        var token = new YamlToJson(rememberOrigins: false).Convert(tree)["a"]!;
        var node = YamlToJson.ToJsonNode(tree)!["a"]!;

        Assert.Equal(123456789012345678901234d, (double)token);
        Assert.Equal(123456789012345678901234d, node.GetValue<double>());
    }

    [Fact]
    public void Every_token_maps_back_to_the_yaml_node_it_came_from()
    {
        var tree = (YamlMapping)Tree("a:\n  - 1\n  - b: x\n");
        var converter = new YamlToJson();

        var json = converter.Convert(tree);

        Assert.Same(tree, converter.OriginOf(json));
        var list = (YamlSequence)tree["a"]!;
        Assert.Same(list, converter.OriginOf(json["a"]!));
        Assert.Same(list.Items[0], converter.OriginOf(json["a"]![0]!));
        Assert.Same(((YamlMapping)list.Items[1])["b"], converter.OriginOf(json["a"]![1]!["b"]!));
    }

    [Fact]
    public void A_yaml_null_document_is_json_null()
    {
        Assert.Null(YamlToJson.ToJsonNode(Tree("~")));
    }
}

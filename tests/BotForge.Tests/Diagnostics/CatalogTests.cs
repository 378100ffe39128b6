using System.Diagnostics;
using BotForge.Diagnostics;
using BotForge.Tests.Support;

namespace BotForge.Tests.Diagnostics;

public sealed class CatalogTests
{
    [Fact]
    public void Every_code_is_unique_and_well_formed()
    {
        var codes = DiagnosticCodes.All.Select(d => d.Code).ToList();

        Assert.NotEmpty(codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^BF[0-9]{4}$", c));
    }

    [Fact]
    public void Every_code_has_a_docs_entry()
    {
        var docs = File.ReadAllText(Repo.Path_("docs", "diagnostics.md"));

        // Rules (BF1xxx, BF2xxx) have a page each in docs/rules/, checked by RuleDocsTests.
        var stageCodes = DiagnosticCatalog.All;
        Assert.All(stageCodes, d => Assert.Contains($"## {d.Code}\n", docs, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("make_source_schema.py", "botforge.schema.json")]
    [InlineData("make_bundle_schema.py", "bundle.schema.json")]
    public void Committed_schemas_equal_what_their_generator_writes(string generator, string schema)
    {
        var path = Repo.Path_("schemas", schema);
        var committed = File.ReadAllText(path);
        using var process = Process.Start(new ProcessStartInfo("python3", [Repo.Path_("tools", generator)]) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, error);
        Assert.Equal(committed, File.ReadAllText(path));
    }

    [Fact]
    public void Embedded_source_schema_is_the_committed_file()
    {
        Assert.Equal(File.ReadAllText(Repo.Path_("schemas", "botforge.schema.json")), BotForge.Validation.SourceSchemas.ReadText("botforge.schema.json"));
    }
}

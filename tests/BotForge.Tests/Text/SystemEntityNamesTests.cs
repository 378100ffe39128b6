using BotForge.Model;
using BotForge.Tests.Support;
using BotForge.Text;

namespace BotForge.Tests.Text;

/// <summary>
/// A port from Dialogflow collects 'sys.date', from Rasa (Duckling) 'phone-number': two errors, BF0104 and BF0204,
/// neither naming the public entity meant. Now one error that names it, and the use is that entity.
/// </summary>
public sealed class SystemEntityNamesTests
{
    [Theory]
    [InlineData("sys.date", "date")]
    [InlineData("@sys.phone-number", "phone_number")]
    [InlineData("sys.given-name", "person_name")]
    [InlineData("sys.geo-city", "city")]
    [InlineData("sys.zip-code", "pincode")]
    [InlineData("phone-number", "phone_number")]
    [InlineData("sys.unknown-thing", null)]
    [InlineData("date", null)]
    [InlineData("order-id", null)]
    public void Another_platforms_system_entity_is_the_public_entity_for_it(string name, string? meant) =>
        Assert.Equal(meant, SystemEntityNames.PublicFor(name));

    [Fact]
    public void Every_name_maps_to_a_public_entity() =>
        Assert.All(SystemEntityNames.Targets, name => Assert.True(PublicEntities.Contains(name), name));

    [Fact]
    public void A_use_of_sys_date_is_one_error_naming_date_and_its_placeholder_gets_the_placeholder_meant()
    {
        using var project = TempProject.With(("stories/main/flow.yaml",
            "nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [book a table]\n    entities:\n      - entity: sys.date\n        prompt: For which date?\n"
            + "    bot_says:\n      final: Booked for ${entity.sys.date}.\n"));

        var errors = Diagnose.Project(project.Root).Where(d => d.IsError).ToList();

        Assert.Equal(["BF0104", "BF0205"], errors.Select(d => d.Code));
        Assert.Equal("did you mean 'date'? 'sys.date' is another platform's system entity, and 'date' is the platform's public entity for it", errors[0].Hint);
        Assert.StartsWith("did you mean '${entity.date}'?", errors[1].Hint, StringComparison.Ordinal);
    }
}

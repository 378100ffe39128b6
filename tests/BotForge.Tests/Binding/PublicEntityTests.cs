using BotForge.Model;
using BotForge.Tests.Support;

namespace BotForge.Tests.Binding;

/// <summary>
/// The platform's public entities: every name its documentation lists is used without a definition (each was
/// BF0204, "neither defined in entities nor a public entity", but the ten BotForge first knew), and a private entity
/// may not take the name of the ones a bot relies on most (BF0220), but may take the others'.
/// </summary>
public sealed class PublicEntityTests
{
    public static TheoryData<string> Names => [.. PublicEntities.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_public_entity_needs_no_definition(string name)
    {
        using var project = TempProject.With(("stories/main/flow.yaml",
            $"nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hi]\n    entities:\n      - entity: {name}\n        prompt: Yours?\n    bot_says:\n      final: Got ${{entity.{name}}} (%entitytag_{name}).\n"));

        var diagnostics = Diagnose.Project(project.Root);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void The_platforms_documented_public_entities_are_known()
    {
        // The list in the platform's documentation of entities ("the most common public entities").
        string[] documented =
        [
            "flight_arrival_city", "phone_number", "location", "product_id", "completion_phone_number", "flight_seat_number", "utils_city",
            "product_type", "device_name", "person_name", "departure_date", "phone_number_without_validation", "product_name", "completion_city",
            "completion_email", "flight_departure_city", "arrival_date", "user_name", "origin_lat", "origin_lng", "date_of_birth", "date", "pincode",
            "color", "age", "otp_four_digit", "time", "time_with_range", "completion_location", "email", "profession", "age_range", "pan_card",
            "feedback_request", "website_company_name_regex", "feedback_regex", "nps_feedback_range", "feedback_thumbs", "url_capturer",
            "disambiguation_negation", "disambiguation_choice", "international_phone_number",
        ];

        Assert.All(documented, name => Assert.True(PublicEntities.Contains(name), name));
    }

    [Theory]
    [InlineData("email", true)]
    [InlineData("city", true)]
    [InlineData("color", false)]       // a natural name for a bot's own entity: its definition is used
    [InlineData("location", false)]
    public void A_private_entity_may_not_take_the_name_of_a_public_one_a_bot_relies_on_most(string name, bool refused)
    {
        using var project = TempProject.With(
            ("entities.yaml", $"entities:\n  - name: {name}\n    type: dictionary\n    values: {{ red: [red] }}\n"),
            ("stories/main/flow.yaml", $"nodes:\n  - id: A\n    start: true\n    end: true\n    user_says: [hi]\n    entities:\n      - entity: {name}\n        prompt: Which?\n    bot_says:\n      final: Got ${{entity.{name}}}.\n"));

        var compilation = Compilation.Create(project.Root);
        var diagnostics = compilation.Validate();

        Assert.Equal(refused, diagnostics.Any(d => d.Code == "BF0220" && d.Location!.Start == (2, 11)));
        Assert.Equal(refused ? 1 : 0, diagnostics.Count(d => d.IsError));
        Assert.False(compilation.Model!.Nodes.Single().Entities.Single().Entity.IsPublic);
    }
}

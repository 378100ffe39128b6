using BotForge.Analysis.Similarity;

namespace BotForge.Tests.Analysis.Similarity;

/// <summary>The similarity join against comparing all pairs: nothing false, nothing missed in practice, groups respected.</summary>
public sealed class TrigramJoinTests
{
    private static readonly string[] Words = ["track", "my", "order", "orders", "parcel", "cancel", "where", "is", "the", "a", "refund", "payment", "help", "me", "please"];

    private static List<string> RandomTexts(int seed, int count)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(2, 7)).Select(_ => Words[random.Next(Words.Length)])))];
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 0.7)]
    [InlineData(3, 0.8)]
    [InlineData(4, 0.9)]
    [InlineData(5, 0.6)]
    public void Finds_the_pairs_comparing_all_pairs_finds(int seed, double threshold)
    {
        var texts = RandomTexts(seed, 600);
        var groups = Enumerable.Range(0, texts.Count).ToArray();

        var joined = TrigramJoin.Similar(texts, groups, threshold);

        var expected = new HashSet<(int, int)>();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                if (texts[i] != texts[j] && TrigramJoin.Similarity(texts[i], texts[j]) >= threshold - 1e-9)
                {
                    expected.Add((i, j));
                }
            }
        }

        var found = joined.Select(m => (m.First, m.Second)).ToList();
        Assert.True(expected.Count > 10, $"only {expected.Count} similar pairs: the sample does not test much");
        Assert.All(joined, m => Assert.Equal(TrigramJoin.Similarity(texts[m.First], texts[m.Second]), m.Similarity, 9));
        Assert.Subset(expected, found.ToHashSet());
        Assert.Equal(found.Count, found.Distinct().Count());
        Assert.Equal(found.Order(), found);
        Assert.True(found.Count >= 0.98 * expected.Count, $"found {found.Count} of {expected.Count}");
    }

    [Fact]
    public void Pairs_within_a_group_and_equal_texts_are_left_out()
    {
        string[] texts = ["track my parcel", "cancel my order", "track my parcels", "track my parcel", "track my parcels"];
        int[] groups = [0, 1, 2, 3, 2];

        var matches = TrigramJoin.Similar(texts, groups, 0.8);

        Assert.Equal([(0, 2), (0, 4), (2, 3), (3, 4)], matches.Select(m => (m.First, m.Second)));
        Assert.InRange(matches[0].Similarity, 0.8, 0.9);
        Assert.InRange(TrigramJoin.Similarity("cancel my order", "track my order"), 0, 0.5);
    }

    [Theory]
    [InlineData(0.5, 3, 40)]
    [InlineData(0.8, 6, 18)]
    [InlineData(1.0, 8, 1)]
    public void Banding_reaches_the_recall_within_the_hash_budget(double threshold, int rows, int bands)
    {
        Assert.Equal((rows, bands), TrigramJoin.Banding(threshold));
        Assert.True(1 - Math.Pow(1 - Math.Pow(threshold, rows), bands) >= TrigramJoin.Recall);
    }
}

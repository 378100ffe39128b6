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

    [Fact]
    public void A_texts_set_is_its_distinct_trigrams_sorted_however_many_threads_ask_first()
    {
        // Repeated trigrams ("abab", "aaaa") are kept for signing and must be gone from the set verification reads.
        string[] texts = ["abababab", "aaaa aaaa", "", "x", "track my parcel", "parcel my track", .. RandomTexts(7, 300)];
        for (var round = 0; round < 20; round++)
        {
            var sketches = new TrigramJoin.Sketches(texts, 0.8);
            var sets = new ulong[64][][];
            Parallel.For(0, sets.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
                asker => sets[asker] = [.. Enumerable.Range(0, texts.Length).Select(t => sketches.Set((t + asker) % texts.Length).ToArray())]);

            for (var asker = 0; asker < sets.Length; asker++)
            {
                for (var t = 0; t < texts.Length; t++)
                {
                    var text = texts[(t + asker) % texts.Length];
                    Assert.Equal(DistinctTrigrams(text), sets[asker][t]);
                    Assert.Equal(text.Length == 0, sketches.IsEmpty((t + asker) % texts.Length));
                }
            }
        }
    }

    /// <summary>The distinct trigrams of a text padded with a space at both ends, packed as the join packs them, sorted.</summary>
    private static ulong[] DistinctTrigrams(string text)
    {
        var padded = $" {text} ";
        return text.Length == 0
            ? []
            : [.. Enumerable.Range(0, text.Length).Select(i => ((ulong)padded[i] << 32) | ((ulong)padded[i + 1] << 16) | padded[i + 2]).Distinct().Order()];
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

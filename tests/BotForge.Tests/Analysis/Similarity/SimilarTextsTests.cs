using CsCheck;
using BotForge.Analysis.Similarity;

namespace BotForge.Tests.Analysis.Similarity;

/// <summary>
/// A similarity join that starts from an earlier version's (the other side of a diff) gives exactly the join from
/// scratch: the pairs of texts that are new, gone, moved to another group or now in several groups included.
/// </summary>
public sealed class SimilarTextsTests
{
    private static readonly string[] Words = ["track", "tracks", "my", "order", "orders", "parcel", "parcels", "cancel", "where", "is", "the", "refund", "please"];
    private static readonly string[] Groups = ["A", "B", "C", "D"];

    private static readonly Gen<string> Text = Gen.Int[0, Words.Length - 1].Array[2, 5].Select(w => string.Join(' ', w.Select(i => Words[i])));

    private static readonly Gen<(string Text, string Group)> Item = Gen.Select(Text, Gen.Int[0, Groups.Length - 1], (t, g) => (t, Groups[g]));

    /// <summary>What one edit does to an item: keep it, drop it, give it another group, another text, or a copy in another group.</summary>
    private enum Edit
    {
        Keep,
        Drop,
        Regroup,
        Retext,
        Copy,
    }

    /// <summary>A version, a few (or, one time in four, many) edits of it, and new items.</summary>
    private static readonly Gen<Case> Cases =
        from items in Item.Array[20, 250]
        from many in Gen.Int[0, 3]
        from edits in Gen.Frequency((many == 0 ? 1 : 12, Gen.Const(Edit.Keep)), (1, Gen.Enum<Edit>())).Array[items.Length]
        from replacements in Item.Array[items.Length]
        from added in Item.Array[0, 6]
        from threshold in Gen.Int[5, 9]
        select new Case(items, edits, replacements, added, threshold / 10.0);

    private sealed record Case((string Text, string Group)[] Items, Edit[] Edits, (string Text, string Group)[] Replacements, (string Text, string Group)[] Added, double Threshold)
    {
        public List<(string Text, string Group)> Edited()
        {
            var result = new List<(string, string)>();
            for (var i = 0; i < Items.Length; i++)
            {
                var (text, group) = Items[i];
                switch (Edits[i])
                {
                    case Edit.Keep:
                        result.Add((text, group));
                        break;
                    case Edit.Regroup:
                        result.Add((text, Replacements[i].Group));
                        break;
                    case Edit.Retext:
                        result.Add((Replacements[i].Text, group));
                        break;
                    case Edit.Copy:
                        result.Add((text, group));
                        result.Add((text, Replacements[i].Group));
                        break;
                }
            }

            return [.. result, .. Added];
        }

        public override string ToString() =>
            $"threshold {Threshold}; {string.Join(", ", Items.Select((item, i) => $"{item.Text}@{item.Group}:{Edits[i]}"))}; added {string.Join(", ", Added)}";
    }

    private static SimilarTexts<string> Join(IReadOnlyList<(string Text, string Group)> items, double threshold, SimilarTexts<string>? earlier = null) =>
        SimilarTexts<string>.Find([.. items.Select(i => i.Text)], [.. items.Select(i => i.Group)], threshold, earlier);

    [Fact]
    public void A_join_from_an_earlier_version_is_the_join_from_scratch()
    {
        var (reused, fresh) = (0, 0);
        Cases.Sample(@case =>
        {
            var edited = @case.Edited();
            var earlier = Join(@case.Items, @case.Threshold);

            var fromEarlier = Join(edited, @case.Threshold, earlier);
            var fromScratch = Join(edited, @case.Threshold);

            Assert.Equal(fromScratch.Matches(), fromEarlier.Matches());
            if (fromEarlier.StartedFromEarlier)
            {
                reused++;
            }
            else
            {
                fresh++;
            }
        }, iter: 400, threads: 1, print: c => c.ToString());

        // Both ways were taken: few changes start from the earlier join, many start from scratch.
        Assert.True(reused > 100, $"started from the earlier join {reused} times");
        Assert.True(fresh > 20, $"started from scratch {fresh} times");
    }

    [Fact]
    public void A_version_with_no_texts_joins_from_an_earlier_one_and_the_other_way_round()
    {
        (string, string)[] some = [("track my parcel", "A"), ("track my parcels", "B")];
        (string, string)[] none = [];

        Assert.Empty(Join(none, 0.8, Join(some, 0.8)).Matches());
        Assert.Equal(Join(some, 0.8).Matches(), Join(some, 0.8, Join(none, 0.8)).Matches());
        Assert.Empty(Join(none, 0.8, Join(none, 0.8)).Matches());
    }

    [Fact]
    public void A_text_moved_next_to_a_near_duplicate_is_compared_again()
    {
        (string, string)[] before = [("track my parcel", "A"), ("track my parcels", "A"), ("cancel my order", "B")];
        (string, string)[] after = [("track my parcel", "A"), ("track my parcels", "C"), ("cancel my order", "B")];
        var earlier = Join(before, 0.8);

        var join = Join(after, 0.8, earlier);

        Assert.Empty(earlier.Matches());   // one group: not a pair
        Assert.True(join.StartedFromEarlier);
        Assert.Equal([(0, 1)], join.Matches().Select(m => (m.First, m.Second)));
    }

    [Fact]
    public void Pairs_of_texts_that_are_gone_go_and_copies_in_other_groups_count()
    {
        (string, string)[] before = [("track my parcel", "A"), ("track my parcels", "B"), ("where is my order", "C"), ("where is my orders", "D")];
        (string, string)[] after = [("track my parcel", "A"), ("where is my order", "C"), ("where is my orders", "D"), ("track my parcel", "B"), ("track my parcels", "A")];
        var earlier = Join(before, 0.8);

        var join = Join(after, 0.8, earlier);

        Assert.Equal([(0, 1), (2, 3)], earlier.Matches().Select(m => (m.First, m.Second)));
        Assert.Equal([(1, 2), (3, 4)], join.Matches().Select(m => (m.First, m.Second)));
        Assert.Equal(Join(after, 0.8).Matches(), join.Matches());
    }

    [Fact]
    public void An_earlier_join_at_another_threshold_is_not_used()
    {
        (string, string)[] items = [("track my parcel", "A"), ("track my parcels", "B")];

        var join = Join(items, 0.9, Join(items, 0.8));

        Assert.False(join.StartedFromEarlier);
        Assert.Empty(join.Matches());
    }
}

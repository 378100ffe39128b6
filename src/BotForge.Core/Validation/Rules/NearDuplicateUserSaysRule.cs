using System.Globalization;
using BotForge.Analysis.Similarity;
using BotForge.Analysis;
using BotForge.Diagnostics;

namespace BotForge.Validation.Rules;

/// <summary>
/// Two utterances leading to different places that are nearly the same: character-trigram Jaccard similarity of
/// their normal forms at least <c>lint.near_duplicate_similarity</c> (default 0.8). Found by <see cref="TrigramJoin"/>
/// (MinHash with locality-sensitive hashing), never by comparing all pairs; exact duplicates are left to BF1023 and BF1032.
/// </summary>
public sealed class NearDuplicateUserSaysRule : Rule
{
    public const double DefaultThreshold = 0.8;

    public static readonly DiagnosticDescriptor Code = new("BF2006", DiagnosticLevel.Warning, "Nearly the same utterance on two nodes");

    public override DiagnosticDescriptor Descriptor => Code;

    public override bool RunsLong => true;

    public override string Id => "near-duplicate-user-says";

    public override string Why => """
        Utterances that differ by a letter or a word ("track my parcel", "track my parcels") on two different nodes pull intent detection both ways, so users land on either node depending on a plural or a typo. Similarity is the Jaccard index of the sets of three-character sequences of the two normalised texts; `lint.near_duplicate_similarity` sets the threshold (default 0.8). Each utterance is reported once, against its most similar earlier one. To stay fast on hundreds of thousands of utterances the check does not compare every pair: it uses MinHash signatures with locality-sensitive hashing, which finds a pair exactly at the threshold with probability at least 99.5% and more similar pairs still more surely; every reported similarity is computed exactly.
        """;

    public override RuleExample Failing => new("""
        nodes:
          - id: TRACK
            start: true
            end: true
            user_says: [where is my order, track my parcel]
            bot_says: Your order is on its way.
          - id: CANCEL
            start: true
            end: true
            user_says: [cancel my order, track my parcels]
            bot_says: Your order is cancelled.
        """, At: "stories/main/flow.yaml:10:34");

    public override RuleExample Fixed => Failing.Fix("track my parcels]", "stop my parcel]");

    public override void Check(RuleContext context)
    {
        var all = context.UserSays;
        var threshold = context.Bot.Lint.NearDuplicateSimilarity ?? DefaultThreshold;
        var texts = all.Select(u => u.Key).ToArray();
        var destinations = all.Select(u => u.Destination).ToArray();
        var join = context.Work?.SimilarityJoin(texts, destinations, threshold) ?? SimilarTexts<string>.Find(texts, destinations, threshold);
        var matches = join.Matches();

        var best = new Dictionary<int, TrigramJoin.Match>();
        foreach (var match in matches)
        {
            if (!best.TryGetValue(match.Second, out var current) || match.Similarity > current.Similarity)
            {
                best[match.Second] = match;
            }
        }

        foreach (var (later, match) in best.OrderBy(b => b.Key))
        {
            var said = all[later];
            var other = all[match.First];
            var percent = ((int)Math.Floor(match.Similarity * 100)).ToString(CultureInfo.InvariantCulture);
            context.Report(said.Utterance.Location,
                $"'{said.Utterance.Text}' on {said.Owner} is {percent}% similar to '{other.Utterance.Text}' of {other.Owner} ({UserSays.Where(other.Utterance.Location, said.Utterance.Location)})",
                "make the two clearly different, or keep the phrasing on one of them");
        }
    }
}

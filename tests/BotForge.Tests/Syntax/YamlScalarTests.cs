using BotForge.Syntax;
using BotForge.Text;

namespace BotForge.Tests.Syntax;

/// <summary>A syntax tree is read by several threads at once (binding and the schema check; both versions of a diff), so what it computes lazily must be safe to race on.</summary>
public sealed class YamlScalarTests
{
    /// <summary>
    /// Two threads ask fresh scalars for their kind at the same moment. The kind was once cached as a
    /// <c>ScalarKind?</c>, which a reader could see set before its value was written: a <c>true</c> read as a
    /// string now and then (thousands of times per run of this test), which made <c>diff</c>'s output vary.
    /// </summary>
    [Fact]
    public void Threads_that_classify_the_same_scalars_at_once_all_see_their_kind()
    {
        var wrong = 0;
        for (var round = 0; round < 10; round++)
        {
            var scalars = Enumerable.Range(0, 100_000).Select(_ => new YamlScalar(new TextSpan(0, 4), "true", isPlain: true, tag: null)).ToArray();
            using var start = new Barrier(2);
            void Read()
            {
                start.SignalAndWait();
                foreach (var scalar in scalars)
                {
                    if (scalar.Kind != ScalarKind.Boolean)
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }
            }

            var threads = new[] { new Thread(Read), new Thread(Read) };
            Array.ForEach(threads, thread => thread.Start());
            Array.ForEach(threads, thread => thread.Join());
        }

        Assert.Equal(0, wrong);
    }
}

using System.Collections.Concurrent;

namespace BotForge.Project;

/// <summary>
/// Work on items with equal keys done once, even by two callers running at the same time (the two sides of a diff
/// parsing and checking the same files). The first caller to reach a key does the work; a later one takes the
/// result, or, when the work is still under way, goes on with its other items and takes the result at the end,
/// so two callers going through the same keys in the same order split them instead of waiting on each other.
/// </summary>
/// <typeparam name="TKey">What makes two items' work the same (a file's text).</typeparam>
/// <typeparam name="TValue">The work's result; it must not depend on anything but the key.</typeparam>
internal sealed class WorkShare<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Task<TValue>> _results;

    public WorkShare(IEqualityComparer<TKey>? comparer = null) => _results = new(comparer);

    /// <summary>
    /// Gives every item its key's result, in parallel: <paramref name="use"/> gets the item, the result, and whether
    /// this call did the work for that item (false: another item with the same key, here or in another caller).
    /// </summary>
    public void ForEach<T>(IReadOnlyList<T> items, Func<T, TKey> key, Func<T, TValue> work, Action<T, TValue, bool> use)
    {
        var later = new ConcurrentQueue<(T Item, Task<TValue> Result)>();
        Parallel.ForEach(items, item =>
        {
            var mine = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            var result = _results.GetOrAdd(key(item), mine.Task);
            if (result != mine.Task)
            {
                if (result.IsCompleted)
                {
                    use(item, result.GetAwaiter().GetResult(), false);
                }
                else
                {
                    later.Enqueue((item, result));
                }

                return;
            }

            try
            {
                var value = work(item);
                mine.SetResult(value);
                use(item, value, true);
            }
            catch (Exception e)
            {
                mine.SetException(e);
                throw;
            }
        });

        // What others were still doing: done by now, or soon (they never wait on this caller).
        foreach (var (item, result) in later)
        {
            use(item, result.GetAwaiter().GetResult(), false);
        }
    }

    /// <summary>Forgets the results of keys <paramref name="keep"/> rejects (a long-lived process drops texts no file has any more).</summary>
    public void Retain(Func<TKey, bool> keep)
    {
        foreach (var key in _results.Keys.Where(k => !keep(k)).ToList())
        {
            _results.TryRemove(key, out _);
        }
    }
}

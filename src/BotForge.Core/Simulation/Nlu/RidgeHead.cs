using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace BotForge.Simulation.Nlu;

/// <summary>
/// A linear classifier over sentence embeddings, fitted in closed form: weighted ridge regression onto one-hot
/// intent labels (regularised least squares; each intent's examples weigh together as much as any other intent's,
/// so an intent with three examples is not drowned by one with a hundred). One linear solve of the embedding's
/// size (385 × 385), whatever the number of examples: fitting 15,000 examples takes well under a second, and it
/// has no iterations, learning rate or random start, so it is deterministic. Its exact leave-one-out predictions
/// come from the same solve (the hat matrix), which is what <c>test --report</c> uses to say which intents are
/// confused without refitting once per example.
/// </summary>
internal sealed class RidgeHead
{
    private const int Features = SentenceEncoder.Dimensions + 1;

    /// <summary>Rows per block of the Gram matrix: a block's 385 columns (twice) fit in a core's cache.</summary>
    private const int Block = 256;

    private readonly float[][] _weights;   // per intent: Features weights
    private readonly double[][] _factor;   // L of XᵀWX + λI = L Lᵀ (rows), for the leave-one-out predictions
    private readonly int[] _labels;
    private readonly double[] _rowWeights;

    /// <param name="vectors">The examples' embeddings.</param>
    /// <param name="labels">Each example's intent, 0 to <paramref name="intents"/> − 1.</param>
    /// <param name="intents">How many intents there are.</param>
    /// <param name="lambda">The ridge penalty.</param>
    public RidgeHead(IReadOnlyList<float[]> vectors, int[] labels, int intents, double lambda)
    {
        _labels = labels;
        var sizes = new int[intents];
        foreach (var label in labels)
        {
            sizes[label]++;
        }

        var mean = (double)labels.Length / Math.Max(1, sizes.Count(s => s > 0));
        _rowWeights = labels.Select(l => mean / sizes[l]).ToArray();

        // The Gram matrix XᵀWX (X with its bias column), block by block of rows: a block's columns (and W·X's) stay
        // in cache while every pair of columns is multiplied; blocks are added in order, so sums never depend on threads.
        var n = vectors.Count;
        var gram = new double[Features, Features];
        var columns = new float[Features][];
        var weighted = new float[Features][];
        for (var f = 0; f < Features; f++)
        {
            columns[f] = new float[Block];
            weighted[f] = new float[Block];
        }

        for (var start = 0; start < n; start += Block)
        {
            var size = Math.Min(Block, n - start);
            for (var i = 0; i < size; i++)
            {
                var vector = vectors[start + i];
                var w = (float)_rowWeights[start + i];
                for (var f = 0; f < Features; f++)
                {
                    var x = f < SentenceEncoder.Dimensions ? vector[f] : 1f;
                    columns[f][i] = x;
                    weighted[f][i] = x * w;
                }
            }

            void Row(int j)
            {
                var wj = weighted[j].AsSpan(0, size);
                for (var k = j; k < Features; k++)
                {
                    gram[j, k] += Dot<float>(wj, columns[k].AsSpan(0, size));
                }
            }

            // On every core for a full block; a small bot's one block is quicker than starting the threads.
            if (size == Block)
            {
                Parallel.For(0, Features, Row);
            }
            else
            {
                for (var j = 0; j < Features; j++)
                {
                    Row(j);
                }
            }
        }

        for (var j = 0; j < Features; j++)
        {
            gram[j, j] += lambda;
            for (var k = 0; k < j; k++)
            {
                gram[j, k] = gram[k, j];
            }
        }

        _factor = Cholesky(gram);

        // B = XᵀWY: per intent, the weighted sum of its examples' features; then W = (XᵀWX + λI)⁻¹ B, intent by intent.
        var b = new double[intents][];
        for (var c = 0; c < intents; c++)
        {
            b[c] = new double[Features];
        }

        for (var i = 0; i < n; i++)
        {
            for (var f = 0; f < Features; f++)
            {
                b[labels[i]][f] += _rowWeights[i] * (f < SentenceEncoder.Dimensions ? vectors[i][f] : 1.0);
            }
        }

        _weights = new float[intents][];
        var upper = Transpose(_factor);
        void Solve(int c) => _weights[c] = [.. Back(upper, Forward(_factor, b[c])).Select(w => (float)w)];
        if (intents >= 16)
        {
            Parallel.For(0, intents, Solve);
        }
        else
        {
            for (var c = 0; c < intents; c++)
            {
                Solve(c);
            }
        }
    }

    public int Intents => _weights.Length;

    /// <summary>Each intent's score for an embedding (about 1 for its own intent's examples, about 0 for others).</summary>
    public double[] Scores(float[] vector)
    {
        var scores = new double[_weights.Length];
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = TensorPrimitives.Dot(_weights[c].AsSpan(0, SentenceEncoder.Dimensions), vector) + _weights[c][SentenceEncoder.Dimensions];
        }

        return scores;
    }

    /// <summary>
    /// The scores example <paramref name="example"/> would get from the head fitted without it (exact, by the
    /// leave-one-out identity of least squares: f₋ᵢ = (fᵢ − hᵢᵢ yᵢ) / (1 − hᵢᵢ)).
    /// </summary>
    public double[] LeaveOneOutScores(int example, float[] vector)
    {
        var scores = Scores(vector);
        var x = new double[Features];
        for (var f = 0; f < Features; f++)
        {
            x[f] = X(vector, f);
        }

        // hᵢᵢ = wᵢ xᵢᵀ (L Lᵀ)⁻¹ xᵢ = wᵢ ‖L⁻¹ xᵢ‖².
        var z = Forward(_factor, x);
        var leverage = z.Sum(v => v * v);
        leverage *= _rowWeights[example];
        if (leverage >= 1 - 1e-9)
        {
            return scores;
        }

        scores[_labels[example]] -= leverage;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= 1 - leverage;
        }

        return scores;
    }

    private static double X(float[] vector, int f) => f < SentenceEncoder.Dimensions ? vector[f] : 1.0;

    /// <summary>The Cholesky factor L (rows) of a symmetric positive definite matrix: A = L Lᵀ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[][] Cholesky(double[,] a)
    {
        var n = a.GetLength(0);
        var l = new double[n][];
        for (var i = 0; i < n; i++)
        {
            l[i] = new double[n];
        }

        for (var j = 0; j < n; j++)
        {
            var lj = l[j];
            var d = a[j, j] - Dot(lj, lj, j);
            lj[j] = Math.Sqrt(d);
            for (var i = j + 1; i < n; i++)
            {
                l[i][j] = (a[i, j] - Dot(l[i], lj, j)) / lj[j];
            }
        }

        return l;
    }

    /// <summary>Solves L y = b.</summary>
    private static double[] Forward(double[][] l, double[] b)
    {
        var y = new double[b.Length];
        for (var i = 0; i < b.Length; i++)
        {
            y[i] = (b[i] - Dot(l[i], y, i)) / l[i][i];
        }

        return y;
    }

    /// <summary>Solves Lᵀ x = y, with Lᵀ given by its rows (<paramref name="upper"/>).</summary>
    private static double[] Back(double[][] upper, double[] y)
    {
        var n = y.Length;
        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            x[i] = (y[i] - Dot<double>(upper[i].AsSpan(i + 1), x.AsSpan(i + 1))) / upper[i][i];
        }

        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[][] Transpose(double[][] l)
    {
        var t = new double[l.Length][];
        for (var i = 0; i < l.Length; i++)
        {
            t[i] = new double[l.Length];
            for (var k = 0; k < l.Length; k++)
            {
                t[i][k] = l[k][i];
            }
        }

        return t;
    }

    private static double Dot(double[] a, double[] b, int count) => Dot<double>(a.AsSpan(0, count), b.AsSpan(0, count));

    /// <summary>
    /// The fit's inner loops, compiled optimised on their first call: a fit in a short command runs before the JIT's
    /// tiers would promote TensorPrimitives.Dot, whose first tier made a small bot's fit take 50–70 ms instead of a
    /// few. Sums in a fixed order, so the same machine always gives the same figures.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T Dot<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y)
        where T : struct, INumber<T>
    {
        var sum = Vector<T>.Zero;
        var i = 0;
        for (; i <= x.Length - Vector<T>.Count; i += Vector<T>.Count)
        {
            sum += new Vector<T>(x[i..]) * new Vector<T>(y[i..]);
        }

        var total = Vector.Sum(sum);
        for (; i < x.Length; i++)
        {
            total += x[i] * y[i];
        }

        return total;
    }
}

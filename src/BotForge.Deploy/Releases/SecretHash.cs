using System.Security.Cryptography;
using System.Text;

namespace BotForge.Deploy.Releases;

/// <summary>
/// How a secret is remembered without being stored: PBKDF2-SHA256 of the value with a random salt. Plans compare
/// a local value with what is live by recomputing the hash; the value itself is never written anywhere.
/// </summary>
public static class SecretHash
{
    private const int Iterations = 20_000;

    public static EnvValue Seal(EnvValue variable)
    {
        if (!variable.Secret || variable.Value is null)
        {
            return variable;
        }

        var salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        return variable with { Value = null, Salt = salt, Hash = Compute(salt, variable.Value) };
    }

    /// <summary>
    /// True when <paramref name="value"/> is the secret <paramref name="stored"/> remembers. A salt or hash that is not
    /// base64 (a store edited by hand or damaged) matches nothing: the secret counts as changed and is sent again.
    /// </summary>
    public static bool Matches(EnvValue stored, string value) =>
        Contract.Decode(stored.Salt) is { } salt && Contract.Decode(stored.Hash) is { } hash
        && CryptographicOperations.FixedTimeEquals(hash, Derive(salt, value));

    private static string Compute(string salt, string value) => Convert.ToBase64String(Derive(Convert.FromBase64String(salt), value));

    private static byte[] Derive(byte[] salt, string value) => Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(value), salt, Iterations, HashAlgorithmName.SHA256, 32);
}

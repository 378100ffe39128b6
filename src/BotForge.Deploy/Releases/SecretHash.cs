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

    public static bool Matches(EnvValue stored, string value) =>
        stored.Salt is not null && stored.Hash is not null
        && CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(stored.Hash), Convert.FromBase64String(Compute(stored.Salt, value)));

    private static string Compute(string salt, string value) =>
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(value), Convert.FromBase64String(salt), Iterations, HashAlgorithmName.SHA256, 32));
}

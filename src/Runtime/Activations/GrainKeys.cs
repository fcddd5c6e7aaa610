namespace CommuneRadio.Runtime.Activations;

internal static class GrainKeys
{
    public static void ThrowIfInvalid(string key, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException("A grain key must not be empty or blank.", nameof(key));
        }

        if (key.Length > maxLength)
        {
            throw new ArgumentException(
                $"A grain key may have at most {maxLength} characters; this one has {key.Length}.", nameof(key));
        }

        if (key.Any(char.IsControl))
        {
            throw new ArgumentException("A grain key must not contain control characters.", nameof(key));
        }
    }
}

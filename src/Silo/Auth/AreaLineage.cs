using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// An area and its ancestors up to the root, resolved through <see cref="IAreaRegistry"/> and
/// remembered for the rest of the request (scoped; not thread-safe, as a request handler is not).
/// </summary>
public sealed class AreaLineage(IAreaRegistry areas)
{
    private readonly Dictionary<string, IReadOnlyList<string>> _known = new(StringComparer.Ordinal);

    /// <summary>[code, parent, grandparent, …, root]; empty when the code is not a known area.</summary>
    public async Task<IReadOnlyList<string>> OfAsync(string areaCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(areaCode);
        if (!_known.TryGetValue(areaCode, out var lineage))
        {
            _known[areaCode] = lineage = await areas.LineageAsync(areaCode, cancellationToken);
        }

        return lineage;
    }
}

using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// An area and its ancestors up to the root, resolved through <see cref="IAreaRegistry"/> and
/// remembered for the rest of the request (scoped; not thread-safe, as a request handler is not).
/// </summary>
public sealed class AreaLineage(IAreaRegistry areas)
{
    // Deeper than any administrative tree; stops a corrupted (cyclic) parent chain.
    private const int MaxDepth = 64;

    private readonly Dictionary<string, IReadOnlyList<string>> _known = new(StringComparer.Ordinal);

    /// <summary>[code, parent, grandparent, …, root]; empty when the code is not a known area.</summary>
    public async Task<IReadOnlyList<string>> OfAsync(string areaCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(areaCode);
        if (_known.TryGetValue(areaCode, out var cached))
        {
            return cached;
        }

        var lineage = new List<string>();
        string? code = areaCode;
        while (code is not null && lineage.Count < MaxDepth && !lineage.Contains(code))
        {
            var area = await areas.GetAsync(code, cancellationToken);
            if (area is null)
            {
                break;
            }

            lineage.Add(area.Code);
            code = area.ParentCode;
        }

        _known[areaCode] = lineage;
        return lineage;
    }
}

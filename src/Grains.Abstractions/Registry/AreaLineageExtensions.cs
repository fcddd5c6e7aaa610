namespace CommuneRadio.Grains.Registry;

public static class AreaLineageExtensions
{
    // Deeper than any administrative tree; stops a corrupted (cyclic) parent chain.
    private const int MaxDepth = 64;

    /// <summary>[code, parent, grandparent, …, root]; empty when the code is not a known area.</summary>
    public static async Task<IReadOnlyList<string>> LineageAsync(this IAreaRegistry areas, string areaCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(areaCode);
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

        return lineage;
    }
}

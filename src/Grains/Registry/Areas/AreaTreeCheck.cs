namespace CommuneRadio.Grains.Registry.Areas;

/// <summary>
/// Whether a batch of areas, laid over the stored tree, still makes a tree: every parent known
/// (stored or in the batch, in any order) and not retired, and no area its own ancestor.
/// Pure: the store reads the tree under its lock and asks this.
/// </summary>
internal static class AreaTreeCheck
{
    /// <summary>The first problem, naming "areas[i].parentCode", or null.</summary>
    public static RegistryResult? Check(IReadOnlyDictionary<string, Area> stored, IReadOnlyList<Area> batch)
    {
        var parents = stored.Values.ToDictionary(a => a.Code, a => a.ParentCode, StringComparer.Ordinal);
        foreach (var area in batch)
        {
            parents[area.Code] = area.ParentCode;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            var area = batch[i];
            if (area.ParentCode is not { } parent)
            {
                continue;
            }

            var field = $"areas[{i}].parentCode";
            if (!parents.ContainsKey(parent))
            {
                return RegistryResult.Invalid(field, $"no area has code '{parent}'");
            }

            if (stored.TryGetValue(parent, out var storedParent) && storedParent.MergedInto is { } mergedInto)
            {
                return RegistryResult.Invalid(field, $"area '{parent}' was merged into '{mergedInto}'; use that code");
            }

            if (FindCycle(parents, area.Code) is { } cycle)
            {
                return RegistryResult.Invalid(field, $"would make a cycle: {string.Join(" → ", cycle)}");
            }
        }

        return null;
    }

    /// <summary>The path from <paramref name="code"/> up its ancestors back to itself, or null when it reaches a root.</summary>
    private static List<string>? FindCycle(Dictionary<string, string?> parents, string code)
    {
        var path = new List<string> { code };
        var seen = new HashSet<string>(StringComparer.Ordinal) { code };
        for (var current = parents[code]; current is not null; current = parents.GetValueOrDefault(current))
        {
            path.Add(current);
            if (current == code)
            {
                return path;
            }

            if (!seen.Add(current))
            {
                // A cycle above this area that does not pass through it; it is reported for its own members.
                return null;
            }
        }

        return null;
    }
}

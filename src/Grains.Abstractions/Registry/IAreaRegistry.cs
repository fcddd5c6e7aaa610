namespace CommuneRadio.Grains.Registry;

/// <summary>The area tree, stored in PostgreSQL. Implementations are thread-safe singletons.</summary>
public interface IAreaRegistry
{
    /// <summary>Every area, retired ones included, parents before children.</summary>
    Task<IReadOnlyList<Area>> ListAsync(CancellationToken cancellationToken = default);

    Task<Area?> GetAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>The code and every code below it; empty when the code is unknown.</summary>
    Task<IReadOnlyList<string>> SubtreeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Adds or renames/moves areas in one transaction; refuses unknown parents and cycles.</summary>
    Task<RegistryResult> UpsertAsync(IReadOnlyList<Area> areas, CancellationToken cancellationToken = default);

    /// <summary>Units merge: moves every station of <paramref name="code"/> to <paramref name="into"/> and retires it.</summary>
    Task<RegistryResult> MergeAsync(string code, string into, CancellationToken cancellationToken = default);
}

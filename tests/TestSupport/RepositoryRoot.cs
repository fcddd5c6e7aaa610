namespace CommuneRadio.TestSupport;

/// <summary>The repository checkout the tests run from, found by walking up to the solution file.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CommuneRadio.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"CommuneRadio.slnx not found above {AppContext.BaseDirectory}");
    });

    public static string Path => Root.Value;
}

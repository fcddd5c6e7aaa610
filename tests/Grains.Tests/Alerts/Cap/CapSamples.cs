using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Alerts.Cap;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Grains.Tests.Alerts.Cap;

/// <summary>The CAP files in samples/cap and small variations of them.</summary>
public static class CapSamples
{
    public static string PathOf(string file) => Path.Combine(RepositoryRoot.Path, "samples", "cap", file);

    public static string Text(string file) => File.ReadAllText(PathOf(file));

    /// <summary>The valid storm warning with <paramref name="oldValue"/> replaced, which must be in it.</summary>
    public static string StormWarningWith(string oldValue, string newValue)
    {
        var xml = Text("storm-warning.xml");
        Assert.Contains(oldValue, xml);
        return xml.Replace(oldValue, newValue, StringComparison.Ordinal);
    }

    public static AlertMessage Read(string xml)
    {
        var result = CapReader.Read(xml);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Message!;
    }

    public static IReadOnlyList<AlertProblem> Problems(string xml)
    {
        var result = CapReader.Read(xml);
        Assert.False(result.Succeeded, "the document was read although it should have been refused");
        Assert.NotEmpty(result.Problems);
        return result.Problems;
    }

    public static AlertProblem SingleProblem(string xml, string field)
    {
        var problem = Assert.Single(Problems(xml));
        Assert.Equal(field, problem.Field);
        return problem;
    }

    /// <summary>Equal alerts: records compare lists by reference, so area codes are compared apart.</summary>
    public static void AssertSameAlert(AlertMessage expected, AlertMessage actual)
    {
        Assert.Equal(expected.AreaCodes, actual.AreaCodes);
        Assert.Equal(expected with { AreaCodes = actual.AreaCodes }, actual);
    }
}

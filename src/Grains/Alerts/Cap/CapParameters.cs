using System.Xml.Linq;

namespace CommuneRadio.Grains.Alerts.Cap;

/// <summary>The <c>parameter</c> pairs of one <c>info</c> block by <c>valueName</c> (the first of each name wins).</summary>
internal sealed class CapParameters
{
    private readonly Dictionary<string, string> _values;

    private CapParameters(Dictionary<string, string> values) => _values = values;

    public string? Get(string valueName) => _values.GetValueOrDefault(valueName);

    public static CapParameters Read(XElement info, CapFieldReader fields)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in info.Elements(CapNames.Ns + "parameter"))
        {
            var name = parameter.Element(CapNames.Ns + "valueName")?.Value.Trim();
            var value = parameter.Element(CapNames.Ns + "value")?.Value;
            if (string.IsNullOrEmpty(name) || value is null)
            {
                fields.Problem("info/parameter", "each <parameter> needs a <valueName> and a <value>");
                continue;
            }

            values.TryAdd(name, value);
        }

        return new CapParameters(values);
    }
}

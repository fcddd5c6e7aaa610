using System.Xml.Linq;

namespace CommuneRadio.Grains.Alerts.Cap;

/// <summary>
/// The <c>info</c> block of a CAP alert to the content half of an <see cref="AlertMessage"/>
/// (identifier, sender and sent are left for <see cref="CapAlertParser"/> to fill). Of several
/// <c>info</c> blocks (one per language), the first in Vietnamese is read, else the first.
/// </summary>
internal static class CapInfoParser
{
    private static readonly string[] CapUrgencies = Enum.GetNames<AlertUrgency>();
    private static readonly string[] CapSeverities = Enum.GetNames<AlertSeverity>();
    private static readonly string[] CapCertainties = Enum.GetNames<AlertCertainty>();
    private static readonly string[] CapCategories = Enum.GetNames<AlertCategory>();

    public static AlertMessage? Parse(XElement alert, AlertMessageType type, CapFieldReader fields)
    {
        var infos = alert.Elements(CapNames.Ns + "info").ToList();
        if (infos.Count == 0)
        {
            fields.Problem("info", "missing: an alert needs an <info> block with the event, its urgency, severity and certainty, and the areas");
            return null;
        }

        var info = infos.FirstOrDefault(IsVietnamese) ?? infos[0];
        var category = Categories(info, fields);
        var eventText = fields.Required(info, "event", "info/event");
        var urgency = fields.Enum<AlertUrgency>(fields.Required(info, "urgency", "info/urgency"), "info/urgency", "urgency", CapUrgencies);
        var severity = fields.Enum<AlertSeverity>(fields.Required(info, "severity", "info/severity"), "info/severity", "severity", CapSeverities);
        var certainty = fields.Enum<AlertCertainty>(fields.Required(info, "certainty", "info/certainty"), "info/certainty", "certainty", CapCertainties);
        var expiresText = info.Element(CapNames.Ns + "expires")?.Value.Trim();
        if (expiresText is null)
        {
            fields.Problem("info/expires", "missing: commune radio needs to know when to stop sending the alert (e.g. <expires>2025-11-22T14:00:00+07:00</expires>)");
        }

        var expires = fields.Time(expiresText, "info/expires");
        var parameters = CapParameters.Read(info, fields);
        var areaCodes = AreaCodes(info, fields);
        var audio = CapAudio.Read(info, parameters, fields);
        var headline = CapFieldReader.OptionalText(info, "headline");
        var description = CapFieldReader.OptionalText(info, "description");
        var instruction = CapFieldReader.OptionalText(info, "instruction");
        var text = AlertText.NormalizeOptional(parameters.Get(CapNames.Text))
            ?? (audio is null && type != AlertMessageType.Cancel ? Spoken(headline, description, instruction) : null);
        var volume = fields.WholeNumber(parameters.Get(CapNames.Volume), $"info/parameter {CapNames.Volume}");
        var repeat = fields.WholeNumber(parameters.Get(CapNames.Repeat), $"info/parameter {CapNames.Repeat}");
        var interval = fields.WholeNumber(parameters.Get(CapNames.RepeatIntervalS), $"info/parameter {CapNames.RepeatIntervalS}");

        if (fields.Problems.Count > 0)
        {
            return null;
        }

        return new AlertMessage
        {
            Identifier = "",
            Sender = "",
            Sent = default,
            Event = AlertText.Normalize(eventText),
            Category = category!.Value,
            Urgency = urgency!.Value,
            Severity = severity!.Value,
            Certainty = certainty!.Value,
            Headline = headline,
            Description = description,
            Instruction = instruction,
            AreaCodes = areaCodes,
            Audio = audio,
            Text = text,
            Volume = volume,
            Repeat = repeat ?? 1,
            RepeatIntervalS = interval ?? 0,
            Expires = expires!.Value,
        };
    }

    private static bool IsVietnamese(XElement info) =>
        info.Element(CapNames.Ns + "language")?.Value.Trim() is { } language
        && (language.Equals("vi", StringComparison.OrdinalIgnoreCase) || language.StartsWith("vi-", StringComparison.OrdinalIgnoreCase));

    /// <summary>CAP allows several categories; each must be valid, the first is kept.</summary>
    private static AlertCategory? Categories(XElement info, CapFieldReader fields)
    {
        var elements = info.Elements(CapNames.Ns + "category").ToList();
        if (elements.Count == 0)
        {
            fields.Problem("info/category", "missing: CAP requires at least one <category> (e.g. Met for storms and floods, Geo for landslides)");
            return null;
        }

        var categories = elements.Select(element => fields.Enum<AlertCategory>(element.Value.Trim(), "info/category", "category", CapCategories)).ToList();
        return categories[0];
    }

    /// <summary>The official codes of every <c>area</c>, from its <c>geocode</c>s named <see cref="CapNames.AreaCode"/>, in document order.</summary>
    private static List<string> AreaCodes(XElement info, CapFieldReader fields)
    {
        var areas = info.Elements(CapNames.Ns + "area").ToList();
        var codes = areas
            .SelectMany(area => area.Elements(CapNames.Ns + "geocode"))
            .Where(geocode => geocode.Element(CapNames.Ns + "valueName")?.Value.Trim() == CapNames.AreaCode)
            .Select(geocode => geocode.Element(CapNames.Ns + "value")?.Value.Trim() ?? "")
            .ToList();
        if (codes.Count == 0)
        {
            var why = areas.Count == 0 ? "no <area>" : $"no <area> has a <geocode> with valueName {CapNames.AreaCode}";
            fields.Problem("info/area", $"{why}; name each commune or the province by its official code: <area><areaDesc>Xã Mỹ Hiệp</areaDesc><geocode><valueName>{CapNames.AreaCode}</valueName><value>29308</value></geocode></area>");
        }

        return codes;
    }

    /// <summary>What the loudspeakers speak when the sender gave no text: headline, description and instruction as sentences.</summary>
    private static string? Spoken(params string?[] parts)
    {
        var sentences = parts
            .Where(part => part is not null)
            .Select(part => part![^1] is '.' or '!' or '?' or '…' ? part : part + ".");
        return AlertText.NormalizeOptional(string.Join(' ', sentences));
    }
}

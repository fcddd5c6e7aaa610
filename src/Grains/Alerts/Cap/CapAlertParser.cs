using System.Xml.Linq;

namespace CommuneRadio.Grains.Alerts.Cap;

/// <summary>The <c>alert</c> element of a well-formed document to an <see cref="AlertMessage"/>; <see cref="CapInfoParser"/> does its <c>info</c>.</summary>
internal static class CapAlertParser
{
    private static readonly string[] CapStatuses = ["Actual", "Exercise", "System", "Test", "Draft"];
    private static readonly string[] CapMessageTypes = ["Alert", "Update", "Cancel", "Ack", "Error"];
    private static readonly string[] CapScopes = ["Public", "Restricted", "Private"];

    public static CapReadResult Parse(XDocument document)
    {
        var root = document.Root!;
        if (root.Name.LocalName != "alert")
        {
            return CapReadResult.Failure("alert", $"the document's root element is <{root.Name.LocalName}>; a CAP document is one <alert xmlns=\"{CapNames.Namespace}\">");
        }

        if (root.Name.NamespaceName != CapNames.Namespace)
        {
            var actual = root.Name.NamespaceName.Length == 0 ? "no namespace" : $"the namespace '{root.Name.NamespaceName}'";
            return CapReadResult.Failure("alert", $"<alert> has {actual}; commune radio reads CAP 1.2 only: xmlns=\"{CapNames.Namespace}\"");
        }

        var fields = new CapFieldReader();
        var identifier = fields.Required(root, "identifier", "identifier");
        var sender = fields.Required(root, "sender", "sender");
        var sent = fields.Time(fields.Required(root, "sent", "sent"), "sent");
        var status = fields.Enum<AlertStatus>(fields.Required(root, "status", "status"), "status", "status", CapStatuses);
        var type = fields.Enum<AlertMessageType>(fields.Required(root, "msgType", "msgType"), "msgType", "message type", CapMessageTypes);
        Scope(fields.Required(root, "scope", "scope"), fields);
        var references = References(root.Element(CapNames.Ns + "references")?.Value, fields);
        var info = CapInfoParser.Parse(root, type ?? AlertMessageType.Alert, fields);

        if (fields.Problems.Count > 0 || info is null)
        {
            return CapReadResult.Failure(fields.Problems);
        }

        return CapReadResult.Success(info with
        {
            Identifier = identifier!,
            Sender = sender!,
            Sent = sent!.Value,
            Status = status!.Value,
            MessageType = type!.Value,
            References = references,
        });
    }

    private static void Scope(string? scope, CapFieldReader fields)
    {
        if (scope is null or "Public")
        {
            return;
        }

        fields.Problem("scope", CapScopes.Contains(scope, StringComparer.Ordinal)
            ? $"'{scope}' alerts are not for loudspeakers; commune radio broadcasts Public alerts only"
            : $"'{CapFieldReader.Quote(scope)}' is not a CAP scope; use Public");
    }

    /// <summary>
    /// CAP <c>references</c>: space-separated <c>sender,identifier,sent</c> triples. The first
    /// triple's identifier is the alert referred to (a sender listing a chain starts with the original).
    /// </summary>
    private static string? References(string? text, CapFieldReader fields)
    {
        var triples = text?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (triples.Length == 0)
        {
            return null;
        }

        foreach (var triple in triples)
        {
            var parts = triple.Split(',');
            if (parts.Length != 3 || parts.Any(part => part.Length == 0))
            {
                fields.Problem("references", $"'{CapFieldReader.Quote(triple)}' is not a CAP reference; write sender,identifier,sent (e.g. bchptdsdongthap@dongthap.gov.vn,DT-2025-0012,2025-11-22T08:00:00+07:00)");
                return null;
            }
        }

        return triples[0].Split(',')[1];
    }
}

using System.Xml;
using System.Xml.Linq;

namespace CommuneRadio.Grains.Alerts.Cap;

/// <summary>
/// Reads a CAP 1.2 document (<see cref="CapNames.Namespace"/>) into an <see cref="AlertMessage"/>,
/// or says every reason it cannot: not well-formed (with line and position), too large, a DTD, the
/// wrong namespace, a required element missing, a value CAP or this system does not know. Untrusted
/// input is safe here: DTDs are refused (no entity expansion, no XXE), nothing outside the document
/// is ever resolved, and documents over <see cref="MaxDocumentBytes"/> are refused unread.
/// Stateless and thread-safe. The mapping is documented in docs/alerts.md.
/// </summary>
public static class CapReader
{
    /// <summary>Largest document accepted: an alert with a few hundred areas fits in a tenth of it.</summary>
    public const int MaxDocumentBytes = 256 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxDocumentBytes,
        MaxCharactersFromEntities = 0,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        CloseInput = false,
    };

    /// <summary>Reads a document given as text.</summary>
    public static CapReadResult Read(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (System.Text.Encoding.UTF8.GetByteCount(xml) > MaxDocumentBytes)
        {
            return TooLarge();
        }

        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        return Parse(reader, xml.Contains("<!DOCTYPE", StringComparison.Ordinal));
    }

    /// <summary>Reads a document given as bytes; the encoding comes from its BOM or XML declaration (UTF-8 when neither says).</summary>
    public static CapReadResult Read(ReadOnlyMemory<byte> document)
    {
        if (document.Length > MaxDocumentBytes)
        {
            return TooLarge();
        }

        using var stream = new MemoryStream(document.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, Settings);
        return Parse(reader, document.Span.IndexOf("<!DOCTYPE"u8) >= 0);
    }

    /// <summary>Reads a document from <paramref name="stream"/>, at most <see cref="MaxDocumentBytes"/> of it (synchronous I/O).</summary>
    public static CapReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[MaxDocumentBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        return Read(buffer.AsMemory(0, length));
    }

    /// <summary>Reads a document from <paramref name="stream"/> (e.g. an HTTP request body), at most <see cref="MaxDocumentBytes"/> of it.</summary>
    public static async Task<CapReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[MaxDocumentBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return Read(buffer.AsMemory(0, length));
    }

    private static CapReadResult Parse(XmlReader reader, bool hasDoctype)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException) when (hasDoctype)
        {
            return CapReadResult.Failure("xml", $"a document type declaration (<!DOCTYPE ...>) is refused: CAP needs none, and DTDs can make a reader fetch files or expand entities without end");
        }
        catch (XmlException e)
        {
            return CapReadResult.Failure("xml", $"not well-formed XML at line {e.LineNumber}, position {e.LinePosition}: {e.Message}");
        }

        return CapAlertParser.Parse(document);
    }

    private static CapReadResult TooLarge() =>
        CapReadResult.Failure("xml", $"the document is larger than {MaxDocumentBytes / 1024} KB; a CAP alert for commune radio is a few KB");
}

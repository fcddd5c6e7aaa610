using System.Text;
using CommuneRadio.Grains.Alerts.Cap;
using static CommuneRadio.Grains.Tests.Alerts.Cap.CapSamples;

namespace CommuneRadio.Grains.Tests.Alerts.Cap;

public sealed class CapSecurityTests
{
    [Fact]
    public void An_external_entity_is_refused_from_bytes_as_well_as_text()
    {
        var result = CapReader.Read(File.ReadAllBytes(PathOf("invalid-doctype-xxe.xml")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("xml", problem.Field);
        Assert.Contains("<!DOCTYPE", problem.Problem);
    }

    [Fact]
    public void Entity_expansion_is_refused()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE alert [
              <!ENTITY a "bão bão bão bão bão bão bão bão bão bão">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            ]>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&c;</identifier></alert>
            """;

        Assert.Contains("DTDs can make a reader fetch files or expand entities", SingleProblem(xml, "xml").Problem);
    }

    [Fact]
    public void An_external_DTD_is_refused()
    {
        var xml = Text("storm-warning.xml").Replace("<alert ", "<!DOCTYPE alert SYSTEM \"http://127.0.0.1:1/cap.dtd\">\n<alert ", StringComparison.Ordinal);

        Assert.Contains("<!DOCTYPE", SingleProblem(xml, "xml").Problem);
    }

    [Fact]
    public void A_document_over_256_KB_is_refused_unread()
    {
        var padding = new string(' ', CapReader.MaxDocumentBytes);
        var xml = Text("storm-warning.xml").Replace("<alert ", padding + "<alert ", StringComparison.Ordinal);

        Assert.Equal("the document is larger than 256 KB; a CAP alert for commune radio is a few KB", SingleProblem(xml, "xml").Problem);
    }

    [Fact]
    public void A_stream_over_256_KB_is_refused_without_reading_it_all()
    {
        using var stream = new MemoryStream(new byte[CapReader.MaxDocumentBytes * 4]);

        var result = CapReader.Read(stream);

        Assert.Equal("xml", Assert.Single(result.Problems).Field);
        Assert.Equal(CapReader.MaxDocumentBytes + 1, stream.Position);
    }

    [Fact]
    public void A_document_of_exactly_256_KB_is_read()
    {
        var xml = Text("storm-warning.xml");
        var padding = new string(' ', CapReader.MaxDocumentBytes - Encoding.UTF8.GetByteCount(xml));

        Assert.Equal("Bão số 15", Read(xml.Replace("</alert>", padding + "</alert>", StringComparison.Ordinal)).Event);
    }
}

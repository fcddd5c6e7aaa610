using System.Buffers;
using System.Text.Unicode;

namespace CommuneRadio.Grains.Registry.Import;

/// <summary>File bytes as UTF-8, with or without a byte-order mark; anything else is refused with the line it breaks on.</summary>
internal static class Utf8Input
{
    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;

    /// <summary>The text after the byte-order mark; throws a <see cref="ProvinceFileException"/> naming the line of the first invalid byte.</summary>
    public static string Decode(string file, ReadOnlyMemory<byte> bytes)
    {
        var body = WithoutBom(bytes).Span;
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var line = body[..read].Count((byte)'\n') + 1;
            throw ProvinceFileProblems.One(file, line, "", "is not UTF-8 text; save the file as UTF-8");
        }

        return new string(chars, 0, written);
    }
}

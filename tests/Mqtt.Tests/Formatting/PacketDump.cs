using System.Collections;
using System.Reflection;
using System.Text;

namespace CommuneRadio.Mqtt.Tests.Formatting;

/// <summary>A canonical text of every property of a packet (bytes as hex, lists item by item), so two packets compare field by field.</summary>
internal static class PacketDump
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Append(text, value, 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value, int depth)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append('"').Append(s).Append('"');
                break;
            case byte[] bytes:
                text.Append("0x").Append(Convert.ToHexString(bytes));
                break;
            case ReadOnlyMemory<byte> memory:
                text.Append("0x").Append(Convert.ToHexString(memory.Span));
                break;
            case IEnumerable items when value is not string:
                text.Append('[');
                foreach (var item in items)
                {
                    Append(text, item, depth + 1);
                    text.Append(", ");
                }

                text.Append(']');
                break;
            case { } when value.GetType().Namespace?.EndsWith("Packets", StringComparison.Ordinal) == true && depth < 4:
                text.Append(value.GetType().Name).Append(" {");
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name))
                {
                    text.Append(' ').Append(property.Name).Append('=');
                    Append(text, property.GetValue(value), depth + 1);
                    text.Append(';');
                }

                text.Append(" }");
                break;
            default:
                text.Append(value);
                break;
        }
    }
}

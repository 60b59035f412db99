using System.Text;

namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Reads and writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted and quotes doubled; records end
/// with CRLF. Written files start with a UTF-8 byte-order mark because Excel otherwise reads Chinese as ANSI.
/// Fields reach the file from citizens' questions, so one that a spreadsheet would run as a formula (starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) is written with a leading apostrophe, and reading drops that
/// apostrophe again, so an export imports back unchanged.
/// </summary>
public static class CsvFormat
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The records as UTF-8 bytes with a byte-order mark.</summary>
    public static byte[] ToBytes(IEnumerable<IReadOnlyList<string>> records)
    {
        var text = Write(records);
        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text)];
    }

    public static string Write(IEnumerable<IReadOnlyList<string>> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var builder = new StringBuilder();
        foreach (var record in records)
        {
            for (var i = 0; i < record.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }

                AppendField(builder, record[i]);
            }

            builder.Append("\r\n");
        }

        return builder.ToString();
    }

    /// <summary>
    /// Parses CSV text (a leading byte-order mark is ignored; CRLF, LF and CR all end a record). Blank lines are
    /// skipped. Throws <see cref="FormatException"/> for a quote that is never closed or text after a closing quote.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var quoted = false;
        var afterQuote = false;
        var recordStart = 1;
        var line = 1;

        void EndRecord()
        {
            fields.Add(Unguard(field.ToString()));
            field.Clear();
            if (!(fields.Count == 1 && fields[0].Length == 0 && !afterQuote))
            {
                records.Add(fields.ToArray());
            }

            fields.Clear();
            afterQuote = false;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(Unguard(field.ToString()));
                    field.Clear();
                    afterQuote = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    EndRecord();
                    line++;
                    recordStart = line;
                    break;
                case '"' when field.Length == 0 && !afterQuote:
                    quoted = true;
                    break;
                default:
                    if (afterQuote)
                    {
                        throw new FormatException($"第 {line} 行：引号结束后还有多余的字符。");
                    }

                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new FormatException($"从第 {recordStart} 行开始的引号没有闭合。");
        }

        if (field.Length > 0 || fields.Count > 0 || afterQuote)
        {
            EndRecord();
        }

        return records;
    }

    private static void AppendField(StringBuilder builder, string value)
    {
        if (IsGuarded(value))
        {
            value = FormulaGuard + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0 && value.Trim().Length == value.Length)
        {
            builder.Append(value);
            return;
        }

        builder.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private const char FormulaGuard = '\'';

    // A value is guarded when a spreadsheet would run it (a formula trigger first), or when it is an apostrophe
    // followed by a guarded value: then reading, which drops one apostrophe, gives back exactly what was written.
    private static bool IsGuarded(string value)
    {
        var start = 0;
        while (start < value.Length && value[start] == FormulaGuard)
        {
            start++;
        }

        return start < value.Length && value[start] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    private static string Unguard(string field) =>
        field.Length > 1 && field[0] == FormulaGuard && IsGuarded(field[1..]) ? field[1..] : field;
}

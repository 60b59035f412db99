using System.Globalization;
using System.Text;

namespace ServiceDeskBot.Core.Safety;

/// <summary>
/// The one gate every typed text passes before anything reads or stores it (the ask API, Direct Line, the staff
/// console): lone surrogates and NUL are refused; other control characters, bidirectional overrides and byte-order
/// marks are removed (they can hide or reorder what staff later read in the console); line breaks become LF and tabs
/// spaces; the rest is NFC-composed and trimmed, then held to one length limit. Matching code folds further (NFKC)
/// on its own copy; this keeps what the citizen typed, only cleaned.
/// </summary>
public static class InputText
{
    /// <summary>Longest question in characters, the same on every channel.</summary>
    public const int MaxQuestionLength = 500;

    /// <summary>Cleans <paramref name="raw"/> and checks it against <paramref name="maxLength"/> characters.</summary>
    public static InputTextCheck Check(string? raw, int maxLength = MaxQuestionLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        if (string.IsNullOrEmpty(raw))
        {
            return new InputTextCheck("", InputTextProblem.Empty, maxLength);
        }

        if (HasInvalidCharacters(raw))
        {
            return new InputTextCheck("", InputTextProblem.InvalidCharacters, maxLength);
        }

        // Removed characters can only shorten the text, so far more than the limit is refused before any work:
        // a megabyte of spaces is not cleaned only to be found too long.
        if (raw.Length > maxLength * 4)
        {
            return new InputTextCheck("", InputTextProblem.TooLong, maxLength);
        }

        var text = Clean(raw).Normalize(NormalizationForm.FormC).Trim();
        if (text.Length == 0)
        {
            return new InputTextCheck("", InputTextProblem.Empty, maxLength);
        }

        return text.Length > maxLength
            ? new InputTextCheck("", InputTextProblem.TooLong, maxLength)
            : new InputTextCheck(text, InputTextProblem.None, maxLength);
    }

    /// <summary>True when <paramref name="text"/> holds a lone surrogate or a NUL: such text is refused, never repaired.</summary>
    public static bool HasInvalidCharacters(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Clean(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < raw.Length && raw[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    builder.Append('\n');
                    break;
                case '\t':
                    builder.Append(' ');
                    break;
                default:
                    if (!IsRemoved(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    // C0/C1 controls and DEL; bidirectional embeddings, overrides and isolates (they reorder what is displayed);
    // the byte-order mark and the two noncharacters U+FFFE/U+FFFF. Zero-width joiners stay: emoji sequences need them.
    private static bool IsRemoved(char c) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.Control
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or '\uFFFE' or '\uFFFF';
}

using System.Globalization;
using System.Text;

namespace ServiceDeskBot.Core.Intents;

/// <summary>The one normalisation applied to text both when training and when classifying.</summary>
internal static class IntentText
{
    /// <summary>
    /// NFKC folds full-width letters, digits and punctuation into their half-width forms, so "ＨＩ！" and "hi!"
    /// look the same to the model; lower-casing and collapsing whitespace do the rest.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var folded = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A coarse length class: acts such as "人工" or "谢了" are short while questions tend to be long, and this
    /// signal is otherwise invisible to bag-of-n-gram features.
    /// </summary>
    public static string LengthBucket(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var length = new StringInfo(normalized).LengthInTextElements;
        return length switch
        {
            <= 2 => "len<=2",
            <= 4 => "len<=4",
            <= 8 => "len<=8",
            <= 15 => "len<=15",
            _ => "len>15",
        };
    }
}
